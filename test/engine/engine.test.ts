/** lintText / fixText as a whole: a crashing rule is isolated, unreadable files are one parse error. */
import { describe, expect, it } from "vitest";
import type { Rule } from "../../server/engine/rule";
import { fixText, lintText } from "../../server/engine/engine";
import { RULES } from "../../rules";
import { config, lint } from "../helpers/lint";

const exploding: Rule = {
  meta: {
    id: "exploding-rule",
    headline: false,
    fixable: false,
    defaultSeverity: "warn",
    description: { ja: "テスト用", en: "for tests" },
    messages: { never: { ja: "なし", en: "never" } },
    rationale: { ja: "テスト用", en: "for tests" },
    examples: { good: { ja: "", en: "" }, bad: { ja: "", en: "" } },
    scope: "statement",
    summary: "for tests",
  },
  check() {
    throw new Error("boom: cannot read section 7");
  },
};

const PLAN = "# Alliance plan\n\n## Objectives\n\nExplore new markets together.\n";

describe("crash isolation", () => {
  it("a rule that throws becomes one finding naming it; the other rules still report", () => {
    const result = lintText(PLAN, { filePath: "plan.alliance.md", config: config(), rules: [exploding, ...RULES] });
    const crashes = result.findings.filter((f) => f.ruleId === "exploding-rule");
    expect(crashes).toHaveLength(1);
    expect(crashes[0].severity).toBe("error");
    expect(crashes[0].message).toContain("exploding-rule");
    expect(crashes[0].message).toContain("boom: cannot read section 7");
    expect(crashes[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const others = result.findings.filter((f) => f.ruleId !== "exploding-rule").map((f) => f.ruleId);
    expect(others).toEqual(lint(PLAN).map((f) => f.ruleId));
    expect(others).toContain("vague-objective");
    // A rule that ships off (a checklist rule below the bar, such as partner-fit) does not run by default.
    const onByDefault = RULES.filter((r) => r.meta.defaultSeverity !== "off").map((r) => r.meta.id);
    expect(result.rulesRun).toEqual(["exploding-rule", ...onByDefault]);
  });

  it("the crash message follows the message language", () => {
    const ja = "# 提携計画\n\n## 目的\n\n協力して新規事業を模索する。\n";
    const result = lintText(ja, { filePath: "plan.alliance.md", config: config(), rules: [exploding, ...RULES] });
    const [crash] = result.findings.filter((f) => f.ruleId === "exploding-rule");
    expect(crash.message).toContain("ルール exploding-rule");
  });

  it("fixText still applies the other rules' fixes", () => {
    const options = { filePath: "plan.alliance.md", config: config(), rules: [exploding, ...RULES] };
    const { output } = fixText(PLAN, options);
    expect(output).toBe(fixText(PLAN, { filePath: "plan.alliance.md", config: config() }).output);
    expect(output).not.toBe(PLAN);
  });

  it("a rule switched off in config does not run", () => {
    const result = lintText(PLAN, {
      filePath: "plan.alliance.md",
      config: config({ rules: { "exploding-rule": { severity: "off", options: {} } } }),
      rules: [exploding, ...RULES],
    });
    expect(result.findings.filter((f) => f.ruleId === "exploding-rule")).toEqual([]);
    expect(result.rulesRun).not.toContain("exploding-rule");
  });
});

describe("unreadable documents", () => {
  it("invalid YAML is one parse-error finding at the error", () => {
    const findings = lint("title: x\nkpis: [a, b\nexit: none\n", "plan.alliance.yaml");
    expect(findings).toHaveLength(1);
    expect(findings[0].ruleId).toBe("parse-error");
    expect(findings[0].severity).toBe("error");
    expect(findings[0].range.start.line).toBeGreaterThanOrEqual(1);
  });

  it("invalid front matter is a parse-error on its line, and the body is still linted", () => {
    const findings = lint("---\ntitle: [unclosed\n---\n# Plan\n");
    expect(findings.map((f) => [f.ruleId, f.range.start.line])).toEqual([
      ["parse-error", 1],
      ["missing-exit-clause", 3],
      ["missing-kpi", 3],
      ["undefined-ip-ownership", 3],
    ]);
    expect(findings[0].message).toMatch(/^invalid YAML: /);
  });

  it("--fix leaves broken front matter as it was and fixes the body under it", () => {
    const front = "---\nperiod: H1; scoring: end of June\n---\n";
    const { output, result } = fixText(`${front}# 提携計画\n\n本提携の目的は販路の拡大である。\n`, {
      filePath: "plan.alliance.md",
      config: config(),
    });
    expect(output.startsWith(`${front}# 提携計画\n`)).toBe(true);
    expect(output.length).toBeGreaterThan(front.length + 40);
    expect(result.findings[0]).toMatchObject({ ruleId: "parse-error", range: { start: { line: 1 } } });
    expect(result.locale).toBe("ja");
  });

  it("a binary file is one parse-error finding", () => {
    expect(lint("PK\u0003\u0004\u0000\u0000binary").map((f) => f.ruleId)).toEqual(["parse-error"]);
  });
});
