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
