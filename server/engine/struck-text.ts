/**
 * Struck-through text (GFM's `~~…~~`). In a redline or a revised draft it is what the plan no
 * longer says (「~~2025年度末までに~~ **2026年9月末までに**」, "~~three (3) years~~ **six (6)
 * months**"), so statements read it as blank space of the same length: offsets hold, and a
 * sentence that was struck out whole is no statement. Only the double tilde: a single `~` is
 * Japanese's range mark (「4月~6月」).
 */
import type { Span } from "./model";

/** On one line, opening and closing next to text as GFM requires; `[^~\n]` keeps each try to the next tilde. */
const STRUCK = /~~(?=[^\s~])[^~\n]*[^\s~]~~/g;

/** The struck-through spans of the text, in order. */
export function struckSpans(text: string): Span[] {
  if (!text.includes("~~")) return [];
  return Array.from(text.matchAll(STRUCK), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The spans among `sorted` that overlap `span` (a binary search for the first). */
export function overlapping(sorted: Span[], span: Span): Span[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Span[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) found.push(sorted[i]);
  return found;
}
