/**
 * The plan model of a Markdown chunk (see parse-cache.ts), kept between versions of one document.
 * While a planner types in one section, every other chunk's text is unchanged; walking its tree
 * again would give the same sections, statements, tables and code blocks, only moved by the
 * characters inserted or deleted before it, and numbered after the sections before it. So the
 * language server keeps, per chunk, what the walk gave, and replays it instead of walking the
 * tree again.
 *
 * A walk depends on the chunk's text, on the sections open when it begins (their levels, kinds
 * and whether they are notes), on the toggles open, on the struck-through text in it, and on
 * the document's outline markers, language and vocabulary: a chunk is replayed only when all of
 * these are what they were.
 *
 * A replayed chunk's statements, and its tables' rows and cells, are the objects of the last
 * version, moved: their `span` (a new object: a span handed out is never changed) and a
 * statement's `section` are set anew. So the rules' memos of a statement (rules/lib/plan-scope.ts)
 * and of its text (rules/vocab/text-memo.ts) hold across versions, and a lint allocates little
 * for what did not change. A model built with a ParseCache is therefore valid until the next
 * build with that cache (the engine reads one model at a time). Sections, tables and code blocks
 * are new objects each time: later chunks close sections and continue tables.
 */
import type { CodeBlock, Section, SectionKind, Span, Statement, Table, TableRow, Cell, PlanElement } from "./model";
import type { ModelBuilder } from "./model-builder";
import type { Vocabulary } from "../../rules/vocab";

/**
 * Where a section is, as a chunk's walk saw it: a section it opened (0, 1, … in order), a
 * section open when it began (-1 the outermost, -2 the next, …), or none.
 */
type Ref = number | undefined;

interface SectionPart {
  title: string;
  level: number;
  kind: SectionKind;
  elements: PlanElement[];
  parent: Ref;
  /** Relative to the chunk's start. */
  start: number;
  headingEnd: number;
  /** Where it was closed, relative; undefined while it is still open when the chunk ends. */
  end: number | undefined;
}

/** A table as of the part's `start`. */
interface TablePart {
  header: Cell[];
  rows: TableRow[];
  span: Span;
  section: Ref;
  source: Table["source"];
}

/**
 * What walking one chunk gave: offsets relative to the chunk's start, but those of the
 * statements and tables, which are as of `start` (they are moved with it).
 */
export interface ChunkPart {
  /** The state the walk began in (see signature). */
  signature: string;
  start: number;
  /** The walk (ChunkModels.walks) that last replayed it: one part is replayed once per walk. */
  walk: number;
  /** How many of the sections open at the start it closed (innermost first), and where (relative). */
  closes: number[];
  sections: SectionPart[];
  /** Its sections still open at its end, outermost first. */
  open: number[];
  /** Statements as of `start`, with where each one's section was. */
  statements: Statement[];
  statementSections: Ref[];
  tables: TablePart[];
  codeBlocks: { lang: string | undefined; span: Span; section: Ref }[];
  /** Protected spans in order: a span, or the span of the chunk's table at that index. */
  protectedSpans: (Span | number)[];
  /** Open toggles' levels at the chunk's end. */
  toggles: number[];
  /** Whether the last table was a layout, when the chunk has a table. */
  layout: boolean | undefined;
}

/** The walker's state that the model's builder does not hold. */
export interface WalkState {
  openToggles: number[];
  lastTableIsLayout: boolean;
  /** Tables added so far (a key-value layout adds no model table). */
  tablesAdded: number;
  codeBlocks: CodeBlock[];
  protectedSpans: Span[];
}

/**
 * The kept parts of one document's chunks, by chunk source. Only the last version's chunks are
 * kept (as ParseCache keeps its trees): memory stays proportional to one document.
 */
export class ChunkModels {
  private parts = new Map<string, ChunkPart>();
  private next = new Map<string, ChunkPart>();
  private context: string | undefined;
  private vocabulary: Vocabulary | undefined;
  /** Walks begun: a part replayed in this one is not replayed again (a chunk's text may recur in a document). */
  walks = 0;

  /** A new walk of the document: parts kept under another outline, language or vocabulary are dropped. */
  begin(context: string, vocabulary: Vocabulary): void {
    if (context !== this.context || vocabulary !== this.vocabulary) this.parts.clear();
    this.context = context;
    this.vocabulary = vocabulary;
    this.next = new Map();
    this.walks++;
  }

  get(source: string, signature: string): ChunkPart | undefined {
    const part = this.parts.get(source);
    if (part?.signature !== signature || part.walk === this.walks) return undefined;
    part.walk = this.walks;
    return part;
  }

  keep(source: string, part: ChunkPart): void {
    this.next.set(source, part);
  }

  /** How many chunks' parts are kept. */
  get size(): number {
    return this.parts.size;
  }

  /** The walk is done: keep this version's parts only. */
  end(): void {
    this.parts = this.next;
    this.next = new Map();
  }
}

/** The state a chunk's walk begins in, as far as it changes what the walk gives. */
export function signature(builder: ModelBuilder, state: WalkState, start: number, end: number): string {
  let key = "";
  for (const s of builder.openSections) key += `${s.level}${s.kind[0]}${s.elements.includes("notes") ? "n" : ""},`;
  key += `|${state.openToggles.join(",")}|`;
  for (const s of builder.struckWithin({ start, end })) key += `${s.start - start}-${s.end - start},`;
  return key;
}

/** Counts of what the model held before a chunk's walk, and the sections open then. */
export interface Mark {
  entry: Section[];
  sections: number;
  statements: number;
  tables: number;
  tablesAdded: number;
  codeBlocks: number;
  protectedSpans: number;
}

export function mark(builder: ModelBuilder, state: WalkState): Mark {
  return {
    entry: [...builder.openSections],
    sections: builder.sections.length,
    statements: builder.statements.length,
    tables: builder.tables.length,
    tablesAdded: state.tablesAdded,
    codeBlocks: state.codeBlocks.length,
    protectedSpans: state.protectedSpans.length,
  };
}

/**
 * What the walk of the chunk at `start` gave since `before`, to replay later; undefined when
 * it did something a replay could not repeat (it is then walked again next time).
 */
export function record(builder: ModelBuilder, state: WalkState, before: Mark, start: number, sig: string): ChunkPart | undefined {
  const { entry } = before;
  const exit = builder.openSections;
  let keep = 0;
  while (keep < entry.length && keep < exit.length && exit[keep] === entry[keep]) keep++;
  const entryAt = new Map(entry.map((s, i) => [s.index, -1 - i]));
  const ref = (index: number | undefined): Ref | null => {
    if (index === undefined) return undefined;
    if (index >= before.sections) return index - before.sections;
    return entryAt.get(index) ?? null;
  };
  const closes: number[] = [];
  for (let i = entry.length - 1; i >= keep; i--) {
    const end = entry[i].span.end - start;
    if (end < 0) return undefined;
    closes.push(end);
  }
  const open: number[] = [];
  for (let i = keep; i < exit.length; i++) {
    if (exit[i].index < before.sections) return undefined;
    open.push(exit[i].index - before.sections);
  }
  const openSet = new Set(open);
  const sections: SectionPart[] = [];
  for (let i = before.sections; i < builder.sections.length; i++) {
    const s = builder.sections[i];
    const parent = ref(s.parent);
    if (parent === null || s.bodySpan.start !== s.headingSpan.end || s.span.start !== s.headingSpan.start) return undefined;
    const closed = !openSet.has(i - before.sections);
    sections.push({
      title: ownCopy(s.title),
      level: s.level,
      kind: s.kind,
      elements: [...s.elements],
      parent,
      start: s.span.start - start,
      headingEnd: s.headingSpan.end - start,
      end: closed ? s.span.end - start : undefined,
    });
  }
  const statements = builder.statements.slice(before.statements);
  const statementSections: Ref[] = [];
  for (const s of statements) {
    const r = ref(s.section);
    if (r === null) return undefined;
    statementSections.push(r);
    // Kept texts must not hold on to this version of the document (a slice would).
    s.text = ownCopy(s.text);
    if (s.key !== undefined) s.key = ownCopy(s.key);
  }
  const tableAt = new Map<Span, number>();
  const tables: TablePart[] = [];
  for (let i = before.tables; i < builder.tables.length; i++) {
    const t = builder.tables[i];
    const section = ref(t.section);
    if (section === null) return undefined;
    tableAt.set(t.span, tables.length);
    for (const c of t.header) c.text = ownCopy(c.text);
    for (const r of t.rows) for (const c of r.cells) c.text = ownCopy(c.text);
    tables.push({ header: t.header, rows: t.rows.slice(), span: { ...t.span }, section, source: t.source });
  }
  const codeBlocks: ChunkPart["codeBlocks"] = [];
  for (const c of state.codeBlocks.slice(before.codeBlocks)) {
    const section = ref(c.section);
    if (section === null) return undefined;
    codeBlocks.push({ lang: c.lang === undefined ? undefined : ownCopy(c.lang), span: shift(c.span, -start), section });
  }
  const protectedSpans = state.protectedSpans.slice(before.protectedSpans).map((s) => tableAt.get(s) ?? shift(s, -start));
  return {
    signature: sig,
    start,
    walk: -1,
    closes,
    sections,
    open,
    statements,
    statementSections,
    tables,
    codeBlocks,
    protectedSpans,
    toggles: [...state.openToggles],
    layout: state.tablesAdded > before.tablesAdded ? state.lastTableIsLayout : undefined,
  };
}

/** The chunk's model, as `part` recorded it, for the chunk now at `start` (the part moves with it). */
export function replay(part: ChunkPart, start: number, builder: ModelBuilder, state: WalkState): void {
  const delta = start - part.start;
  part.start = start;
  const stack = builder.openSections;
  const entry = [...stack];
  const textEnd = builder.text.length;
  for (const end of part.closes) {
    const done = stack.pop()!;
    done.span.end = Math.max(done.headingSpan.end, start + end);
    done.bodySpan.end = done.span.end;
  }
  const base = builder.sections.length;
  const created: Section[] = [];
  const sectionOf = (r: Ref): Section | undefined => (r === undefined ? undefined : r >= 0 ? created[r] : entry[-1 - r]);
  for (const p of part.sections) {
    const parent = sectionOf(p.parent);
    const end = p.end === undefined ? textEnd : start + p.end;
    const headingSpan = { start: start + p.start, end: start + p.headingEnd };
    const section: Section = {
      index: base + created.length,
      title: p.title,
      level: p.level,
      parent: parent?.index,
      path: [...(parent?.path ?? []), p.title],
      elements: [...p.elements],
      kind: p.kind,
      span: { start: headingSpan.start, end },
      headingSpan,
      bodySpan: { start: headingSpan.end, end },
    };
    created.push(section);
    builder.sections.push(section);
  }
  for (const i of part.open) stack.push(created[i]);
  for (let i = 0; i < part.statements.length; i++) {
    const s = part.statements[i];
    s.section = sectionOf(part.statementSections[i])?.index;
    if (delta !== 0) s.span = shift(s.span, delta);
    builder.statements.push(s);
  }
  const tables: Table[] = [];
  for (const t of part.tables) {
    if (delta !== 0) {
      t.span = shift(t.span, delta);
      for (const c of t.header) c.span = shift(c.span, delta);
      for (const r of t.rows) {
        r.span = shift(r.span, delta);
        for (const c of r.cells) c.span = shift(c.span, delta);
      }
    }
    // A new table, rows array and span: the next chunk may continue the table (moreRows).
    const table: Table = {
      header: t.header,
      rows: t.rows.slice(),
      span: { ...t.span },
      section: sectionOf(t.section)?.index,
      source: t.source,
    };
    tables.push(table);
    builder.tables.push(table);
  }
  for (const c of part.codeBlocks)
    state.codeBlocks.push({ lang: c.lang, span: shift(c.span, start), section: sectionOf(c.section)?.index });
  for (const s of part.protectedSpans) state.protectedSpans.push(typeof s === "number" ? tables[s].span : shift(s, start));
  state.openToggles.length = 0;
  state.openToggles.push(...part.toggles);
  if (part.layout !== undefined) {
    state.lastTableIsLayout = part.layout;
    state.tablesAdded++;
  }
}

function shift(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/**
 * A copy of the text that does not share its characters: a slice of the document would keep
 * that version of it alive as long as the chunk is kept. V8 flattens a concatenation into fresh
 * storage before slicing it (as rules/vocab/text-memo.ts does).
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
