/**
 * The engine: text → plan model → rules → findings. The CLI, the language server and the
 * tests all call lintText / fixText; nothing here knows which of them did.
 */
import type { EngineConfig } from "./engine-config";
import type { Lang, PlanModel, Span } from "./model";
import type { Finding, LintResult } from "./finding";
import { checkOnce, compareRuleIds, type Rule, type RuleContext, type RuleReport, type Severity } from "./rule";
import { buildModel, PlanParseError, stripBom } from "./build-model";
import { isSuppressed } from "./directives";
import { LineIndex } from "./line-index";
import { ParseCache } from "./parse-cache";
import { outlineOf } from "./outline";
import { formatMessage, INTERNAL_ERROR, internalErrorMessage, PARSE_ERROR, ruleCrashMessage } from "./messages";
import { applyEdits, chooseFixes, isApplied } from "./apply-fixes";
import { FixHistory } from "./fix-history";
import { templateStore } from "./templates";
import { planReadiness } from "./readiness";
import { requiredElements, ruleSetting } from "./required-elements";
import { RULES } from "../../rules";
import { vocabularyFor, type Vocabulary } from "../../rules/vocab";
import { beginLint } from "../../rules/vocab/text-memo";

export { ParseCache };
/** A long-lived process turns on remembering text judgments across lints (rules/vocab/text-memo.ts). */
export { rememberTexts } from "../../rules/vocab/text-memo";

export interface LintOptions {
  filePath: string;
  config: EngineConfig;
  /** Message language; default: config locale, else the document's language. */
  locale?: Lang;
  cache?: ParseCache;
  /** Rules to run (default: every registered rule). Tests pass their own. */
  rules?: readonly Rule[];
  /** Also return the plan's sections (LintResult.outline). */
  outline?: boolean;
  /** Today as YYYY-MM-DD; default: the clock's date (UTC). Tests pass one, so no finding depends on when they run. */
  today?: string;
}

/** Never throws: a document that cannot be read, or a bug outside the rules, is the file's one finding. */
export function lintText(text: string, options: LintOptions): LintResult {
  beginLint();
  try {
    const vocabulary = vocabularyFor(options.config.vocabulary);
    const model = buildModel(text, { filePath: options.filePath, vocabulary, cache: options.cache });
    const result = runRules(model, vocabulary, options);
    if (options.outline) result.outline = outlineOf(model);
    return result;
  } catch (error) {
    return error instanceof PlanParseError ? parseErrorResult(text, options, error) : internalErrorResult(text, options, error);
  }
}

function runRules(model: PlanModel, vocabulary: Vocabulary, options: LintOptions): LintResult {
  const locale = messageLocale(options, model.lang);
  const findings: Finding[] = [];
  const rulesRun: Rule[] = [];
  const required = requiredElements(options.config, model.data);
  const today = options.today ?? todayIso();
  for (const rule of options.rules ?? RULES) {
    const setting = ruleSetting(rule.meta, options.config, required);
    if (setting.severity === "off") continue;
    rulesRun.push(rule);
    const context: RuleContext = { lang: model.lang, locale, templates: templateStore(options.config.templates), vocabulary, today };
    for (const report of runRule(rule, model, context)) {
      const finding = toFinding(rule, report, setting.severity, locale, model);
      if (!isSuppressed(model.directives, rule.meta.id, finding.range.start.line)) findings.push(finding);
    }
  }
  for (const problem of model.problems ?? []) findings.push(errorFinding(PARSE_ERROR, problem.message, problem.span, model.lines));
  findings.sort((a, b) => a.span.start - b.span.start || compareRuleIds(a.ruleId, b.ruleId));
  const metas = rulesRun.map((r) => r.meta);
  const readiness = planReadiness(model, findings, metas, locale, options.filePath, required);
  return { filePath: options.filePath, lang: model.lang, locale, findings, rulesRun: metas.map((m) => m.id), readiness };
}

/** The clock's date, YYYY-MM-DD (UTC): the one place the engine reads the time. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface FixOutcome {
  output: string;
  /** How many fixes were applied. */
  fixed: number;
  /** Findings of the fixed text. */
  result: LintResult;
}

/** Passes before fixText stops, whatever is left: a backstop, as each finding is fixed at most once. */
const MAX_FIX_PASSES = 10;

/**
 * Apply every fix, re-linting until nothing more applies (fixes may enable each other). A
 * finding whose fix did not make it disappear keeps its place in the result and is never
 * fixed again: not in this run (FixHistory) and not in the next (lintText drops a fix that
 * is already in the text), so fixing twice gives what fixing once gave.
 */
export function fixText(text: string, options: LintOptions): FixOutcome {
  // Spans are offsets into the text without its BOM; the BOM goes back on at the end.
  const { text: body, hadBom } = stripBom(text);
  const history = new FixHistory();
  let output = body;
  let fixed = 0;
  let result = lintText(output, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = chooseFixes(result.findings.filter((f) => !history.has(f)));
    if (chosen.length === 0) break;
    const edits = chosen.flatMap((f) => f.fix.edits);
    output = applyEdits(output, edits);
    history.record(chosen, edits);
    fixed += chosen.length;
    result = lintText(output, options);
  }
  return { output: (hadBom ? "\uFEFF" : "") + output, fixed, result };
}

/** A crash in one rule becomes one finding naming it; the other rules still run. */
function runRule(rule: Rule, model: PlanModel, context: RuleContext): RuleReport[] {
  try {
    return checkOnce(rule, model, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ messageId: "crash", data: { reason }, span: { start: 0, end: 0 } }];
  }
}

function toFinding(rule: Rule, report: RuleReport, severity: Severity, locale: Lang, model: PlanModel): Finding {
  const { lines } = model;
  const template = rule.meta.messages[report.messageId];
  const message = template ? formatMessage(template[locale], report.data) : ruleCrashMessage(rule.meta.id, locale, report.data?.reason);
  const finding: Finding = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity: template ? severity : "error",
    message,
    span: report.span,
    range: { start: lines.positionAt(report.span.start), end: lines.positionAt(report.span.end) },
  };
  const element = report.element ?? rule.meta.element;
  if (element) finding.element = element;
  const anchor = absentAnchor(rule, report, model);
  if (anchor !== undefined) finding.anchor = { start: anchor, end: anchor };
  // A fix already in the text is no fix: --fix, a quick fix or "fix all" would only repeat it.
  if (report.fix && !isApplied(model.text, report.fix)) finding.fix = report.fix;
  if (report.suggestions?.length) finding.suggestions = report.suggestions;
  if (report.related?.length)
    finding.related = report.related.map(({ span, message }) => ({
      span,
      range: { start: lines.positionAt(span.start), end: lines.positionAt(span.end) },
      message: formatMessage(message[locale], report.data),
    }));
  return finding;
}

/**
 * A finding about an element no section names (a missing exit clause, anchored on the title
 * for the reports): the editor marks where its template would go, else the first line.
 */
function absentAnchor(rule: Rule, report: RuleReport, model: PlanModel): number | undefined {
  const element = report.element ?? rule.meta.element;
  if (!element || rule.meta.states?.[report.messageId] !== "missing") return undefined;
  if (model.sections.some((s) => s.elements.includes(element))) return undefined;
  return report.fix?.edits[0]?.span.start ?? 0;
}

function messageLocale(options: LintOptions, docLang: Lang): Lang {
  if (options.locale) return options.locale;
  return options.config.locale === "auto" ? docLang : options.config.locale;
}

function parseErrorResult(text: string, options: LintOptions, error: PlanParseError): LintResult {
  return fileLevelResult(text, options, { ruleId: PARSE_ERROR, message: () => error.message, span: error.span });
}

/** A bug outside the rules must not stop the run for the other files: it is this file's finding. */
function internalErrorResult(text: string, options: LintOptions, error: unknown): LintResult {
  const reason = error instanceof Error ? error.message : String(error);
  return fileLevelResult(text, options, {
    ruleId: INTERNAL_ERROR,
    message: (locale) => internalErrorMessage(locale, reason),
    span: { start: 0, end: 0 },
  });
}

interface FileLevel {
  ruleId: string;
  message: (locale: Lang) => string;
  span: Span;
}

function fileLevelResult(text: string, options: LintOptions, what: FileLevel): LintResult {
  const lines = new LineIndex(stripBom(text).text);
  const locale = options.locale ?? (options.config.locale === "auto" ? "en" : options.config.locale);
  const finding = errorFinding(what.ruleId, what.message(locale), what.span, lines);
  return { filePath: options.filePath, lang: locale, locale, findings: [finding], rulesRun: [] };
}

/** A finding from the engine itself (parse-error, internal-error): no rule, always an error. */
function errorFinding(ruleId: string, message: string, span: Span, lines: LineIndex): Finding {
  return {
    ruleId,
    messageId: ruleId,
    severity: "error",
    message,
    span,
    range: { start: lines.positionAt(span.start), end: lines.positionAt(span.end) },
  };
}
