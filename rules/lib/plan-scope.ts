/** Where things are in a plan: sections by element, the statements under a section. */
import type { PlanElement, PlanModel, Section, Span, Statement, Table, TableRow } from "../../server/engine/model";
import { normalise } from "./lexicon";
import { lowerBound } from "../../server/engine/lower-bound";
import type { Vocabulary } from "../vocab";

/** Does the section, or one of its ancestors, name `element`? */
export function isUnder(model: PlanModel, index: number | undefined, element: PlanElement): boolean {
  for (let i = index; i !== undefined; i = model.sections[i].parent) {
    if (model.sections[i].elements.includes(element)) return true;
  }
  return false;
}

/**
 * Does a section below the headings that hold the whole document name `element`? A board's
 * minutes put every item under 「## Minutes of a Meeting of the Board」: that heading names the
 * paper, not a part of it, and what it is about is not what each item is about.
 */
export function isInPart(model: PlanModel, index: number | undefined, element: PlanElement): boolean {
  for (let i = index; i !== undefined; i = model.sections[i].parent) {
    if (model.sections[i].elements.includes(element) && !holdsDocument(model, model.sections[i])) return true;
  }
  return false;
}

/** A heading every other heading is inside of or above, from the first heading on: the document's title or subtitle. */
function holdsDocument(model: PlanModel, section: Section): boolean {
  let ancestors = 0;
  for (let i = section.parent; i !== undefined; i = model.sections[i].parent) ancestors++;
  const outside = model.sections.filter((other) => other.span.start < section.span.start || other.span.end > section.span.end);
  return outside.length === ancestors && section.span.end >= model.text.trimEnd().length;
}

/** Sections that name `element` themselves, outermost first in document order. */
export function sectionsOf(model: PlanModel, element: PlanElement): Section[] {
  return model.sections.filter((s) => s.elements.includes(element) && !isUnder(model, s.parent, element));
}

const startOrders = new WeakMap<PlanModel, number[]>();

/** Indices of the model's statements by start offset (ties in model order), sorted once per model. */
function startOrder(model: PlanModel): number[] {
  let order = startOrders.get(model);
  if (!order) {
    const starts = model.statements.map((s) => s.span.start);
    order = starts.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b);
    startOrders.set(model, order);
  }
  return order;
}

/** The statements in the section's body, in model order: a binary search, not a scan of every statement. */
export function statementsIn(model: PlanModel, section: Section): Statement[] {
  const order = startOrder(model);
  const { start, end } = section.bodySpan;
  const found: number[] = [];
  const startAt = (k: number) => model.statements[order[k]].span.start;
  for (let k = lowerBound(order.length, startAt, start); k < order.length && startAt(k) <= end; k++) {
    if (model.statements[order[k]].span.end <= end) found.push(order[k]);
  }
  return found.sort((a, b) => a - b).map((i) => model.statements[i]);
}

/** A test of whether a span lies within any of `spans` (which may nest), in O(log n) per test. */
export function withinAny(spans: Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // reach[k]: the furthest end among the first k+1 spans by start.
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach.at(-1) ?? -Infinity));
  return (span) => {
    const k = lowerBound(sorted.length, (i) => sorted[i].start, span.start + 1) - 1;
    return k >= 0 && reach[k] >= span.end;
  };
}

/** The statement as a rule reads it: a YAML value carries its key (`end: 2027-03-31`). */
export function readable(statement: Statement): string {
  return statement.key ? `${statement.key}: ${statement.text}` : statement.text;
}

const normalTexts = new WeakMap<Statement, string>();

/** readable() normalised, once per statement: every rule reads every statement this way. */
export function normalText(statement: Statement): string {
  let text = normalTexts.get(statement);
  if (text === undefined) normalTexts.set(statement, (text = normalise(readable(statement))));
  return text;
}

const flatTexts = new WeakMap<Statement, string>();

/**
 * normalText() on one line however the source wraps it ("a licence\nand deployment agreement"),
 * a YAML key path read as words (`economics.adaptation_cost: Borne by Vireo` reads "economics
 * adaptation cost: borne by vireo"), once per statement.
 */
export function flatText(statement: Statement): string {
  let text = flatTexts.get(statement);
  if (text === undefined) {
    const key = statement.key?.replace(/[._]/g, " ");
    text = (key ? normalise(`${key}: ${statement.text}`) : normalText(statement)).replace(/\s+/g, " ");
    flatTexts.set(statement, text);
  }
  return text;
}

/** Per vocabulary (a team's words may differ by file): does the statement defer a decision? */
const deferrals = new WeakMap<Vocabulary, WeakMap<Statement, boolean>>();

/** Does the statement defer a decision (別途協議, TBD)? Once per statement and vocabulary. */
export function defers(statement: Statement, vocabulary: Vocabulary): boolean {
  let known = deferrals.get(vocabulary);
  if (!known) deferrals.set(vocabulary, (known = new WeakMap()));
  let deferred = known.get(statement);
  if (deferred === undefined) known.set(statement, (deferred = vocabulary.test("deferral", normalText(statement))));
  return deferred;
}

/**
 * Where a statement starts on its line (a list item's indent), from the line index rather than a
 * scan back to the line's start: one long line may hold thousands of statements.
 */
export function columnOf(model: PlanModel, s: Statement): number {
  return model.lines.positionAt(s.span.start).character;
}

/** Where a document-level finding points: the first heading, else the first line. */
export function documentAnchor(model: PlanModel): Span {
  const first = model.sections.find((s) => s.kind === "heading") ?? model.sections[0];
  if (first) return first.headingSpan;
  return { start: 0, end: model.lines.lineEnd(0) };
}

/** The plan's own statements: commentary, columns and drafting notes say what a plan could say, not what it says. */
export function planStatements(model: PlanModel): Statement[] {
  return model.statements.filter((s) => !isUnder(model, s.section, "notes"));
}

/** The model's tables by start, and their rows by where each starts: once per model. */
interface TableIndex {
  tables: Table[];
  rows: Map<number, TableRow>;
}

const tableIndexes = new WeakMap<PlanModel, TableIndex>();

function tableIndex(model: PlanModel): TableIndex {
  let index = tableIndexes.get(model);
  if (!index) {
    const tables = [...model.tables].sort((a, b) => a.span.start - b.span.start);
    index = { tables, rows: new Map(tables.flatMap((t) => t.rows.map((r): [number, TableRow] => [r.span.start, r]))) };
    tableIndexes.set(model, index);
  }
  return index;
}

/** The table a table-row statement belongs to: a binary search, since every row of a long table asks. */
export function tableOf(model: PlanModel, s: Statement): Table | undefined {
  if (s.kind !== "table-row") return undefined;
  const { tables } = tableIndex(model);
  const table = tables[lowerBound(tables.length, (i) => tables[i].span.start, s.span.start + 1) - 1];
  return table && s.span.end <= table.span.end ? table : undefined;
}

/** The table row a table-row statement was read from (they start at the same offset). */
export function rowOf(model: PlanModel, s: Statement): TableRow | undefined {
  return s.kind === "table-row" ? tableIndex(model).rows.get(s.span.start) : undefined;
}

/**
 * A table row's label, normalised: its cell in the table's label column, the first after a
 * numbering column ("| # | Clause | Our position |" over "| 4 | Governance | … |" → "governance").
 */
export function rowLabel(model: PlanModel, s: Statement): string | undefined {
  const table = tableOf(model, s);
  const column = table ? labelColumn(table.header.map((cell) => normalise(cell.text))) : -1;
  const label = column < 0 ? undefined : rowOf(model, s)?.cells[column]?.text;
  return label === undefined ? undefined : normalise(label).trim();
}

/** The column of a table's row labels, given its (normalised) header: the first after a numbering column ("#", "No."); a blank header cell heads the labels. */
export function labelColumn(header: string[]): number {
  return header.findIndex((h) => !/^(?:no\.?|#)$/.test(h.trim()));
}

/** The front matter's title, the first heading, the first line and a memo's subject line (「件名：」, "Re:"). */
export function documentTitles(model: PlanModel): string[] {
  const title = typeof model.data.title === "string" ? model.data.title : "";
  const heading = model.sections.find((s) => s.kind === "heading")?.title ?? "";
  const lines = model.text.trimStart().split("\n", SUBJECT_LINES);
  const subject = lines.map(normalise).find((line) => SUBJECT.test(line)) ?? "";
  return [title, heading, lines[0], subject].map(normalise);
}

/** A memo's subject is a label among its first lines. */
const SUBJECT_LINES = 12;
const SUBJECT = /^\W{0,3}(?:re|subject|件名|表題|題名)\s*:/;
