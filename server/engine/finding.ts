/** What the engine returns: the one shape the CLI, the formatters and the language server read. */
import type { Position } from "./line-index";
import type { Lang, PlanElement, Span } from "./model";
import type { Fix, Severity } from "./rule";
import type { OutlineSection } from "./outline";
import type { Readiness } from "./readiness-types";

export interface Range {
  start: Position;
  end: Position;
}

/** Another place a finding points at, with what is there (a contradiction's other side). */
export interface RelatedLocation {
  span: Span;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** 0-based, UTF-16 columns (LSP); the CLI prints line + 1 and character + 1. */
  range: Range;
  /** The plan element it is about (readiness). */
  element?: PlanElement;
  /**
   * Where an editor marks a finding about an element the plan lacks: where its section would be
   * inserted, else the start of the document. `span` stays on the title for the CLI and the reports.
   */
  anchor?: Span;
  fix?: Fix;
  suggestions?: Fix[];
  /** Other places the finding is about; absent when there are none. */
  related?: RelatedLocation[];
}

export interface LintResult {
  filePath: string;
  /** The language the document is written in (detected, or `lang:` in front matter). */
  lang: Lang;
  /** The language the messages are written in. */
  locale: Lang;
  findings: Finding[];
  /** The rule ids that ran (severity not off), for reports that list passed checks. */
  rulesRun: string[];
  /** How each element stands; absent when the rules never read the plan (unreadable, too slow). */
  readiness?: Readiness;
  /** The plan's sections, when LintOptions.outline asked for them (the editor's outline). */
  outline?: OutlineSection[];
}
