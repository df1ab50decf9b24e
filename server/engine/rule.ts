/**
 * What a rule is and what it reports. Rules are pure functions over the plan model; they
 * never know whether the CLI, the language server or a test called them.
 */
import type { Lang, PlanElement, PlanModel, Span } from "./model";
import type { Vocabulary } from "../../rules/vocab";

export type Severity = "error" | "warn";
export type SeveritySetting = Severity | "off";

/**
 * How a severity may be written — in config files, `--rule` and editor settings: `warning`
 * is `warn`, the word `--fail-on` and the reports use.
 */
export const SEVERITY_SPELLINGS = { off: "off", warn: "warn", warning: "warn", error: "error" } as const satisfies Record<
  string,
  SeveritySetting
>;
export type SeverityInput = keyof typeof SEVERITY_SPELLINGS;

/** The severity a spelling means; undefined for anything else. */
export function severitySetting(value: unknown): SeveritySetting | undefined {
  return typeof value === "string" && Object.hasOwn(SEVERITY_SPELLINGS, value) ? SEVERITY_SPELLINGS[value as SeverityInput] : undefined;
}

/** A text in both languages. */
export type Localized = Record<Lang, string>;

/**
 * Where a rule looks. `document`: the plan as a whole — the finding sits on a heading or the
 * first line, but any line can cause or cure it (deleting the review cadence on line 40 reopens
 * a finding anchored on the KPI heading on line 12), so --changed-lines-only keeps every such
 * finding wherever it sits (not only the "section missing" ones: a finding on an unchanged line
 * may still be the change's doing). `statement`: the very line at fault, so a finding on a line the
 * change left alone is old news.
 */
export type RuleScope = "document" | "statement";

const RULE_DOCS_BASE = "https://github.com/alliance-lint/alliance-lint/blob/main/docs/rules/";

/** The rule's page (docs/rules/<id>.md, rendered from its metadata). */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}

export interface RuleMeta {
  id: string;
  description: Localized;
  /** Message templates by message id; `{name}` is replaced from the report's data. */
  messages: Record<string, Localized>;
  defaultSeverity: SeveritySetting;
  /** One of the four headline checks (vague-objective, missing-kpi, …). */
  headline: boolean;
  /** The plan element the rule protects, for the readiness model (a report may name another). */
  element?: PlanElement;
  /**
   * What a finding says of its element in the readiness model, by message id: `missing` (not
   * there, or deferred) or `unfilled` (a template placeholder left); any other message: `weak`.
   */
  states?: Record<string, "missing" | "unfilled">;
  /** Why it matters (hover text): the success and failure factors behind the rule. */
  rationale: Localized;
  examples: { good: Localized; bad: Localized };
  /** Does the rule offer fixes (clause templates, placeholders)? */
  fixable: boolean;
  scope: RuleScope;
  /** What it reports, in one line of English Markdown: the README's rule table. */
  summary: string;
  /** The titles of its fixes, by the clause template each inserts; set exactly when fixable. */
  fixes?: Record<string, Localized>;
  /** What the placeholder that replaces a deferred phrase in its finding asks for (〔要記入：…〕). */
  placeholderHint?: Localized;
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
  /** What the fix does, in the message locale ("Insert an exit clause template"); its edits are in the document's language. */
  title: string;
  edits: TextEdit[];
}

/** The other place a finding is about (a contradiction has two), with what is there. */
export interface RelatedReport {
  span: Span;
  /** `{name}` is replaced from the report's data, as in the finding's own message. */
  message: Localized;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string>;
  span: Span;
  /** Other places the finding points at (LSP relatedInformation, SARIF relatedLocations). */
  related?: RelatedReport[];
  /** The element the finding is about, when not the rule's own `meta.element`. */
  element?: PlanElement;
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
  /** The plan element the template writes (a team template with a built-in's name writes the same). */
  element?: PlanElement;
  /** The file a team template came from. */
  file?: string;
}

export interface TemplateStore {
  /** The template for `name` in `lang` (team first, then built-in), if any. */
  get(name: string, lang: Lang): ClauseTemplate | undefined;
  list(): ClauseTemplate[];
}

export interface RuleContext {
  /** The document's language: inserted templates and placeholders are written in it. */
  lang: Lang;
  /** The messages' language (document language unless --locale, config or editor say otherwise): fix and suggestion titles follow it. */
  locale: Lang;
  templates: TemplateStore;
  /** The words the rules listen for: the built-in vocabularies and the team's additions. */
  vocabulary: Vocabulary;
  /** Today as YYYY-MM-DD (LintOptions.today, else the clock): what "already past" is measured against. */
  today: string;
}

export interface Rule {
  meta: RuleMeta;
  check(model: PlanModel, context: RuleContext): RuleReport[];
}

/** Rule ids are ASCII, so they compare by code unit (localeCompare would load ICU's collator: milliseconds of a one-file run). */
export function compareRuleIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each rule's reports on a model: one lint builds one model, and runs each rule on it with the same context. */
const reportsOf = new WeakMap<PlanModel, Map<Rule, RuleReport[]>>();

/**
 * A rule's reports on the model, computed once per lint: the engine runs every rule through it,
 * and a rule that reads another's verdict (open-decision skips what the headline rules report)
 * gets the same reports without checking the plan again.
 */
export function checkOnce(rule: Rule, model: PlanModel, context: RuleContext): RuleReport[] {
  let byRule = reportsOf.get(model);
  if (!byRule) reportsOf.set(model, (byRule = new Map()));
  let reports = byRule.get(rule);
  if (!reports) byRule.set(rule, (reports = rule.check(model, context)));
  return reports;
}
