/** The stylish and json formats, through the CLI and on findings made up for alignment. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EslintResult } from "../../server/report/json";
import type { LintResult } from "../../server/engine/finding";
import { stylish } from "../../server/report/stylish";
import { message, PLANS, run, tempProject, WARN_BLANKS } from "./helpers";

const NO_EXIT_JA = message("missing-exit-clause", "noExit", "ja");
const PLACEHOLDER = "Placeholder [date] is not filled in.";

describe("json", () => {
  it("is ESLint's shape: 1-based positions, end column exclusive, severity 2/1, fix and source", async () => {
    const cwd = tempProject({
      "a.alliance.md": PLANS.jaNoExit,
      "b.alliance.md": PLANS.enPlaceholder,
      "c.alliance.md": PLANS.enClean,
      ...WARN_BLANKS,
    });
    const ran = await run(["--format", "json", "."], { cwd });
    expect(ran.code).toBe(1);
    const report = JSON.parse(ran.stdout) as EslintResult[];
    expect(report.map((r) => r.filePath)).toEqual(["a", "b", "c"].map((n) => path.join(cwd, `${n}.alliance.md`)));

    const [noExit, placeholder, clean] = report;
    const { fix, ...exit } = noExit.messages[0];
    // "# 共同配送計画" is 8 UTF-16 units: the range ends before column 9.
    expect(exit).toEqual({
      ruleId: "missing-exit-clause",
      severity: 2,
      message: NO_EXIT_JA,
      line: 1,
      column: 1,
      messageId: "noExit",
      endLine: 1,
      endColumn: 9,
    });
    // The template goes in after the KPI section, before the IP section.
    const at = PLANS.jaNoExit.indexOf("\n\n## 知的財産");
    expect(fix?.range).toEqual([at, at]);
    expect(fix?.text).toMatch(/^\n\n## .*〔開始日〕/s);
    expect(noExit).toMatchObject({ errorCount: 1, warningCount: 0, fixableErrorCount: 1, fixableWarningCount: 0, source: PLANS.jaNoExit });

    expect(placeholder.messages).toEqual([
      {
        ruleId: "unfilled-placeholder",
        severity: 1,
        message: PLACEHOLDER,
        line: 21,
        column: 11,
        messageId: "unfilled",
        endLine: 21,
        endColumn: 17,
      },
    ]);
    expect(placeholder).toMatchObject({ errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0 });
    // A warning, but its element still reads "template not filled" and the plan is not ready.
    expect(placeholder.readiness).toMatchObject({ ready: false, readyCount: 3, total: 4 });
    expect(placeholder.readiness.elements.find((e) => e.element === "exit")).toMatchObject({ state: "unfilled", messages: [PLACEHOLDER] });
    expect(noExit.readiness.elements.find((e) => e.element === "exit")).toMatchObject({ state: "missing", line: 10 });

    // ESLint leaves out the source of files without problems.
    expect(clean).toEqual({
      filePath: path.join(cwd, "c.alliance.md"),
      messages: [],
      errorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      readiness: expect.objectContaining({ ready: true, readyCount: 4, total: 4 }),
    });
  });

  it("carries the checklist under the headline elements: the config's elements, and the plan's own type for that plan only", async () => {
    const cwd = tempProject({
      ".alliance-lint.yaml": "elements: [recommended, governance]\n",
      "a.alliance.md": PLANS.enClean,
      // Its form section left out: the capital type asks for a form the plan does not state.
      "b.alliance.md": `---\nalliance-type: capital-alliance\n---\n${PLANS.enClean.replace("\n## Form\n\nA business alliance, with no equity.\n", "")}`,
    });
    const report = JSON.parse((await run(["-f", "json", "."], { cwd })).stdout) as EslintResult[];
    const [plain, capital] = report.map((r) => r.readiness);
    const ids = (list: { element: string }[]) => list.map((e) => e.element);
    expect(ids(plain.elements)).toEqual(["objective", "kpi", "exit", "ip"]);
    expect(ids(plain.checklist)).toEqual(["governance"]);
    expect(ids(capital.checklist)).toEqual(["form", "governance"]);
    expect(capital.checklist[0]).toMatchObject({ element: "form", label: "Form", state: "missing" });
    // The plans have a governance section: governance (on by default) passes them.
    expect(capital.checklist[1]).toMatchObject({ element: "governance", state: "present" });
    // Turned on by the elements at warn: the checklist does not decide readiness, nor fail the run.
    expect(report[1].messages.map((m) => [m.ruleId, m.severity])).toEqual([["alliance-form", 1]]);
    expect(capital).toMatchObject({ ready: true, readyCount: 4, total: 4 });
  });

  it("carries a deferral's placeholder replacement as an ESLint suggestion", async () => {
    const text = `${PLANS.enNoExit}\n## Exit\n\nExit: TBD.\n`;
    const cwd = tempProject({ "plan.alliance.md": text });
    const report = JSON.parse((await run(["-f", "json", "plan.alliance.md"], { cwd })).stdout) as EslintResult[];
    const exit = report[0].messages.find((m) => m.ruleId === "missing-exit-clause");
    expect(exit?.messageId).toBe("deferred");
    const at = text.indexOf("TBD");
    expect(exit?.suggestions).toEqual([
      {
        desc: 'Replace "TBD" with the placeholder [to fill in: termination conditions and notice period]',
        fix: { range: [at, at + 3], text: "[to fill in: termination conditions and notice period]" },
      },
    ]);
  });

  it("gives a finding's other place as `related`, 1-based like the message (plan-consistency's end before its start)", async () => {
    const text = "# Pilot plan\n\nDate: 1 April 2026\n\n## Pilot\n\nThe pilot runs from 1 October 2026 to 31 March 2026.\n";
    const cwd = tempProject({ "plan.alliance.md": text, ".alliance-lint.yaml": "rules:\n  plan-consistency: warn\n" });
    const report = JSON.parse((await run(["-f", "json", "plan.alliance.md"], { cwd })).stdout) as EslintResult[];
    const found = report[0].messages.find((m) => m.ruleId === "plan-consistency");
    expect(found).toMatchObject({ messageId: "endBeforeStart", line: 7, column: 39, endLine: 7, endColumn: 52 });
    expect(found?.related).toEqual([{ message: "The start (2026-10-01)", line: 7, column: 21, endLine: 7, endColumn: 35 }]);
    expect(report[0].messages.filter((m) => m.ruleId !== "plan-consistency").every((m) => m.related === undefined)).toBe(true);
  });

  it("prints an empty array for a clean run", async () => {
    const cwd = tempProject({ "plan.alliance.md": PLANS.jaClean });
    const ran = await run(["-f", "json", "plan.alliance.md"], { cwd });
    expect(JSON.parse(ran.stdout)).toEqual([
      {
        filePath: path.join(cwd, "plan.alliance.md"),
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        readiness: expect.objectContaining({ ready: true, readyCount: 4, total: 4 }),
      },
    ]);
  });
});

describe("stylish", () => {
  it("lists files relative to cwd, aligned rows and the summary", async () => {
    const cwd = tempProject({ "plans/a.alliance.md": PLANS.jaNoExit, "plans/b.alliance.md": PLANS.enPlaceholder, ...WARN_BLANKS });
    const ran = await run(["plans"], { cwd });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe(
      [
        "",
        "plans/a.alliance.md",
        `  1:1  error  ${NO_EXIT_JA}  missing-exit-clause`,
        "",
        "plans/b.alliance.md",
        `  21:11  warning  ${PLACEHOLDER}  unfilled-placeholder`,
        "",
        "✖ 2 problems (1 error, 1 warning)",
        "  1 fixable with --fix",
        "",
      ].join("\n"),
    );
  });

  it("colours only on a terminal without NO_COLOR", async () => {
    const cwd = tempProject({ "plan.alliance.md": PLANS.enNoExit });
    const escape = "\u001b[";
    expect((await run(["plan.alliance.md"], { cwd, isTTY: true })).stdout).toContain(`${escape}31merror${escape}39m`);
    expect((await run(["plan.alliance.md"], { cwd, isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(escape);
    expect((await run(["plan.alliance.md"], { cwd, isTTY: false })).stdout).not.toContain(escape);
  });

  it("aligns columns by terminal width: a Japanese character takes two", () => {
    const finding = (line: number, character: number, severity: "error" | "warn", text: string, ruleId: string) => ({
      ruleId,
      messageId: "m",
      severity,
      message: text,
      span: { start: 0, end: 0 },
      range: { start: { line, character }, end: { line, character } },
    });
    const result: LintResult = {
      filePath: "/work/plan.alliance.md",
      lang: "ja",
      locale: "ja",
      rulesRun: [],
      findings: [finding(0, 0, "error", "出口なし", "missing-exit-clause"), finding(11, 13, "warn", "abcdefghij", "unfilled-placeholder")],
    };
    const output = stylish([result], { cwd: "/work", locale: "ja", rules: [], version: "1.0.0", color: false });
    expect(output.split("\n").slice(1, 4)).toEqual([
      "plan.alliance.md",
      "   1:1   error    出口なし    missing-exit-clause",
      "  12:14  warning  abcdefghij  unfilled-placeholder",
    ]);
    expect(output.endsWith("✖ 2 problems (1 error, 1 warning)\n")).toBe(true);
  });
});
