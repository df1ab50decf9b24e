/** --fix writes exactly what fixText returns, only when the text changes; BOM and CRLF survive. */
import { statSync, utimesSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EslintResult } from "../../server/report/json";
import { fixText } from "../../server/engine/engine";
import { config } from "../helpers/lint";
import { PLANS, read, run, tempProject } from "./helpers";

const BOM = "\uFEFF";
const crlf = (text: string) => text.replace(/\n/g, "\r\n");
const OLD = new Date("2020-01-01T00:00:00Z");

describe("--fix", () => {
  it("inserts the exit clause template; a second --fix changes nothing and writes nothing", async () => {
    const cwd = tempProject({ "plan.alliance.md": PLANS.jaNoExit, "clean.alliance.md": PLANS.jaClean });
    utimesSync(path.join(cwd, "clean.alliance.md"), OLD, OLD);
    const first = await run(["--fix", "."], { cwd });
    // Only the inserted template's blanks remain: errors until filled, so the run still fails.
    expect(first.code).toBe(1);
    expect(first.stdout).not.toContain("missing-exit-clause");
    expect(first.stdout).toContain("unfilled-placeholder");

    const fixed = read(cwd, "plan.alliance.md");
    expect(fixed).toBe(fixText(PLANS.jaNoExit, { filePath: path.join(cwd, "plan.alliance.md"), config: config() }).output);
    expect(fixed).toContain("〔開始日〕");
    expect(fixed.startsWith(PLANS.jaNoExit.slice(0, PLANS.jaNoExit.indexOf("\n\n## 知的財産")))).toBe(true);
    expect(statSync(path.join(cwd, "clean.alliance.md")).mtime).toEqual(OLD);

    utimesSync(path.join(cwd, "plan.alliance.md"), OLD, OLD);
    const second = await run(["--fix", "."], { cwd });
    expect(second).toEqual(first);
    expect(read(cwd, "plan.alliance.md")).toBe(fixed);
    expect(statSync(path.join(cwd, "plan.alliance.md")).mtime).toEqual(OLD);
  });

  it("keeps the BOM and writes the template with the file's CRLF line endings", async () => {
    const cwd = tempProject({ "lf.alliance.md": PLANS.enNoExit, "crlf.alliance.md": BOM + crlf(PLANS.enNoExit) });
    await run(["--fix", "."], { cwd });
    const lf = read(cwd, "lf.alliance.md");
    expect(lf).not.toBe(PLANS.enNoExit);
    expect(read(cwd, "crlf.alliance.md")).toBe(BOM + crlf(lf));
  });
});

describe("--fix, then review (issue 10)", () => {
  it.each([
    ["ja", PLANS.jaNoExit, { "〔開始日〕": "2026年4月1日", "〔終了日〕": "2029年3月31日", "〔移行計画〕": "別紙2の移行計画" }],
    ["en", PLANS.enNoExit, { "[start date]": "1 April 2026", "[end date]": "31 March 2029", "[transition plan]": "the plan in Annex 2" }],
  ])("a fixed %s plan is not ready until its template's blanks are filled", async (lang, plan, fills) => {
    const cwd = tempProject({ "plan.alliance.md": plan });
    expect((await run(["--fix", "plan.alliance.md"], { cwd })).code).toBe(1);
    const fixed = await run(["--format", "markdown", "--locale", "en", "plan.alliance.md"], { cwd });
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain("## alliance-lint: 0 of 1 plan ready");
    const [header, , row] = fixed.stdout.split("\n").filter((l) => l.startsWith("| "));
    // The exit clause reads "template not filled" (📝), not ✅.
    expect(row.split(" | ")[header.split(" | ").indexOf("Exit clause")]).toBe("📝");
    expect(row).toContain("❌ Not ready");

    let text = read(cwd, "plan.alliance.md");
    for (const [blank, value] of Object.entries(fills)) text = text.replace(blank, value);
    const filled = tempProject({ "plan.alliance.md": text });
    const after = await run(["--format", "markdown", "plan.alliance.md"], { cwd: filled });
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(lang === "ja" ? "1件中1件の計画がレビュー可能" : "1 of 1 plan ready");
  });
});

describe("BOM and CRLF", () => {
  it("positions are the same as in the plain LF file: the BOM is not a column, CR is not a character", async () => {
    const cwd = tempProject({ "lf.alliance.md": PLANS.enPlaceholder, "bom-crlf.alliance.md": BOM + crlf(PLANS.enPlaceholder) });
    const ran = await run(["-f", "json", "."], { cwd });
    const [bomCrlf, lf] = JSON.parse(ran.stdout) as EslintResult[];
    expect(bomCrlf.filePath.endsWith("bom-crlf.alliance.md")).toBe(true);
    const positions = (r: EslintResult) =>
      r.messages.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn }));
    expect(positions(bomCrlf)).toEqual([{ ruleId: "unfilled-placeholder", line: 21, column: 11, endLine: 21, endColumn: 17 }]);
    expect(positions(lf)).toEqual(positions(bomCrlf));
  });
});
