/** Applying fixes: non-overlapping edits, applied back to front so offsets stay valid. */
import type { Finding } from "./finding";
import type { Fix, TextEdit } from "./rule";

/** The fixes to apply in one pass: first come first served, skipping any that overlap or repeat. */
export function chooseFixes(findings: Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  for (const { fix } of findings) {
    if (!fix || fix.edits.length === 0) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key) || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    seen.add(key);
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one point conflict too: their order would be arbitrary.
  return a.span.start === b.span.start || (a.span.start < b.span.end && b.span.start < a.span.end);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
