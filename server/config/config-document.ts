/**
 * A config file parsed with positions (JSON is read as YAML, so both report line and column),
 * able to point a ConfigError at the node a problem is about.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { ConfigError } from "./types";
import { formatPath, type SchemaPath } from "../engine/schema-problems";
import { yamlToData } from "../engine/yaml-data";

export class ConfigDocument {
  /** The data; an empty file (or one with only comments) is an empty config. */
  readonly data: unknown;

  private constructor(
    readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {
    this.data = yamlToData(doc) ?? {};
  }

  /** Throws ConfigError at the first syntax error. */
  static parse(text: string, file: string): ConfigDocument {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const error = doc.errors[0];
    if (error) {
      const { line, col } = lines.linePos(error.pos[0]);
      // yaml's own wording for this one names its API, not the fix.
      const message = error.code === "MULTIPLE_DOCS" ? "a config file holds one YAML document (remove the extra ---)" : error.message;
      throw new ConfigError(`syntax error: ${message}`, file, line, col);
    }
    try {
      return new ConfigDocument(file, doc, lines);
    } catch (error) {
      throw new ConfigError(`syntax error: ${(error as Error).message}`, file, 1, 1);
    }
  }

  /**
   * An error about the value at `path` (or, with `atKey`, about the key naming it), located at
   * that node or its nearest ancestor that exists. The message leads with the key.
   */
  errorAt(path: SchemaPath, text: string, atKey = false): ConfigError {
    const { line, col } = this.lines.linePos(this.offsetOf(path, atKey));
    const key = formatPath(path);
    return new ConfigError(key ? `${key}: ${text}` : `the configuration ${text}`, this.file, line, col, key || undefined);
  }

  /** Where in the text the node (or key) at `path` starts. */
  offsetOf(path: SchemaPath, atKey = false): number {
    if (atKey && path.length) {
      const parent = this.doc.getIn(path.slice(0, -1), true);
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]))
        : undefined;
      const keyRange = (pair?.key as Node | undefined)?.range;
      if (keyRange) return keyRange[0];
    }
    for (let n = path.length; n > 0; n--) {
      const range = (this.doc.getIn(path.slice(0, n), true) as Node | undefined)?.range;
      if (range) return range[0];
    }
    return this.doc.contents?.range[0] ?? 0;
  }
}
