/**
 * A lint or fix job as it crosses to a worker thread: plain data only (structured clone), so
 * the engine on the other side runs exactly as it does in the CLI's own thread.
 */
import type { ResolvedConfig } from "../config/types";
import type { FixOutcome } from "../engine/engine";
import type { LintResult } from "../engine/finding";
import type { Lang } from "../engine/model";

export interface LintJob {
  text: string;
  filePath: string;
  /** Plain data: rule settings, heading synonyms, team templates (their text, not their files). */
  config: ResolvedConfig;
  /** Message language (default: the config's, else the document's). */
  locale?: Lang;
  /** Run every fix (fixText) instead of linting once. */
  fix?: boolean;
  /**
   * A document being edited: the worker keeps its parse cache under this key, so the next
   * job for it re-parses only the chunks that changed (if it lands on the same worker).
   */
  cacheKey?: string;
}

export type JobResult = LintResult | FixOutcome;

/** A job's result and the time the worker spent on it (not counting waiting for the worker). */
export interface Timed<T extends JobResult = JobResult> {
  result: T;
  ms: number;
}
