/** The texts of the engine's parse-error pseudo-rule: files that cannot be read as plans get a finding from no rule. */
import type { RuleMeta } from "./rule";
import { PARSE_ERROR } from "./messages";

export const PARSE_ERROR_META: RuleMeta = {
  id: PARSE_ERROR,
  description: {
    ja: "計画として読み取れないファイル（YAML の構文エラーなど）と、読み取れないフロントマター（その下の本文は検査を続けます）を報告します。",
    en: "Reports files that cannot be read as plans (YAML syntax errors and the like) and front matter that cannot be read (the plan under it is still checked).",
  },
  messages: {},
  defaultSeverity: "error",
  headline: false,
  rationale: {
    ja: "読み取れない計画には、どのルールも判定を下せません。構文エラーを直すまで、この計画は審査できません。フロントマターだけが壊れている場合は本文を検査しますが、そこに書いた設定（種類・言語など）は使われません。",
    en: "No rule can judge a plan that cannot be read: until the syntax error is fixed, the plan cannot be reviewed. When only the front matter is broken the body is checked, but what the front matter says (type, language) is not used.",
  },
  examples: { good: { ja: "lang: ja", en: "lang: en" }, bad: { ja: "lang: [ja", en: "lang: [en" } },
  fixable: false,
  // An unreadable file is unreadable as a whole; broken front matter is one block of it.
  scope: "document",
  summary:
    "a file that cannot be read as a plan (binary, invalid UTF-8, invalid YAML in a `.yaml` plan), or front matter that is not valid YAML (the plan under it is still linted); the run goes on",
};
