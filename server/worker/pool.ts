/**
 * Lint and fix jobs on worker threads (tinypool). Each job has a time budget, counted from
 * the moment its worker starts it: a job still running when it is spent has its worker
 * terminated (tinypool starts another when needed) and is answered with one too-slow finding,
 * so no file can hold up a run. Aborting a job's
 * signal terminates its worker too, and the job rejects. The engine does not know it runs
 * in a worker: a job is lintText's or fixText's arguments as plain data.
 */
import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import Tinypool from "tinypool";
import type { FixOutcome } from "../engine/engine";
import type { LintResult } from "../engine/finding";
import type { Envelope, LintJob, Timed, WorkerOptions } from "./job";
import { Slots } from "./slots";
import { tooSlow } from "./too-slow";

/**
 * Default budget per file. A real plan (up to a few hundred KB) lints in well under a second;
 * five seconds leaves room for a loaded CI runner and still ends a pathological file quickly.
 */
export const DEFAULT_BUDGET_MS = 5000;

/** Spare workers (above `warm`) go after this long without work. */
const IDLE_MS = 60_000;

export interface PoolOptions {
  /** The worker entry: dist/lint-worker.js, or a test's own bundle of the same shape. */
  workerFile: string;
  /** Jobs running at once, one per thread (default: the machine's cores). */
  threads?: number;
  /** Threads started at once and kept while idle (default 0: started on the first job). */
  warm?: number;
  /** How long one job may run, in milliseconds. */
  budgetMs?: number;
  /** Cap on each worker's young generation (default: V8's), for a long-lived process. */
  youngGenerationMb?: number;
  /** Workers warm up and remember texts across jobs (worth it for a long-lived process only). */
  longLived?: boolean;
}

export class LintPool {
  readonly budgetMs: number;
  private readonly pool: Tinypool;
  /** Jobs wait here rather than in tinypool's queue: a job's port is opened only once a worker is free for it. */
  private readonly slots: Slots;

  constructor(options: PoolOptions) {
    const threads = options.threads ?? availableParallelism();
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.slots = new Slots(threads);
    this.pool = new Tinypool({
      filename: options.workerFile,
      minThreads: Math.min(options.warm ?? 0, threads),
      maxThreads: threads,
      idleTimeout: IDLE_MS,
      workerData: { longLived: options.longLived } satisfies WorkerOptions,
      // A worker that waits on an atomic between jobs never turns its event loop: warming up needs it.
      useAtomics: !options.longLived,
      ...(options.youngGenerationMb && { resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb } }),
    });
    // Failures reach the jobs a worker held; a worker that dies idle is simply replaced.
    this.pool.on("error", () => undefined);
  }

  lint(job: LintJob, signal?: AbortSignal): Promise<Timed<LintResult>> {
    return this.run({ ...job, fix: false }, signal) as Promise<Timed<LintResult>>;
  }

  fix(job: LintJob, signal?: AbortSignal): Promise<Timed<FixOutcome>> {
    return this.run({ ...job, fix: true }, signal) as Promise<Timed<FixOutcome>>;
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }

  /** A lint or fix job (job.fix), within the budget. */
  async run(job: LintJob, signal?: AbortSignal): Promise<Timed> {
    await this.slots.acquire(signal);
    const budget = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once("message", () => (timer = setTimeout(() => budget.abort(), this.budgetMs)));
    try {
      const envelope: Envelope = { job, started: port2 };
      const aborted = signal ? AbortSignal.any([signal, budget.signal]) : budget.signal;
      return (await this.pool.run(envelope, { signal: aborted, transferList: [port2] })) as Timed;
    } catch (error) {
      if (budget.signal.aborted && !signal?.aborted) return { result: tooSlow(job, this.budgetMs), ms: this.budgetMs };
      throw error;
    } finally {
      clearTimeout(timer);
      port1.close();
      this.slots.release();
    }
  }
}
