/**
 * Readiness (issue 10), one source: from a plan's findings, how each element stands. The
 * engine attaches it to every LintResult it computes, so the reports, the hover and the
 * editor's views read the same answer. Rules say what their findings mean for their element
 * (`RuleMeta.states`; any other finding makes it weak) and which element a finding is about
 * (`RuleMeta.element`, or the report's own `element`). Headline elements decide "ready"; the
 * others are the checklist under it. Where the team requires elements (config `elements:`, the
 * plan's type), only those are tracked.
 */
import type { Finding, LintResult } from "./finding";
import type { Lang, PlanElement, PlanModel } from "./model";
import type { RuleMeta } from "./rule";
import type { ElementReadiness, ElementState, Readiness } from "./readiness-types";
import { PLAN_ELEMENTS } from "./model";
import { engineTexts } from "./engine-texts";

export type { ElementReadiness, ElementState, Readiness } from "./readiness-types";

/** Worst first: an element takes the first state any of its findings gives it. */
const WORST_FIRST: readonly ElementState[] = ["unfilled", "missing", "weak"];

export function planReadiness(
  model: PlanModel,
  findings: readonly Finding[],
  rules: readonly RuleMeta[],
  locale: Lang,
  filePath: string,
  required?: ReadonlySet<PlanElement>,
): Readiness {
  const tracked = trackedElements(rules, findings, required);
  const isHeadline = (element: PlanElement) => rules.some((r) => r.headline && r.element === element);
  const judge = (list: PlanElement[]) => list.map((element) => elementReadiness(model, element, findings, rules, locale));
  const elements = judge(tracked.filter(isHeadline));
  const checklist = judge(tracked.filter((e) => !isHeadline(e)));
  const readyCount = elements.filter((e) => !blocks(e, findings)).length;
  const unfilled = [...elements, ...checklist].some((e) => e.state === "unfilled");
  const ready = readyCount === elements.length && !unfilled && !findings.some((f) => f.severity === "error");
  return { title: planTitle(model, filePath), ready, readyCount, total: elements.length, elements, checklist };
}

/** A result's readiness; a plan the rules never read (unreadable, too slow to lint) is not ready, with nothing checked. */
export function resultReadiness(result: LintResult): Readiness {
  return result.readiness ?? { title: baseName(result.filePath), ready: false, readyCount: 0, total: 0, elements: [], checklist: [] };
}

/** What a finding says of its element: its rule's word for the message, else weak. */
export function findingState(finding: Finding, rules: readonly RuleMeta[]): ElementState {
  return rules.find((r) => r.id === finding.ruleId)?.states?.[finding.messageId] ?? "weak";
}

/** Every element of a readiness: the headline ones, then the checklist. */
export function readinessElements(readiness: Readiness): ElementReadiness[] {
  return [...readiness.elements, ...readiness.checklist];
}

/**
 * The elements the rules that ran check, headline ones first, then any a finding is about. Where
 * the team requires elements: the required ones, and those a finding of a required element's
 * rule is about (roles-and-economics on the sharing of costs).
 */
function trackedElements(rules: readonly RuleMeta[], findings: readonly Finding[], required?: ReadonlySet<PlanElement>): PlanElement[] {
  const wanted = (element: PlanElement | undefined) => !required || (element !== undefined && required.has(element));
  const ordered = [...rules.filter((r) => r.headline), ...rules.filter((r) => !r.headline)];
  const declared = ordered.flatMap((r) => (r.element && wanted(r.element) ? [r.element] : []));
  const ruleElement = (f: Finding) => rules.find((r) => r.id === f.ruleId)?.element;
  const found = PLAN_ELEMENTS.filter((e) => findings.some((f) => f.element === e && (wanted(e) || wanted(ruleElement(f)))));
  return [...new Set([...declared, ...found])];
}

function elementReadiness(
  model: PlanModel,
  element: PlanElement,
  all: readonly Finding[],
  rules: readonly RuleMeta[],
  locale: Lang,
): ElementReadiness {
  const findings = all.filter((f) => f.element === element);
  const states = findings.map((f) => findingState(f, rules));
  const state = WORST_FIRST.find((s) => states.includes(s)) ?? "present";
  const section = model.sections.find((s) => s.elements.includes(element));
  const at = section?.headingSpan ?? findings[0]?.anchor ?? findings[0]?.span;
  const line = at && model.lines.positionAt(at.start).line;
  return {
    element,
    label: engineTexts(locale).elements[element],
    state,
    ...(line !== undefined && { line }),
    messages: findings.map((f) => f.message),
  };
}

/** Missing or unfilled, or weak by an error. */
function blocks(element: ElementReadiness, findings: readonly Finding[]): boolean {
  if (element.state !== "weak") return element.state !== "present";
  return findings.some((f) => f.element === element.element && f.severity === "error");
}

function planTitle(model: PlanModel, filePath: string): string {
  const title = model.data.title;
  if (typeof title === "string" && title.trim()) return title.trim();
  return model.sections.find((s) => s.kind === "heading")?.title.trim() || baseName(filePath);
}

function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}
