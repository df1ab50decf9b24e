import { testRule } from "../helpers/rule-tester";

testRule("unfilled-placeholder", "Japanese", {
  valid: [
    {
      name: "filled text, task boxes, links, footnotes and code blocks are not placeholders",
      text: [
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
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "reports each 〔…〕 blank on its own range, as a warning naming it",
      text: "# 提携計画\n\n## 契約期間\n\n有効期間は〔開始日〕から〔終了日〕までとする。\n",
      errors: [
        { messageId: "unfilled", range: [4, 5, 4, 10], severity: "warn", contains: ["〔開始日〕"] },
        { messageId: "unfilled", range: [4, 12, 4, 17], severity: "warn", contains: ["〔終了日〕"] },
      ],
    },
    {
      name: "in list items and table rows",
      text: "# 計画\n\n## KPI\n\n- 売上：〔目標値〕\n\n| 指標 | 目標 |\n|---|---|\n| 件数 | 〔件数〕 |\n",
      errors: [
        { messageId: "unfilled", range: [4, 5, 4, 10] },
        { messageId: "unfilled", range: [8, 7, 8, 11] },
      ],
    },
    {
      name: "in YAML values",
      text: 'title: 共同配送計画\nexit:\n  term: "有効期間は〔開始日〕から〔終了日〕まで"\n',
      filePath: "plan.alliance.yaml",
      errors: [
        { messageId: "unfilled", range: [2, 14, 2, 19] },
        { messageId: "unfilled", range: [2, 21, 2, 26] },
      ],
    },
  ],
});

testRule("unfilled-placeholder", "English", {
  valid: [
    {
      name: "inline links, reference links and task boxes are not placeholders",
      text: [
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
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "reports each [ … ] blank on its own range",
      text: "# Plan\n\n## Term\n\nThe alliance runs from [start date] to [end date].\n",
      errors: [
        { messageId: "unfilled", range: [4, 23, 4, 35], message: "Placeholder [start date] is not filled in." },
        { messageId: "unfilled", range: [4, 39, 4, 49] },
      ],
    },
  ],
});
