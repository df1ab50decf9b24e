/**
 * Where a clause template goes and how it is shaped: into an empty section after its heading,
 * or as a new section after a given one (or at the end), at that section's heading level,
 * in the document's line endings — never inside a code block, table or the front matter.
 */
import type { PlanModel, Section, Span } from "../../server/engine/model";
import type { Fix, Localized, RuleContext } from "../../server/engine/rule";
import { sectionsOf, statementsIn } from "./plan-scope";
import { nextNumberedTitle } from "./heading-numbers";

/** The template's text without its first heading line (for filling an existing section). */
function body(template: string): string {
  return template.replace(/^#[^\n]*\n+/, "");
}

/** Retitle the template's first heading to `level`. */
function atLevel(template: string, level: number): string {
  return template.replace(/^#{1,6}(?=\s)/, "#".repeat(Math.min(Math.max(level, 1), 6)));
}

function withEol(text: string, eol: string): string {
  return text.replace(/\r?\n/g, eol);
}

/** Offset just after the last non-blank content of `section` (subsections included). */
function contentEnd(model: PlanModel, section: Section): number {
  let end = section.span.end;
  while (end > section.headingSpan.end && /\s/.test(model.text[end - 1])) end--;
  return end;
}

function isProtected(model: PlanModel, offset: number): boolean {
  return model.protectedSpans.some((s) => offset > s.start && offset < s.end);
}

export function isEmptySection(model: PlanModel, section: Section): boolean {
  return (
    statementsIn(model, section).length === 0 &&
    !model.tables.some((t) => t.span.start >= section.bodySpan.start && t.span.end <= section.bodySpan.end)
  );
}

export function templateFix(
  model: PlanModel,
  context: RuleContext,
  name: string,
  titles: Localized,
  target: { into?: Section; after?: Section },
): Fix | undefined {
  if (model.format !== "markdown") return undefined;
  const template = context.templates.get(name, context.lang);
  if (!template) return undefined;
  const title = titles[context.locale];
  const eol = model.lines.eol();
  const text = template.body.trim();
  if (target.into && target.into.kind === "heading") {
    const at = target.into.headingSpan.end;
    return { title, edits: [{ span: { start: at, end: at }, newText: withEol(`\n\n${body(text)}`, eol) }] };
  }
  const requested = target.after && insertable(model, target.after) ? target.after : undefined;
  const level =
    requested?.kind === "heading" ? requested.level : Math.max(2, (model.sections.find((s) => s.kind === "heading")?.level ?? 1) + 1);
  const { after, section } = placed(model, text, level, requested);
  const at = after ? contentEnd(model, after) : trimmedEnd(model);
  // A fence left open runs to the end of the file: the template goes before it, not into it.
  const open = model.codeBlocks.find((b) => b.span.start < at && at <= b.span.end && !isClosedFence(model, b.span));
  if (open) return { title, edits: [{ span: { start: open.span.start, end: open.span.start }, newText: withEol(`${section}\n\n`, eol) }] };
  const lead = at === 0 ? "" : "\n\n";
  return { title, edits: [{ span: { start: at, end: at }, newText: withEol(`${lead}${section}`, eol) }] };
}

function insertable(model: PlanModel, section: Section): boolean {
  return !isProtected(model, contentEnd(model, section));
}

/**
 * Where a new section goes, and its text. In a numbered document it takes the next number, in
 * the same style, after the last numbered sibling (at its level, under the requested place's
 * parent): that number is free, and nothing is renumbered or moved. Otherwise it goes after
 * the requested section (or at the end), unnumbered.
 */
function placed(model: PlanModel, template: string, level: number, requested: Section | undefined): { after?: Section; section: string } {
  const [first, ...rest] = template.split("\n");
  const parent = requested?.kind === "heading" && requested.level === level ? requested.parent : undefined;
  const siblings = model.sections.filter((s) => s.kind === "heading" && s.level === level && (parent === undefined || s.parent === parent));
  const title = first.replace(/^#{1,6}\s+/, "").trim();
  for (const sibling of first.startsWith("#") ? siblings.reverse() : []) {
    const numbered = nextNumberedTitle(sibling.title, title);
    if (numbered && insertable(model, sibling))
      return { after: sibling, section: [`${"#".repeat(level)} ${numbered}`, ...rest].join("\n") };
  }
  return { after: requested, section: atLevel(template, level) };
}

function isClosedFence(model: PlanModel, span: Span): boolean {
  const source = model.text.slice(span.start, span.end);
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(source)?.[1];
  const lines = source.trimEnd().split(/\r?\n/);
  return !!opening && lines.length > 1 && lines[lines.length - 1].trim().startsWith(opening);
}

function trimmedEnd(model: PlanModel): number {
  return model.text.trimEnd().length;
}

/**
 * The fix for a missing or inadequate element section: fill the section when it is empty,
 * otherwise add the template after it — or, with no such section, after the KPI section
 * (or at the end).
 */
export function elementTemplateFix(
  model: PlanModel,
  context: RuleContext,
  name: string,
  titles: Localized,
  section: Section | undefined,
): Fix | undefined {
  if (section && isEmptySection(model, section)) return templateFix(model, context, name, titles, { into: section });
  return templateFix(model, context, name, titles, { after: section ?? sectionsOf(model, "kpi").at(-1) });
}
