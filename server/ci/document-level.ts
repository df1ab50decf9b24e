/**
 * Which findings --changed-lines-only keeps wherever they sit.
 *
 * missing-kpi, missing-exit-clause and undefined-ip-ownership judge the plan as a whole: their
 * finding sits on a heading or the first line, but any line can cause or cure it (deleting the
 * review cadence on line 40 reopens a finding anchored on the KPI heading on line 12). So every
 * finding of theirs counts as document-level, not only the "section missing" ones: a finding
 * on an unchanged line may still be this change's doing. plan-schema validates the front
 * matter as one document, and a parse error makes the whole file unreadable: both also count.
 * Statement-level rules (vague-objective, unfilled-placeholder) flag the very line at fault,
 * so an unchanged line's finding there is old news and is left out.
 */
import type { Finding } from "../engine/finding";
import { PARSE_ERROR } from "../engine/messages";

const DOCUMENT_RULES: ReadonlySet<string> = new Set([
  "missing-kpi",
  "missing-exit-clause",
  "undefined-ip-ownership",
  "plan-schema",
  PARSE_ERROR,
]);

export function isDocumentLevel(finding: Finding): boolean {
  return DOCUMENT_RULES.has(finding.ruleId);
}
