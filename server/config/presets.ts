/** The built-in presets a config can extend. */
import type { Severity, SeveritySetting } from "../engine/rule";

export type PresetName = "recommended" | "strict";

export function isPreset(name: string): name is PresetName {
  return name === "recommended" || name === "strict";
}

/**
 * recommended: every rule at its default severity. strict: every rule that runs is an error,
 * and so are unfilled placeholders — a plan with 〔…〕 left in it is not finished.
 */
export function presetRules(name: PresetName, defaults: Record<string, SeveritySetting>): Record<string, SeveritySetting> {
  if (name === "recommended") return { ...defaults };
  const strict = Object.entries(defaults).map(([id, severity]) => [
    id,
    severity !== "off" || id === "unfilled-placeholder" ? "error" : "off",
  ]);
  return Object.fromEntries(strict);
}

/** The severity a rule the preset leaves off runs at where a plan requires its element: strict's is error, as for every rule it runs. */
export function presetWhenRequired(name: PresetName): Severity {
  return name === "strict" ? "error" : "warn";
}
