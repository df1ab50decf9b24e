/**
 * The reviewer's scorecard: the engine's readiness of each plan (one source: the same answer
 * as the editor's views), as columns of elements across the plans: the headline elements,
 * which decide readiness, and the checklist under them.
 */
import type { Lang } from "../engine/model";
import type { LintResult } from "../engine/finding";
import { PLAN_ELEMENTS } from "../engine/model";
import { engineTexts } from "../engine/engine-texts";
import { resultReadiness, type ElementReadiness, type ElementState, type Readiness } from "../engine/readiness";
import { PARSE_ERROR } from "../engine/messages";

/** A scorecard column: one plan element. */
export interface Column {
  element: string;
  label: string;
}

/** The headline columns, and the checklist's. */
export interface Columns {
  elements: Column[];
  checklist: Column[];
}

export interface PlanScore {
  result: LintResult;
  readiness: Readiness;
  /** Each column's state, undefined where the plan's readiness does not judge the element. */
  states: (ElementState | undefined)[];
  checklist: (ElementState | undefined)[];
  unreadable: boolean;
}

/** One column per element any plan's readiness judges: headline elements in their order, the checklist in model order. */
export function columns(results: readonly LintResult[], locale: Lang): Columns {
  const readiness = results.map(resultReadiness);
  const headline = [...new Set(readiness.flatMap((r) => r.elements.map((e) => e.element)))];
  const checked = readiness.flatMap((r) => r.checklist);
  const checklist = PLAN_ELEMENTS.filter((e) => checked.some((x) => x.element === e));
  const names: Record<string, string> = engineTexts(locale).elements;
  const column = (element: string) => ({ element, label: names[element] ?? element });
  return { elements: headline.map(column), checklist: checklist.map(column) };
}

export function scorePlan(result: LintResult, cols: Columns): PlanScore {
  const readiness = resultReadiness(result);
  const states = (judged: readonly ElementReadiness[], part: readonly Column[]) =>
    part.map((c) => judged.find((e) => e.element === c.element)?.state);
  return {
    result,
    readiness,
    states: states(readiness.elements, cols.elements),
    checklist: states(readiness.checklist, cols.checklist),
    unreadable: result.findings.some((f) => f.ruleId === PARSE_ERROR),
  };
}
