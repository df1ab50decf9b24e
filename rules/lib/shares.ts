/**
 * Shares of one whole (plan-consistency): a stake, a cost or a revenue split, stated as
 * percentages beside the parties — in one clause (「A社60％、B社40％」), in a list whose lead-in
 * or heading names the split, or in a table (a share column, or a share row beside the parties'
 * columns, with its total row if it has one). Only groups that say they are the whole count:
 * a remainder, a cap or a part of a share (「残り」, 「うち」, "up to") leaves the sum open.
 */
import type { Cell, PlanModel, Span, Table } from "../../server/engine/model";
import { datesIn } from "./dates";
import type { Vocabulary } from "../vocab";
import { normalise } from "./lexicon";
import { datedStatements, spanOf, type Dated } from "./dated-statements";
import { isUnder } from "./plan-scope";

export interface Share {
  percent: number;
  span: Span;
}

export interface ShareGroup {
  parts: Share[];
  /** A total row's stated percentage, where the table has one. */
  total?: Share;
}

const PERCENT = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s*[%％]/g;
/** Clauses of a statement: a split and its exception in brackets are two groups. */
const CLAUSE = /[^()（）;；。]+/g;
const TOTAL = /^(?:合計|計|総計|小計|total|sum)$/;

export function percents(text: string): { percent: number; index: number; length: number }[] {
  return [...text.matchAll(PERCENT)].map((m) => ({ percent: Number(m[1]), index: m.index, length: m[0].length }));
}

/**
 * Shares listed side by side: nothing between two of them but a party's name and separators —
 * no other figure, no sign (「派遣比率72％、時給は3年で+18％」 is a ratio and a rise, not a split),
 * no bound ("93% detection and below 3% false rejects" are a gate's thresholds).
 */
function sharesSideBySide(clause: string, found: { index: number; length: number }[]): boolean {
  return found.every((p, i) => {
    const gap = clause.slice(i ? found[i - 1].index + found[i - 1].length : 0, p.index);
    return !/(?:[+±]|\b(?:below|above|under|over))\s*$/.test(gap) && (i === 0 || !/\d/.test(gap));
  });
}

/** The one percentage a cell or list item holds, if it holds exactly one and no remainder word. */
function onePercent(text: string, v: Vocabulary): number | undefined {
  const normal = normalise(text);
  const found = percents(normal);
  return found.length === 1 && !v.test("remainder-word", normal) ? found[0].percent : undefined;
}

/** The plan's share groups; KPI and objective sections hold measures (a market share), not splits. */
export function shareGroups(model: PlanModel, v: Vocabulary): ShareGroup[] {
  const measures = (section: number | undefined) => isUnder(model, section, "kpi") || isUnder(model, section, "objective");
  const dated = datedStatements(model).filter((d) => !measures(d.statement.section));
  const tables = model.tables.filter((t) => !measures(t.section) && !t.header.some((h) => v.test("target-column", normalise(h.text))));
  return [
    ...clauseGroups(dated, v),
    ...listGroups(model, dated, v),
    ...mappingGroups(dated, v),
    ...tablesWithLeadIns(tables, dated)
      .map(([t, leadIn]) => tableGroups(t, v, namesSplit(model, t, leadIn, v)))
      .flat(),
  ];
}

/**
 * Each table with the last dated statement of its section before it: one walk over both, in
 * document order, so many tables cost no more than their statements.
 */
function tablesWithLeadIns(tables: Table[], dated: Dated[]): [Table, Dated | undefined][] {
  const lastInSection = new Map<number | undefined, Dated>();
  let next = 0;
  return tables.map((table) => {
    for (; next < dated.length && dated[next].statement.span.end <= table.span.start; next++) {
      lastInSection.set(dated[next].statement.section, dated[next]);
    }
    return [table, lastInSection.get(table.section)];
  });
}

/**
 * The heading above a table, or the line right before it, names the split it holds
 * (「運営費用の負担割合は以下のとおり」 over | 費目 | 当社 | 提携先 |).
 */
function namesSplit(model: PlanModel, table: Table, leadIn: Dated | undefined, v: Vocabulary): boolean {
  const title = table.section === undefined ? "" : normalise(model.sections[table.section].title);
  return v.test("share-word", title) || (!!leadIn && leadIn.statement.kind !== "table-row" && v.test("share-word", leadIn.normal));
}

/** A YAML mapping of shares by party under a key that names the split (`revenue_split: {a: 60%, b: 40%}`). */
function mappingGroups(dated: Dated[], v: Vocabulary): ShareGroup[] {
  const byParent = new Map<string, Share[]>();
  for (const d of dated) {
    const segments = d.statement.key?.split(".") ?? [];
    const parent = segments.slice(0, -1).join(".");
    const percent = segments.length > 1 ? onePercent(d.statement.text, v) : undefined;
    if (percent === undefined || !v.test("share-word", normalise(parent.replace(/[._]/g, " ")))) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), { percent, span: d.statement.span }]);
  }
  return [...byParent.values()].filter((parts) => parts.length >= 2).map((parts) => ({ parts }));
}

/** How far before a bracket the words naming the split it holds are read: 「…の不足は、出資比率（」. */
const BRACKET_LEAD = 16;

/**
 * 「出資比率はA社60％、B社30％とする」: two or three shares in one clause that names the split, or in
 * brackets right after the words that name it (「出資比率（甲55％、乙40％）に応じて」).
 */
function clauseGroups(dated: Dated[], v: Vocabulary): ShareGroup[] {
  const named = (normal: string, clause: RegExpMatchArray) => {
    const lead = normal.slice(Math.max(0, clause.index! - BRACKET_LEAD), clause.index);
    return v.test("share-word", clause[0]) || (/[(（]\s*$/.test(lead) && v.test("share-word", lead));
  };
  return dated
    .filter((d) => d.statement.kind !== "table-row" && v.test("share-word", d.normal))
    .flatMap((d) =>
      [...d.normal.matchAll(CLAUSE)].flatMap((clause) => {
        const found = percents(clause[0]);
        if (found.length < 2 || found.length > 3 || !named(d.normal, clause) || v.test("remainder-word", clause[0])) return [];
        if (!sharesSideBySide(clause[0], found)) return [];
        const parts = found.map((p) => ({ percent: p.percent, span: spanOf(d, { index: clause.index + p.index, length: p.length }) }));
        return [{ parts }];
      }),
    );
}

/** A list of one share per item under a lead-in or heading that names the split. */
function listGroups(model: PlanModel, dated: Dated[], v: Vocabulary): ShareGroup[] {
  const groups: ShareGroup[] = [];
  let run: Share[] = [];
  let named = false;
  const close = () => {
    if (run.length >= 2 && named) groups.push({ parts: run });
    run = [];
  };
  dated.forEach((d, i) => {
    const percent = d.statement.kind === "list-item" ? onePercent(d.statement.text, v) : undefined;
    const previous = dated[i - 1];
    const continues = run.length > 0 && previous?.statement.section === d.statement.section;
    if (percent === undefined || !continues) close();
    if (percent === undefined) return;
    if (!run.length) {
      const title = d.statement.section === undefined ? "" : normalise(model.sections[d.statement.section].title);
      // The lead-in is the line before the list, or the item the list is nested under.
      const leadIn =
        previous?.statement.section === d.statement.section &&
        (previous.statement.kind !== "list-item" || column(model, previous) < column(model, d));
      named = v.test("share-word", title) || (leadIn && v.test("share-word", previous.normal)) || v.test("share-word", d.normal);
    }
    run.push({ percent, span: d.statement.span });
  });
  close();
  return groups;
}

function column(model: PlanModel, d: Dated): number {
  return model.lines.positionAt(d.statement.span.start).character;
}

/**
 * A share column (「出資比率」, "Share") down the parties' rows, a share row across the parties'
 * columns (its label, or the table's heading or lead-in, names the split, and no column is a
 * period), or a cell that holds a whole split (「当社55％、貴社45％」, "66% / 34%").
 */
function tableGroups(table: Table, v: Vocabulary, named: boolean): ShareGroup[] {
  const groups: ShareGroup[] = [];
  const header = table.header.map((h) => normalise(h.text).trim());
  header.forEach((h, column) => {
    if (column === 0 || !(v.test("share-word", h) || h === "%")) return;
    const group: ShareGroup = { parts: [] };
    for (const row of table.rows) {
      const cell = row.cells[column];
      const percent = cell && onePercent(cell.text, v);
      if (percent === undefined) continue;
      if (TOTAL.test(normalise(row.cells[0]?.text ?? "").trim())) group.total = { percent, span: cell.span };
      else group.parts.push({ percent, span: cell.span });
    }
    groups.push(group);
  });
  // Columns headed by periods (| 項目 | 2024年3月期 | 2025年3月期 |) make a row a series over time, not a split.
  const partyColumns = header.slice(1).every((h) => !datesIn(h).length);
  for (const row of table.rows) {
    const label = normalise(row.cells[0]?.text ?? "");
    if (!(v.test("share-word", label) || named) || v.test("remainder-word", label)) continue;
    groups.push(...row.cells.slice(1).flatMap((c) => cellSplit(c, v)));
    if (!partyColumns) continue;
    const cells = row.cells.slice(1).filter((c) => c.text.trim() !== "");
    const parts = cells.flatMap((c) => {
      const percent = onePercent(c.text, v);
      return percent === undefined ? [] : [{ percent, span: c.span }];
    });
    const last = header.length > 2 && TOTAL.test(header.at(-1)!) ? parts.pop() : undefined;
    if (parts.length === cells.length - (last ? 1 : 0)) groups.push({ parts, ...(last && { total: last }) });
  }
  return groups;
}

/**
 * A split's figures without their % signs, side by side and nothing else but the parties'
 * names after them in brackets: "60 / 40 (us / them)", 「60：40」. Read only in a row that names a split.
 */
const BARE_SPLIT = /^\s*(\d{1,3})\s*[/:：]\s*(\d{1,3})(?:\s*[/:：]\s*(\d{1,3}))?\s*(?:[(（][^()（）]*[)）]\s*)?$/;

/** The shares of a bare split, as percentages at their places in the text. */
function bareSplit(normal: string): { percent: number; index: number; length: number }[] {
  const m = BARE_SPLIT.exec(normal);
  if (!m) return [];
  let from = 0;
  return [m[1], m[2], m[3]].flatMap((figure) => {
    if (figure === undefined) return [];
    const index = normal.indexOf(figure, from);
    from = index + figure.length;
    return [{ percent: Number(figure), index, length: figure.length }];
  });
}

/** A cell that lists two or three shares side by side, and nothing that leaves the sum open. */
function cellSplit(cell: Cell, v: Vocabulary): ShareGroup[] {
  const normal = normalise(cell.text);
  const signed = percents(normal);
  const found = signed.length ? signed : bareSplit(normal);
  if (found.length < 2 || found.length > 3 || v.test("remainder-word", normal) || !sharesSideBySide(normal, found)) return [];
  // A cell's offsets match its text only when normalising kept its length; else the whole cell.
  const at = (p: { index: number; length: number }): Span =>
    normal.length === cell.text.length ? { start: cell.span.start + p.index, end: cell.span.start + p.index + p.length } : cell.span;
  return [{ parts: found.map((p) => ({ percent: p.percent, span: at(p) })) }];
}

/** The sum of a group's shares, to two decimals. */
export function sumOf(group: ShareGroup): number {
  return Math.round(group.parts.reduce((sum, p) => sum + p.percent, 0) * 100) / 100;
}

/**
 * One party's share of each item, the other party's in a table of its own (「費用負担（当社分）」
 * 60%, 60% and 「（先方分）」 40%, 40%): row by row, the two columns make the whole; neither
 * column is a split across its rows.
 */
function complementary(a: ShareGroup, b: ShareGroup): boolean {
  return a.parts.length === b.parts.length && a.parts.every((p, i) => Math.abs(p.percent + b.parts[i].percent - 100) <= 1);
}

/**
 * Groups whose shares do not make the whole: a total row of 100% the rows miss, more than 100%,
 * or short of it when nothing else in the plan could hold the rest (shares split across two
 * tables add up together). A sum far from 100 is no split but several figures.
 */
export function brokenGroups(groups: ShareGroup[]): ShareGroup[] {
  const splits = groups.filter((g) => g.parts.length >= 2 || g.total);
  return splits.filter((g) => {
    if (splits.some((other) => other !== g && complementary(g, other))) return false;
    const sum = sumOf(g);
    if (g.total) return g.total.percent === 100 && g.parts.length >= 2 && Math.abs(sum - 100) > 1;
    // 33.3% three times is a whole, rounded.
    if (g.parts.length > 3 || Math.abs(sum - 100) <= 1 || sum < 80 || sum > 120) return false;
    return sum > 100 || !groups.some((other) => other !== g && other.parts.length && sumOf(other) < 100);
  });
}
