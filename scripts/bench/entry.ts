/**
 * The code under measurement, bundled by scripts/bench/run.mjs with esbuild into
 * .cache/bench/entry.cjs (the same way esbuild.mjs bundles the CLI).
 *
 * As a module: run.mjs loads it and times `bareParse`, `gfmParse` and `fullLint` in its own process.
 * As a program:
 *   `node [--cpu-prof] .cache/bench/entry.cjs <bare|gfm|full> <corpus dir> [passes]` runs one
 *   measurement alone (for a profile, or for /usr/bin/time -v's peak memory);
 *   `node .cache/bench/entry.cjs one <file>` lints one file and prints its lint time and the
 *   process's peak RSS as JSON (the scaling table).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { parseDocument } from "yaml";
import { lintText } from "../../server/engine/engine";
import { LintPool } from "../../server/worker/pool";
import type { ResolvedConfig } from "../../server/config/types";
import { RULES } from "../../rules";

export interface BenchFile {
  path: string;
  text: string;
  bytes: number;
}

// As dist/cli.js and the language server run: regular expressions compiled to machine code on first use.
setFlagsFromString("--no-regexp-tier-up");

const bare = unified().use(remarkParse);
const gfm = unified().use(remarkParse).use(remarkGfm);
const isYaml = (path: string) => /\.ya?ml$/i.test(path);

/** The default configuration: no config file anywhere. */
export const defaultConfig: ResolvedConfig = {
  rules: {},
  vocabulary: {},
  templates: [],
  include: [],
  ignore: [],
  locale: "auto",
  files: [],
  baseDir: process.cwd(),
};

/** Every rule on, the checklist rules that ship `off` too (issue 11 measures its targets so). */
const allRulesConfig: ResolvedConfig = {
  ...defaultConfig,
  rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, { severity: "warn", options: {} }])),
};

/** Bare parse: remark-parse alone over the whole text; a YAML plan's bare parse is `yaml`'s. */
export function bareParse(file: BenchFile): number {
  if (isYaml(file.path)) return parseDocument(file.text).errors.length;
  return bare.parse(file.text).children.length;
}

/** remark-parse + remark-gfm (all of it) over the whole text; YAML as in bareParse. */
export function gfmParse(file: BenchFile): number {
  if (isYaml(file.path)) return parseDocument(file.text).errors.length;
  return gfm.parse(file.text).children.length;
}

/** Everything the CLI does per file once the text is read: model, rules, findings. */
export function fullLint(file: BenchFile): number {
  return lintText(file.text, { filePath: file.path, config: defaultConfig }).findings.length;
}

/**
 * The full lint of every file on a pool of worker threads started and warmed first (one
 * untimed pass), as the CLI and the language server run it: the wall time of each timed pass.
 */
export async function poolLint(files: BenchFile[], workerFile: string, threads: number, passes: number): Promise<number[]> {
  const pool = new LintPool({ workerFile, threads, warm: threads });
  const pass = () => Promise.all(files.map((file) => pool.lint({ text: file.text, filePath: file.path, config: defaultConfig })));
  try {
    await pass();
    const times: number[] = [];
    for (let i = 0; i < passes; i++) {
      const started = performance.now();
      await pass();
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await pool.destroy();
  }
}

export interface LintTally {
  findings: number;
  parseErrors: number;
  byRule: Record<string, number>;
}

/** What the full lint found over the corpus: a sanity check that it did the work. */
export function tally(files: BenchFile[]): LintTally {
  const out: LintTally = { findings: 0, parseErrors: 0, byRule: {} };
  for (const file of files) {
    for (const f of lintText(file.text, { filePath: file.path, config: defaultConfig }).findings) {
      out.findings++;
      if (f.ruleId === "parse-error") out.parseErrors++;
      out.byRule[f.ruleId] = (out.byRule[f.ruleId] ?? 0) + 1;
    }
  }
  return out;
}

/** fullLint with every rule on. */
export function allRulesLint(file: BenchFile): number {
  return lintText(file.text, { filePath: file.path, config: allRulesConfig }).findings.length;
}

export const MEASURES = { bare: bareParse, gfm: gfmParse, full: fullLint, allRules: allRulesLint } as const;

/** Lint one file: lint time (after reading it) and the peak RSS of this whole process. */
function lintOne(path: string): { ms: number; peakRssMb: number; findings: number; bytes: number } {
  const text = readFileSync(path, "utf8");
  const started = performance.now();
  const findings = fullLint({ path, text, bytes: Buffer.byteLength(text) });
  const ms = performance.now() - started;
  return { ms, peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6, findings, bytes: Buffer.byteLength(text) };
}

export function loadCorpus(dir: string): BenchFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(?:md|ya?ml)$/i.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const text = readFileSync(path, "utf8");
      return { path, text, bytes: Buffer.byteLength(text) };
    });
}

if (require.main === module && process.argv[2] === "one") {
  console.log(JSON.stringify(lintOne(process.argv[3])));
} else if (require.main === module) {
  const [which, dir, passArg] = process.argv.slice(2);
  const measure = MEASURES[which as keyof typeof MEASURES];
  if (!measure || !dir) {
    console.error("usage: node entry.cjs <bare|gfm|full> <corpus dir> [passes] | one <file>");
    process.exit(2);
  }
  const files = loadCorpus(dir);
  const passes = Number(passArg ?? 1);
  let sink = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const file of files) sink += measure(file);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ which, files: files.length, passes, ms, sink, rssMb: process.memoryUsage().rss / 1e6 }));
}
