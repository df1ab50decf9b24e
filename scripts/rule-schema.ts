/** The config schema's `rules` keys from the rules' metadata, so editors complete rule ids and their severities. */
import type { RuleMeta } from "../server/engine/rule";

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
