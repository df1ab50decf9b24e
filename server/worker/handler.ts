/** What a worker does with a job: the engine's lintText or fixText, nothing else. */
import { fixText, lintText, ParseCache, rememberTexts, type LintOptions } from "../engine/engine";
import type { Rule } from "../engine/rule";
import { BUILT_IN_TEMPLATES } from "../../rules/templates";
import Tinypool from "tinypool";
import type { Envelope, JobResult, LintJob, Timed, WorkerOptions } from "./job";

/**
 * Parse caches kept per worker: one per recently edited document. A cache holds the
 * document's syntax trees (several times its text), and only documents being typed in gain.
 */
const CACHED_DOCUMENTS = 8;

/** A job in this thread: what a worker does with it (the CLI runs a lone file this way). */
export function runJob(job: LintJob, rules?: readonly Rule[], cache?: ParseCache): JobResult {
  const options: LintOptions = { filePath: job.filePath, config: job.config, locale: job.locale, rules, outline: job.outline };
  // Each fix pass re-lints; a cache of its own lets each re-parse only what the fixes touched.
  if (job.fix) return fixText(job.text, { ...options, cache: new ParseCache() });
  return lintText(job.text, { ...options, cache });
}

/**
 * The worker's job handler, with the rules to run (default: every registered rule); warmed
 * up, remembering texts, when the pool says so (a language server's workers, not a CLI run's).
 */
export function jobHandler(rules?: readonly Rule[], options: WorkerOptions = workerOptions()): (envelope: Envelope) => Timed {
  const caches = new Map<string, ParseCache>();
  const cacheFor = (key: string): ParseCache => {
    const cache = caches.get(key) ?? new ParseCache();
    // Most recently used last: the first key is the one to drop.
    caches.delete(key);
    caches.set(key, cache);
    if (caches.size > CACHED_DOCUMENTS) caches.delete(caches.keys().next().value!);
    return cache;
  };
  const handle = (job: LintJob): Timed => {
    const started = performance.now();
    const result = runJob(job, rules, job.cacheKey === undefined ? undefined : cacheFor(job.cacheKey));
    return { result, ms: performance.now() - started };
  };
  if (options.longLived) {
    rememberTexts(true);
    warmUp(handle);
  }
  return ({ job, started }) => {
    started.postMessage(null);
    started.close();
    return handle(job);
  };
}

/** What the pool told its workers (tinypool's workerData). */
function workerOptions(): WorkerOptions {
  return (Tinypool.workerData as WorkerOptions | undefined) ?? {};
}

/**
 * A thread's first lints compile the engine's code and patterns and then optimise the hot
 * paths (the first is several times a later one): lint a plan made of the built-in
 * templates, a few rounds in each language, once the worker is ready and while it has
 * nothing else to do (one lint per turn of its event loop, so a job waits for one at most).
 */
const WARM_UP_ROUNDS = 20;

function warmUp(handle: (job: LintJob) => Timed): void {
  const config = { rules: {}, vocabulary: {}, templates: [], include: [], ignore: [], locale: "auto" as const, files: [], baseDir: "/" };
  const texts = ["ja", "en"].map((lang) =>
    BUILT_IN_TEMPLATES.filter((t) => t.lang === lang)
      .map((t) => t.body)
      .join("\n\n"),
  );
  let round = 0;
  const next = () => {
    handle({ text: texts[round % texts.length], filePath: "warm-up.alliance.md", config });
    if (++round < WARM_UP_ROUNDS * texts.length) setImmediate(next).unref();
  };
  setImmediate(next).unref();
}
