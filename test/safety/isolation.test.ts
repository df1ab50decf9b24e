/** One bad file is that file's finding: the run goes on, exits 0 or 1, and every other file is linted. */
import { execFileSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EslintResult } from "../../server/report/json";
import { PLANS, run, tempProject } from "../cli/helpers";
// @ts-expect-error: a plain ES module shared with the benchmark, without type declarations.
import { aliasBomb } from "../../scripts/hostile/corpus.mjs";

/**
 * alliance-form and ai-alliance-terms, on by default, turned off: noise in these tests, which are
 * about one bad file not stopping the run, and whose plans name no form of alliance.
 */
const CHECKLIST_OFF = ["--rule", "alliance-form:off", "--rule", "ai-alliance-terms:off"];

function summary(stdout: string) {
  return (JSON.parse(stdout) as EslintResult[]).map((r) => ({
    file: path.basename(r.filePath),
    rules: r.messages.map((m) => m.ruleId),
    first: r.messages[0]?.message,
  }));
}

describe("one bad file does not stop the run", () => {
  it("an alias bomb is a parse-error; an anchor used 150 times is ordinary YAML", async () => {
    const reused = `owner: &who Acme\n${Array.from({ length: 150 }, (_, i) => `k${i}: *who`).join("\n")}\n`;
    const cwd = tempProject({
      "alliances/a-bomb.yaml": aliasBomb(),
      "b-bomb.alliance.md": `---\n${aliasBomb()}---\n${PLANS.enClean}`,
      "c-reused.alliance.md": `---\n${reused}---\n${PLANS.enClean}`,
      "d-good.alliance.md": PLANS.enClean,
    });
    const ran = await run(["-f", "json", ...CHECKLIST_OFF, "."], { cwd });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("");
    const bomb = "YAML aliases expand too far (more than 10000 references): not read";
    expect(summary(ran.stdout)).toEqual([
      { file: "a-bomb.yaml", rules: ["parse-error"], first: bomb },
      { file: "b-bomb.alliance.md", rules: ["parse-error"], first: bomb },
      { file: "c-reused.alliance.md", rules: [], first: undefined },
      { file: "d-good.alliance.md", rules: [], first: undefined },
    ]);
  });

  it("FIFOs and symlink loops in a walked tree are skipped (--debug says so); a named FIFO or device is a parse-error", async () => {
    const cwd = tempProject({ "good.alliance.md": PLANS.enClean });
    execFileSync("mkfifo", [path.join(cwd, "pipe.alliance.md")]);
    symlinkSync("loop.alliance.md", path.join(cwd, "loop.alliance.md"));
    symlinkSync("/etc/passwd", path.join(cwd, "passwd.alliance.md"));
    const walked = await run(["--debug", "-f", "json", "."], { cwd });
    expect(walked.code).toBe(0);
    expect(summary(walked.stdout).map((r) => r.file)).toEqual(["good.alliance.md"]);
    expect(walked.stderr.split("\n").sort()).toEqual([
      "",
      `alliance-lint: skipped ${path.join(cwd, "loop.alliance.md")}: a broken symlink or a symlink loop`,
      `alliance-lint: skipped ${path.join(cwd, "passwd.alliance.md")}: a symlink leading out of the tree`,
      `alliance-lint: skipped ${path.join(cwd, "pipe.alliance.md")}: it is a FIFO`,
    ]);
    expect((await run(["."], { cwd })).stderr).toBe("");

    const named = await run(["-f", "json", ...CHECKLIST_OFF, "pipe.alliance.md", "/dev/zero", "good.alliance.md"], { cwd });
    expect(named.code).toBe(1);
    expect(summary(named.stdout)).toEqual([
      { file: "pipe.alliance.md", rules: ["parse-error"], first: "cannot read file: it is a FIFO" },
      { file: "zero", rules: ["parse-error"], first: "cannot read file: it is a device" },
      { file: "good.alliance.md", rules: [], first: undefined },
    ]);
  });

  it("UTF-16 and unknown front matter languages are that file's parse-error", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLANS.enClean, "utf16le")]);
    const cwd = tempProject({
      "a.alliance.md": utf16,
      "b.alliance.md": `---coffee\nx = 1\n---\n${PLANS.enClean}`,
      "c.alliance.md": PLANS.enClean,
    });
    const ran = await run(["-f", "json", ...CHECKLIST_OFF, "."], { cwd });
    expect(ran.code).toBe(1);
    expect(summary(ran.stdout)).toEqual([
      { file: "a.alliance.md", rules: ["parse-error"], first: "UTF-16 text: save the plan as UTF-8" },
      { file: "b.alliance.md", rules: ["parse-error"], first: 'front matter in "coffee" is not supported: write it in YAML' },
      { file: "c.alliance.md", rules: [], first: undefined },
    ]);
  });
});
