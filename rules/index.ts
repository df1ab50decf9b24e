/** Every rule alliance-lint knows, headline checks first. */
import { compareRuleIds, type Rule, type SeveritySetting } from "../server/engine/rule";
import { HEADLINE_ELEMENTS as HEADLINE_ORDER } from "../server/engine/required-elements";
import { REGISTERED } from "./generated/registry";

function catalogueRank(rule: Rule): number {
  const headline = rule.meta.headline && rule.meta.element ? HEADLINE_ORDER.indexOf(rule.meta.element) : -1;
  return headline >= 0 ? headline : HEADLINE_ORDER.length;
}

/**
 * Every rule: each file under rules/ that exports a `Rule` is registered by the build
 * (rules/generated/registry.ts); the headline checks come first, the others by id.
 */
export const RULES: readonly Rule[] = [...REGISTERED].sort(
  (a, b) => catalogueRank(a) - catalogueRank(b) || compareRuleIds(a.meta.id, b.meta.id),
);

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** Default severities, for the config's presets. */
export function ruleDefaults(): Record<string, SeveritySetting> {
  return Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]));
}
