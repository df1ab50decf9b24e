/** The built-in presets a config can extend. */
import type { SeveritySetting } from "../engine/rule";

export type PresetName = "recommended" | "strict";

export function isPreset(name: string): name is PresetName {
  return name === "recommended" || name === "strict";
}

/**
 * recommended: every rule at its default severity (a checklist rule is off until its
 * first-contact figures reach the bar on the last batch: docs/quality.md; none does on batch y). strict: every rule is an error, the
 * whole review checklist included — a plan held to it has every element a reviewer checks.
 */
export function presetRules(name: PresetName, defaults: Record<string, SeveritySetting>): Record<string, SeveritySetting> {
  if (name === "recommended") return { ...defaults };
  return Object.fromEntries(Object.keys(defaults).map((id) => [id, "error"]));
}
