/**
 * Ends before their starts (plan-consistency): a range in one statement (「2026年10月1日〜2026年
 * 3月31日」, "from May 2027 to March 2027"), a start and an end labelled in the same place
 * (「開始日：…」 then 「終了日：…」, `start:` / `end:` keys of one mapping), or a table's start and
 * end columns in one row.
 */
import type { PlanModel, Statement } from "../../server/engine/model";
import type { Vocabulary } from "../vocab";
import { before, datesIn, type DatePeriod } from "./dates";
import { around, dateWords, datedStatements, isLabel, lastKey, spanOf, type Dated } from "./dated-statements";
import { normalise } from "./lexicon";
import type { DatedFact } from "./plan-timeline";

export interface EndBeforeStart {
  end: DatedFact;
  start: DatedFact;
}

export function endsBeforeStarts(model: PlanModel, v: Vocabulary): EndBeforeStart[] {
  const dated = datedStatements(model).filter((d) => d.dates.length && !v.test("done-marker", d.normal));
  return [...inStatements(dated, v), ...labelled(dated, v), ...inTables(model, v)];
}

function pair(start: { d: Dated; date: DatePeriod }, end: { d: Dated; date: DatePeriod }): EndBeforeStart[] {
  if (!before(end.date.last, start.date.first)) return [];
  const fact = (at: { d: Dated; date: DatePeriod }, date: DatedFact["date"]) => ({
    span: at.date.length ? spanOf(at.d, at.date) : at.d.statement.span,
    source: at.d,
    date,
  });
  return [{ end: fact(end, end.date.last), start: fact(start, start.date.first) }];
}

/** Two dates of one statement: a range (「…〜…」, "from … to …"), or a start and an end labelled on one line. */
function inStatements(dated: Dated[], v: Vocabulary): EndBeforeStart[] {
  const words = dateWords(v);
  return dated.flatMap((d) =>
    d.dates.slice(1).flatMap((date, i) => {
      const previous = d.dates[i];
      const between = d.normal.slice(previous.index + previous.length, date.index);
      const labelled = words.endLabelTail.test(between) && words.startLabelTail.test(d.normal.slice(0, previous.index));
      return words.rangeJoin.test(between) || labelled ? pair({ d, date: previous }, { d, date }) : [];
    }),
  );
}

/** The label on a statement's first date: `start:` / `end:` keys, 「開始日：」 / 「終了日：」 before it. */
function labelOf(d: Dated, v: Vocabulary): "start" | "end" | undefined {
  const key = lastKey(d.statement);
  if (key !== undefined) return v.test("start-label", key) ? "start" : v.test("end-label", key) ? "end" : undefined;
  const { before: prefix } = around(d, d.dates[0]);
  return isLabel(v, "start-label", prefix) ? "start" : isLabel(v, "end-label", prefix) ? "end" : undefined;
}

/** Where a labelled date belongs: its mapping (key parent), else its section. */
function placeOf(statement: Statement): string {
  return statement.key ? statement.key.split(".").slice(0, -1).join(".") : `section ${statement.section}`;
}

/** A labelled end after the nearest labelled start of the same place, within a few statements. */
function labelled(dated: Dated[], v: Vocabulary): EndBeforeStart[] {
  const found: EndBeforeStart[] = [];
  dated.forEach((d, i) => {
    if (labelOf(d, v) !== "end") return;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const start = dated[j];
      if (placeOf(start.statement) !== placeOf(d.statement)) break;
      if (labelOf(start, v) !== "start") continue;
      found.push(...pair({ d: start, date: start.dates[0] }, { d, date: d.dates[0] }));
      break;
    }
  });
  return found;
}

/** A table with a start column and an end column: each row's end against its start. */
function inTables(model: PlanModel, v: Vocabulary): EndBeforeStart[] {
  const byRow = new Map(datedStatements(model).map((d) => [d.statement.span.start, d]));
  return model.tables.flatMap((table) => {
    const header = table.header.map((h) => normalise(h.text).trim());
    const startColumn = header.findIndex((h) => v.test("start-label", h));
    const endColumn = header.findIndex((h) => v.test("end-label", h));
    if (startColumn < 0 || endColumn < 0 || startColumn === endColumn) return [];
    return table.rows.flatMap((row) => {
      const d = byRow.get(row.span.start);
      const [start] = datesIn(normalise(row.cells[startColumn]?.text ?? ""));
      const [end] = datesIn(normalise(row.cells[endColumn]?.text ?? ""));
      if (!d || !start || !end) return [];
      const cell = (date: DatePeriod) => ({ ...date, index: 0, length: 0 });
      return pair({ d, date: cell(start) }, { d, date: cell(end) }).map((p) => ({
        end: { ...p.end, span: row.cells[endColumn].span },
        start: { ...p.start, span: row.cells[startColumn].span },
      }));
    });
  });
}
