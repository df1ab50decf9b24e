/**
 * A lint or fix job as it crosses to a worker thread: plain data only (structured clone), so
 * the engine on the other side runs exactly as it does in the CLI's own thread.
 */
import type { FixOutcome } from "../engine/engine";
import type { EngineConfig } from "../engine/engine-config";
import type { LintResult } from "../engine/finding";
import type { Lang } from "../engine/model";
import type { MessagePort } from "node:worker_threads";

export interface LintJob {
  text: string;
  filePath: string;
  /** Plain data: rule settings, heading synonyms, team templates (their text, not their files). */
  config: EngineConfig;
  /** Message language (default: the config's, else the document's). */
  locale?: Lang;
  /** Also return the plan's sections (the editor's outline). */
  outline?: boolean;
  /** Run every fix (fixText) instead of linting once. */
  fix?: boolean;
  /**
   * A document being edited: the worker keeps its parse cache under this key, so the next
   * job for it re-parses only the chunks that changed (if it lands on the same worker).
   */
  cacheKey?: string;
}

export type JobResult = LintResult | FixOutcome;

/**
 * What the pool posts to a worker: the job, and a port on which the worker says it has
 * started it. The budget counts from then: not the time a new worker takes to load.
 */
export interface Envelope {
  job: LintJob;
  started: MessagePort;
}

/** Set by the pool for all its workers. */
export interface WorkerOptions {
  /**
   * A long-lived process (a language server): lint a sample while starting, so that the first
   * job runs at full speed, and remember text judgments across lints (rules/vocab/text-memo.ts).
   */
  longLived?: boolean;
}

/** A job's result and the time the worker spent on it (not counting waiting for the worker). */
export interface Timed<T extends JobResult = JobResult> {
  result: T;
  ms: number;
}
