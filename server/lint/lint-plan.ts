/** Lint (or fix) one plan: a file on disk or a text, with its resolved config. */
import type { ResolvedConfig } from "../config/types";
import type { FixOutcome } from "../engine/engine";
import type { LintResult } from "../engine/finding";
import type { Lang } from "../engine/model";
import { runJob } from "../worker/handler";
import type { LintJob } from "../worker/job";
import type { LintPool } from "../worker/pool";
import { readPlan, unreadableResult } from "./read-plan";
import { INTERNAL_ERROR, internalErrorMessage } from "../engine/messages";

export interface PlanRun {
  config: ResolvedConfig;
  /** `--locale`; undefined lets the config or the document decide. */
  locale?: Lang;
  fix: boolean;
  /** Worker threads, each file within the time budget; without, the file is linted in this thread. */
  pool?: LintPool;
}

export interface Linted {
  result: LintResult;
  /** The text the findings' positions refer to (after fixes); undefined when unreadable. */
  source?: string;
  /** The new text, only when --fix changed something: never rewrite an unchanged file. */
  fixed?: string;
}

export function lintPlanFile(filePath: string, run: PlanRun): Promise<Linted> {
  const read = readPlan(filePath);
  return read.error === undefined ? lintPlanText(read.text, filePath, run) : Promise.resolve(lintUnreadable(filePath, read.error, run));
}

export async function lintPlanText(text: string, filePath: string, run: PlanRun): Promise<Linted> {
  const job: LintJob = { text, filePath, config: run.config, locale: run.locale, fix: run.fix };
  const done = run.pool ? (await run.pool.run(job)).result : runJob(job);
  if (!run.fix) return { result: done as LintResult, source: text };
  const outcome = done as FixOutcome;
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
