/** Where things are in a plan: sections by element, the statements under a section. */
import type { PlanElement, PlanModel, Section, Span, Statement } from "../../server/engine/model";
import { isDeferredNormal, normalise } from "./lexicon";

/** Does the section, or one of its ancestors, name `element`? */
export function isUnder(model: PlanModel, index: number | undefined, element: PlanElement): boolean {
  for (let i = index; i !== undefined; i = model.sections[i].parent) {
    if (model.sections[i].elements.includes(element)) return true;
  }
  return false;
}

/** Sections that name `element` themselves, outermost first in document order. */
export function sectionsOf(model: PlanModel, element: PlanElement): Section[] {
  return model.sections.filter((s) => s.elements.includes(element) && !isUnder(model, s.parent, element));
}

export function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

export function statementsIn(model: PlanModel, section: Section): Statement[] {
  return model.statements.filter((s) => within(s.span, section.bodySpan));
}

/** The statement as a rule reads it: a YAML value carries its key (`end: 2027-03-31`). */
export function readable(statement: Statement): string {
  return statement.key ? `${statement.key}: ${statement.text}` : statement.text;
}

const normalTexts = new WeakMap<Statement, string>();
const deferrals = new WeakMap<Statement, boolean>();

/** readable() normalised, once per statement: every rule reads every statement this way. */
export function normalText(statement: Statement): string {
  let text = normalTexts.get(statement);
  if (text === undefined) normalTexts.set(statement, (text = normalise(readable(statement))));
  return text;
}

/** Does the statement defer a decision (別途協議, TBD)? Once per statement. */
export function defers(statement: Statement): boolean {
  let deferred = deferrals.get(statement);
  if (deferred === undefined) deferrals.set(statement, (deferred = isDeferredNormal(normalText(statement))));
  return deferred;
}

/** Where a document-level finding points: the first heading, else the first line. */
export function documentAnchor(model: PlanModel): Span {
  const first = model.sections.find((s) => s.kind === "heading") ?? model.sections[0];
  if (first) return first.headingSpan;
  return { start: 0, end: model.lines.lineEnd(0) };
}

/** The plan's own statements: commentary, columns and drafting notes say what a plan could say, not what it says. */
export function planStatements(model: PlanModel): Statement[] {
  return model.statements.filter((s) => !isUnder(model, s.section, "notes"));
}
