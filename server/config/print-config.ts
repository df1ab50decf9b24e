/** `--print-config`: the effective configuration for a file, as JSON. */
import type { ResolvedConfig } from "./types";

/** Templates are listed by name, language, source and file; their bodies would drown the rest. */
export function printConfig(config: ResolvedConfig): string {
  const templates = config.templates.map(({ name, lang, source, file }) => ({ name, lang, source, file }));
  return JSON.stringify({ ...config, templates }, null, 2);
}
