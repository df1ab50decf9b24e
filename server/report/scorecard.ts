/**
 * The reviewer's scorecard: for each plan, how each element the rules protect stands
 * (passes, warnings only, errors, not checked), a readiness score, and whether it is ready.
 */
import type { PlanElement } from "../engine/model";
import type { LintResult } from "../engine/finding";
import type { RuleMeta } from "../engine/rule";
import { PARSE_ERROR } from "../engine/messages";

export type ElementStatus = "pass" | "warn" | "fail" | "unchecked";

/** A scorecard column: one plan element, or the rules that protect none ("other"). */
export interface Column {
  element: PlanElement | "other";
  ruleIds: string[];
}

export interface PlanScore {
  result: LintResult;
  /** Status per column, in column order. */
  statuses: ElementStatus[];
  /** 0–100: passed elements count 1, warned ones ½, out of those checked; undefined when none was. */
  readiness: number | undefined;
  /** No errors: the plan would not fail the run. */
  ready: boolean;
  unreadable: boolean;
}

/** One column per element, in the order the rules come, then "other" for rules without one. */
export function columns(rules: readonly RuleMeta[]): Column[] {
  const byElement = new Map<PlanElement | "other", string[]>();
  for (const rule of rules) {
    const key = rule.element ?? "other";
    byElement.set(key, [...(byElement.get(key) ?? []), rule.id]);
  }
  const ordered: Column["element"][] = [...byElement.keys()].filter((k) => k !== "other");
  if (byElement.has("other")) ordered.push("other");
  return ordered.map((element) => ({ element, ruleIds: byElement.get(element)! }));
}

export function scorePlan(result: LintResult, cols: readonly Column[]): PlanScore {
  const unreadable = result.findings.some((f) => f.ruleId === PARSE_ERROR);
  const statuses = cols.map((col) => (unreadable ? "unchecked" : columnStatus(result, col)));
  const checked = statuses.filter((s) => s !== "unchecked");
  const points = checked.reduce((sum, s) => sum + (s === "pass" ? 1 : s === "warn" ? 0.5 : 0), 0);
  return {
    result,
    statuses,
    readiness: unreadable ? 0 : checked.length ? Math.round((100 * points) / checked.length) : undefined,
    ready: !result.findings.some((f) => f.severity === "error"),
    unreadable,
  };
}

function columnStatus(result: LintResult, col: Column): ElementStatus {
  if (!col.ruleIds.some((id) => result.rulesRun.includes(id))) return "unchecked";
  const findings = result.findings.filter((f) => col.ruleIds.includes(f.ruleId));
  if (findings.some((f) => f.severity === "error")) return "fail";
  return findings.length ? "warn" : "pass";
}
