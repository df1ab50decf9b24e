/** The one place findings become an exit code. A new failure condition (a CI flag) goes here. */
import type { LintResult } from "../engine/finding";
import { resultCounts } from "../report/json";

export const EXIT = {
  /** No errors, and warnings within --max-warnings. */
  ok: 0,
  /** Errors, or more warnings than --max-warnings allows. */
  problems: 1,
  /** Bad command line, bad config, no matching files, or a crash. */
  usage: 2,
} as const;

/**
 * `--fail-on`: error (the default) fails on errors, or on more warnings than --max-warnings;
 * warning fails on any finding; never reports findings without failing (a usage or config
 * error still exits 2).
 */
export const FAIL_ON = ["error", "warning", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface Verdict {
  code: number;
  errors: number;
  warnings: number;
  tooManyWarnings: boolean;
}

export function verdict(results: readonly LintResult[], maxWarnings?: number, failOn: FailOn = "error"): Verdict {
  let errors = 0;
  let warnings = 0;
  for (const counts of results.map(resultCounts)) {
    errors += counts.errorCount;
    warnings += counts.warningCount;
  }
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  const fails = { error: errors > 0 || tooManyWarnings, warning: errors + warnings > 0, never: false }[failOn];
  return { code: fails ? EXIT.problems : EXIT.ok, errors, warnings, tooManyWarnings };
}
