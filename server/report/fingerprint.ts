/**
 * Stable identities for findings, for code scanning (SARIF partialFingerprints) and GitLab
 * (codequality fingerprint). A finding keeps its identity when lines are added above it: the
 * hash covers the rule, the file and the flagged line's text, never the line number.
 */
import { createHash } from "node:crypto";
import type { Finding, LintResult } from "../engine/finding";

/** One fingerprint per finding of `result`, in order. */
export function fingerprints(result: LintResult, relativePath: string, source: string | undefined): string[] {
  const lines = source?.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const seen = new Map<string, number>();
  return result.findings.map((finding) => {
    const identity = `${finding.ruleId}\0${relativePath}\0${flaggedText(finding, lines)}`;
    // Two findings of one rule on identical lines stay distinct by their order in the file.
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return createHash("sha256").update(`${identity}\0${occurrence}`).digest("hex");
  });
}

/** The flagged line with whitespace normalised; without the source, the message stands in. */
function flaggedText(finding: Finding, lines: string[] | undefined): string {
  const line = lines?.[finding.range.start.line] ?? finding.message;
  return line.trim().replace(/\s+/g, " ");
}
