/**
 * --fix converges: over a copy of every bundled fixture a second run changes no byte, and
 * the fixes for the cold-chain fixture (deferred IP ownership) and for question-shaped
 * objectives are pinned: each template or blank once, the deferred finding still reported.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFixture } from "../helpers/expect-marks";
import { read, run, tempProject } from "./helpers";

const REPO = path.resolve(__dirname, "../..");
const template = (lang: string, name: string) => readFileSync(path.join(REPO, "rules/templates", lang, `${name}.md`), "utf8").trimEnd();

/** Every file under `dir` (relative path → bytes). */
function bytesUnder(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name))]));
}

describe("--fix converges", () => {
  it("a second --fix over a copy of fixtures/ changes no byte and reports the same", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "alliance-lint-fixtures-"));
    cpSync(path.join(REPO, "fixtures"), cwd, { recursive: true });
    const original = bytesUnder(cwd);
    const first = await run(["--fix", "."], { cwd });
    const once = bytesUnder(cwd);
    expect([...once.keys()].filter((file) => !once.get(file)!.equals(original.get(file)!)).length).toBeGreaterThan(5);
    const second = await run(["--fix", "."], { cwd });
    expect(bytesUnder(cwd)).toEqual(once);
    expect(second).toEqual(first);
    expect(first.stdout).not.toContain("fixable with --fix");
  });

  it("cold-chain plan with IP ownership 'to be agreed': the IP template follows the IP section once; the finding stays", async () => {
    const file = "missing-exit-annual-review-ip-to-be-agreed-coldchain.alliance.md";
    const original = readFixture(path.join(REPO, "fixtures/en", file));
    const cwd = tempProject({ [file]: original });
    const first = await run(["--fix", file], { cwd });
    const objective = "- Strengthen cold-chain visibility for our pharma customers";
    const review = "KPIs are reviewed monthly by the joint operations team and quarterly by the two sponsors.\n\n";
    const ip = "Crestline may use the Frostbyte API and dashboards for its shipments while the sensor lease is in place.\n";
    const expected = original
      .replace(`${objective}.`, `${objective}${template("en", "objective")}.`)
      .replace(review, `${review}${template("en", "exit-clause")}\n\n`)
      .replace(ip, `${ip}\n${template("en", "ip-ownership")}\n`);
    expect(read(cwd, file)).toBe(expected);
    // 14 bytes fewer than with the exit template's old bracketed defaults ([30] days → 30 days).
    expect(Buffer.byteLength(expected)).toBe(4500);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/ 51:1 +error +IP ownership is deferred \('to be agreed', 'will be discussed'\)\. /);
    // The deferral is the one error besides the inserted templates' blanks.
    expect(first.stdout.split("\n").filter((l) => / error /.test(l) && !l.endsWith("unfilled-placeholder"))).toHaveLength(1);
    await run(["--fix", file], { cwd });
    expect(read(cwd, file)).toBe(expected);
  });

  it.each([
    ["en", "# Co-marketing plan\n\n## Goals\n\nCan we grow the joint business together?\n", ["kpi-section", "exit-clause", "ip-ownership"]],
    // Both titles name their form (co-marketing, 業務提携): with alliance-form turned on, it has nothing to insert.
    ["ja", "# 共同配送の業務提携計画\n\n## 目的\n\n協力して新規事業を模索できるか？\n", ["kpi-section", "exit-clause", "ip-ownership"]],
  ])("a question-shaped objective (%s) gets one blank, before its question mark", async (lang, plan, sections) => {
    const cwd = tempProject({ "plan.alliance.md": plan });
    await run(["--fix", "plan.alliance.md"], { cwd });
    const question = plan.trimEnd();
    const asked = `${question.slice(0, -1)}${template(lang, "objective")}${question.slice(-1)}`;
    const expected = [asked, ...sections.map((name) => template(lang, name))].join("\n\n") + "\n";
    expect(read(cwd, "plan.alliance.md")).toBe(expected);
    await run(["--fix", "plan.alliance.md"], { cwd });
    expect(read(cwd, "plan.alliance.md")).toBe(expected);
  });
});
