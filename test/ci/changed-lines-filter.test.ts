import { expect, test } from "vitest";
import type { Finding, LintResult } from "../../server/engine/finding";
import { isDocumentLevel, keepChangedLines } from "../../server/ci/changed-lines-filter";

function finding(ruleId: string, startLine: number, endLine = startLine, endCharacter = 5): Finding {
  return {
    ruleId,
    messageId: "m",
    severity: "error",
    message: `${ruleId}@${startLine}`,
    span: { start: 0, end: 0 },
    range: { start: { line: startLine, character: 0 }, end: { line: endLine, character: endCharacter } },
  };
}

const result = (findings: Finding[]): LintResult => ({ filePath: "/p.md", lang: "en", locale: "en", findings, rulesRun: [] });
const messages = (r: LintResult) => r.findings.map((f) => f.message);

test("statement-level findings only on changed lines", () => {
  const r = result([finding("vague-objective", 3), finding("vague-objective", 8), finding("unfilled-placeholder", 12)]);
  expect(messages(keepChangedLines(r, new Set([8, 12])))).toEqual(["vague-objective@8", "unfilled-placeholder@12"]);
});

test("a multi-line finding counts when any of its lines changed; a range ending at column 0 stops the line before", () => {
  const r = result([finding("vague-objective", 3, 5), finding("vague-objective", 10, 11, 0)]);
  expect(messages(keepChangedLines(r, new Set([4, 11])))).toEqual(["vague-objective@3"]);
});

test("document-level findings stay wherever they sit", () => {
  const r = result([
    finding("missing-kpi", 0),
    finding("missing-exit-clause", 40),
    finding("undefined-ip-ownership", 2),
    finding("plan-schema", 1),
    finding("parse-error", 0),
    finding("vague-objective", 0),
  ]);
  expect(messages(keepChangedLines(r, new Set([99])))).toEqual([
    "missing-kpi@0",
    "missing-exit-clause@40",
    "undefined-ip-ownership@2",
    "plan-schema@1",
    "parse-error@0",
  ]);
});

test("a file git does not track yet is new: everything in it is changed", () => {
  const r = result([finding("vague-objective", 3)]);
  expect(keepChangedLines(r, "all")).toBe(r);
});

test("which rules are document-level", () => {
  expect(
    ["missing-kpi", "missing-exit-clause", "undefined-ip-ownership", "plan-schema", "parse-error"].every((id) =>
      isDocumentLevel(finding(id, 0)),
    ),
  ).toBe(true);
  expect(["vague-objective", "unfilled-placeholder"].some((id) => isDocumentLevel(finding(id, 0)))).toBe(false);
});
