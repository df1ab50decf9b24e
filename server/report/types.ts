/** What every output format receives: the same findings, whatever prints them. */
import type { Lang } from "../engine/model";
import type { LintResult } from "../engine/finding";
import type { RuleMeta } from "../engine/rule";

export interface ReportContext {
  /** Directory file paths are shown relative to (and SARIF's %SRCROOT%). */
  cwd: string;
  /** Language for headings and rule texts; messages already carry their own locale. */
  locale: Lang;
  rules: readonly RuleMeta[];
  version: string;
  /** Colour escapes allowed (stylish only; TTY and no NO_COLOR). */
  color: boolean;
  /** Source text by file path, when a format needs it (ESLint json `source`, fix ranges). */
  sources?: ReadonlyMap<string, string>;
}

/** A pure function of the findings: no I/O, no clock, no environment. */
export type Formatter = (results: readonly LintResult[], context: ReportContext) => string;
