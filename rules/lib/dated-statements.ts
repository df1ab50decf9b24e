/**
 * The dated facts of a plan (plan-consistency): each plan statement's dates and lengths of time
 * with what the words around them make of them — a deadline, a start or an end, the plan's own
 * date. Read once per statement from its normalised text (lexicon.ts), with the vocabularies'
 * words around the dates.
 */
import type { PlanModel, Span, Statement } from "../../server/engine/model";
import type { Vocabulary } from "../vocab";
import { datesIn, durationsIn, type DatePeriod, type Duration } from "./dates";
import { normalText, planStatements } from "./plan-scope";

export interface Dated {
  statement: Statement;
  normal: string;
  dates: DatePeriod[];
  durations: Duration[];
}

const memo = new WeakMap<PlanModel, Dated[]>();

/** The plan's statements (commentary and notes left out) with their dates and lengths of time. */
export function datedStatements(model: PlanModel): Dated[] {
  let found = memo.get(model);
  if (!found) {
    found = planStatements(model).map((statement) => {
      const normal = normalText(statement);
      const dates = datesIn(normal);
      return { statement, normal, dates, durations: durationsIn(normal, dates) };
    });
    memo.set(model, found);
  }
  return found;
}

/**
 * Where a date sits in the source: its own characters when normalising kept the statement's
 * length (so offsets agree), else the whole statement.
 */
export function spanOf(d: Dated, at?: { index: number; length: number }): Span {
  const { statement } = d;
  if (!at || statement.key || d.normal.length !== statement.text.length) return statement.span;
  const start = statement.span.start + at.index;
  return { start, end: start + at.length };
}

/** The text before a date in its statement (keys included), and the text after it. */
export function around(d: Dated, date: { index: number; length: number }): { before: string; after: string } {
  return { before: d.normal.slice(0, date.index), after: d.normal.slice(date.index + date.length) };
}

/** The last segment of a YAML value's key (`kpis.0.due` → `due`), normalised. */
export function lastKey(statement: Statement): string | undefined {
  return statement.key?.split(".").at(-1)?.normalize("NFKC").toLowerCase();
}

/** Patterns built from the vocabularies, once per vocabulary. */
export function dateWords(v: Vocabulary) {
  return v.derive("plan-consistency:date-words", () => ({
    /** 「2027年3月末までに」: the Japanese marker right after the date. */
    deadlineAfter: new RegExp(`^\\s*(?:(?:日|頃|ごろ|中)\\s*)?${v.group("deadline-marker", "ja")}`),
    /** "due by the end of": the English marker right before it. */
    deadlineBefore: new RegExp(`${v.group("deadline-marker", "en")}(?:\\s*[:：])?\\s*(?:the\\s+)?(?:end\\s+of\\s+)?$`),
    /** "Term: 1 April 2026 – 31 March 2028": the term as a label. */
    termLabel: new RegExp(`^[\\s#>|*・-]*${v.group("term-subject")}\\s*[:：]`),
    /** Between two dates of one range: 〜, から, "to", "through", "and". */
    rangeJoin: /^\s*(?:日\s*)?(?:(?:から|より)\s*)?(?:[〜～~\-–—―]|から|より|to|until|through|till)\s*$/,
    /** 「有効期間は締結日から」: a Japanese term, は or a colon (at most 25 characters of one sentence follow). */
    termLengthJa: new RegExp(`${v.group("term-subject", "ja")}\\s*(?:は|[:：])`, "g"),
    /** "the initial term is", "a term of", "runs for a period of", "runs for an initial": the verb right before an English length. */
    termLengthEn: /\b(?:is|of|be|lasts?|runs?|for)\s+(?:an?\s+)?(?:(?:initial|first)\s+)?(?:period\s+of\s+)?$/,
    /** 「開始：… ／終了：…」 on one line: each label right before its date. */
    startLabelTail: new RegExp(`(?:^|[\\s,|/・、，(（])${v.group("start-label")}\\s*[:：]\\s*$`),
    endLabelTail: new RegExp(`(?:^|[\\s,|/・、，(（])${v.group("end-label")}\\s*[:：]\\s*$`),
    /** The end of a range in Japanese: 「…まで」, 「…をもって」. */
    endMark: /^\s*(?:日\s*)?(?:まで|迄|をもって|限り)/,
    /** The end of a range in English: "until …", "expires on …". */
    endBefore: /(?:until|through|till|to|ends?(?:\s+on)?|ending(?:\s+on)?|expires?(?:\s+on)?|expiring(?:\s+on)?|[–—-])\s*(?:the\s+)?$/,
  }));
}

/**
 * Is the text before a date only a label of `concept` (「作成日：」, "| Date |", "- Start:")?
 * Read as the whole text between markup and a colon, not by a pattern around every label.
 */
export function isLabel(v: Vocabulary, concept: "plan-date-label" | "start-label" | "end-label", before: string): boolean {
  let label = before.replace(/^[\s#>|*・-]+/, "");
  while (/[\s:：|)）]$/.test(label)) label = label.slice(0, -1);
  return label !== "" && v.find(concept, label)?.text === label;
}

/** A label inside a line, after a separator and before a colon: "To: … | Date: …". */
export function isFieldLabel(v: Vocabulary, concept: "plan-date-label", before: string): boolean {
  if (!/[:：]\s*$/.test(before)) return false;
  const field = before.split(/[,|/・·、，]/).at(-1)!;
  return before.length > field.length && isLabel(v, concept, field);
}

/** The text before a length of time says it is the term's: 「有効期間は…」 within the sentence, "the term is …". */
export function introducesTermLength(v: Vocabulary, before: string): boolean {
  const words = dateWords(v);
  const tail = before.slice(-60);
  const ja = [...tail.matchAll(words.termLengthJa)].at(-1);
  if (ja) {
    const rest = tail.slice(ja.index + ja[0].length);
    if (rest.length <= 25 && !rest.includes("。")) return true;
  }
  if (words.termLabel.test(before) && /[:：]\s*$/.test(before)) return true; // "Term: 24 months"
  const verb = words.termLengthEn.exec(before);
  return !!verb && v.test("term-subject", before.slice(Math.max(0, verb.index - 40), verb.index));
}

/** An English statement of a term: the agreement or the term, then how it ends or runs. */
export function statesTermEn(v: Vocabulary, normal: string): boolean {
  const subject = v.find("term-subject", normal);
  return !!subject && v.test("term-end-verb", normal.slice(subject.index + subject.text.length));
}

/** A date that only says when one period ends or starts, or a whole day or month: not a year or FY. */
export function isPrecise(d: DatePeriod): boolean {
  return d.last.max - d.first.min <= 31;
}
