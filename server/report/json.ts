/**
 * ESLint's `json` format, field for field, so tools that read ESLint reports (editors, CI
 * annotators, dashboards) read ours: 1-based lines and columns in UTF-16 units, end column
 * exclusive, severity 1 (warn) or 2 (error), the message id, the fix and the suggestions; and
 * per file the engine's `readiness` (ESLint readers ignore a field they do not know).
 */
import type { Finding, LintResult, Range } from "../engine/finding";
import type { Fix } from "../engine/rule";
import type { Formatter } from "./types";
import type { Readiness } from "../engine/readiness";
import { resultReadiness } from "../engine/readiness";

export interface EslintFix {
  /** Offsets into the text without its BOM, as ESLint's. */
  range: [number, number];
  text: string;
}

/** A quick fix offered in the editor, never applied by --fix. */
export interface EslintSuggestion {
  desc: string;
  fix: EslintFix;
}

/** Another place the finding is about (ours: ESLint has none), 1-based like the message's own. */
export interface EslintRelated {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  messageId: string;
  endLine: number;
  endColumn: number;
  fix?: EslintFix;
  suggestions?: EslintSuggestion[];
  related?: EslintRelated[];
}

export interface ResultCounts {
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export interface EslintResult extends ResultCounts {
  filePath: string;
  messages: EslintMessage[];
  readiness: Readiness;
  source?: string;
}

export const json: Formatter = (results, context) =>
  `${JSON.stringify(results.map((r) => eslintResult(r, context.sources?.get(r.filePath))))}\n`;

/** Does `--fix` change something for this finding? */
export function isFixable(finding: Finding): boolean {
  return (finding.fix?.edits.length ?? 0) > 0;
}

/** ESLint's per-file counts; stylish and the exit code count the same way. */
export function resultCounts(result: LintResult): ResultCounts {
  const counts: ResultCounts = { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const finding of result.findings) {
    const error = finding.severity === "error";
    counts[error ? "errorCount" : "warningCount"]++;
    if (isFixable(finding)) counts[error ? "fixableErrorCount" : "fixableWarningCount"]++;
  }
  return counts;
}

function eslintResult(result: LintResult, source: string | undefined): EslintResult {
  const out: EslintResult = {
    filePath: result.filePath,
    messages: result.findings.map(eslintMessage),
    ...resultCounts(result),
    readiness: resultReadiness(result),
  };
  // ESLint includes the source only for files with problems.
  if (source !== undefined && result.findings.length > 0) out.source = source;
  return out;
}

/** ESLint's positions: 1-based lines and columns, end column exclusive. */
function position({ start, end }: Range): Pick<EslintMessage, "line" | "column" | "endLine" | "endColumn"> {
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function eslintMessage(finding: Finding): EslintMessage {
  const { line, column, endLine, endColumn } = position(finding.range);
  const message: EslintMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity === "error" ? 2 : 1,
    message: finding.message,
    line,
    column,
    messageId: finding.messageId,
    endLine,
    endColumn,
  };
  const fix = finding.fix && eslintFix(finding.fix);
  if (fix) message.fix = fix;
  const suggestions = (finding.suggestions ?? []).flatMap((s) => {
    const suggested = eslintFix(s);
    return suggested ? [{ desc: s.title, fix: suggested }] : [];
  });
  if (suggestions.length) message.suggestions = suggestions;
  if (finding.related) message.related = finding.related.map((r) => ({ message: r.message, ...position(r.range) }));
  return message;
}

/** ESLint's fix is one replacement; a fix of several edits has no faithful form. */
function eslintFix(fix: Fix): EslintFix | undefined {
  const [edit, ...more] = fix.edits;
  return edit && !more.length ? { range: [edit.span.start, edit.span.end], text: edit.newText } : undefined;
}
