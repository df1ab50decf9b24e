/** Applying fixes: non-overlapping edits, applied back to front so offsets stay valid. */
import type { Finding } from "./finding";
import type { Fix, TextEdit } from "./rule";

export type FixableFinding = Finding & { fix: Fix };

/** The findings whose fixes to apply in one pass: first come first served, skipping any that overlap or repeat. */
export function chooseFixes(findings: Finding[]): FixableFinding[] {
  const chosen: FixableFinding[] = [];
  const taken = new TakenSpans();
  const seen = new Set<string>();
  for (const finding of findings) {
    const { fix } = finding;
    if (!fix || fix.edits.length === 0) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key) || fix.edits.some((e) => taken.overlaps(e))) continue;
    seen.add(key);
    chosen.push({ ...finding, fix });
    for (const e of fix.edits) taken.add(e);
  }
  return chosen;
}

/** The spans of the edits chosen so far, sorted by start: an overlap check looks at two neighbours, not at all of them. */
class TakenSpans {
  private readonly spans: TextEdit["span"][] = [];

  overlaps(edit: TextEdit): boolean {
    const at = this.indexOf(edit.span.start);
    return [this.spans[at - 1], this.spans[at]].some((t) => t !== undefined && overlaps(edit.span, t));
  }

  add(edit: TextEdit): void {
    this.spans.splice(this.indexOf(edit.span.start), 0, edit.span);
  }

  /** The first index whose span starts at or after `start`. */
  private indexOf(start: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid].start < start) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function overlaps(a: TextEdit["span"], b: TextEdit["span"]): boolean {
  // Two insertions at one point conflict too: their order would be arbitrary.
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

/** The edits applied in one pass over the text (they do not overlap: chooseFixes saw to it). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let copied = 0;
  for (const e of sorted) {
    parts.push(text.slice(copied, e.span.start), e.newText);
    copied = Math.max(copied, e.span.end);
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

/**
 * Is the fix already in the text? A replacement is when its span holds the new text. An
 * insertion of lines (a clause, a section) is when those lines are anywhere in the text,
 * or, for a section, its body is (an empty section was filled with it): other insertions
 * may have landed between it and its point since. An insertion within a line is when its
 * text sits right next to its point (whitespace aside). Read from the text alone, so a
 * second `--fix` run, an editor's quick fix and "fix all" agree.
 */
export function isApplied(text: string, fix: Fix): boolean {
  return fix.edits.every((e) =>
    e.span.start === e.span.end ? isInserted(text, e.span.start, e.newText) : text.slice(e.span.start, e.span.end) === e.newText,
  );
}

function isInserted(text: string, at: number, inserted: string): boolean {
  const forms = insertedForms(inserted);
  if (/[\r\n]/.test(inserted)) return forms.some((form) => text.includes(form));
  const before = skipSpace(text, at, -1);
  const after = skipSpace(text, at, 1);
  return forms.some((form) => text.endsWith(form, before) || text.startsWith(form, after));
}

/** The inserted text, trimmed; for a section, also its body without the heading line. */
function insertedForms(inserted: string): string[] {
  const whole = inserted.trim();
  const heading = /^#{1,6}[ \t][^\n]*\n/.exec(whole);
  const body = heading ? whole.slice(heading[0].length).trim() : "";
  return body ? [whole, body] : whole ? [whole] : [];
}

/** The offset after skipping whitespace from `at`, backwards (-1) or forwards (1). */
function skipSpace(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  while (direction < 0 ? i > 0 && isSpace(text[i - 1]) : i < text.length && isSpace(text[i])) i += direction;
  return i;
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r";
}
