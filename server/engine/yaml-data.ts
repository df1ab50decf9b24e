/**
 * YAML documents to plain data with a cap on alias expansion. yaml's own cap (100) throws on
 * ordinary files that reuse one anchor a hundred times, and its ReferenceError is not a parse
 * error; a billion-laughs document must be one, since the data it expands to is walked by
 * schema validation.
 */
import type { Document } from "yaml";

/** How far aliases may multiply the document (yaml counts alias uses × the aliases they contain). */
export const MAX_ALIAS_COUNT = 10_000;

export class YamlExpansionError extends Error {
  constructor() {
    super(`YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} references): not read`);
    this.name = "YamlExpansionError";
  }
}

export function yamlToData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) throw new YamlExpansionError();
    throw error;
  }
}
