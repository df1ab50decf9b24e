/**
 * What one fix run has already fixed: each finding by its rule and its position in the text
 * the run started from, so that a finding whose fix did not make it disappear gets no second
 * fix in a later pass, whichever rule reported it and wherever its fix would now go.
 */
import type { Finding } from "./finding";
import type { TextEdit } from "./rule";

export class FixHistory {
  /** Each pass's edits in the coordinates of the text before that pass, in document order. */
  private readonly passes: TextEdit[][] = [];
  private readonly fixed = new Set<string>();

  /** Was this finding (the same rule at the same original position) fixed in an earlier pass? */
  has(finding: Finding): boolean {
    return this.fixed.has(this.key(finding));
  }

  /** Record one pass: the findings fixed in it, then its edits (the next pass's text is after them). */
  record(findings: Finding[], edits: TextEdit[]): void {
    for (const finding of findings) this.fixed.add(this.key(finding));
    this.passes.push([...edits].sort((a, b) => a.span.start - b.span.start));
  }

  private key(finding: Finding): string {
    return `${finding.ruleId}@${this.original(finding.span.start)}`;
  }

  /** The offset in the original text of `offset` in the current one. */
  private original(offset: number): number {
    let at = offset;
    for (let pass = this.passes.length - 1; pass >= 0; pass--) at = beforeEdits(this.passes[pass], at);
    return at;
  }
}

/** Map an offset after `edits` (sorted) to the offset before them; text an edit inserted maps to where it went. */
function beforeEdits(edits: TextEdit[], offset: number): number {
  let shift = 0;
  for (const e of edits) {
    const start = e.span.start + shift;
    if (offset < start) break;
    if (offset < start + e.newText.length) return e.span.start;
    shift += e.newText.length - (e.span.end - e.span.start);
  }
  return offset - shift;
}
