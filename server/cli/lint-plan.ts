/** Lint (or fix) one plan: a file on disk or a text, with its resolved config. */
import type { ResolvedConfig } from "../config/types";
import type { LintResult } from "../engine/finding";
import type { Lang } from "../engine/model";
import { fixText, lintText, ParseCache, type LintOptions } from "../engine/engine";
import { readPlan, unreadableResult } from "./read-plan";
import { INTERNAL_ERROR, internalErrorMessage } from "../engine/messages";

export interface PlanRun {
  config: ResolvedConfig;
  /** `--locale`; undefined lets the config or the document decide. */
  locale?: Lang;
  fix: boolean;
}

export interface Linted {
  result: LintResult;
  /** The text the findings' positions refer to (after fixes); undefined when unreadable. */
  source?: string;
  /** The new text, only when --fix changed something: never rewrite an unchanged file. */
  fixed?: string;
}

export function lintPlanFile(filePath: string, run: PlanRun): Linted {
  const read = readPlan(filePath);
  return read.error === undefined ? lintPlanText(read.text, filePath, run) : lintUnreadable(filePath, read.error, run);
}

export function lintPlanText(text: string, filePath: string, run: PlanRun): Linted {
  const options: LintOptions = { filePath, config: run.config, locale: run.locale };
  if (!run.fix) return { result: lintText(text, options), source: text };
  // Each fix pass re-lints; the cache re-parses only the sections a fix touched.
  const outcome = fixText(text, { ...options, cache: new ParseCache() });
  return { result: outcome.result, source: outcome.output, fixed: outcome.output === text ? undefined : outcome.output };
}

export function lintUnreadable(filePath: string, message: string, run: PlanRun): Linted {
  return { result: unreadableResult(filePath, message, fallbackLocale(run)) };
}

/** Whatever went wrong with one file (writing the fix back, a bug) is that file's finding; the run goes on. */
export function lintFailed(filePath: string, error: unknown, run: PlanRun): Linted {
  const reason = error instanceof Error ? error.message : String(error);
  const locale = fallbackLocale(run);
  return { result: unreadableResult(filePath, internalErrorMessage(locale, reason), locale, INTERNAL_ERROR) };
}

/** The same fallback the engine uses for its own parse errors. */
function fallbackLocale(run: PlanRun): Lang {
  return run.locale ?? (run.config.locale === "auto" ? "en" : run.config.locale);
}
