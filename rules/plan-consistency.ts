/**
 * plan-consistency: facts of the plan that contradict each other — a deadline before the plan's
 * own date (else today), an end before its start, a KPI due after the term ends, shares that do
 * not add up to 100%, a notice period longer than the term. Each finding points at both places
 * (`related`). Dates are read with every meaning they may have (an English FY, a year alone)
 * and a contradiction is reported only when it holds for all of them: precision first.
 */
import type { PlanElement, PlanModel, Span } from "../server/engine/model";
import type { RelatedReport, Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import { dayOf, isoOf, before } from "./lib/dates";
import { deadlines, noticePeriods, periodBeforeNotice, periodColumnTargets, planDate, termEnd, termLength } from "./lib/plan-timeline";
import { endsBeforeStarts } from "./lib/date-ranges";
import { brokenGroups, shareGroups, sumOf } from "./lib/shares";
import { conflictingTargets } from "./lib/target-conflicts";
import { ruleTexts } from "./lib/rule-texts";
import { documentTitles } from "./lib/plan-scope";

const RELATED = {
  planDate: { ja: "計画の日付（{date}）", en: "The plan's own date ({date})" },
  start: { ja: "開始（{start}）", en: "The start ({start})" },
  term: { ja: "提携期間の終了（{termEnd}）", en: "The end of the term ({termEnd})" },
  share: { ja: "同じ配分の別の比率", en: "Another share of the same split" },
  termLength: { ja: "提携期間（最長{termDays}日）", en: "The term (at most {termDays} days)" },
  objective: { ja: "目的に書かれた目標値（{other}）", en: "The target the objective states ({other})" },
};

export const planConsistency: Rule = {
  meta: {
    id: "plan-consistency",
    headline: false,
    element: "schedule",
    fixable: false,
    scope: "document",
    summary:
      "facts that contradict each other, with both places: a deadline before the plan's own date (else today), an end before its start, a KPI due after the term ends, shares that do not add up to 100%, a notice period longer than the term, an objective and a KPI with different targets for one measure and date",
    // Off until its first-contact figures are in (issue 11: a checklist rule below target ships off).
    defaultSeverity: "off",
    description: {
      ja: "計画の中で互いに矛盾する記載（計画の日付より前の期限、開始より前の終了、提携期間の後に期限があるKPI、合計が100％にならない出資・費用・収益の比率、期間より長い通知期間、目的とKPIで異なる目標値）を、両方の箇所を示して報告します。",
      en: "Reports facts in the plan that contradict each other, pointing at both places: a deadline before the plan's own date, an end before its start, a KPI due after the term ends, ownership, cost or revenue shares that do not add up to 100%, a notice period longer than the term, an objective and a KPI with different targets for the same measure and date.",
    },
    messages: {
      pastDeadline: {
        ja: "期限（遅くとも{due}）は{reference}より前で、すでに過ぎています。古い版の日付が残っていないか確認してください。",
        en: "This deadline (at the latest {due}) has already passed: it is before {reference}. A date carried over from an older draft?",
      },
      endBeforeStart: {
        ja: "終了（{end}）が開始（{start}）より前になっています。",
        en: "This end ({end}) comes before its start ({start}).",
      },
      kpiAfterTerm: {
        ja: "この目標の期限（早くとも{due}）は提携期間の終了（{termEnd}）より後です。期間を延ばすか、期限を期間内にしてください。",
        en: "This target is due (at the earliest {due}) after the term ends ({termEnd}): extend the term or bring the date inside it.",
      },
      sharesNot100: {
        ja: "比率の合計が{sum}％で、100％になりません。",
        en: "These shares add up to {sum}%, not 100%.",
      },
      noticeLongerThanTerm: {
        ja: "通知期間（{noticeDays}日以上）が提携期間（最長{termDays}日）より長くなっています。",
        en: "The notice period (at least {noticeDays} days) is longer than the term itself (at most {termDays} days).",
      },
      conflictingTargets: {
        ja: "KPIの目標値（{value}）が、同じ指標・同じ期限について目的に書かれた目標値（{other}）と異なります。",
        en: "This KPI's target ({value}) differs from the target the objective states for the same measure and date ({other}).",
      },
    },
    rationale: {
      ja: "計画書は改訂を重ねるうちに、古い版の日付や更新されていない表が残りがちです。期限と期間、目的とKPI、配分の比率が食い違っていると、どちらが合意内容なのか分からず、後の紛争や目標管理の混乱の原因になります。",
      en: "Plans go through drafts, and a date from an older draft or a table nobody updated is easy to miss. When deadlines and the term, the objective and its KPIs, or the shares of a split disagree, nobody knows which one was agreed — a source of disputes and of targets nobody manages.",
    },
    examples: {
      good: {
        ja: "作成日：2026年4月1日\n本提携の期間は2026年4月1日から2029年3月31日までとする。\n2028年度末までに導入店舗100店を達成する。\n費用は当社60％、提携先40％で負担する。",
        en: "Date: 1 April 2026\nThe agreement runs from 1 April 2026 until 31 March 2029.\nKPI: 100 stores live by the end of March 2029.\nCosts are borne 60% by us and 40% by the partner.",
      },
      bad: {
        ja: "作成日：2026年4月1日\n本提携の期間は2026年4月1日から2028年3月31日までとする。\n2029年3月末までに導入店舗100店を達成する。\n費用は当社60％、提携先50％で負担する。",
        en: "Date: 1 April 2026\nThe agreement runs from 1 April 2026 until 31 March 2028.\nKPI: 100 stores live by the end of March 2029.\nCosts are borne 60% by us and 50% by the partner.",
      },
    },
  },
  check(model, context) {
    const v = context.vocabulary;
    const reports = [
      ...pastDeadlines(model, context),
      ...endsBeforeStarts(model, v).map(({ end, start }) =>
        report("endBeforeStart", end, [related(start, RELATED.start)], { end: isoOf(end.date.max), start: isoOf(start.date.min) }),
      ),
      ...kpisAfterTerm(model, v),
      ...sharesNot100(model, v),
      ...noticesLongerThanTerm(model, v),
      ...conflictingTargets(model, v).map(({ kpi, objective }) =>
        report("conflictingTargets", kpi, [related(objective, RELATED.objective)], { value: kpi.text, other: objective.text }, "kpi"),
      ),
    ];
    // One finding per place: the first kind that reads it wins.
    const seen = new Set<number>();
    return reports.filter((r) => !seen.has(r.span.start) && seen.add(r.span.start));
  },
};

function report(
  messageId: string,
  at: { span: Span },
  related: RelatedReport[],
  data: Record<string, string>,
  element?: PlanElement,
): RuleReport {
  return { messageId, span: at.span, data, ...(related.length && { related }), ...(element && { element }) };
}

function related(at: { span: Span }, message: RelatedReport["message"]): RelatedReport {
  return { span: at.span, message };
}

/** Without a date of its own, a plan may have been written any time this past year: only a deadline older than that is surely past. */
const UNDATED_GRACE_DAYS = 365;

/**
 * Deadlines before the plan's own date; without one, long before today (no other place to point
 * at). A report on results (「実証 最終報告」, "pilot — results") restates the targets it was
 * measured against: their dates are history there; a step it still announces is not.
 */
function pastDeadlines(model: PlanModel, context: RuleContext): RuleReport[] {
  const onResults = documentTitles(model).some((t) => context.vocabulary.test("review-document", t));
  const dated = planDate(model, context.vocabulary);
  const today = dayOf(context.today);
  const reference = dated?.date.min ?? (today === undefined ? undefined : today - UNDATED_GRACE_DAYS);
  const texts = ruleTexts(context.locale);
  if (reference === undefined) return [];
  return deadlines(model, context.vocabulary)
    .filter((d) => d.source !== dated?.source && !(onResults && d.target) && before(d.date, { min: reference, max: reference }))
    .map((d) =>
      report("pastDeadline", d, dated ? [related(dated, RELATED.planDate)] : [], {
        due: isoOf(d.date.max),
        date: isoOf(reference),
        reference: dated ? texts.planDate(isoOf(reference)) : texts.yearBeforeToday(context.today),
      }),
    );
}

/** Targets due after the term's end, unless the term may be renewed or extended. */
function kpisAfterTerm(model: PlanModel, v: Vocabulary): RuleReport[] {
  const end = termEnd(model, v);
  if (!end || model.statements.some((s) => v.test("term-extension", s.text.normalize("NFKC").toLowerCase()))) return [];
  return [...deadlines(model, v), ...periodColumnTargets(model, v)]
    .filter((d) => d.target && d.source !== end.source && before(end.date, d.date))
    .map((d) => report("kpiAfterTerm", d, [related(end, RELATED.term)], { due: isoOf(d.date.min), termEnd: isoOf(end.date.max) }));
}

function sharesNot100(model: PlanModel, v: Vocabulary): RuleReport[] {
  return brokenGroups(shareGroups(model, v)).map((group) => {
    const [first, ...rest] = group.parts;
    const at = group.total ?? rest.at(-1) ?? first;
    const others = [first, ...rest].filter((p) => p !== at);
    return {
      messageId: "sharesNot100",
      element: "cost",
      span: at.span,
      data: { sum: String(sumOf(group)) },
      related: others.map((p) => ({ span: p.span, message: RELATED.share })),
    };
  });
}

/** Each notice against the period its own statement gives it, else against the term. */
function noticesLongerThanTerm(model: PlanModel, v: Vocabulary): RuleReport[] {
  const term = termLength(model, v);
  return noticePeriods(model, v).flatMap((n) => {
    const period = periodBeforeNotice(n, v) ?? term;
    if (!period || n.length.min <= period.length.max) return [];
    const data = { noticeDays: String(n.length.min), termDays: String(period.length.max) };
    return [report("noticeLongerThanTerm", n, [related(period, RELATED.termLength)], data)];
  });
}
