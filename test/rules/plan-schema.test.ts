/**
 * plan-schema: front matter and YAML plans are checked against the plan schema, and each
 * violation is reported on the exact YAML node. The cases use the fields the rule's own
 * examples name (`lang` is ja or en; `kpis` is a list of {name, target}).
 */
import { testRule } from "../helpers/rule-tester";

const RULE = "plan-schema";
const YAML = "plan.alliance.yaml";

testRule(RULE, "pure YAML plans", {
  valid: [
    {
      name: "a valid plan (ja)",
      text: "lang: ja\nobjective: 2027年度末までに共同開発品の売上を10億円にする。\nkpis:\n  - name: 売上\n    target: 10億円\n",
      filePath: YAML,
    },
    {
      name: "a valid plan (en)",
      text: "lang: en\nobjective: Reach $7.5M in joint revenue by FY2028.\nkpis:\n  - name: Revenue\n    target: $7.5M\n",
      filePath: YAML,
    },
    {
      name: "a comment directive switches it off for the next line",
      text: "# alliance-lint-disable-next-line plan-schema\nlang: japanese\nkpis:\n  - name: 売上\n    target: 10億円\n",
      filePath: YAML,
    },
  ],
  invalid: [
    {
      name: "an unknown language is reported on the value node",
      text: "lang: japanese\nkpis:\n  - name: 売上\n    target: 10億円\n",
      filePath: YAML,
      errors: [{ messageId: "invalid", range: [0, 6, 0, 14], severity: "error" }],
    },
    {
      name: "`kpis: 未定` (not a list) is reported on the value node, in Japanese",
      text: "lang: ja\nobjective: 2027年度末までに売上を10億円にする。\nkpis: 未定\n",
      filePath: YAML,
      errors: [{ messageId: "invalid", range: [2, 6, 2, 8], message: /^スキーマ違反: / }],
    },
    {
      name: "`kpis: TBD` in English, with the message in English",
      text: "lang: en\nobjective: Reach $7.5M in joint revenue by FY2028.\nkpis: TBD\n",
      filePath: YAML,
      errors: [{ messageId: "invalid", range: [2, 6, 2, 9], message: /^Schema violation: / }],
    },
  ],
});

testRule(RULE, "Markdown front matter", {
  valid: [
    { name: "valid front matter", text: "---\nlang: ja\nkpis:\n  - name: 売上\n    target: 10億円\n---\n# 提携計画\n" },
    { name: "no front matter", text: "# 提携計画\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n" },
  ],
  invalid: [
    {
      name: "the node's range is placed in the document (after the opening ---)",
      text: "---\ntitle: Co-marketing plan\nlang: english\n---\n# Co-marketing plan\n",
      errors: [{ messageId: "invalid", range: [2, 6, 2, 13] }],
    },
    {
      name: "with a BOM and CRLF line ends",
      text: "\uFEFF---\r\nlang: ja\r\nkpis: 未定\r\n---\r\n# 提携計画\r\n",
      errors: [{ messageId: "invalid", range: [2, 6, 2, 8] }],
    },
  ],
});
