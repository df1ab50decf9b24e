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
    {
      name: "a template's old suggested defaults (〔30〕), redactions (〔＊＊＊〕) and bracketed citations are no blanks",
      text: [
        "# 提携計画",
        "",
        "## 提携の終了",
        "",
        "各当事者は〔30〕日前までの書面通知により解除できる。対価は〔＊＊＊〕円とする。",
        "",
        "市場規模は年1,200億円と推計される[1]。",
        "",
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "reports each 〔…〕 blank on its own range, as an error naming it",
      text: "# 提携計画\n\n## 契約期間\n\n有効期間は〔開始日〕から〔終了日〕までとする。\n",
      errors: [
        { messageId: "unfilled", range: [4, 5, 4, 10], severity: "error", contains: ["〔開始日〕"] },
        { messageId: "unfilled", range: [4, 12, 4, 17], severity: "error", contains: ["〔終了日〕"] },
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
      name: "the deferral placeholder a quick fix writes (〔要記入：…〕)",
      text: "# 計画\n\n## 知的財産\n\n成果の帰属は〔要記入：成果の帰属先〕とする。\n",
      errors: [{ messageId: "unfilled", range: [4, 6, 4, 18], contains: ["〔要記入：成果の帰属先〕"] }],
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
    {
      name: "redaction marks, page notes, citations and old template defaults are no blanks",
      text: [
        "# Supply agreement",
        "",
        "## Term and termination",
        "",
        "The Supplier shall pay [***] per unit and a fee of [ * * * ] per quarter [*****].",
        "Either party may terminate on [30] days' written notice.",
        "Alliances fail for lack of governance [1], as earlier studies showed [Smith 2020].",
        "",
        "[SIGNATURE PAGE FOLLOWS]",
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
    {
      name: "a team's own blanks: [to fill in: …], [insert …], [TBD: …]",
      text: "# Plan\n\n## IP\n\nResults are owned by [to fill in: owner]; notices go to [Insert address]; scope [TBD: regions].\n",
      errors: [
        { messageId: "unfilled", range: [4, 21, 4, 40] },
        { messageId: "unfilled", range: [4, 56, 4, 72] },
        { messageId: "unfilled", range: [4, 80, 4, 94] },
      ],
    },
    {
      name: "a drafter's blank marks: [●], [•], [____]",
      text: "# Agreement\n\nThis agreement is made on [●] 2026 between [•] and [____].\n",
      errors: [
        { messageId: "unfilled", range: [2, 26, 2, 29] },
        { messageId: "unfilled", range: [2, 43, 2, 46] },
        { messageId: "unfilled", range: [2, 51, 2, 57] },
      ],
    },
    {
      name: "a team template's own placeholders, exactly",
      text: "# Plan\n\n## Partners\n\nLead partner: [partner legal name]. Not a blank: [partner].\n",
      config: {
        templates: [{ name: "partners", lang: "en", body: "## Partners\n\nLead partner: [partner legal name].\n", source: "team" }],
      },
      errors: [{ messageId: "unfilled", range: [4, 14, 4, 34], contains: ["[partner legal name]"] }],
    },
  ],
});
