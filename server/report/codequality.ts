/**
 * GitLab Code Quality report (a subset of Code Climate's format): GitLab shows these in the
 * merge request widget and the diff. Fingerprints are the SARIF ones, so they survive edits
 * above a finding and GitLab tells new findings from old.
 */
import type { Finding } from "../engine/finding";
import type { Formatter } from "./types";
import { relativePath } from "./relative-path";
import { fingerprints } from "./fingerprint";

interface CodeQualityIssue {
  type: "issue";
  check_name: string;
  description: string;
  categories: string[];
  severity: "major" | "minor";
  fingerprint: string;
  location: { path: string; positions: { begin: LineColumn; end: LineColumn } };
}

interface LineColumn {
  line: number;
  column: number;
}

export const codequality: Formatter = (results, context) => {
  const issues = results.flatMap((result) => {
    const file = relativePath(result.filePath, context.cwd);
    const prints = fingerprints(result, file, context.sources?.get(result.filePath));
    return result.findings.map((finding, i) => issue(finding, file, prints[i]));
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};

function issue(finding: Finding, file: string, fingerprint: string): CodeQualityIssue {
  const { start, end } = finding.range;
  return {
    type: "issue",
    check_name: finding.ruleId,
    description: finding.message,
    categories: ["Clarity"],
    // GitLab orders info < minor < major < critical < blocker; errors block, warnings do not.
    severity: finding.severity === "error" ? "major" : "minor",
    fingerprint,
    location: {
      path: file,
      positions: { begin: { line: start.line + 1, column: start.character + 1 }, end: { line: end.line + 1, column: end.character + 1 } },
    },
  };
}
