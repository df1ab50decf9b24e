/**
 * Engine offsets → LSP positions. The engine counts offsets in the text without its BOM;
 * a client may or may not include the BOM in the document, so the offset is shifted by it.
 */
import type { Range, TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Span } from "../engine/model";
import type { Fix } from "../engine/rule";

export class Positions {
  private readonly bom: number;

  constructor(readonly doc: TextDocument) {
    this.bom = doc.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === "\uFEFF" ? 1 : 0;
  }

  range(span: Span): Range {
    return { start: this.doc.positionAt(span.start + this.bom), end: this.doc.positionAt(span.end + this.bom) };
  }

  edits(fix: Fix): TextEdit[] {
    return fix.edits.map((e) => ({ range: this.range(e.span), newText: e.newText }));
  }
}

/** One edit turning `before` into `after`: the changed middle only, so the cursor and folds stay put. */
export function minimalEdit(doc: TextDocument, after: string): TextEdit | undefined {
  const before = doc.getText();
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isHighSurrogate(before.charCodeAt(before.length - end - 1))) end--;
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
