/** The per-file settings a config layer or override changes: rules, required elements, the team's words, locale. */
import type { Lang, PlanElement } from "../engine/model";
import { severitySetting, type Severity, type SeveritySetting } from "../engine/rule";
import { expandElements } from "../engine/required-elements";
import type { ResolvedRuleSetting } from "../engine/engine-config";
import type { Concept, TeamVocabulary, Terms, VocabLang } from "../../rules/vocab";
import type { ConfigOverride, RuleSetting } from "./types";

export interface FileSettings {
  rules: Record<string, ResolvedRuleSetting>;
  vocabulary: TeamVocabulary;
  locale: Lang | "auto";
  elements?: PlanElement[];
}

export type SettingsPatch = Pick<ConfigOverride, "rules" | "elements" | "headings" | "vocabulary" | "locale">;

/** The recommended preset: every rule at its default severity (one that is off runs at warn where its element is required). */
export function defaultSettings(defaults: Record<string, SeveritySetting>): FileSettings {
  const rules = Object.fromEntries(Object.entries(defaults).map(([id, severity]) => [id, resolveRule(severity, undefined, "warn")]));
  return { rules, vocabulary: {}, locale: "auto" };
}

/**
 * `patch` on top of `base`: a bare severity keeps the options set before; the team's words add
 * up; a list of elements replaces the one before. `whenRequired`: what a rule the patch turns
 * off runs at where its element is required — undefined for a config file's own settings,
 * which stand whatever the elements.
 */
export function applySettings(base: FileSettings, patch: SettingsPatch, whenRequired?: Severity): FileSettings {
  const rules = { ...base.rules };
  for (const [id, setting] of Object.entries(patch.rules ?? {})) rules[id] = resolveRule(setting, rules[id], whenRequired);
  const vocabulary = { ...base.vocabulary };
  for (const [concept, terms] of [...headingTerms(patch.headings), ...conceptTerms(patch.vocabulary)]) {
    vocabulary[concept] = addTerms(vocabulary[concept], terms);
  }
  const elements = patch.elements ? expandElements(patch.elements) : base.elements;
  return { rules, vocabulary, locale: patch.locale ?? base.locale, ...(elements && { elements }) };
}

function conceptTerms(vocabulary: TeamVocabulary = {}): [Concept, Terms][] {
  return Object.entries(vocabulary) as [Concept, Terms][];
}

/** `headings: { exit: ["卒業条件", "Off-ramp"] }` is `vocabulary: { exit-heading: { ja: [...], en: [...] } }`. */
function headingTerms(headings: Partial<Record<PlanElement, string[]>> = {}): [Concept, Terms][] {
  return Object.entries(headings).map(([element, words]) => {
    const terms: Terms = { ja: words.filter((w) => languageOf(w) === "ja"), en: words.filter((w) => languageOf(w) === "en") };
    return [`${element}-heading` as Concept, terms];
  });
}

/** A heading word with no Latin letter is matched the Japanese way (anywhere), else as English words. */
function languageOf(word: string): VocabLang {
  return /[a-z]/i.test(word) ? "en" : "ja";
}

function addTerms(before: Terms = {}, added: Terms): Terms {
  const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];
  return { ja: union(before.ja, added.ja), en: union(before.en, added.en) };
}

/** The schema has checked the spelling: `warning` becomes `warn` here. */
function resolveRule(setting: RuleSetting, before: ResolvedRuleSetting | undefined, whenRequired?: Severity): ResolvedRuleSetting {
  const [written, options] = typeof setting === "string" ? [setting] : setting;
  const severity = severitySetting(written)!;
  return { severity, options: options ?? before?.options ?? {}, ...(severity === "off" && whenRequired && { whenRequired }) };
}
