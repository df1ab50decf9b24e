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

export interface Verdict {
  code: number;
  errors: number;
  warnings: number;
  tooManyWarnings: boolean;
}

export function verdict(results: readonly LintResult[], maxWarnings?: number): Verdict {
  let errors = 0;
  let warnings = 0;
  for (const counts of results.map(resultCounts)) {
    errors += counts.errorCount;
    warnings += counts.warningCount;
  }
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  return { code: errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok, errors, warnings, tooManyWarnings };
}
