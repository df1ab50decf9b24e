/** The rules a report describes: the registered rules, plus the engine's parse-error pseudo-rule. */
import type { RuleMeta } from "../engine/rule";
import { PARSE_ERROR } from "../engine/messages";
import { PARSE_ERROR_META } from "../engine/parse-error-meta";

export function reportRules(rules: readonly RuleMeta[]): RuleMeta[] {
  return rules.some((r) => r.id === PARSE_ERROR) ? [...rules] : [...rules, PARSE_ERROR_META];
}
