/**
 * The plan model: what every rule reads. Built once per document (see ./build-model.ts)
 * and shared by all rules. Every span is a half-open range of UTF-16 code-unit offsets
 * into `PlanModel.text`, the document text with any leading BOM removed.
 */
import type { Document as YamlDocument } from "yaml";
import type { LineIndex } from "./line-index";

export interface Span {
  start: number;
  end: number;
}

export type Lang = "ja" | "en";

/** What a section of a plan is about, as its heading (or YAML key) says. */
export type PlanElement =
  | "objective"
  | "kpi"
  | "exit"
  | "ip"
  | "governance"
  | "roles"
  | "form"
  | "partners"
  | "background"
  | "cost"
  | "data"
  | "ai" // an AI alliance's own terms: data, models, liability, risk controls, guidelines, stage gates
  | "risk"
  | "schedule"
  | "process" // the early process before signing: NDA, due diligence, a pilot
  | "notes"; // commentary, columns, drafting notes: about the plan, not part of it

export const PLAN_ELEMENTS: readonly PlanElement[] = [
  "objective",
  "kpi",
  "exit",
  "ip",
  "governance",
  "roles",
  "form",
  "partners",
  "background",
  "cost",
  "data",
  "ai",
  "risk",
  "schedule",
  "notes",
  "process",
];

/** How a section was recognised. */
export type SectionKind =
  | "heading" // a Markdown heading
  | "pseudo" // a paragraph that acts as a heading: **Bold line**, 【…】, 第N条（…）, Article N (…), 12. TERMINATION
  | "field"; // a YAML key (front matter or a pure YAML plan)

export interface Section {
  index: number;
  title: string;
  level: number;
  parent: number | undefined;
  /** Titles from the outermost ancestor down to this section. */
  path: string[];
  /** What the title says the section is about (empty when it says nothing we know). */
  elements: PlanElement[];
  kind: SectionKind;
  /** Heading start to section end (subsections included). */
  span: Span;
  /** The heading line itself, or the YAML key. */
  headingSpan: Span;
  /** After the heading to the end of the section (subsections included). */
  bodySpan: Span;
}

export type StatementKind =
  | "sentence" // a sentence of a prose paragraph
  | "list-item" // the own text of a list item, or a mapping in a YAML list (one statement, not split)
  | "table-row" // a body row of a Markdown table
  | "field" // a YAML scalar value
  | "code"; // a sentence of prose inside a fenced block without a programming language

/** The smallest unit a rule judges: one statement with its exact source span. */
export interface Statement {
  /** The source text of the span (Markdown markup included, trimmed). */
  text: string;
  span: Span;
  kind: StatementKind;
  /** Innermost enclosing section. */
  section: number | undefined;
  /** For YAML values: the dotted path of keys down to the value (`ip.results.owner`). */
  key?: string;
}

export interface Cell {
  text: string;
  span: Span;
}

export interface TableRow {
  cells: Cell[];
  span: Span;
}

/** A GFM table, or a YAML sequence of mappings (header = the keys, in first-seen order). */
export interface Table {
  header: Cell[];
  rows: TableRow[];
  span: Span;
  section: number | undefined;
  source: "markdown" | "yaml";
}

export interface CodeBlock {
  lang: string | undefined;
  span: Span;
  section: number | undefined;
}

/** A YAML document with positions: the front matter, or the whole of a YAML plan. */
export interface YamlSource {
  doc: YamlDocument.Parsed;
  /** Offset of the YAML text inside `PlanModel.text` (node ranges are relative to it). */
  offset: number;
  span: Span;
}

export interface PlanModel {
  /** Document text, BOM removed. */
  text: string;
  hadBom: boolean;
  format: "markdown" | "yaml";
  lang: Lang;
  lines: LineIndex;
  yaml: YamlSource | undefined;
  /** The parsed YAML data (front matter or YAML plan); {} when there is none. */
  data: Record<string, unknown>;
  sections: Section[];
  statements: Statement[];
  tables: Table[];
  codeBlocks: CodeBlock[];
  /** Places where inserted text would change meaning (code blocks, tables, front matter, HTML). */
  protectedSpans: Span[];
  /** Inline `alliance-lint-*` comments, in document order. */
  directives: Directive[];
  /** Parts that could not be read while the rest was (front matter that is not valid YAML). */
  problems?: PlanProblem[];
}

/** What the engine reports as a `parse-error` finding on a plan it still lints. */
export interface PlanProblem {
  message: string;
  span: Span;
}

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty = all rules. */
  rules: string[];
  /** 0-based line of the comment. */
  line: number;
  span: Span;
}
