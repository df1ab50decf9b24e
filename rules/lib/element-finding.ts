/**
 * A plan-wide finding about a missing or deferred element (exit clause, IP ownership): its
 * clause template as the fix, and a placeholder offered for each statement that defers it.
 */
import type { Section, Span, Statement, PlanModel } from "../../server/engine/model";
import type { Localized, RuleContext, RuleReport } from "../../server/engine/rule";
import { elementTemplateFix } from "./insert-template";
import { withDeferralSuggestions } from "./deferral-suggestions";

export interface ElementFinding {
  messageId: string;
  span: Span;
  /** The section the template goes into (or after which a new one goes), if the plan has one. */
  section: Section | undefined;
  template: string;
  /** Titles of the template fix, by language. */
  title: Localized;
  /** What the placeholder replacing a deferral asks for. */
  hint: Localized;
  deferring?: Statement[];
}

export function elementFinding(model: PlanModel, context: RuleContext, finding: ElementFinding): RuleReport {
  const { messageId, span, section, template, title, hint, deferring = [] } = finding;
  const fix = elementTemplateFix(model, context, template, title, section);
  const report = { messageId, span, ...(fix && { fix }) };
  return withDeferralSuggestions(
    report,
    model,
    context,
    hint,
    deferring.map((s) => s.span),
  );
}
