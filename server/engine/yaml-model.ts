/**
 * Walks a YAML document (front matter or a pure YAML plan) into sections, statements and
 * tables: a key is a section, a scalar a statement, a list of mappings a table, so the rules
 * read structured fields exactly like prose.
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import type { Cell, Span, Table, TableRow } from "./model";
import type { ModelBuilder } from "./model-builder";
import { keyToTitle } from "./elements";
import { trimSpan } from "./sentences";

/** Offsets in yaml nodes are relative to the YAML text; `offset` places them in the document. */
export function walkYaml(root: unknown, offset: number, builder: ModelBuilder, baseLevel: number): void {
  new YamlWalker(builder, offset).node(root, baseLevel, undefined);
}

class YamlWalker {
  constructor(
    private readonly b: ModelBuilder,
    private readonly offset: number,
  ) {}

  span(node: { range?: [number, number, number] | null }): Span | undefined {
    if (!node.range) return undefined;
    return { start: node.range[0] + this.offset, end: node.range[1] + this.offset };
  }

  /** `key` is the dotted path of keys down to the node (`ip.results.owner`): the path carries the meaning. */
  node(node: unknown, level: number, key: string | undefined): void {
    if (isMap(node)) this.map(node, level, key);
    else if (isSeq(node)) this.seq(node, level, key);
    else if (isScalar(node)) this.scalar(node, key);
  }

  map(map: YAMLMap, level: number, path: string | undefined): void {
    for (const pair of map.items) this.pair(pair, level, path);
  }

  pair(pair: Pair, level: number, path: string | undefined): void {
    if (!isPair(pair) || !isScalar(pair.key)) return;
    const keySpan = this.span(pair.key);
    if (!keySpan) return;
    const key = String(pair.key.value);
    this.b.openSection(keyToTitle(key), level, "field", keySpan);
    this.node(pair.value, level + 1, path ? `${path}.${key}` : key);
    const end = (pair.value as Node | null)?.range?.[2];
    this.b.closeTo(level, end !== undefined ? end + this.offset : keySpan.end);
  }

  seq(seq: YAMLSeq, level: number, key: string | undefined): void {
    if (seq.items.some(isMap)) this.table(seq);
    for (const item of seq.items) {
      if (isMap(item)) {
        const span = this.span(item);
        if (span) this.b.addStatement(span, "list-item", key);
      } else {
        this.node(item, level, key);
      }
    }
  }

  scalar(node: { range?: [number, number, number] | null; value: unknown; type?: string }, key: string | undefined): void {
    let span = this.span(node);
    if (!span || node.value === null || node.value === "") return;
    // A block scalar's range starts at its `|` / `>` header line, which is not part of the value.
    const header = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED" ? this.b.text.indexOf("\n", span.start) : -1;
    if (header >= 0 && header < span.end) span = { start: header + 1, end: span.end };
    const source = this.b.text.slice(span.start, span.end);
    if (!source.includes("\n")) this.b.addStatement(span, "field", key);
    // Only a literal block (`|`) keeps its line breaks; YAML folds every other one into a space.
    else this.b.addSentences(span, "field", key, node.type === "BLOCK_LITERAL" ? [] : foldedBreaks(source, span.start));
  }

  /** A node's range without the line break and indentation the YAML parser counts into it. */
  trimmed(span: Span | undefined): Span | undefined {
    return span && (trimSpan(this.b.text.slice(span.start, span.end), span.start) ?? span);
  }

  /** A list of mappings as a table: one row per item, one column per key seen. */
  table(seq: YAMLSeq): void {
    const span = this.trimmed(this.span(seq));
    if (!span) return;
    const header: Cell[] = [];
    const columns = new Map<string, number>();
    const rows: TableRow[] = [];
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      const rowSpan = this.trimmed(this.span(item));
      if (!rowSpan) continue;
      const cells: Cell[] = [];
      for (const pair of item.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (!columns.has(name)) {
          columns.set(name, header.length);
          header.push({ text: name, span: this.span(pair.key) ?? rowSpan });
        }
        const valueSpan = pair.value ? this.span(pair.value as Node) : undefined;
        const cellSpan = valueSpan ?? this.span(pair.key) ?? rowSpan;
        cells[columns.get(name)!] = { text: valueSpan ? this.b.text.slice(cellSpan.start, cellSpan.end) : "", span: cellSpan };
      }
      for (let i = 0; i < header.length; i++) cells[i] ??= { text: "", span: { start: rowSpan.end, end: rowSpan.end } };
      rows.push({ cells, span: rowSpan });
    }
    const table: Table = { header, rows, span, section: this.b.current, source: "yaml" };
    this.b.tables.push(table);
  }
}

/**
 * The line breaks YAML folds into spaces, as spans to blank out: each one between two lines
 * that have text (a blank line is a paragraph break and stays).
 */
function foldedBreaks(source: string, base: number): Span[] {
  const breaks: Span[] = [];
  const lines = source.split("\n");
  let at = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    at += lines[i].length;
    if (lines[i].trim() && lines[i + 1].trim()) breaks.push({ start: base + at, end: base + at + 1 });
    at += 1;
  }
  return breaks;
}
