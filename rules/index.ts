/** Every rule alliance-lint knows, headline checks first. */
import type { Rule, SeveritySetting } from "../server/engine/rule";
import { vagueObjective } from "./vague-objective";
import { missingKpi } from "./missing-kpi";
import { missingExitClause } from "./missing-exit-clause";
import { undefinedIpOwnership } from "./undefined-ip-ownership";
import { unfilledPlaceholder } from "./unfilled-placeholder";
import { planSchema } from "./plan-schema";

export const RULES: readonly Rule[] = [
  vagueObjective,
  missingKpi,
  missingExitClause,
  undefinedIpOwnership,
  unfilledPlaceholder,
  planSchema,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** Default severities, for the config's presets. */
export function ruleDefaults(): Record<string, SeveritySetting> {
  return Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]));
}
