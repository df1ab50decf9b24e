/**
 * Accumulates sections, statements and tables while a Markdown or YAML walker visits a
 * document, then closes the section spans. Shared by both walkers so sections from front
 * matter, YAML plans and Markdown headings all have one shape.
 */
import type { Lang, Section, SectionKind, Span, Statement, StatementKind, Table } from "./model";
import { classifyTitle } from "./elements";
import type { Vocabulary } from "../../rules/vocab";
import { sentenceSpans, trimSpan } from "./sentences";
import { overlapping, struckSpans } from "./struck-text";

export class ModelBuilder {
  readonly sections: Section[] = [];
  readonly statements: Statement[] = [];
  readonly tables: Table[] = [];
  /** Open sections, outermost first. */
  private stack: Section[] = [];
  /** Struck-through text, which statements read as blank (see struck-text.ts). */
  private readonly struck: Span[];
  /** While a reviewer's comment is walked: the level of its notes section, which its own sections stay under. */
  private notesLevel: number | undefined;

  constructor(
    readonly text: string,
    readonly lang: Lang,
    readonly vocabulary: Vocabulary,
  ) {
    this.struck = struckSpans(text);
  }

  /** The open sections, outermost first: a chunk's walk replayed (chunk-model.ts) closes and opens them. */
  get openSections(): Section[] {
    return this.stack;
  }

  /** The struck-through spans that overlap `span`. */
  struckWithin(span: Span): Span[] {
    return overlapping(this.struck, span);
  }

  get current(): number | undefined {
    return this.stack.at(-1)?.index;
  }

  get currentLevel(): number {
    return this.stack.at(-1)?.level ?? 0;
  }

  /** Pseudo headings sit one level below the nearest real heading, as siblings of each other. */
  pseudoLevel(): number {
    const heading = this.stack.findLast((s) => s.kind === "heading");
    return (heading?.level ?? 0) + 1;
  }

  /**
   * Open a section at `level`, closing those at the same or a deeper level. A notes section (a
   * reviewer's comment) names no element but "notes", and so do the sections opened inside it.
   */
  openSection(title: string, level: number, kind: SectionKind, headingSpan: Span, notes = false): Section {
    if (this.notesLevel !== undefined) {
      level = Math.max(level, this.notesLevel + 1);
      notes = true;
    }
    this.closeTo(level, headingSpan.start);
    const parent = this.stack.at(-1);
    const section: Section = {
      index: this.sections.length,
      title,
      level,
      parent: parent?.index,
      path: [...(parent?.path ?? []), title],
      elements: notes ? ["notes"] : [...classifyTitle(title, this.vocabulary)],
      kind,
      span: { start: headingSpan.start, end: this.text.length },
      headingSpan,
      bodySpan: { start: headingSpan.end, end: this.text.length },
    };
    this.sections.push(section);
    this.stack.push(section);
    return section;
  }

  /** Close every open section whose level is `level` or deeper, ending it at `offset`. */
  closeTo(level: number, offset: number): void {
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.closeLast(offset);
  }

  /**
   * A Markdown heading, whatever its depth, ends the pseudo heading (a bold line, a list item read
   * as a title) open one level below the heading before it: a bold subtitle under the document's
   * title ("**… Authority · Live Testing stream**") heads its own lines, not the "### Part B" after
   * it. Not inside a reviewer's comment, which keeps what it holds.
   */
  closePseudo(offset: number): void {
    if (this.notesLevel !== undefined) return;
    while (this.stack.at(-1)?.kind === "pseudo" && this.stack.at(-1)!.level === this.pseudoLevel()) this.closeLast(offset);
  }

  /**
   * A rule (`---`) under a heading of the paper's furniture (「改訂履歴」, "Revision history", a
   * distribution list) ends it: the body follows, its bold clause titles no part of the history.
   */
  closeFurniture(offset: number): void {
    const heading = this.stack.findLast((s) => s.kind === "heading");
    if (this.notesLevel === undefined && heading?.elements.includes("notes")) this.closeTo(heading.level, offset);
  }

  private closeLast(offset: number): void {
    const done = this.stack.pop()!;
    done.span.end = Math.max(done.headingSpan.end, offset);
    done.bodySpan.end = done.span.end;
  }

  /** Walk a reviewer's comment as a notes section of its own, closed at `end`. */
  notes(title: string, titleSpan: Span, end: number, walk: () => void): void {
    const level = this.currentLevel + 1;
    this.openSection(title, level, "pseudo", titleSpan, true);
    const outer = this.notesLevel;
    this.notesLevel = level;
    try {
      walk();
    } finally {
      this.notesLevel = outer;
    }
    this.closeTo(level, end);
  }

  /** Close everything at the end of a region (front matter, document). */
  closeAll(offset: number): void {
    this.closeTo(-Infinity, offset);
  }

  /**
   * `masked`: spans (HTML comments) that count as white space, so a trailing `<!-- … -->` is no
   * statement of its own. `blanked`: spans the statement's text reads as white space too (the tags
   * of an HTML table's row), so that only its cells' words are read.
   */
  addStatement(span: Span, kind: StatementKind, key?: string, masked: Span[] = [], blanked: Span[] = []): void {
    const blanks = blanked.length ? [...masked, ...blanked].sort((a, b) => a.start - b.start) : masked;
    const trimmed = trimSpan(this.source(span, blanks), span.start);
    if (trimmed) this.push(trimmed, kind, key, blanked);
  }

  /** One statement per sentence of the text in `span` (sentence spans come trimmed). */
  addSentences(span: Span, kind: StatementKind, key?: string, masked: Span[] = []): void {
    for (const s of sentenceSpans(this.source(span, masked), span.start, this.lang)) this.push(s, kind, key);
  }

  private push(span: Span, kind: StatementKind, key: string | undefined, blanked: Span[] = []): void {
    const text = this.struck.length || blanked.length ? this.source(span, blanked) : this.text.slice(span.start, span.end);
    const statement: Statement = { text, span, kind, section: this.current };
    if (key !== undefined) statement.key = key;
    this.statements.push(statement);
  }

  /** The text of `span` with the `masked` parts and struck-through text blanked out (same length, so offsets hold). */
  private source(span: Span, masked: Span[]): string {
    const struck = overlapping(this.struck, span);
    const blanks = struck.length ? [...masked, ...struck].sort((a, b) => a.start - b.start) : masked;
    const parts: string[] = [];
    let at = span.start;
    for (const m of blanks) {
      const from = Math.max(m.start, at);
      const to = Math.min(m.end, span.end);
      if (from >= to) continue;
      parts.push(this.text.slice(at, from), " ".repeat(to - from));
      at = to;
    }
    parts.push(this.text.slice(at, span.end));
    return parts.join("");
  }
}
