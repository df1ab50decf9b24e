/**
 * An objective and a KPI that give different targets for the same measure and date
 * (plan-consistency): 「2027年度末までに導入店舗数100店」 in the objectives and a KPI row
 * 「導入店舗数 | 80店 | 2027年度末」. Read strictly: each side names one date and one figure in
 * a unit, their measure words overlap, and only the figures differ.
 */
import type { PlanModel, Span } from "../../server/engine/model";
import type { Vocabulary } from "../vocab";
import { datedStatements, spanOf, type Dated } from "./dated-statements";
import { isUnder } from "./plan-scope";
import { normalise } from "./lexicon";

export interface TargetSide {
  span: Span;
  text: string;
}

interface Figure {
  value: number;
  /** What it counts: a Japanese counter, or the English words after it ("100 partner stores": partner, store). */
  units: string[];
  text: string;
}

interface Target {
  span: Span;
  /** The one date the statement names, as its bounds. */
  when: string;
  figures: Figure[];
  /** English words of the statement, for matching a measure. */
  words: Set<string>;
  /** The measure's own name (a KPI row's first cell), if it has one. */
  name: string | undefined;
  normal: string;
}

/** A figure and what it counts (a Japanese counter or unit, the English word after it); 万 and 億 scale it, 店舗 counts stores as 店 does. */
const FIGURE = /(?<![\d.,])\d[\d,]*(?:\.\d+)?\s*(?:(?:[万億千]|million)\s*)?(?:[%円件社人名台校回本個]|ドル|店舗|店|拠点|[a-z]+)/g;
const SCALE: Record<string, number> = { 万: 1e4, 億: 1e8, 千: 1e3, million: 1e6 };
const UNIT: Record<string, string> = { 店舗: "店", 名: "人", "%": "%" };
/** After a baseline's date: 「比」, 「実績（…）比」, 「対比」, 「と比べ」. */
const BASELINE_AFTER = /^ ?(?:の?実績)?(?:[（(][^（()）]{0,20}[）)])? ?(?:比|対比|と比べ|に比べ)/;
/** Before a baseline's date: "vs 2025", "compared with FY2025". */
const BASELINE_BEFORE = /\b(?:vs\.?|versus|compared (?:with|to)|relative to) (?:the )?$/;

function isBaseline(d: Dated, date: { index: number; length: number }): boolean {
  return (
    BASELINE_AFTER.test(d.normal.slice(date.index + date.length)) ||
    BASELINE_BEFORE.test(d.normal.slice(Math.max(0, date.index - 24), date.index))
  );
}

/** A condition: the figure is a threshold for something else. */
const CONDITION = /場合|\bif\b|\bunless\b/;

/** English words of four letters or more: what a measure is called. */
const WORD = /[a-z]{4,}/g;
const GENERIC = new Set([
  "目標",
  "達成",
  "年度",
  "実現",
  "以上",
  "target",
  "reach",
  "achieve",
  "with",
  "from",
  "year",
  "goal",
  "objective",
]);

function figuresIn(normal: string): Figure[] {
  return [...normal.matchAll(FIGURE)].flatMap((m) => {
    // No groups in FIGURE: the number, its scale and its unit are read from the match.
    const number = /^[\d,]+(?:\.\d+)?/.exec(m[0])![0];
    const rest = m[0].slice(number.length).trimStart();
    const scale = /^(?:[万億千]|million)/.exec(rest)?.[0] ?? "";
    const unit = rest.slice(scale.length).trimStart();
    if (/^[a-z]/.test(unit) && unit.length < 3) return [];
    // English: the word after the number and the two after it, singular ("400 clinics", "100 partner stores").
    const more = /^(?:\s+[a-z]{3,}){0,2}/
      .exec(normal.slice(m.index + m[0].length))![0]
      .split(/\s+/)
      .filter(Boolean);
    const units = UNIT[unit] ? [UNIT[unit]] : [unit, ...(/^[a-z]/.test(unit) ? more : [])].map((w) => w.replace(/s$/, ""));
    return [{ value: Number(number.replace(/,/g, "")) * (SCALE[scale] ?? 1), units, text: m[0].trim() }];
  });
}

/**
 * What a statement targets: its one date and its figures. In a KPI table with a target column,
 * only the target cells count: a baseline beside them is no target.
 */
function targetOf(model: PlanModel, d: Dated, v: Vocabulary): Target | undefined {
  // A figure in a condition (「…に届かない場合は解約」) is a trigger, not a target.
  // A baseline's year (「2024年度比で」, "vs 2025") is what the figure is measured from, not when it is due.
  const due = d.dates.length > 1 ? d.dates.filter((date) => !isBaseline(d, date)) : d.dates;
  if (due.length !== 1 || v.test("done-marker", d.normal) || v.test("ending-word", d.normal) || CONDITION.test(d.normal)) return undefined;
  const table =
    d.statement.kind === "table-row" ? model.tables.find((t) => t.rows.some((r) => r.span.start === d.statement.span.start)) : undefined;
  const row = table?.rows.find((r) => r.span.start === d.statement.span.start);
  const targetColumns = table?.header.flatMap((h, i) => (v.test("target-column", normalise(h.text)) ? [i] : [])) ?? [];
  const text = row && targetColumns.length ? targetColumns.map((i) => row.cells[i]?.text ?? "").join(" ") : d.normal;
  // Numbering and dates are no figures: 「5.4 Meridian beers」 is clause 5.4.
  const figures = figuresIn(row && targetColumns.length ? normalise(text) : v.remove("date-like", normalise(text)));
  const words = new Set([...d.normal.matchAll(WORD)].map((w) => w[0]).filter((w) => /^[a-z]/.test(w) && !GENERIC.has(w)));
  const [date] = due;
  return {
    span: spanOf(d),
    when: `${date.last.min}-${date.last.max}`,
    figures,
    words,
    name: measureName(row?.cells[0]?.text ?? d.statement.text),
    normal: d.normal,
  };
}

/** What a KPI measures by its own words: a table row's first cell, or what a line says before its colon. */
function measureName(text: string): string | undefined {
  const normal = normalise(text).replace(/[（(][^（(）)]*[）)]/g, "");
  const name = normal.includes(":") ? normal.slice(0, normal.indexOf(":")) : normal;
  let trimmed = name.replace(/^[\s\-*・|]+/, "");
  while (/[\s|]$/.test(trimmed)) trimmed = trimmed.slice(0, -1);
  return trimmed.length >= 2 && trimmed.length <= 30 ? trimmed : undefined;
}

/**
 * The same measure: the objective names the KPI by its name (「導入店舗数」), or, in English,
 * they share two words of four letters or more ("clinics … shared waiting list").
 */
function sameMeasure(objective: Target, kpi: Target): boolean {
  // 「沿線定住人口」 is named 「沿線の定住人口」 in prose: the particle の is left out on both sides.
  if (kpi.name && /[\u3040-\u30ff\u4e00-\u9fff]/.test(kpi.name))
    return objective.normal.replace(/の/g, "").includes(kpi.name.replace(/の/g, ""));
  return [...objective.words].filter((w) => kpi.words.has(w)).length >= 2;
}

/** The one figure a target names that counts what `figure` counts, if exactly one. */
function only(target: Target, figure: Figure): Figure | undefined {
  const found = target.figures.filter((f) => f.units.some((u) => figure.units.includes(u)));
  return found.length === 1 ? found[0] : undefined;
}

export function conflictingTargets(model: PlanModel, v: Vocabulary): { kpi: TargetSide; objective: TargetSide }[] {
  const dated = datedStatements(model);
  const isKpi = (d: Dated) => isUnder(model, d.statement.section, "kpi");
  const isObjective = (d: Dated) => isUnder(model, d.statement.section, "objective") && !isKpi(d);
  const objectives = dated.filter(isObjective).flatMap((d) => targetOf(model, d, v) ?? []);
  const kpis = dated.filter(isKpi).flatMap((d) => targetOf(model, d, v) ?? []);
  return kpis.flatMap((kpi) => {
    for (const figure of kpi.figures) {
      const own = only(kpi, figure);
      const objective = objectives.find((o) => o.when === kpi.when && sameMeasure(o, kpi) && only(o, figure));
      const other = objective && only(objective, figure);
      if (own && objective && other && other.value !== own.value)
        return [{ kpi: { span: kpi.span, text: own.text }, objective: { span: objective.span, text: other.text } }];
    }
    return [];
  });
}
