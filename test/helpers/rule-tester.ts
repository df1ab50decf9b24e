/**
 * Per-rule `valid` / `invalid` tables, textlint-tester style: each valid text yields no finding
 * of the rule; each invalid text yields exactly the listed findings, in order, each compared by
 * rule id, message id and 0-based range, and optionally by severity and message text.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "../../server/config/types";
import type { Finding } from "../../server/engine/finding";
import { brief, lint, only } from "./lint";

export interface ExpectedError {
  messageId: string;
  /** [startLine, startCharacter, endLine, endCharacter], 0-based. */
  range: [number, number, number, number];
  severity?: Finding["severity"];
  /** The whole message. */
  message?: string | RegExp;
  /** Fragments the message holds, and fragments it must not. */
  contains?: string[];
  excludes?: string[];
}

export interface ValidCase {
  name: string;
  text: string;
  /** `plan.alliance.md` unless given. */
  filePath?: string;
  config?: Partial<ResolvedConfig>;
  /** The day the case is linted on (LintOptions.today): findings never depend on when a test runs. */
  today?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function checkMessage(finding: Finding, error: ExpectedError): void {
  if (error.severity) expect(finding.severity).toBe(error.severity);
  if (typeof error.message === "string") expect(finding.message).toBe(error.message);
  else if (error.message) expect(finding.message).toMatch(error.message);
  for (const fragment of error.contains ?? []) expect(finding.message).toContain(fragment);
  for (const fragment of error.excludes ?? []) expect(finding.message).not.toContain(fragment);
}

/** The day every case is linted on unless it says otherwise. */
const TODAY = "2026-06-01";

/** Cases as [name, case] rows, so test titles show the whole name. */
const named = <T extends ValidCase>(cases: T[]) => cases.map((c) => [c.name, c] as const);

/** One `describe` per rule and language (or file kind): `ruleId (title)`. */
export function testRule(ruleId: string, title: string, { valid, invalid }: RuleTable): void {
  const findings = (c: ValidCase) => only(lint(c.text, c.filePath, c.config, { today: c.today ?? TODAY }), ruleId);
  describe(`${ruleId} (${title})`, () => {
    if (valid.length) it.each(named(valid))("valid: %s", (_name, c) => expect(findings(c)).toEqual([]));
    if (invalid.length)
      it.each(named(invalid))("invalid: %s", (_name, c) => {
        const found = findings(c);
        expect(found.map(brief)).toEqual(c.errors.map(({ messageId, range }) => ({ ruleId, messageId, range })));
        c.errors.forEach((error, i) => checkMessage(found[i], error));
      });
  });
}

/** The table with the rule turned on (warn) in every case, beside a case's own settings: for a rule that ships off. */
export function turnedOn(ruleId: string, { valid, invalid }: RuleTable): RuleTable {
  const on = <T extends RuleTable["valid"][number]>(c: T): T => ({
    ...c,
    config: { ...c.config, rules: { [ruleId]: { severity: "warn" as const, options: {} }, ...c.config?.rules } },
  });
  return { valid: valid.map(on), invalid: invalid.map(on) };
}

/** A bundled fixture's findings of one rule, turned on (warn), reduced by brief(): for a rule that ships off. */
export function fixtureFindings(ruleId: string, file: string): ReturnType<typeof brief>[] {
  const text = readFileSync(resolve(__dirname, "../../fixtures", file), "utf8");
  return only(lint(text, file, { rules: { [ruleId]: { severity: "warn", options: {} } } }), ruleId).map(brief);
}
