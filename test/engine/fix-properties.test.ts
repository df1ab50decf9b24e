/**
 * Properties of fixText over generated plans (both languages, headings in several styles,
 * front matter, CRLF, BOM, emoji): nothing of the original is lost, fixing twice gives what
 * fixing once gave, the fixed file parses, and it has no more headline findings than before.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { RULES } from "../../rules";
import type { Finding } from "../../server/engine/finding";
import { PARSE_ERROR } from "../../server/engine/messages";
import { fix, lint } from "../helpers/lint";
import { planText } from "../helpers/plan-arbitrary";

const HEADLINE = new Set(RULES.filter((r) => r.meta.headline).map((r) => r.meta.id));
/** Each plan costs a few lints: enough runs to mix every part, few enough to stay fast. */
const RUNS = { numRuns: 30 };

/** Is `a` a subsequence of `b` (nothing of `a` removed or reordered)? */
function isSubsequence(a: string, b: string): boolean {
  let i = 0;
  for (let j = 0; j < b.length && i < a.length; j++) if (a[i] === b[j]) i++;
  return i === a.length;
}

const isParseError = (f: Finding) => f.ruleId === PARSE_ERROR;
const headlineCount = (findings: Finding[]) => findings.filter((f) => HEADLINE.has(f.ruleId)).length;

describe("fixText over generated plans", () => {
  test.prop([planText], RUNS)("the original is a subsequence of the fixed text", (plan) => {
    expect(isSubsequence(plan, fix(plan).output)).toBe(true);
  });

  test.prop([planText], RUNS)("fixing twice equals fixing once", (plan) => {
    const once = fix(plan).output;
    expect(fix(once).output).toBe(once);
  });

  test.prop([planText], RUNS)("a plan that parses still parses when fixed, with no more headline findings", (plan) => {
    const before = lint(plan);
    const { result } = fix(plan);
    // A `---` first line closed by a setext underline further down is front matter that is not YAML.
    if (!before.some(isParseError)) expect(result.findings.filter(isParseError)).toEqual([]);
    expect(headlineCount(result.findings)).toBeLessThanOrEqual(headlineCount(before));
  });
});

test("the generator covers both languages, CRLF, BOM, front matter and surrogate pairs", () => {
  const samples = fc.sample(planText, { numRuns: 200, seed: 7 });
  for (const probe of [/[\u3040-\u30ff]/, /\r\n/, /^\uFEFF/, /^\uFEFF?---\r?\n/, /[\uD800-\uDBFF][\uDC00-\uDFFF]/, /\?/, /？/]) {
    expect(samples.some((s) => probe.test(s))).toBe(true);
  }
  expect(samples.some((s) => !/[\u3040-\u30ff]/.test(s))).toBe(true);
});
