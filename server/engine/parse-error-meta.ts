/** The texts of the engine's parse-error pseudo-rule: files that cannot be read as plans get a finding from no rule. */
import type { RuleMeta } from "./rule";
import { PARSE_ERROR } from "./messages";

export const PARSE_ERROR_META: RuleMeta = {
  id: PARSE_ERROR,
  description: {
    ja: "計画として読み取れないファイル（YAML・フロントマターの構文エラー）を報告します。",
    en: "Reports files that cannot be read as plans (YAML or front matter syntax errors).",
  },
  messages: {},
  defaultSeverity: "error",
  headline: false,
  rationale: {
    ja: "読み取れない計画には、どのルールも判定を下せません。構文エラーを直すまで、この計画は審査できません。",
    en: "No rule can judge a plan that cannot be read: until the syntax error is fixed, the plan cannot be reviewed.",
  },
  examples: { good: { ja: "lang: ja", en: "lang: en" }, bad: { ja: "lang: [ja", en: "lang: [en" } },
  fixable: false,
  // An unreadable file is unreadable as a whole.
  scope: "document",
  summary: "a file that cannot be read as a plan (binary, invalid UTF-8, broken front matter or YAML); the run goes on",
};
