/**
 * Struck-through text (GFM's `~~…~~`). In a redline or a revised draft it is what the plan no
 * longer says (「~~2025年度末までに~~ **2026年9月末までに**」, "~~three (3) years~~ **six (6)
 * months**"), so statements read it as blank space of the same length: offsets hold, and a
 * sentence that was struck out whole is no statement. Only the double tilde: a single `~` is
 * Japanese's range mark (「4月~6月」).
 */
import type { Span } from "./model";
import { lowerBound } from "./lower-bound";

/** On one line, opening and closing next to text as GFM requires; `[^~\n]` keeps each try to the next tilde. */
const STRUCK = /~~(?=[^\s~])[^~\n]*[^\s~]~~/g;

/** The struck-through spans of the text, in order. */
export function struckSpans(text: string): Span[] {
  if (!text.includes("~~")) return [];
  return Array.from(text.matchAll(STRUCK), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The spans among `sorted` (in order, not overlapping each other) that overlap `span`. */
export function overlapping(sorted: Span[], span: Span): Span[] {
  const found: Span[] = [];
  for (let i = lowerBound(sorted.length, (k) => sorted[k].end, span.start + 1); i < sorted.length && sorted[i].start < span.end; i++)
    found.push(sorted[i]);
  return found;
}
