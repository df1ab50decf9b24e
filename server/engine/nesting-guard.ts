/**
 * micromark's time grows about with the cube of list nesting: 400 nested list items (80 KB)
 * take 14 s to parse, markdownlint's parser included. No plan nests lists that deep, so before
 * parsing, a list marker indented past MAX_LIST_INDENT columns is blanked: the line joins the
 * item above it as text instead of opening one more level. Blanking keeps every offset, so
 * statements still read the original text.
 */

/** 40 columns: 20 levels of two-space lists, 10 of four-space ones. */
export const MAX_LIST_INDENT = 40;

/** A bullet or ordered-list marker and the space after it, at the start of `rest`. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** `text` with list markers indented past the limit replaced by spaces (same length). */
export function guardNesting(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let start = 0; start < text.length;) {
    const end = lineEnd(text, start);
    const blank = deepMarker(text, start, end);
    if (blank) {
      parts.push(text.slice(copied, blank.start), " ".repeat(blank.end - blank.start));
      copied = blank.end;
    }
    start = end + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}

function deepMarker(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let column = 0;
  let at = start;
  for (; at < end && (text[at] === " " || text[at] === "\t"); at++) column += text[at] === "\t" ? 4 - (column % 4) : 1;
  if (column <= MAX_LIST_INDENT) return undefined;
  const marker = LIST_MARKER.exec(text.slice(at, Math.min(end, at + 12)));
  return marker ? { start: at, end: at + marker[0].length } : undefined;
}

function lineEnd(text: string, start: number): number {
  const at = text.indexOf("\n", start);
  return at < 0 ? text.length : at;
}
