/** The built-in presets a config can extend. */
import type { SeveritySetting } from "../engine/rule";

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
