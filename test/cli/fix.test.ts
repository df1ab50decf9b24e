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
    // Only unfilled-placeholder warnings in the inserted template remain.
    expect(first.code).toBe(0);
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
