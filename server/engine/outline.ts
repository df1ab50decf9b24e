/**
 * The plan's sections as an outline (the editor's document symbols). Taken from the model
 * where it is built, on the lint worker, so the editor never parses a plan a second time.
 */
import type { PlanElement, PlanModel, SectionKind, Span } from "./model";

export interface OutlineSection {
  title: string;
  /** What the title says the section is about (empty when it says nothing we know). */
  elements: PlanElement[];
  kind: SectionKind;
  /** Heading start to section end (subsections included). */
  span: Span;
  /** The heading line, or the YAML key. */
  headingSpan: Span;
  /** The enclosing section's index in the outline. */
  parent: number | undefined;
}

/** Every section of the model, in document order (a parent before its children). */
export function outlineOf(model: PlanModel): OutlineSection[] {
  return model.sections.map(({ title, elements, kind, span, headingSpan, parent }) => ({
    title,
    elements,
    kind,
    // Not the blank lines before the next section: an outline's ranges should not touch.
    span: { start: span.start, end: Math.max(headingSpan.end, trimmedEnd(model.text, span)) },
    headingSpan,
    parent,
  }));
}

function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}
