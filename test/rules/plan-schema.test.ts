/**
 * plan-schema: front matter and YAML plans are checked against the plan schema, and each
 * violation is reported on the exact YAML node. The cases use the fields the rule's own
 * examples name (`lang` is ja or en; `kpis` is a list of {name, target}).
 */
import { describe, expect, it } from "vitest";
import { brief, lint, only } from "../helpers/lint";

const RULE = "plan-schema";
const check = (text: string, filePath?: string) => only(lint(text, filePath), RULE);

describe("plan-schema in pure YAML plans", () => {
  it("a valid plan: silent", () => {
    const ja = "lang: ja\nobjective: 2027年度末までに共同開発品の売上を10億円にする。\nkpis:\n  - name: 売上\n    target: 10億円\n";
    const en = "lang: en\nobjective: Reach $7.5M in joint revenue by FY2028.\nkpis:\n  - name: Revenue\n    target: $7.5M\n";
    expect(check(ja, "plan.alliance.yaml")).toEqual([]);
    expect(check(en, "plan.alliance.yaml")).toEqual([]);
  });

  it("an unknown language is reported on the value node", () => {
    const findings = check("lang: japanese\nkpis:\n  - name: 売上\n    target: 10億円\n", "plan.alliance.yaml");
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "invalid", range: [0, 6, 0, 14] }]);
    expect(findings[0].severity).toBe("error");
  });

  it("`kpis: 未定` (not a list) is reported on the value node, in Japanese", () => {
    const findings = check("lang: ja\nobjective: 2027年度末までに売上を10億円にする。\nkpis: 未定\n", "plan.alliance.yaml");
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "invalid", range: [2, 6, 2, 8] }]);
    expect(findings[0].message).toMatch(/^スキーマ違反: /);
  });

  it("`kpis: TBD` in English, with the message in English", () => {
    const findings = check("lang: en\nobjective: Reach $7.5M in joint revenue by FY2028.\nkpis: TBD\n", "plan.alliance.yaml");
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "invalid", range: [2, 6, 2, 9] }]);
    expect(findings[0].message).toMatch(/^Schema violation: /);
  });

  it("a comment directive switches it off for the next line", () => {
    const text = "# alliance-lint-disable-next-line plan-schema\nlang: japanese\nkpis:\n  - name: 売上\n    target: 10億円\n";
    expect(check(text, "plan.alliance.yaml")).toEqual([]);
  });
});

describe("plan-schema in Markdown front matter", () => {
  it("valid front matter: silent; no front matter: silent", () => {
    expect(check("---\nlang: ja\nkpis:\n  - name: 売上\n    target: 10億円\n---\n# 提携計画\n")).toEqual([]);
    expect(check("# 提携計画\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n")).toEqual([]);
  });

  it("the node's range is placed in the document (after the opening ---)", () => {
    const text = "---\ntitle: Co-marketing plan\nlang: english\n---\n# Co-marketing plan\n";
    expect(check(text).map(brief)).toEqual([{ ruleId: RULE, messageId: "invalid", range: [2, 6, 2, 13] }]);
  });

  it("with a BOM and CRLF line ends", () => {
    const text = "\uFEFF---\r\nlang: ja\r\nkpis: 未定\r\n---\r\n# 提携計画\r\n";
    expect(check(text).map(brief)).toEqual([{ ruleId: RULE, messageId: "invalid", range: [2, 6, 2, 8] }]);
  });
});
