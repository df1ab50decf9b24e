/** `--print-config`: the effective configuration for a file, as JSON. */
import type { RuleMeta } from "../engine/rule";
import type { ResolvedConfig } from "./types";
import { ruleSetting } from "../engine/required-elements";

/**
 * Rules at the severity they run at with the config's `elements` (a rule whose element is
 * required shows its `whenRequired` severity). Templates are listed by name, language, source
 * and file; their bodies would drown the rest.
 */
export function printConfig(config: ResolvedConfig, metas: readonly RuleMeta[] = []): string {
  const required = config.elements && new Set(config.elements);
  const rules = Object.fromEntries(
    Object.entries(config.rules).map(([id, setting]) => {
      const meta = metas.find((m) => m.id === id);
      return [id, meta ? ruleSetting(meta, config, required) : setting];
    }),
  );
  const templates = config.templates.map(({ name, lang, source, file }) => ({ name, lang, source, file }));
  return JSON.stringify({ ...config, rules, templates }, null, 2);
}
