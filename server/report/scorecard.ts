/**
 * The reviewer's scorecard: the engine's readiness of each plan (one source: the same answer
 * as the editor's views), as columns of elements across the plans.
 */
import type { Lang } from "../engine/model";
import type { LintResult } from "../engine/finding";
import { PLAN_ELEMENTS } from "../engine/model";
import { engineTexts } from "../engine/engine-texts";
import { resultReadiness, type ElementState, type Readiness } from "../engine/readiness";
import { PARSE_ERROR } from "../engine/messages";

/** A scorecard column: one plan element. */
export interface Column {
  element: string;
  label: string;
}

export interface PlanScore {
  result: LintResult;
  readiness: Readiness;
  /** Each column's state, undefined where the plan's readiness does not judge the element. */
  states: (ElementState | undefined)[];
  unreadable: boolean;
}

/** One column per element any plan's readiness judges: headline elements first, then the others in model order. */
export function columns(results: readonly LintResult[], locale: Lang): Column[] {
  const all = results.flatMap((r) => resultReadiness(r).elements);
  const headline = [...new Set(all.filter((e) => e.headline).map((e) => e.element))];
  const others = PLAN_ELEMENTS.filter((e) => !headline.includes(e) && all.some((x) => x.element === e));
  const names = engineTexts(locale).elements;
  return [...headline, ...others].map((element) => ({ element, label: names[element as keyof typeof names] ?? element }));
}

export function scorePlan(result: LintResult, cols: readonly Column[]): PlanScore {
  const readiness = resultReadiness(result);
  return {
    result,
    readiness,
    states: cols.map((c) => readiness.elements.find((e) => e.element === c.element)?.state),
    unreadable: result.findings.some((f) => f.ruleId === PARSE_ERROR),
  };
}
