/**
 * What a rule is and what it reports. Rules are pure functions over the plan model; they
 * never know whether the CLI, the language server or a test called them.
 */
import type { Lang, PlanElement, PlanModel, Span } from "./model";

export type Severity = "error" | "warn";
export type SeveritySetting = Severity | "off";

/** A text in both languages. */
export type Localized = Record<Lang, string>;

export interface RuleMeta {
  id: string;
  description: Localized;
  /** Message templates by message id; `{name}` is replaced from the report's data. */
  messages: Record<string, Localized>;
  defaultSeverity: SeveritySetting;
  /** One of the four headline checks (vague-objective, missing-kpi, …). */
  headline: boolean;
  /** The plan element the rule protects, for the reviewer's scorecard. */
  element?: PlanElement;
  /** Why it matters (hover text): the success and failure factors behind the rule. */
  rationale: Localized;
  examples: { good: Localized; bad: Localized };
  /** Does the rule offer fixes (clause templates, placeholders)? */
  fixable: boolean;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

/**
 * A fix. The engine applies it at most once per finding and never offers it again once its
 * text is in the document: an insertion of lines counts as there wherever those lines are,
 * an insertion within a line only right at its point. So lines inserted at several places
 * need a text of their own at each.
 */
export interface Fix {
  /** What the fix does, in the document's language ("Insert an exit clause template"). */
  title: string;
  edits: TextEdit[];
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string>;
  span: Span;
  /** The fix `--fix` and "fix all" apply. */
  fix?: Fix;
  /** Further quick fixes offered in the editor only (never applied by --fix). */
  suggestions?: Fix[];
}

/** A clause template, built-in or the team's. */
export interface ClauseTemplate {
  /** Template name, e.g. "exit-clause"; a team template with the same name replaces the built-in. */
  name: string;
  lang: Lang;
  /** Markdown text; placeholders are 〔…〕 (ja) or [ … ] (en). */
  body: string;
  source: "built-in" | "team";
  /** The file a team template came from. */
  file?: string;
}

export interface TemplateStore {
  /** The template for `name` in `lang` (team first, then built-in), if any. */
  get(name: string, lang: Lang): ClauseTemplate | undefined;
  list(): ClauseTemplate[];
}

export interface RuleContext {
  /** The language findings and inserted templates are written in. */
  lang: Lang;
  templates: TemplateStore;
}

export interface Rule {
  meta: RuleMeta;
  check(model: PlanModel, context: RuleContext): RuleReport[];
}
