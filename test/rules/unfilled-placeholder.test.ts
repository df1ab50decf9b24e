import { describe, expect, it } from "vitest";
import { brief, lint, only } from "../helpers/lint";

const RULE = "unfilled-placeholder";
const check = (text: string, filePath?: string) => only(lint(text, filePath), RULE);

describe("unfilled-placeholder (Japanese)", () => {
  it("reports each 〔…〕 blank on its own range, as a warning naming it", () => {
    const findings = check("# 提携計画\n\n## 契約期間\n\n有効期間は〔開始日〕から〔終了日〕までとする。\n");
    expect(findings.map(brief)).toEqual([
      { ruleId: RULE, messageId: "unfilled", range: [4, 5, 4, 10] },
      { ruleId: RULE, messageId: "unfilled", range: [4, 12, 4, 17] },
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["warn", "warn"]);
    expect(findings[0].message).toContain("〔開始日〕");
    expect(findings[1].message).toContain("〔終了日〕");
  });

  it("in list items, table rows and YAML values too", () => {
    const md = "# 計画\n\n## KPI\n\n- 売上：〔目標値〕\n\n| 指標 | 目標 |\n|---|---|\n| 件数 | 〔件数〕 |\n";
    expect(check(md).map(brief)).toEqual([
      { ruleId: RULE, messageId: "unfilled", range: [4, 5, 4, 10] },
      { ruleId: RULE, messageId: "unfilled", range: [8, 7, 8, 11] },
    ]);
    const yaml = 'title: 共同配送計画\nexit:\n  term: "有効期間は〔開始日〕から〔終了日〕まで"\n';
    expect(check(yaml, "plan.alliance.yaml").map(brief)).toEqual([
      { ruleId: RULE, messageId: "unfilled", range: [2, 14, 2, 19] },
      { ruleId: RULE, messageId: "unfilled", range: [2, 21, 2, 26] },
    ]);
  });

  it("filled text, task boxes, links, footnotes and code blocks are not placeholders", () => {
    const text = [
      "# 提携計画",
      "",
      "## 契約期間",
      "",
      "有効期間は2026年4月1日から2029年3月31日までとする。",
      "",
      "- [ ] 法務確認",
      "- [x] NDA締結",
      "",
      "詳細は[提案書](https://example.com/plan)を参照[^1]。",
      "",
      "[^1]: 2025年版。",
      "",
      "```",
      "第3条　〔コード内の記入欄〕",
      "```",
      "",
    ].join("\n");
    expect(check(text)).toEqual([]);
  });
});

describe("unfilled-placeholder (English)", () => {
  it("reports each [ … ] blank on its own range", () => {
    const findings = check("# Plan\n\n## Term\n\nThe alliance runs from [start date] to [end date].\n");
    expect(findings.map(brief)).toEqual([
      { ruleId: RULE, messageId: "unfilled", range: [4, 23, 4, 35] },
      { ruleId: RULE, messageId: "unfilled", range: [4, 39, 4, 49] },
    ]);
    expect(findings[0].message).toBe("Placeholder [start date] is not filled in.");
  });

  it("inline links, reference links and task boxes are not placeholders", () => {
    const text = [
      "# Plan",
      "",
      "## Term",
      "",
      "The alliance runs from 1 April 2026 to 31 March 2028. See [the deck][deck] and [Appendix A](#appendix-a).",
      "",
      "- [ ] Legal review",
      "- [X] NDA signed",
      "",
      "[deck]: https://example.com/deck",
      "",
    ].join("\n");
    expect(check(text)).toEqual([]);
  });
});
