import { expect, test } from "vitest";
import { codequality } from "../../server/report/codequality";
import { GOLDEN_PLANS, lintPlans, lintTexts, reportContext } from "./report-fixtures";
import { finding, result } from "./synthetic-results";

interface Issue {
  type: string;
  check_name: string;
  description: string;
  severity: string;
  fingerprint: string;
  location: { path: string; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } };
}

const issues = (text: string): Issue[] => JSON.parse(text);

test("one issue per finding, with GitLab's required fields", () => {
  const { results, context } = lintPlans(GOLDEN_PLANS.ja, "ja");
  const list = issues(codequality(results, context));
  const findings = results.flatMap((r) => r.findings.map((f) => ({ f, path: r.filePath.replace("/checkout/", "") })));
  expect(list).toHaveLength(findings.length);
  list.forEach((issue, i) => {
    expect(issue.type).toBe("issue");
    expect(issue.check_name).toBe(findings[i].f.ruleId);
    expect(issue.description).toBe(findings[i].f.message);
    expect(issue.location.path).toBe(findings[i].path);
    expect(issue.location.positions.begin.line).toBe(findings[i].f.range.start.line + 1);
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
  expect(new Set(list.map((i) => i.fingerprint)).size).toBe(list.length);
});

test("errors are major, warnings minor", () => {
  const findings = [finding("missing-kpi", "e", 0), finding("unfilled-placeholder", "w", 1, "warn")];
  expect(issues(codequality([result("p.alliance.md", findings)], reportContext("en"))).map((i) => i.severity)).toEqual(["major", "minor"]);
});

test("fingerprints survive lines added above", () => {
  const plan = "# Plan\n\n## Objectives\n\n- Explore synergies together.\n";
  const prints = (text: string) => {
    const { results, context } = lintTexts({ "p.alliance.md": text });
    return issues(codequality(results, context)).map((i) => i.fingerprint);
  };
  expect(prints(plan.replace("# Plan\n", "# Plan\n\nIntro.\n"))).toEqual(prints(plan));
});

test("no findings: an empty array", () => {
  expect(codequality([], reportContext("en"))).toBe("[]\n");
});
