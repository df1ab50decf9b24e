/** The per-file settings a config layer or override changes: rules, heading synonyms, locale. */
import type { Lang, PlanElement } from "../engine/model";
import type { SeveritySetting } from "../engine/rule";
import type { ResolvedRuleSetting } from "../engine/engine-config";
import type { ConfigOverride, RuleSetting } from "./types";

export interface FileSettings {
  rules: Record<string, ResolvedRuleSetting>;
  headings: Partial<Record<PlanElement, string[]>>;
  locale: Lang | "auto";
}

export type SettingsPatch = Pick<ConfigOverride, "rules" | "headings" | "locale">;

/** The recommended preset: every rule at its default severity. */
export function defaultSettings(defaults: Record<string, SeveritySetting>): FileSettings {
  const rules = Object.fromEntries(Object.entries(defaults).map(([id, severity]) => [id, { severity, options: {} }]));
  return { rules, headings: {}, locale: "auto" };
}

/** `patch` on top of `base`: a bare severity keeps the options set before; synonyms add up. */
export function applySettings(base: FileSettings, patch: SettingsPatch): FileSettings {
  const rules = { ...base.rules };
  for (const [id, setting] of Object.entries(patch.rules ?? {})) rules[id] = resolveRule(setting, rules[id]);
  const headings = { ...base.headings };
  for (const [element, synonyms] of Object.entries(patch.headings ?? {}) as [PlanElement, string[]][]) {
    headings[element] = [...new Set([...(headings[element] ?? []), ...synonyms])];
  }
  return { rules, headings, locale: patch.locale ?? base.locale };
}

function resolveRule(setting: RuleSetting, before: ResolvedRuleSetting | undefined): ResolvedRuleSetting {
  if (typeof setting === "string") return { severity: setting, options: before?.options ?? {} };
  const [severity, options] = setting;
  return { severity, options: options ?? before?.options ?? {} };
}
