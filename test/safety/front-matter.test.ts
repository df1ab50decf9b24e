/** Front matter is YAML and only found, never run: the `---js` attack, other languages, a lone `---`. */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findFrontMatter } from "../../server/engine/front-matter";
import { fixText, lintText } from "../../server/engine/engine";
import { PLANS, run, tempProject } from "../cli/helpers";
import { config } from "../helpers/lint";

/**
 * alliance-form and ai-alliance-terms, on by default, turned off: these tests are about front matter,
 * and their plans name no form of alliance.
 */
const CHECKLIST_OFF = ["--rule", "alliance-form:off", "--rule", "ai-alliance-terms:off"];
const lint = (text: string) =>
  lintText(text, {
    filePath: "plan.alliance.md",
    config: config({
      rules: { "alliance-form": { severity: "off", options: {} }, "ai-alliance-terms": { severity: "off", options: {} } },
    }),
  });

describe("front matter in another language is a parse-error, and nothing runs", () => {
  it.each(["js", "javascript", "coffee", "toml"])("---%s", (language) => {
    const marker = path.join(tempProject({}), `${language}-ran`);
    const plan = `---${language}\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "x")\n---\n${PLANS.enClean}`;
    expect(lint(plan).findings).toEqual([
      expect.objectContaining({
        ruleId: "parse-error",
        message: `front matter in "${language}" is not supported: write it in YAML`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 + language.length } },
      }),
    ]);
    expect(existsSync(marker)).toBe(false);
  });

  it("the CLI and --stdin report it on that file, and lint the others", async () => {
    const marker = path.join(tempProject({}), "ran");
    const attack = `---js\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "x")\n---\n# Plan\n`;
    const cwd = tempProject({ "a.alliance.md": attack, "b.alliance.md": PLANS.enClean });
    const ran = await run(["-f", "json", ...CHECKLIST_OFF, "."], { cwd });
    expect(ran.code).toBe(1);
    expect(JSON.parse(ran.stdout).map((r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId))).toEqual([
      ["parse-error"],
      [],
    ]);
    const stdin = await run(["--stdin", "--stdin-filename", "x.alliance.md"], { cwd, stdin: attack });
    expect(stdin.stdout).toContain('front matter in "js" is not supported');
    expect(existsSync(marker)).toBe(false);
  });
});

describe("what counts as front matter", () => {
  it("--- and ---yaml open it; --- or ... close it; CRLF included", () => {
    expect(findFrontMatter("---\nlang: en\n---\n# T\n")).toEqual({
      language: "",
      opening: { start: 0, end: 3 },
      content: { start: 4, end: 12 },
      end: 17,
    });
    expect(findFrontMatter("---yaml\r\nlang: en\r\n...\r\n# T")?.content).toEqual({ start: 9, end: 17 });
    expect(findFrontMatter("---\n---\n")?.content).toEqual({ start: 4, end: 4 });
  });

  it("a lone --- without a closing fence is a thematic break, not front matter", () => {
    expect(findFrontMatter("---\n# Plan\n\nText.\n")).toBeUndefined();
    expect(findFrontMatter("----\nx\n----\n")).toBeUndefined();
    const plan = `---\n${PLANS.enNoExit}`;
    expect(lint(plan).findings.map((f) => f.ruleId)).toEqual(["missing-exit-clause"]);
  });

  it("--fix on a plan opening with a lone --- keeps it parseable", () => {
    const plan = `---\n${PLANS.enNoExit}`;
    const fixed = fixText(plan, { filePath: "plan.alliance.md", config: config() }).output;
    expect(fixed.startsWith(plan.slice(0, 20))).toBe(true);
    expect(lint(fixed).findings.map((f) => f.ruleId)).not.toContain("parse-error");
  });
});

describe("the engine's own size limit", () => {
  it("a text over 10 MB (an editor buffer) is one parse-error, not linted", () => {
    expect(lint("a".repeat(10 * 1024 * 1024 + 1)).findings).toEqual([
      expect.objectContaining({ ruleId: "parse-error", message: "file too large: 10485761 characters (at most 10 MB)" }),
    ]);
  });
});
