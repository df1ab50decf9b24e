/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines): one
 * testsuite per plan, one testcase per rule that ran on it. A rule with findings fails its
 * testcase; a plan that cannot be read gets a `parse-error` testcase with an <error>.
 */
import type { Finding, LintResult } from "../engine/finding";
import { PARSE_ERROR } from "../engine/messages";
import type { Formatter } from "./types";
import { relativePath } from "./relative-path";
import { escapeAttribute as attr, escapeText as text } from "./xml-escape";

interface TestCase {
  name: string;
  findings: Finding[];
}

export const junit: Formatter = (results, context) => {
  const suites = results.map((result) => ({ file: relativePath(result.filePath, context.cwd), cases: testCases(result) }));
  const count = (pick: (c: TestCase) => boolean) => suites.reduce((n, s) => n + s.cases.filter(pick).length, 0);
  const totals = `tests="${count(() => true)}" failures="${count(isFailure)}" errors="${count(isError)}"`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="alliance-lint" ${totals}>`,
    ...suites.flatMap(({ file, cases }) => testSuite(file, cases)),
    `</testsuites>`,
    "",
  ].join("\n");
};

/** The rules that ran, then any other rule with findings (parse-error), so no finding is dropped. */
function testCases(result: LintResult): TestCase[] {
  const ruleIds = new Set([...result.rulesRun, ...result.findings.map((f) => f.ruleId)]);
  return [...ruleIds].map((name) => ({ name, findings: result.findings.filter((f) => f.ruleId === name) }));
}

const isError = (c: TestCase) => c.name === PARSE_ERROR;
const isFailure = (c: TestCase) => c.findings.length > 0 && !isError(c);

function testSuite(file: string, cases: TestCase[]): string[] {
  const counts = `tests="${cases.length}" failures="${cases.filter(isFailure).length}" errors="${cases.filter(isError).length}" skipped="0"`;
  return [`  <testsuite name="${attr(file)}" ${counts}>`, ...cases.map((c) => testCase(file, c)), `  </testsuite>`];
}

function testCase(file: string, c: TestCase): string {
  // `file` lets GitLab link a failed testcase to the plan.
  const open = `    <testcase classname="${attr(file)}" name="${attr(c.name)}" file="${attr(file)}"`;
  if (c.findings.length === 0) return `${open}/>`;
  const tag = isError(c) ? "error" : "failure";
  const worst = c.findings.some((f) => f.severity === "error") ? "error" : "warning";
  const body = c.findings
    .map(
      (f) =>
        `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity === "error" ? "error" : "warning"}: ${f.message}`,
    )
    .join("\n");
  // The first message, and how many more: language-neutral, whatever the locale.
  const summary = c.findings[0].message + (c.findings.length > 1 ? ` (+${c.findings.length - 1})` : "");
  return `${open}>\n      <${tag} type="${worst}" message="${attr(summary)}">${text(body)}</${tag}>\n    </testcase>`;
}
