/** The config schema's `rules` keys from the rules' metadata, so editors complete rule ids and their severities. */
import type { RuleMeta } from "../server/engine/rule";
import { PLAN_ELEMENTS } from "../server/engine/model";
import { ELEMENT_PRESETS } from "../server/engine/required-elements";

interface ConfigSchema {
  definitions: { rules: { properties: Record<string, unknown> } };
}

export function withRuleProperties<S extends ConfigSchema>(schema: S, metas: readonly RuleMeta[]): S {
  const properties = Object.fromEntries(
    metas.map((meta) => [meta.id, { description: meta.description.en, default: meta.defaultSeverity, $ref: "#/definitions/ruleSetting" }]),
  );
  const { definitions } = schema;
  return { ...schema, definitions: { ...definitions, rules: { ...definitions.rules, properties } } };
}

interface VocabularySchema {
  definitions: { vocabulary: { properties: Record<string, unknown> } };
}

/** The config schema's `vocabulary` keys from the vocabulary files, so editors complete concept names. */
export function withVocabularyProperties<S extends VocabularySchema>(
  schema: S,
  vocabularies: readonly { concept: string; description: string; extensible?: boolean }[],
): S {
  const properties = Object.fromEntries(
    vocabularies
      .filter((v) => v.extensible !== false)
      .map((v) => [v.concept, { description: v.description.trim(), $ref: "#/definitions/terms" }]),
  );
  const { definitions } = schema;
  return { ...schema, definitions: { ...definitions, vocabulary: { ...definitions.vocabulary, properties } } };
}

interface ElementSchema {
  definitions: { elementEntry: unknown };
}

/** What config `elements:` accepts: the presets, then every plan element but notes (commentary, not part of a plan). */
export function withElementEntries<S extends ElementSchema>(schema: S): S {
  const entries = [...Object.keys(ELEMENT_PRESETS), ...PLAN_ELEMENTS.filter((e) => e !== "notes")];
  const elementEntry = { description: "A plan element, or a preset of them.", enum: entries };
  return { ...schema, definitions: { ...schema.definitions, elementEntry } };
}

interface PlanSchema {
  definitions: { planType: unknown };
}

/** What a plan's `alliance-type` may say: a preset other than recommended (every plan needs that). */
export function withPlanTypes<S extends PlanSchema>(schema: S): S {
  const planType = { enum: Object.keys(ELEMENT_PRESETS).filter((p) => p !== "recommended") };
  return { ...schema, definitions: { ...schema.definitions, planType } };
}
