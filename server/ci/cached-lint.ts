/** Linting one plan file through the --cache: a hit skips the engine, a miss lints and stores. */
import { lintPlanText, lintUnreadable, type Linted, type PlanRun } from "../lint/lint-plan";
import { readPlan } from "../lint/read-plan";
import { cacheKey, type LintCache } from "./lint-cache";
import { todayIso } from "../engine/engine";

export async function lintPlanFileCached(filePath: string, run: PlanRun, cache: LintCache, version: string): Promise<Linted> {
  const read = readPlan(filePath);
  // An unreadable file costs nothing to report again, and its error may be passing (permissions).
  if (read.error !== undefined) return lintUnreadable(filePath, read.error, run);
  const key = cacheKey({ text: read.text, config: run.config, version, locale: run.locale, today: todayIso() });
  const hit = cache.get(filePath, key);
  if (hit) return { result: hit, source: read.text };
  const linted = await lintPlanText(read.text, filePath, run);
  cache.set(filePath, key, linted.result);
  return linted;
}
