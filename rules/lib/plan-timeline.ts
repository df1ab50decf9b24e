/**
 * The plan's own date, its term and its deadlines (plan-consistency), from the dated statements.
 * Each fact keeps where it is written, so a finding can point at both sides of a contradiction.
 */
import type { PlanModel, Span } from "../../server/engine/model";
import type { Vocabulary } from "../vocab";
import { datesIn, lastDayFrom, type Bounds, type DatePeriod, type Duration } from "./dates";
import {
  around,
  dateWords,
  datedStatements,
  introducesTermLength,
  isFieldLabel,
  isLabel,
  isPrecise,
  lastKey,
  spanOf,
  statesTermEn,
  type Dated,
} from "./dated-statements";
import { hasQuantity, normalise } from "./lexicon";
import { defers, isUnder } from "./plan-scope";
import { perModel } from "./per-model";

export interface Fact {
  span: Span;
  /** The statement it is in (both sides of a contradiction are never the same fact). */
  source: Dated;
}

export interface DatedFact extends Fact {
  date: Bounds;
}

/** A weekday named just before a date ("Mon, ", "Tuesday "): not part of the label that dates the plan. */
const WEEKDAY_BEFORE_DATE = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s?$/;

/** Lines at the top and the bottom of a plan where a bare date dates it (a memo header, a contract's signing date). */
const EDGE_LINES = 12;

/**
 * The plan's own date: a labelled date (「作成日：…」, `date:` in front matter, "Dated …"), a day
 * or month alone on a line at the top or bottom, or a day in the first heading. Of several,
 * the earliest: a deadline counts as past only if it is past for every one of them.
 */
export const planDate = perModel((model, v): DatedFact | undefined => {
  const lastLine = model.lines.lineCount - 1;
  const atEdge = (d: Dated) => {
    const line = model.lines.positionAt(d.statement.span.start).line;
    return line < EDGE_LINES || lastLine - line < EDGE_LINES;
  };
  const candidates: DatedFact[] = [];
  for (const d of datedStatements(model)) {
    const first = d.dates[0];
    if (!first || !isPrecise(first)) continue;
    const key = lastKey(d.statement);
    const { before: said, after } = around(d, first);
    // An e-mail header names the weekday between its label and the date: "Date: Mon, 3 Nov 2025".
    const before = said.replace(WEEKDAY_BEFORE_DATE, "");
    const labelled =
      key !== undefined
        ? isDocumentKey(d.statement.key!) && v.test("plan-date-label", key)
        : isLabel(v, "plan-date-label", before) || isFieldLabel(v, "plan-date-label", before);
    const alone = !key && /^[\s#>|*-]*$/.test(before) && /^\s*(?:[(（][^)）]{0,12}[)）]\s*)?$/.test(after) && atEdge(d);
    if (labelled || alone || bylineDate(model, v, d, before, after) || selfStep(d, v))
      candidates.push({ span: spanOf(d, first), source: d, date: first.first });
  }
  const title = titleDate(model, v);
  if (title) candidates.push(title);
  return candidates.sort((a, b) => a.date.min - b.date.min)[0];
});

/**
 * A step of the plan's own schedule that is this document or the meeting it is put to
 * (「| 2025年11月 | 館内協議（本資料） |」, "| 3 March 2026 | ExCo (this paper) |"): the plan
 * is of that date, and the steps before it are history, not deadlines already missed.
 */
function selfStep(d: Dated, v: Vocabulary): boolean {
  return (d.statement.kind === "table-row" || d.statement.kind === "list-item") && v.test("plan-self-step", d.normal);
}

/** Lines at the top where a header line's date, set off by separators, dates the plan. */
const BYLINE_LINES = 8;

/**
 * A date that is a segment of its own on a header line at the top, set off by a comma, a dash or a slash
 * ("Notes from the year-2 review, Brightwater Pumps, 10 November 2026", "Draft 3 — 14 October
 * 2026 — subject to contract"): the plan's date, not a deadline (which has words of its own
 * around it). Not in a table, whose cells are the plan's content, nor a period's end.
 */
function bylineDate(model: PlanModel, v: Vocabulary, d: Dated, before: string, after: string): boolean {
  if (d.statement.kind === "table-row" || model.lines.positionAt(d.statement.span.start).line >= BYLINE_LINES) return false;
  // "1 July – 30 September 2026": the end of a period, not a date of its own.
  if (v.test("date-like", before.slice(-BYLINE_PERIOD_CHARS))) return false;
  // A segment between middle dots or bars too: "Version 3 · 1 December 2026 · Owner: …".
  if (/[,、—–/·|]\s*$/.test(before) && /^\s*(?:$|[—–·|]|[.。]\s*$)/.test(after)) return true;
  // The meeting the paper is put to: "For: Board, meeting 20 November 2026", 「（経営会議 2026年11月24日 提出）」.
  if (MEETING_BEFORE.test(before)) return true;
  // 「2026年11月20日 取締役会 付議資料 No.4」: a date that opens a header line naming the paper.
  return /^[\s#>*-]*$/.test(before) && paperAfter(v).test(after) && !dateWords(v).deadlineAfter.test(after);
}

/** After a header line's opening date, what it calls the paper: 「付議資料」「議事録」, "minutes", "memo". */
function paperAfter(v: Vocabulary): RegExp {
  return v.derive(
    "plan-timeline:paper-after",
    () => new RegExp(`^\\s?(?:[(（][^()（）]{0,6}[)）])?\\s?[^。.]{0,24}${v.group("paper-name")}`),
  );
}

/** A meeting or a body that meets, right before a header line's date ("board meeting of", 「経営会議」). */
const MEETING_BEFORE = /(?:\bmeeting(?:\s+(?:of|on|held on))?|会議|取締役会|役員会|委員会)\s*$/;

/** How far back a period's start would be written before the separator. */
const BYLINE_PERIOD_CHARS = 16;

/** A day or month in the plan's first heading (「議事メモ 2026年5月12日」, "Steering memo — 12 May 2026"), not a deadline. */
function titleDate(model: PlanModel, v: Vocabulary): DatedFact | undefined {
  const section = model.sections.find((s) => s.kind === "heading");
  if (!section) return undefined;
  const normal = normalise(section.title);
  const dates = datesIn(normal);
  if (dates.length !== 1 || !isPrecise(dates[0])) return undefined;
  const statement = { text: section.title, span: section.headingSpan, kind: "sentence" as const, section: section.index };
  const source: Dated = { statement, normal, dates, durations: [] };
  const { before, after } = around(source, dates[0]);
  const words = dateWords(v);
  if (words.deadlineAfter.test(after) || words.deadlineBefore.test(before)) return undefined;
  return { span: section.headingSpan, source, date: dates[0].first };
}

/** Where a YAML key dates the document: at the top (`date:`) or under its metadata (`meta.date`), not `stage_gate.date`. */
const DOCUMENT_PARENT = /^(?:meta|metadata|document|doc|header|info|文書|文書情報|基本情報)$/;

function isDocumentKey(key: string): boolean {
  const segments = key.normalize("NFKC").toLowerCase().split(".");
  return segments.length === 1 || (segments.length === 2 && DOCUMENT_PARENT.test(segments[0]));
}

/**
 * A term's end: in a statement about the term (有効期間, 提携期間, "the agreement runs until", a
 * `term.end` key), the date the statement ends it on — 「…まで」, "until …", the second of a
 * range — or its start plus a stated length (「締結日から3年間」 has no date to add to).
 * Of several, the latest: a KPI counts as after the term only if it is after every one.
 */
export function termEnd(model: PlanModel, v: Vocabulary): DatedFact | undefined {
  // "Notes from the agreement walk-through — 8 April 2027" dates the notes, not the agreement's end.
  const written = planDate(model, v)?.source;
  const ends = termStatements(model, v).flatMap((d) => {
    if (d === written) return [];
    const end = endDate(d, v);
    // A year alone is no end date (「2026年の実証結果を踏まえて」), and an end left 未定 is none.
    return end && !end.bare && !defers(d.statement, v) ? [{ span: spanOf(d, end), source: d, date: end.last }] : [];
  });
  return ends.sort((a, b) => b.date.max - a.date.max)[0] ?? fromSigning(model, v);
}

/** Counted from the signing (「締結日から2年間」, "two years from signing"): the plan's own date plus the length. */
const FROM_SIGNING = /締結|署名|発効|signing|signature|execution|effective date/;

function fromSigning(model: PlanModel, v: Vocabulary): DatedFact | undefined {
  const length = termLength(model, v);
  const signed = length && FROM_SIGNING.test(length.source.normal) ? planDate(model, v) : undefined;
  if (!length || !signed) return undefined;
  return {
    span: length.span,
    source: length.source,
    date: lastDayFrom(signed.date, length.length),
  };
}

/** Statements that state the alliance's term (not what happens after it ends). */
export const termStatements = perModel((model, v): Dated[] => datedStatements(model).filter((d) => isTermStatement(model, d, v)));

/**
 * Only about the time after the end: 「終了後5年間」, "after termination". Read in the sentences
 * that hold the dates and lengths: 「有効期間：…まで。期間満了後は見直す。」 states the term,
 * and only its next sentence is about what follows it.
 */
function isAftermath(d: Dated, v: Vocabulary): boolean {
  return datedSentences(d).some((text) => v.test("aftermath", text) || /(?:終了|満了|解約|解除)後/.test(text));
}

/** A sentence's end: 「。」, or a full stop, "!" or "?" before a space (not the point of "12.2"). */
const SENTENCE_END = /。|[.!?](?=\s)/g;

/** The sentences of a statement that hold one of its dates or lengths of time (all of it when none does). */
function datedSentences(d: Dated): string[] {
  const at = [...d.dates, ...d.durations].map((x) => x.index);
  if (!at.length) return [d.normal];
  const ends = [...d.normal.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  const starts = [0, ...ends];
  return starts
    .map((start, i) => ({ start, end: ends[i] ?? d.normal.length }))
    .filter(({ start, end }) => at.some((index) => index >= start && index < end))
    .map(({ start, end }) => d.normal.slice(start, end));
}

/** A term sheet's row or key that is the term by itself. */
const PERIOD_KEY = /^(?:期間|period|duration)$/;

function isTermStatement(model: PlanModel, d: Dated, v: Vocabulary): boolean {
  if (isAftermath(d, v)) return false;
  const key = d.statement.key?.normalize("NFKC").toLowerCase();
  // `term: …`, `term.end: …`, 「提携期間」 or 「期間」 as a term sheet's row title; a pilot's
  // period (`試行.期間`, `pilot.period`) is the pilot's, not the alliance's.
  if (key !== undefined) {
    // snake_case keys are words apart: `trial_sale` is a trial's, `initial_term` the term.
    const segments = key.replace(/_/g, " ").split(".");
    if (segments.slice(0, -1).some((segment) => v.test("pilot", segment))) return false;
    return segments.slice(-2).some((segment) => v.test("term-subject", segment) || PERIOD_KEY.test(segment));
  }
  const words = dateWords(v);
  if (!v.test("term-subject", d.normal)) return projectPeriod(v).test(d.normal) || termSectionRange(model, d, v, words);
  return (
    /[\u3040-\u30ff\u4e00-\u9fff]/.test(v.find("term-subject", d.normal)!.text) ||
    statesTermEn(v, d.normal) ||
    words.termLabel.test(d.normal) ||
    !!termLengthIn(d, v)
  );
}

/** The length a statement gives its term without a verb of ending ("an initial term of 12 months from 1 May 2027"). */
function termLengthIn(d: Dated, v: Vocabulary): Duration | undefined {
  return d.durations.find((l) => isTermLength(d, l, v));
}

/** A length that runs after the term, not its own: "during its term and for three years afterwards". */
const AFTER_THE_TERM = /^\s*(?:afterwards|thereafter)\b/;

function isTermLength(d: Dated, length: Duration, v: Vocabulary): boolean {
  const { before, after } = around(d, length);
  return !isNotice(d, length, v) && introducesTermLength(v, before) && !AFTER_THE_TERM.test(after);
}

/** A joint project's own period stated as a term: 「研究期間：2026年4月1日から…まで」, 「実施期間は…」. */
function projectPeriod(v: Vocabulary): RegExp {
  return v.derive("project-period-label", () => new RegExp(`${v.group("project-period")}\\s*[:はを：]`));
}

/**
 * A range and nothing else in the term-and-exit section ("9. TERM AND EXIT — Three seasons, from
 * 1 July 2026 to 30 June 2029"): the term, though it names no subject. Not a pilot's period.
 */
function termSectionRange(model: PlanModel, d: Dated, v: Vocabulary, words: ReturnType<typeof dateWords>): boolean {
  if (d.dates.length !== 2 || !isUnder(model, d.statement.section, "exit") || v.test("pilot", d.normal)) return false;
  const [start, end] = d.dates;
  return words.rangeJoin.test(d.normal.slice(start.index + start.length, end.index));
}

/** The date a term statement ends the term on. */
function endDate(d: Dated, v: Vocabulary): DatePeriod | undefined {
  const words = dateWords(v);
  const key = lastKey(d.statement);
  if (key !== undefined && v.test("end-label", key)) return d.dates.at(-1);
  if (key !== undefined && v.test("start-label", key)) return undefined;
  const marked = d.dates.filter((date) => {
    const { before, after } = around(d, date);
    return words.endMark.test(after) || words.endBefore.test(before);
  });
  if (marked.length) return marked.at(-1);
  const [start, end] = d.dates;
  if (d.dates.length === 2 && words.rangeJoin.test(d.normal.slice(start.index + start.length, end.index))) return end;
  // The date starts the term: 「2026年4月1日から」, "from 1 May 2026"; the length may come before it ("Term: 24 months from …").
  // Of several ("starts on 1 May 2027 and has an initial term of 12 months from 1 May 2027"), the last.
  const from = d.dates.filter(
    (date) =>
      /^\s*(?:日\s*)?(?:から|より)/.test(around(d, date).after) ||
      /\b(?:from|starting|commencing|starts?|commences?)\s+(?:on\s+)?$/.test(around(d, date).before),
  );
  const length = from.length && from.length === d.dates.length ? termLengthIn(d, v) : undefined;
  // 「2026年4月1日から2年間」: the start plus the length, the day before the anniversary.
  if (length) return { ...from.at(-1)!, last: lastDayFrom(from.at(-1)!.first, length) };
  // 「本提携の期間は2028年3月31日」: one date in a Japanese term statement is its end; English says "until".
  const japanese = /^[\u3040-\u30ff\u4e00-\u9fff]/.test(v.find("term-subject", d.normal)?.text ?? "");
  return japanese && d.dates.length === 1 && !/から|より/.test(d.normal) ? d.dates[0] : undefined;
}

export interface Deadline extends DatedFact {
  /** Is it a target's date (an objective or KPI, a figure to reach), not only a task's? */
  target: boolean;
}

/**
 * A label that names a deadline, in a field or a key-value row: 「契約締結期限：」, 「| 払込期日 | 」,
 * "Payment deadline: ". Not a term's expiry (有効期限, 契約期限).
 */
const DUE_LABEL = /(?:(?<!有効|契約)期限|期日|締切|締め切り|deadline|due date)$/;

/** Is the text before a date a deadline's label and its colon or cell border? */
function dueLabelled(before: string): boolean {
  let label = before;
  while (/[\s:：|]$/.test(label)) label = label.slice(0, -1);
  return label.length < before.length && DUE_LABEL.test(label);
}

/** A done word governed by a modal or "to" is still ahead, no record: "is to be signed by", "shall complete … by". */
const FUTURE_DONE = /\b(?:to|shall|will|must) (?:be )?(?:completed?|signed|delivered|done|achieved|met)\b/g;

/**
 * Dates the plan says something is due by: 「2027年3月末までに」, "by Q4 2027", a `due:` key, a
 * date in a table's 期限 / Due column. Not a record of what is done (「締結済み」, "completed"),
 * history (「当初」, "originally"), nor a date about the term or its end.
 */
export function deadlines(model: PlanModel, v: Vocabulary): Deadline[] {
  const words = dateWords(v);
  const found: Deadline[] = [];
  const dueColumns = dueColumnsByRow(model, v);
  for (const d of datedStatements(model)) {
    // Background tells what happened before; its dates are history, not deadlines.
    if (
      !d.dates.length ||
      isUnder(model, d.statement.section, "background") ||
      v.test("done-marker", d.normal.replace(FUTURE_DONE, " ")) ||
      v.test("ending-word", d.normal) ||
      isTermStatement(model, d, v)
    )
      continue;
    const key = lastKey(d.statement);
    const due = [
      ...(dueColumns.get(d.statement.span.start) ?? []),
      ...d.dates.filter((date) => {
        if (key !== undefined && v.test("due-column", key)) return true;
        const { before, after } = around(d, date);
        if (namesSomething(date, after)) return false;
        return words.deadlineAfter.test(after) || words.deadlineBefore.test(before) || dueLabelled(before);
      }),
    ];
    const latest = due.sort((a, b) => b.last.max - a.last.max)[0];
    if (!latest) continue;
    const target =
      isUnder(model, d.statement.section, "objective") ||
      isUnder(model, d.statement.section, "kpi") ||
      hasQuantity(v, d.statement.text) ||
      v.test("goal-marker", d.normal);
    found.push({ span: latest.length ? spanOf(d, latest) : d.statement.span, source: d, date: latest.last, target });
  }
  return found;
}

/**
 * KPI tables with a column per period (| KPI | 2026年度 | 2027年度 |, | Metric | FY2027 | FY2028 |):
 * the targets filled in under a period are due at its end.
 */
export function periodColumnTargets(model: PlanModel, v: Vocabulary): Deadline[] {
  return model.tables.flatMap((table) => {
    const header = table.header.map((h) => normalise(h.text).trim());
    const kpiTable =
      isUnder(model, table.section, "kpi") ||
      isUnder(model, table.section, "objective") ||
      header.some((h) => v.test("target-column", h) || v.test("kpi-word", h));
    if (!kpiTable) return [];
    return table.header.flatMap((cell, i): Deadline[] => {
      const [date] = i > 0 && v.test("period-column", header[i]) ? datesIn(header[i]) : [];
      if (!date || !table.rows.some((row) => row.cells[i] && hasQuantity(v, row.cells[i].text))) return [];
      const statement = { text: cell.text, span: cell.span, kind: "table-row" as const, section: table.section };
      const source: Dated = { statement, normal: header[i], dates: [date], durations: [] };
      return [{ span: cell.span, source, date: date.last, target: true }];
    });
  });
}

/** A column headed only "Date" (「日付」): beside a target column, when the target is due. */
const DATE_HEADER = /^(?:date|日付)$/;

/**
 * The dates in each row's 期限 / Due cells, by where the row starts (its statement starts there too).
 * Not in a chronology (| 時期 | 出来事 |, | Date | Event |): what happened when is history.
 */
function dueColumnsByRow(model: PlanModel, v: Vocabulary): Map<number, DatePeriod[]> {
  const byRow = new Map<number, DatePeriod[]>();
  for (const table of model.tables) {
    const headers = table.header.map((h) => normalise(h.text).trim());
    if (headers.some((h) => v.test("event-column", h))) continue;
    const targets = headers.some((h) => v.test("target-column", h));
    const columns = headers.flatMap((h, i) => (v.test("due-column", h) || (targets && DATE_HEADER.test(h.toLowerCase())) ? [i] : []));
    if (!columns.length) continue;
    for (const row of table.rows) {
      // The cell's own dates, placed at the cell in the row: spanOf() falls back to the row when offsets differ.
      const dates = columns.flatMap((i) => (row.cells[i] ? dueDatesIn(normalise(row.cells[i].text)) : []));
      if (dates.length)
        byRow.set(
          row.span.start,
          dates.map((d) => ({ ...d, index: 0, length: 0 })),
        );
    }
  }
  return byRow;
}

/** "by the 2027 pilot", "−40% vs 2025 baseline": a year alone before a noun names something. */
function namesSomething(date: DatePeriod, after: string): boolean {
  return !!date.bare && !/^\s*(?:[.,;:)\]）、。]|$)/.test(after);
}

/** The dates in a due column's cell that are dates, not names. */
function dueDatesIn(cell: string): DatePeriod[] {
  return datesIn(cell).filter((d) => !namesSomething(d, cell.slice(d.index + d.length)));
}

export interface LengthFact extends Fact {
  /** In days; in calendar months too where it was stated in months or years. */
  length: Bounds & { months?: number };
}

/** A notice period, with where its length is in its statement. */
export interface NoticeFact extends LengthFact {
  length: Duration;
}

/**
 * How long the term runs: a length its statement gives (「有効期間は1年間」, "a term of two
 * years"), or the days from its start to its end. Of several, the longest.
 */
export function termLength(model: PlanModel, v: Vocabulary): LengthFact | undefined {
  const words = dateWords(v);
  const stated = datedStatements(model).flatMap((d) =>
    isAftermath(d, v)
      ? []
      : d.durations
          .filter((duration) => isTermLength(d, duration, v))
          .map((duration) => ({ span: spanOf(d, duration), source: d, length: duration })),
  );
  const spanned = termStatements(model, v).flatMap((d): LengthFact[] => {
    const [start, end] = d.dates;
    if (d.dates.length !== 2 || !words.rangeJoin.test(d.normal.slice(start.index + start.length, end.index))) return [];
    const length = { min: end.last.min - start.first.max + 1, max: end.last.max - start.first.min + 1 };
    return [{ span: d.statement.span, source: d, length }];
  });
  return [...stated, ...spanned].sort((a, b) => b.length.max - a.length.max)[0];
}

/** Notice periods: 「3か月前までに書面で通知」, "90 days' written notice", "a notice period of six months". */
export function noticePeriods(model: PlanModel, v: Vocabulary): NoticeFact[] {
  return datedStatements(model).flatMap((d) =>
    givesNotice(d, v)
      ? d.durations.filter((duration) => isNotice(d, duration, v)).map((length) => ({ span: spanOf(d, length), source: d, length }))
      : [],
  );
}

/** A period named right before its length: 「PoC契約：期間は11月1日から3か月」, "an evaluation period of twelve months". */
const PERIOD_BEFORE_LENGTH = /期間\s*[は:：][^。]{0,25}$|\bperiod\s+of\s*$/;

/**
 * The length of the period a notice ends, when the notice's own statement states it before the
 * notice (「PoC契約：期間は…から3か月。ただし…6か月前までに通知」): a plan with several
 * contracts gives each its notice, and the term of another one does not bound it.
 */
export function periodBeforeNotice(notice: NoticeFact, v: Vocabulary): LengthFact | undefined {
  const d = notice.source;
  const length = d.durations.find((duration) => {
    if (duration.index >= notice.length.index || isNotice(d, duration, v)) return false;
    const { before } = around(d, duration);
    return PERIOD_BEFORE_LENGTH.test(before) || introducesTermLength(v, before);
  });
  return length && { span: spanOf(d, length), source: d, length };
}

/** Notice given ahead (通知, 予告, 申し入れ, notice). */
function givesNotice(d: Dated, v: Vocabulary): boolean {
  return v.test("notice", d.normal) || v.test("notice-given", d.normal);
}

function isNotice(d: Dated, duration: { index: number; length: number }, v: Vocabulary): boolean {
  if (!givesNotice(d, v)) return false;
  const { before, after } = around(d, duration);
  return (
    /^\s*(?:以上)?前/.test(after) ||
    /^(?:'s?|’s?)?\)?\s+(?:(?:prior|advance|written|calendar)\s+)*notice/.test(after) ||
    /notice(?:\s+period)?(?:\s*(?:of|:|is))?(?:\s*(?:at least|not less than|no less than))?\s*$/.test(before)
  );
}
