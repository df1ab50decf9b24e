/** The rules a report describes: the registered rules, plus the engine's parse-error pseudo-rule. */
import type { RuleMeta } from "../engine/rule";
import { PARSE_ERROR } from "../engine/messages";

const RULE_DOCS_BASE = "https://github.com/alliance-lint/alliance-lint/blob/main/docs/rules/";

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}

/** Files that cannot be read as plans get a finding from no rule; reports still need its texts. */
const PARSE_ERROR_META: RuleMeta = {
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
};

export function reportRules(rules: readonly RuleMeta[]): RuleMeta[] {
  return rules.some((r) => r.id === PARSE_ERROR) ? [...rules] : [...rules, PARSE_ERROR_META];
}
