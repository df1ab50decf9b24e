/** What a worker does with a job: the engine's lintText or fixText, nothing else. */
import { fixText, lintText, ParseCache, type LintOptions } from "../engine/engine";
import type { Rule } from "../engine/rule";
import { BUILT_IN_TEMPLATES } from "../../rules/templates";
import type { JobResult, LintJob, Timed } from "./job";

/**
 * Parse caches kept per worker: one per recently edited document. A cache holds the
 * document's syntax trees (several times its text), and only documents being typed in gain.
 */
const CACHED_DOCUMENTS = 8;

/** The job handler, with the rules to run (default: every registered rule). */
export function jobHandler(rules?: readonly Rule[]): (job: LintJob) => Timed {
  const caches = new Map<string, ParseCache>();
  const cacheFor = (key: string): ParseCache => {
    const cache = caches.get(key) ?? new ParseCache();
    // Most recently used last: the first key is the one to drop.
    caches.delete(key);
    caches.set(key, cache);
    if (caches.size > CACHED_DOCUMENTS) caches.delete(caches.keys().next().value!);
    return cache;
  };
  const run = (job: LintJob): JobResult => {
    const options: LintOptions = { filePath: job.filePath, config: job.config, locale: job.locale, rules };
    // As in the CLI: a cache of its own lets each fix pass re-parse only what the fixes touched.
    if (job.fix) return fixText(job.text, { ...options, cache: new ParseCache() });
    return lintText(job.text, { ...options, cache: job.cacheKey === undefined ? undefined : cacheFor(job.cacheKey) });
  };
  return (job) => {
    const started = performance.now();
    const result = run(job);
    return { result, ms: performance.now() - started };
  };
}

/**
 * A thread's first lints compile the engine's code and patterns and then optimise the hot
 * paths (the first is several times a later one): lint a plan made of the built-in
 * templates, a few rounds in each language, while the worker starts, rather than while an
 * editor waits for a document's findings.
 */
const WARM_UP_ROUNDS = 5;

export function warmUp(handle: (job: LintJob) => Timed): void {
  const config = { rules: {}, headings: {}, templates: [], include: [], ignore: [], locale: "auto" as const, files: [], baseDir: "/" };
  for (const lang of ["ja", "en"]) {
    const text = BUILT_IN_TEMPLATES.filter((t) => t.lang === lang)
      .map((t) => t.body)
      .join("\n\n");
    for (let i = 0; i < WARM_UP_ROUNDS; i++) handle({ text, filePath: "warm-up.alliance.md", config });
  }
}
