/**
 * The hostile corpus (scripts/hostile/corpus.mjs, at a small scale) linted in one CLI run of the
 * built bundle: every file gets a result, the run exits 0 or 1, nothing is printed to stderr
 * (no stack trace), and the `---js` front matter ran nothing. `npm run bench` times the full scale.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EslintResult } from "../../server/report/json";
import { ensureBuilt, REPO } from "../lsp/helpers/build";
// @ts-expect-error: a plain ES module shared with the benchmark, without type declarations.
import { writeHostileCorpus } from "../../scripts/hostile/corpus.mjs";

const CLI = path.join(REPO, "dist", "cli.js");

beforeAll(() => ensureBuilt());

describe("the hostile corpus", () => {
  it("every file gets a result in one run, without a crash", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "alliance-lint-hostile-"));
    const names: string[] = writeHostileCorpus(dir, 16);
    const ran = spawnSync(process.execPath, [CLI, "-f", "json", "--debug", "."], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
    expect(ran.status === 0 || ran.status === 1).toBe(true);
    expect(ran.stderr.split("\n").filter((line) => line && !line.startsWith("alliance-lint: skipped "))).toEqual([]);
    const results = JSON.parse(ran.stdout) as EslintResult[];
    const byName = new Map(results.map((r) => [path.relative(dir, r.filePath), r.messages]));
    expect([...byName.keys()].sort()).toEqual([...names].sort());
    const firstRule = (name: string) => byName.get(name)?.[0]?.ruleId;
    for (const name of ["binary", "invalid-utf8", "utf16", "too-large", "front-matter-js", "front-matter-coffee", "alias-bomb"]) {
      expect([name, firstRule(`${name}.alliance.md`)]).toEqual([name, "parse-error"]);
    }
    expect(firstRule("alliances/alias-bomb.yaml")).toBe("parse-error");
    for (const name of ["crlf", "bom", "surrogates", "anchor-reuse", "lone-fence"]) {
      expect([name, byName.get(`${name}.alliance.md`)]).toEqual([name, []]);
    }
    expect(existsSync(path.join(dir, "hostile-ran"))).toBe(false);
    expect(ran.stderr).toContain("loop.alliance.md: a broken symlink or a symlink loop");
  }, 120_000);
});

describe("standard input", () => {
  it("past 10 MB is refused after reading one byte more, not read to the end", () => {
    const ran = spawnSync(process.execPath, [CLI, "--stdin", "-f", "json"], { input: "a".repeat(11 * 1024 * 1024), encoding: "utf8" });
    expect(ran.status).toBe(1);
    expect(ran.stderr).toBe("");
    expect((JSON.parse(ran.stdout) as EslintResult[])[0].messages).toEqual([
      expect.objectContaining({ ruleId: "parse-error", message: "file too large: more than 10485760 bytes (at most 10 MB)" }),
    ]);
  });
});
