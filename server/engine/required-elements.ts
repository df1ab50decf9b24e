/**
 * The elements a team requires of its plans (issue 11): config `elements:` (element names and
 * presets) and a plan's own type in its front matter (`alliance-type: ai-alliance`), which adds
 * that preset's elements for that plan only. A required element turns on the rules that check
 * it where no config file set them (a rule joins by declaring its `RuleMeta.element`, so a new
 * rule needs no change here), and readiness tracks the required elements only.
 */
import type { PlanElement } from "./model";
import type { EngineConfig, ResolvedRuleSetting } from "./engine-config";
import type { RuleMeta } from "./rule";

/** The four headline elements, in the order a plan is read: what it is for, how it is measured, how it ends, who owns what. */
export const HEADLINE_ELEMENTS: readonly PlanElement[] = ["objective", "kpi", "exit", "ip"];

/**
 * recommended: the headline elements. ai-alliance adds the AI terms (ai-alliance-terms: whose data
 * for what, who owns the models, who answers when the AI is wrong, risk controls, guidelines,
 * stage gates). capital-alliance adds the form and stake, and governance (exit is already a
 * headline element).
 */
export const ELEMENT_PRESETS = {
  recommended: HEADLINE_ELEMENTS,
  "ai-alliance": [...HEADLINE_ELEMENTS, "ai"],
  "capital-alliance": [...HEADLINE_ELEMENTS, "form", "governance"],
} as const satisfies Record<string, readonly PlanElement[]>;

export type ElementPreset = keyof typeof ELEMENT_PRESETS;
/** An entry of config `elements:`: an element or a preset. */
export type ElementEntry = PlanElement | ElementPreset;

/** The front matter key that says a plan's type: a preset name other than recommended, or a list of them. */
export const PLAN_TYPE_KEY = "alliance-type";

/** Each element once, presets expanded, in the order written. */
export function expandElements(entries: readonly ElementEntry[]): PlanElement[] {
  const presets: Record<string, readonly PlanElement[]> = ELEMENT_PRESETS;
  return [...new Set(entries.flatMap((e) => presets[e] ?? [e as PlanElement]))];
}

/**
 * The elements this plan requires: the config's, and its type's. Undefined when neither says:
 * readiness then tracks every element the rules that ran check.
 */
export function requiredElements(config: EngineConfig, data: Record<string, unknown>): ReadonlySet<PlanElement> | undefined {
  const types = planTypes(data);
  if (!config.elements && types.length === 0) return undefined;
  return new Set([...(config.elements ?? []), ...expandElements(types)]);
}

/**
 * How a rule runs on a plan: as configured, but a rule off only by default or a preset
 * (`whenRequired`) runs when the plan requires its element.
 */
export function ruleSetting(meta: RuleMeta, config: EngineConfig, required: ReadonlySet<PlanElement> | undefined): ResolvedRuleSetting {
  const setting = config.rules[meta.id] ?? defaultSetting(meta);
  const turnOn = setting.severity === "off" && setting.whenRequired && meta.element && required?.has(meta.element);
  return turnOn ? { ...setting, severity: setting.whenRequired! } : setting;
}

function defaultSetting(meta: RuleMeta): ResolvedRuleSetting {
  return { severity: meta.defaultSeverity, options: {}, ...(meta.defaultSeverity === "off" && { whenRequired: "warn" as const }) };
}

/** The plan types its front matter names (top level, or under the `alliance:` / `plan:` key the plan schema allows); others are the plan-schema rule's to report. */
function planTypes(data: Record<string, unknown>): ElementPreset[] {
  const value = [data, data.alliance, data.plan].map((d) => (isRecord(d) ? d[PLAN_TYPE_KEY] : undefined)).find((v) => v !== undefined);
  return [value]
    .flat()
    .filter((t): t is ElementPreset => typeof t === "string" && t !== "recommended" && Object.hasOwn(ELEMENT_PRESETS, t));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
