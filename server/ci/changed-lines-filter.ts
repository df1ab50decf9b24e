/** --changed-lines-only: a changed plan's findings on changed lines, and its document-level ones. */
import type { Finding, LintResult } from "../engine/finding";
import { PARSE_ERROR_META } from "../engine/parse-error-meta";
import { RULES } from "../../rules";
import type { ChangedLines } from "./changes-since";

/** Rules of document scope (RuleMeta.scope): any line can cause or cure their findings. */
const DOCUMENT_RULES: ReadonlySet<string> = new Set(
  [...RULES.map((r) => r.meta), PARSE_ERROR_META].filter((meta) => meta.scope === "document").map((meta) => meta.id),
);

export function isDocumentLevel(finding: Finding): boolean {
  return DOCUMENT_RULES.has(finding.ruleId);
}

export function keepChangedLines(result: LintResult, lines: ChangedLines): LintResult {
  if (lines === "all") return result;
  return { ...result, findings: result.findings.filter((f) => isDocumentLevel(f) || touches(f, lines)) };
}

/** Does the finding's range cover a changed line? A range ending at column 0 stops at the line before. */
function touches(finding: Finding, lines: ReadonlySet<number>): boolean {
  const { start, end } = finding.range;
  const last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
  for (let line = start.line; line <= last; line++) if (lines.has(line)) return true;
  return false;
}
