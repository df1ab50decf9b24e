/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * diff. `::error file=…,line=…::message`; GitHub's escaping rules are in workflow-command.ts.
 */
import type { Finding } from "../engine/finding";
import type { Formatter } from "./types";
import { relativePath } from "./relative-path";
import { escapeData, escapeProperty } from "./workflow-command";

export const github: Formatter = (results, context) =>
  results
    .flatMap((result) => result.findings.map((finding) => annotation(finding, relativePath(result.filePath, context.cwd))))
    .map((line) => `${line}\n`)
    .join("");

function annotation(finding: Finding, file: string): string {
  const { start, end } = finding.range;
  // 1-based, end column exclusive, as stylish and SARIF print them.
  const properties: [string, string | number][] = [
    ["file", file],
    ["line", start.line + 1],
    ["col", start.character + 1],
    ["endLine", end.line + 1],
    ["endColumn", end.character + 1],
    ["title", `alliance-lint (${finding.ruleId})`],
  ];
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${finding.severity === "error" ? "error" : "warning"} ${list}::${escapeData(finding.message)}`;
}
