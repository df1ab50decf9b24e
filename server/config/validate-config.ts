/** A parsed config file checked against schemas/alliance-lint.schema.json and the known rule ids. */
import validator from "./generated/validate-config.js";
import type { ConfigDocument } from "./config-document";
import type { ConfigFile } from "./types";
import { schemaProblems, type SchemaProblem } from "../engine/schema-problems";
import { closest } from "./closest";

/** The config as written; throws ConfigError at the first problem. */
export function validateConfig(source: ConfigDocument, knownRules?: readonly string[]): ConfigFile {
  const atKey = (p: SchemaProblem) => p.keyword === "additionalProperties";
  // The first problem in the file, not in the schema.
  const [problem] = schemaProblems(validator, source.data).sort(
    (a, b) => source.offsetOf(a.path, atKey(a)) - source.offsetOf(b.path, atKey(b)),
  );
  if (problem) throw source.errorAt(problem.path, problem.text, atKey(problem));
  const config = source.data as ConfigFile;
  if (knownRules) checkRuleIds(source, config, knownRules);
  return config;
}

function checkRuleIds(source: ConfigDocument, config: ConfigFile, knownRules: readonly string[]): void {
  const ruleMaps: [(string | number)[], ConfigFile["rules"]][] = [
    [["rules"], config.rules],
    ...(config.overrides ?? []).map((o, i): [(string | number)[], ConfigFile["rules"]] => [["overrides", i, "rules"], o.rules]),
  ];
  for (const [path, rules] of ruleMaps) {
    const unknown = Object.keys(rules ?? {}).find((id) => !knownRules.includes(id));
    if (unknown === undefined) continue;
    const guess = closest(unknown, knownRules);
    throw source.errorAt([...path, unknown], `unknown rule "${unknown}"${guess ? `; did you mean "${guess}"?` : ""}`, true);
  }
}
