/**
 * micromark's time grows about with the cube of list nesting: 400 nested list items (80 KB)
 * take 14 s to parse, markdownlint's parser included. No plan nests lists that deep, so before
 * parsing, a list marker indented past MAX_LIST_INDENT columns is blanked: the line joins the
 * item above it as text instead of opening one more level. Blanking keeps every offset, so
 * statements still read the original text.
 *
 * Quotes likewise: micromark holds about a kilobyte per `>` of every line (400 nested quotes
 * of 200 lines, 169 KB, took 200 MB). Past MAX_QUOTE_DEPTH the next `>` is parsed as a
 * backslash: a character of text, so the rest of the line is the deepest quote's text (not
 * blanked: spaces there would open an indented code block, whose text no rule reads).
 */
import { lineEnd } from "./line-index";

/** 40 columns: 20 levels of two-space lists, 10 of four-space ones. */
export const MAX_LIST_INDENT = 40;
export const MAX_QUOTE_DEPTH = 20;

/** A bullet or ordered-list marker and the space after it, at the start of `rest`. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** `text` with list markers indented past the limit replaced by spaces (same length). */
export function guardNesting(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let start = 0; start < text.length;) {
    const end = lineEnd(text, start);
    const edit = deepMarker(text, start, end) ?? deepQuote(text, start, end);
    if (edit) {
      parts.push(text.slice(copied, edit.start), edit.by);
      copied = edit.start + edit.by.length;
    }
    start = end + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}

/** A same-length replacement of the text at `start`. */
interface Edit {
  start: number;
  by: string;
}

function deepMarker(text: string, start: number, end: number): Edit | undefined {
  let column = 0;
  let at = start;
  for (; at < end && (text[at] === " " || text[at] === "\t"); at++) column += text[at] === "\t" ? 4 - (column % 4) : 1;
  if (column <= MAX_LIST_INDENT) return undefined;
  const marker = LIST_MARKER.exec(text.slice(at, Math.min(end, at + 12)));
  return marker ? { start: at, by: " ".repeat(marker[0].length) } : undefined;
}

/** The `>` past MAX_QUOTE_DEPTH in the line's quote markers (each after up to three spaces), made text. */
function deepQuote(text: string, start: number, end: number): Edit | undefined {
  let depth = 0;
  for (let at = start; at < end; at++) {
    const indent = at;
    while (at - indent < 3 && text[at] === " ") at++;
    if (text[at] !== ">") return undefined;
    if (++depth > MAX_QUOTE_DEPTH) return { start: at, by: "\\" };
    if (text[at + 1] === " " || text[at + 1] === "\t") at++;
  }
  return undefined;
}
