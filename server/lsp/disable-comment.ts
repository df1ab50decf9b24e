/**
 * "Disable <rule> for this line": a directive the engine already understands
 * (server/engine/directives.ts), placed so that it does not change the document's structure.
 */
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** Leading whitespace and blockquote markers, then a list marker (its width becomes spaces). */
const PREFIX = /^([ \t]*(?:>[ \t]?)*)((?:[-+*]|\d{1,9}[.)])[ \t]+)?/;
const TABLE_ROW = /^[ \t]*\|/;
/** `key: |` or `- >-`: the lines below are a block scalar's text, where a `#` is not a comment. */
const BLOCK_SCALAR = /(?::|^[ \t]*-)[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/;

export function disableEdit(lines: TextLines, line: number, ruleId: string, yamlFile: boolean): TextEdit | undefined {
  const text = lines.lines[line];
  if (text === undefined) return undefined;
  if (yamlFile || lines.inFrontMatter(line)) return yamlDisable(lines, line, ruleId);
  if (line === 0 && lines.frontMatterEnd > 0) return undefined;
  if (line === lines.frontMatterEnd) return undefined;
  // A line inserted inside a table would end it: a table row gets the same-line form.
  if (TABLE_ROW.test(text) && TABLE_ROW.test(lines.lines[line - 1] ?? "")) {
    const end = { line, character: text.length };
    return { range: { start: end, end }, newText: ` <!-- alliance-lint-disable-line ${ruleId} -->` };
  }
  // Indented like the line's content, a list item's directive stays inside the list.
  const [, lead, marker = ""] = PREFIX.exec(text)!;
  const start = { line, character: 0 };
  return {
    range: { start, end: start },
    newText: `${lead}${" ".repeat(marker.length)}<!-- alliance-lint-disable-next-line ${ruleId} -->${lines.eol}`,
  };
}

function yamlDisable(lines: TextLines, line: number, ruleId: string): TextEdit | undefined {
  if (insideBlockScalar(lines, line)) return undefined;
  const indent = lines.lines[line].slice(0, lines.indentation(line));
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indent}# alliance-lint-disable-next-line ${ruleId}${lines.eol}` };
}

/** Is the line part of a block scalar opened by a less indented line above it? */
function insideBlockScalar(lines: TextLines, line: number): boolean {
  let indent = lines.indentation(line);
  for (let i = line - 1; i >= 0; i--) {
    const text = lines.lines[i];
    if (!text.trim()) continue;
    const own = lines.indentation(i);
    if (own >= indent) continue;
    if (BLOCK_SCALAR.test(text)) return true;
    indent = own;
    if (own === 0) return false;
  }
  return false;
}

/** Line-level views of a document that the directive needs: lines, EOL, front matter. */
export class TextLines {
  readonly lines: string[];
  readonly eol: "\r\n" | "\n";
  /** Last line of the front matter (its closing `---`), or -1 when there is none. */
  readonly frontMatterEnd: number;

  constructor(readonly doc: TextDocument) {
    const text = doc.getText();
    this.lines = text.split(/\r\n|\r|\n/);
    this.eol = /\r\n/.test(text.slice(0, text.indexOf("\n") + 1)) ? "\r\n" : "\n";
    this.frontMatterEnd = findFrontMatterEnd(this.lines);
  }

  inFrontMatter(line: number): boolean {
    return line > 0 && line < this.frontMatterEnd;
  }

  indentation(line: number): number {
    return /^[ \t]*/.exec(this.lines[line] ?? "")![0].length;
  }
}

function findFrontMatterEnd(lines: string[]): number {
  if (!/^\uFEFF?---\s*$/.test(lines[0] ?? "")) return -1;
  for (let i = 1; i < lines.length; i++) if (/^(?:---|\.\.\.)\s*$/.test(lines[i])) return i;
  return -1;
}
