// `npm run bench`: lint throughput against bare parsing and markdownlint-cli2, peak memory,
// one CLI run against `node -e 0`, and how single pathological files scale.
//
//   node scripts/bench/run.mjs [--profile] [--runs N] [--cli-file PATH] [--no-cli]
//                              [--no-scaling] [--scaling-timeout SECONDS] [--no-hostile]
//
// 1. Writes (or reuses) the corpus: 2,000 generated plans in .cache/bench-corpus/ (corpus.mjs).
// 2. Bundles scripts/bench/entry.ts with esbuild into .cache/bench/entry.cjs, like the CLI.
// 3. Runs MEASUREMENTS in order, prints a table and the targets (✓/✗, never a failure:
//    the exit code is 0 whatever the figures).
// 4. The scaling table (SCALING): lint time and peak RSS of one generated file per size
//    (pathological.mjs), each in its own process, and the ratio between successive sizes.
// 5. The hostile corpus (hostile.mjs): every attack and unlucky input, generated at full scale,
//    linted in one CLI run: each file's result, the exit code, total time and peak RSS.
// The figures go to .cache/bench/last.json. With --profile, also writes a CPU profile of the
// full lint and prints its top functions.
//
// Texts are read into memory before any timing: the in-process figures are parse/lint time
// only, no disk I/O. MB = 10^6 bytes of UTF-8 file content.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { bundleOptions, poolHostOptions } from "../../esbuild.mjs";
import { ensureCorpus } from "./corpus.mjs";
import { summariseProfile } from "./profile.mjs";
import { KINDS } from "./pathological.mjs";
import { hostileRun, printHostile } from "./hostile.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = join(ROOT, ".cache/bench");
const ENTRY = join(OUT, "entry.cjs");
const CLI = join(ROOT, "dist/cli.js");
const MARKDOWNLINT = join(ROOT, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
const TIME = "/usr/bin/time";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const RUNS = Number(option("--runs", 3));
const CLI_RUNS = 10;
const SCALING_TIMEOUT_S = Number(option("--scaling-timeout", 120));

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

// ---------------------------------------------------------------------------------------------
// Measurements, in the order of the table. Two shapes:
//   { name, label, perFile: (ctx) => (file) => number }
//       a function of the bench bundle applied to every corpus file in this process. All perFile
//       measurements run together: one warm-up pass each, then RUNS rounds in which each gets
//       one timed pass (interleaved, so a busy machine slows them alike); best pass wins.
//   { name, label, run: async (ctx) => ({ ms, files?, bytes?, runsMs?, peakRssMb?, note? } | { skipped }) }
//       anything else (child processes, CLI runs), after the perFile ones, in list order.
// `name` keys the result in last.json and in TARGETS. ctx: { corpus, files, entry, results
// (earlier results by name), helpers: { spawnTimed, peakRssOf, median }, cli (path of dist/cli.js) }.

const MEASUREMENTS = [
  {
    name: "bare",
    label: "remark-parse alone, no GFM (.yaml: yaml parseDocument)",
    perFile: (ctx) => ctx.entry.bareParse,
  },
  {
    name: "gfm",
    label: "remark-parse+remark-gfm (.yaml: yaml parseDocument)",
    perFile: (ctx) => ctx.entry.gfmParse,
  },
  {
    name: "full",
    label: "full lintText, default config",
    perFile: (ctx) => ctx.entry.fullLint,
  },
  {
    name: "allRules",
    label: "full lintText, every rule on (the checklist too)",
    perFile: (ctx) => ctx.entry.allRulesLint,
  },
  {
    name: "node",
    label: "node -e 0 (Node's own start-up)",
    run: () => nodeAlone(),
  },
  {
    name: "cli",
    label: "CLI, one plan: node dist/cli.js <plan>",
    run: (ctx) => cliOnOneFile(ctx),
  },
  {
    name: "pool",
    label: `full lint on the worker pool, ${availableParallelism()} warm threads`,
    run: (ctx) => poolOverCorpus(ctx),
  },
  {
    name: "mdl",
    label: "markdownlint-cli2 over the corpus's .md plans",
    run: (ctx) => markdownlintOverCorpus(ctx),
  },
  {
    name: "climd",
    label: "CLI over the same .md plans, no cache",
    run: (ctx) => cliOverMarkdown(ctx),
  },
  {
    name: "cold",
    label: "CLI over the corpus, --cache, empty cache",
    run: (ctx) => cliOverCorpus(ctx, "cold"),
  },
  {
    name: "cached",
    label: "CLI over the corpus, --cache, second run",
    run: (ctx) => cliOverCorpus(ctx, "cached"),
  },
];

/** Figures checked against the issue's targets (at most `max`, or at least `min`): printed as ✓/✗, never asserted. */
const TARGETS = [
  {
    name: "full lint / bare remark-parse (no GFM), one thread",
    value: (r) => r.full?.ms / r.bare?.ms,
    max: 1.2,
    format: (v) => `${v.toFixed(2)}×`,
  },
  {
    name: "full lint with every rule on / bare remark-parse (no GFM), one thread",
    value: (r) => r.allRules?.ms / r.bare?.ms,
    max: 1.2,
    format: (v) => `${v.toFixed(2)}×`,
  },
  {
    name: `full lint on the worker pool (${availableParallelism()} threads) / bare remark-parse, one thread`,
    value: (r) => r.pool?.ms / r.bare?.ms,
    max: 1.0,
    format: (v) => `${v.toFixed(2)}×`,
  },
  {
    name: "markdownlint-cli2 / alliance-lint CLI, same .md files",
    value: (r) => r.mdl?.ms / r.climd?.ms,
    min: 1.3,
    format: (v) => `${v.toFixed(2)}×`,
  },
  { name: "one-file CLI / node -e 0", value: (r) => r.cli?.ms / r.node?.ms, max: 2, format: (v) => `${v.toFixed(2)}×` },
  { name: "cached CLI run / cold run", value: (r) => r.cached?.ms / r.cold?.ms, max: 0.2, format: (v) => `${(v * 100).toFixed(1)}%` },
];

/** Single generated files (pathological.mjs) at growing sizes: each doubling should about double the time. */
const SCALING = [
  { kind: "paragraph-ja", sizes: [100_000, 200_000, 400_000, 800_000], label: (n) => `${n / 1000} KB` },
  { kind: "paragraph-en", sizes: [100_000, 200_000, 400_000, 800_000], label: (n) => `${n / 1000} KB` },
  { kind: "kpi-table", sizes: [1_000, 10_000, 100_000], label: (n) => `${n / 1000}k rows` },
  { kind: "blockquote", sizes: [100, 200, 400, 800], label: (n) => `${n} levels` },
  { kind: "goal-list", sizes: [1_000, 10_000, 100_000], label: (n) => `${n / 1000}k items` },
];

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  mkdirSync(OUT, { recursive: true });
  const corpus = ensureCorpus({ log: (m) => console.log(m) });
  await bundleEntry();
  const require = createRequire(import.meta.url);
  const entry = require(ENTRY);
  const files = entry.loadCorpus(corpus.dir);
  const ctx = { corpus, files, entry, cli: CLI, results: {}, helpers: { spawnTimed, peakRssOf, median } };
  const loadBefore = loadavg()[0];
  console.log(
    `corpus: ${files.length} files, ${mb(sum(files.map((f) => f.bytes))).toFixed(2)} MB (${countBy(files, (f) => f.path.match(/-(ja|en)-/)?.[1])})`,
  );
  console.log(`machine: ${cpus()[0]?.model ?? "?"} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`);
  console.log(
    `timing: in one process, a warm-up pass each, then best of ${RUNS} interleaved passes; load average ${loadBefore.toFixed(2)}\n`,
  );

  const perFile = MEASUREMENTS.filter((m) => m.perFile);
  process.stdout.write(`  ${perFile.map((m) => m.name).join(", ")}… `);
  Object.assign(ctx.results, timePasses(ctx, perFile));
  console.log(perFile.map((m) => fmtMs(ctx.results[m.name].ms)).join(", "));
  for (const m of MEASUREMENTS.filter((m) => m.run)) {
    process.stdout.write(`  ${m.name}… `);
    try {
      ctx.results[m.name] = { label: m.label, ...(await m.run(ctx)) };
    } catch (error) {
      ctx.results[m.name] = { label: m.label, skipped: `failed: ${error instanceof Error ? error.message.split("\n")[0] : error}` };
    }
    const r = ctx.results[m.name];
    console.log(r.skipped ? `skipped (${r.skipped})` : `${fmtMs(r.ms)}`);
  }
  const loadAfter = loadavg()[0];

  const tallied = entry.tally(files);
  console.log("");
  printTable(ctx.results);
  console.log(
    `\nfull lint found ${tallied.findings} findings (${Object.entries(tallied.byRule)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")})`,
  );
  const cpuRatio = ctx.results.full?.cpuMs / ctx.results.bare?.cpuMs;
  if (Number.isFinite(cpuRatio))
    console.log(
      `  full/bare on CPU time (user+system, best pass): ${cpuRatio.toFixed(2)}× (${fmtMs(ctx.results.full.cpuMs)} / ${fmtMs(ctx.results.bare.cpuMs)})`,
    );
  const busy = Math.max(loadBefore, loadAfter) > cpus().length * 0.75;
  console.log(
    `  load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, ${cpus().length} CPUs${busy ? ": the machine was busy, wall times are inflated (compare CPU times)" : ""}`,
  );
  const targets = TARGETS.map((t) => {
    const value = t.value(ctx.results);
    const ok = Number.isFinite(value) ? (t.max === undefined || value <= t.max) && (t.min === undefined || value >= t.min) : undefined;
    const target = t.max === undefined ? `≥ ${t.format(t.min)}` : `≤ ${t.format(t.max)}`;
    console.log(
      `${ok === undefined ? "–" : ok ? "✓" : "✗"} ${t.name}: ${Number.isFinite(value) ? t.format(value) : "n/a"} (target ${target})`,
    );
    return { name: t.name, value: Number.isFinite(value) ? value : null, max: t.max ?? null, min: t.min ?? null, ok: ok ?? null };
  });

  const scaling = args.includes("--no-scaling") ? undefined : scalingTable();
  const hostile = args.includes("--no-hostile") ? undefined : hostileRun({ cli: CLI, out: OUT });
  if (hostile) printHostile(hostile);

  let profile;
  if (args.includes("--profile")) profile = runProfile(corpus.dir);
  else if (targets[0].ok === false) console.log("  (run `npm run bench -- --profile` for the functions the full lint spends its time in)");

  const totalS = (performance.now() - started) / 1000;
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model,
    cpus: cpus().length,
    corpus: {
      dir: relative(ROOT, corpus.dir),
      files: files.length,
      bytes: sum(files.map((f) => f.bytes)),
      generator: corpus.key,
      reused: corpus.reused,
      meti: corpus.meti,
    },
    runs: RUNS,
    results: ctx.results,
    ratio: targets[0].value,
    cpuRatio: Number.isFinite(cpuRatio) ? cpuRatio : null,
    loadAverage: { before: loadBefore, after: loadAfter },
    targets,
    findings: tallied,
    scaling,
    hostile,
    profile,
    benchSeconds: totalS,
  };
  writeFileSync(join(OUT, "last.json"), JSON.stringify(json, null, 2));
  console.log(`\nfigures: ${relative(ROOT, join(OUT, "last.json"))}; bench took ${totalS.toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Helpers measurements use.

async function bundleEntry() {
  // The pool's tinypool is dist/'s (as the CLI's): found from the URL its module would have had there.
  const tinypool = JSON.stringify(join(ROOT, "dist/tinypool/index.js"));
  await build({
    ...bundleOptions,
    ...poolHostOptions,
    banner: { js: `const __tinypoolUrl = require("node:url").pathToFileURL(${tinypool}).href;` },
    entryPoints: [join(ROOT, "scripts/bench/entry.ts")],
    outfile: ENTRY,
  });
}

/** The full lint over the corpus on the lint worker pool (dist/lint-worker.js), in this process: best of 3 after a warm-up. */
async function poolOverCorpus(ctx) {
  const worker = join(ROOT, "dist/lint-worker.js");
  if (!existsSync(worker)) return { skipped: "no dist/lint-worker.js (npm run build)" };
  const runsMs = await ctx.entry.poolLint(ctx.files, worker, availableParallelism(), RUNS);
  return { ms: Math.min(...runsMs), runsMs, files: ctx.files.length, note: `best of ${RUNS} passes after a warm-up pass` };
}

/**
 * The perFile measurements over every file: a warm-up pass each, then RUNS interleaved rounds
 * (GC before each pass). Wall time and CPU time (user+system of this process) per pass.
 * Peak memory: the largest RSS sampled in this process during the passes (process-wide: it
 * includes the corpus in memory and what earlier passes left), and the peak RSS of a child
 * that loads the corpus and runs only this measurement once (/usr/bin/time -v).
 */
function timePasses(ctx, measurements) {
  const bytes = sum(ctx.files.map((f) => f.bytes));
  const state = measurements.map((m) => ({ m, fn: m.perFile(ctx), wall: [], cpu: [], peak: 0, sink: 0 }));
  const pass = (st) => {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < ctx.files.length; i++) {
      st.sink += st.fn(ctx.files[i]);
      if ((i & 15) === 0) st.peak = Math.max(st.peak, process.memoryUsage.rss());
    }
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    st.peak = Math.max(st.peak, process.memoryUsage.rss());
    return { wall, cpu: (c.user + c.system) / 1000 };
  };
  for (const st of state) pass(st); // warm-up
  for (let round = 0; round < RUNS; round++) {
    for (const st of state) {
      const t = pass(st);
      st.wall.push(t.wall);
      st.cpu.push(t.cpu);
    }
  }
  const results = {};
  for (const st of state) {
    const ms = Math.min(...st.wall);
    const child = ctx.entry.MEASURES[st.m.name] ? peakRssOf([ENTRY, st.m.name, ctx.corpus.dir, "1"]) : undefined;
    results[st.m.name] = {
      label: st.m.label,
      ms,
      cpuMs: Math.min(...st.cpu),
      runsMs: st.wall,
      cpuRunsMs: st.cpu,
      files: ctx.files.length,
      bytes,
      filesPerS: ctx.files.length / (ms / 1000),
      mbPerS: mb(bytes) / (ms / 1000),
      peakRssMb: mb(st.peak),
      peakRssHow: "max process.memoryUsage.rss() sampled every 16 files in the bench process",
      childPeakRssMb: child ?? null,
      childPeakRssHow: child
        ? "/usr/bin/time -v of `node .cache/bench/entry.cjs <name> <corpus> 1` (load corpus + one pass)"
        : "unavailable",
      sink: st.sink,
    };
  }
  return results;
}

/** Peak RSS (MB) of `node <args>` via /usr/bin/time -v, or undefined when that is not there. */
function peakRssOf(nodeArgs) {
  if (!existsSync(TIME)) return undefined;
  const res = spawnSync(TIME, ["-v", process.execPath, ...nodeArgs], { cwd: ROOT, encoding: "utf8" });
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr ?? "")?.[1];
  return kb ? (Number(kb) * 1024) / 1e6 : undefined;
}

/** Wall time of `node <args>`, `runs` times after one untimed warm-up. */
function spawnTimed(nodeArgs, { runs = CLI_RUNS } = {}) {
  const exec = () => {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, nodeArgs, { cwd: ROOT, encoding: "utf8" });
    return { ms: performance.now() - t0, status: res.status, stdout: res.stdout, stderr: res.stderr };
  };
  exec();
  const all = Array.from({ length: runs }, exec);
  const runsMs = all.map((r) => r.ms);
  return {
    ms: median(runsMs),
    maxMs: Math.max(...runsMs),
    runsMs,
    status: all.at(-1).status,
    stdout: all.at(-1).stdout,
    stderr: all.at(-1).stderr,
  };
}

function cliOnOneFile(ctx) {
  if (args.includes("--no-cli")) return { skipped: "--no-cli" };
  const sources = [join(ROOT, "server"), join(ROOT, "rules")];
  if (!existsSync(join(ROOT, "server/cli/main.ts")) && !existsSync(CLI)) return { skipped: "no CLI yet (server/cli/main.ts)" };
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < newestMtime(sources)) {
    const b = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, encoding: "utf8" });
    if (b.status !== 0) return { skipped: `npm run build failed: ${(b.stderr || b.stdout).trim().split("\n")[0]}` };
  }
  const file = cliFile(ctx);
  const timed = spawnTimed([CLI, file]);
  const crashed = timed.status === null || timed.status > 1;
  const peak = peakRssOf([CLI, file]);
  return {
    ms: timed.ms,
    maxMs: timed.maxMs,
    runsMs: timed.runsMs,
    file: relative(ROOT, file),
    fileBytes: statSync(file).size,
    exitCode: timed.status,
    files: 1,
    peakRssMb: peak ?? null,
    peakRssHow: peak ? "/usr/bin/time -v of one CLI run" : "unavailable",
    note: `median of ${CLI_RUNS} (after a warm-up), max ${fmtMs(timed.maxMs)}; exit ${timed.status}${crashed ? ` — CLI error: ${(timed.stderr || "").trim().split("\n")[0]}` : ""}`,
  };
}

/** `node -e 0`: the floor for any one-file CLI run on this machine, timed like it. */
function nodeAlone() {
  const timed = spawnTimed(["-e", "0"]);
  return { ms: timed.ms, maxMs: timed.maxMs, runsMs: timed.runsMs, note: `median of ${CLI_RUNS} (after a warm-up)` };
}

/** The corpus's Markdown plans (markdownlint reads no YAML plans), as names in the corpus folder. */
const markdownNames = (ctx) => ctx.files.filter((f) => f.path.endsWith(".md")).map((f) => relative(ctx.corpus.dir, f.path));

/**
 * markdownlint-cli2 with its default rules over the .md plans, run in the corpus folder (so no
 * config of this repository applies); median of 3 after a warm-up. It exits 1 on violations.
 */
function markdownlintOverCorpus(ctx) {
  if (!existsSync(MARKDOWNLINT)) return { skipped: "markdownlint-cli2 is not installed" };
  const names = markdownNames(ctx);
  return { ...spawnInCorpus(ctx, [MARKDOWNLINT, ...names]), files: names.length };
}

/** The alliance-lint CLI over the same .md plans and in the same folder as markdownlintOverCorpus. */
function cliOverMarkdown(ctx) {
  if (args.includes("--no-cli") || ctx.results.cli?.skipped) return { skipped: "no CLI run (see cli)" };
  const names = markdownNames(ctx);
  return { ...spawnInCorpus(ctx, [CLI, ...names]), files: names.length };
}

function spawnInCorpus(ctx, nodeArgs) {
  const exec = () => {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, nodeArgs, { cwd: ctx.corpus.dir, encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
    return { ms: performance.now() - t0, status: res.status };
  };
  exec();
  const all = Array.from({ length: 3 }, exec);
  const runsMs = all.map((r) => r.ms);
  const status = all.at(-1).status;
  return { ms: median(runsMs), runsMs, exitCode: status, note: `median of 3 (after a warm-up); exit ${status}` };
}

/**
 * Each SCALING file in its own process (`entry.cjs one <file>`): the lint time (the file already
 * read) and the peak RSS of that process. A run past --scaling-timeout is reported as such.
 */
function scalingTable() {
  const dir = join(OUT, "scaling");
  mkdirSync(dir, { recursive: true });
  // The fixed base: the peak RSS of the same process on a plan of one short paragraph.
  const tiny = join(dir, "base.md");
  writeFileSync(tiny, KINDS["paragraph-en"](1));
  const baseMb = lintOneInChild(tiny).peakRssMb ?? 0;
  const rows = [["file", "bytes", "lint time", "× previous", "peak RSS", "(RSS − base) / bytes"]];
  const data = [];
  for (const { kind, sizes, label } of SCALING) {
    let previous;
    for (const size of sizes) {
      const file = join(dir, `${kind}-${size}.md`);
      writeFileSync(file, KINDS[kind](size));
      const r = lintOneInChild(file);
      const bytes = statSync(file).size;
      const ratio = previous?.ms && r.ms ? `${(r.ms / previous.ms).toFixed(2)} (size ×${(size / previous.size).toFixed(0)})` : "";
      rows.push([
        `${kind} ${label(size)}`,
        String(bytes),
        r.ms ? fmtMs(r.ms) : r.error,
        ratio,
        r.peakRssMb ? `${r.peakRssMb.toFixed(0)} MB` : "",
        r.peakRssMb ? `${(((r.peakRssMb - baseMb) * 1e6) / bytes).toFixed(0)}×` : "",
      ]);
      data.push({ kind, size, bytes, ...r });
      previous = { size, ms: r.ms };
    }
  }
  console.log(`\nScaling: one generated file per row, each linted in its own process (${relative(ROOT, dir)})`);
  printRows(rows, new Set([0]));
  console.log(
    `lint time: in-process, after reading the file. peak RSS: the whole process; base ${baseMb.toFixed(0)} MB (a one-paragraph plan). × previous: time ratio to the row above.`,
  );
  return { baseMb, files: data };
}

function lintOneInChild(file) {
  const res = spawnSync(process.execPath, [ENTRY, "one", file], { encoding: "utf8", timeout: SCALING_TIMEOUT_S * 1000 });
  if (res.error?.code === "ETIMEDOUT" || res.signal) return { error: `> ${SCALING_TIMEOUT_S} s (stopped)` };
  if (res.status !== 0) return { error: `failed: ${(res.stderr || "").trim().split("\n")[0]}` };
  return JSON.parse(res.stdout);
}

/**
 * The CLI over every corpus plan with --cache: "cold" empties the cache and times one run (it
 * fills the cache); "cached" times the runs after it (median of 3) and checks they print what
 * the cold run printed. The plans are named on the command line (the corpus has no config, and
 * its names match no default include); the report goes to a file, too big for a pipe buffer.
 */
function cliOverCorpus(ctx, kind) {
  if (args.includes("--no-cli") || ctx.results.cli?.skipped) return { skipped: "no CLI run (see cli)" };
  if (kind === "cached" && ctx.results.cold?.skipped !== undefined) return { skipped: "the cold run did not run" };
  const cache = join(OUT, "cli-cache");
  const report = (k) => join(OUT, `cli-corpus-${k}.txt`);
  const argv = [
    CLI,
    "--cache",
    "--cache-location",
    cache,
    "--format",
    "stylish",
    "--output-file",
    report(kind),
    ...ctx.files.map((f) => f.path),
  ];
  if (kind === "cold") rmSync(cache, { force: true });
  const timed = kind === "cold" ? spawnOnce(argv) : spawnTimed(argv, { runs: 3 });
  const same = kind === "cold" || readFileSync(report("cold"), "utf8") === readFileSync(report(kind), "utf8");
  const crashed = timed.status === null || timed.status > 1;
  return {
    ms: timed.ms,
    runsMs: timed.runsMs,
    files: ctx.files.length,
    bytes: sum(ctx.files.map((f) => f.bytes)),
    exitCode: timed.status,
    note: `${kind === "cold" ? "one run, cache emptied first" : "median of 3 (after a warm-up)"}; exit ${timed.status}${crashed ? ` — CLI error: ${(timed.stderr || "").trim().split("\n")[0]}` : ""}${same ? "" : "; OUTPUT DIFFERS from the cold run"}`,
  };
}

function spawnOnce(nodeArgs) {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, nodeArgs, { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - t0;
  return { ms, runsMs: [ms], status: res.status, stderr: res.stderr };
}

/** The plan the CLI runs on: --cli-file, else a fixture plan (a Japanese front-matter plan when there), else a corpus plan of median size. */
function cliFile(ctx) {
  const given = option("--cli-file");
  if (given) return resolve(given);
  const preferred = join(ROOT, "fixtures/ja/clean-capital-business-frontmatter.alliance.md");
  if (existsSync(preferred)) return preferred;
  const fixtures = [join(ROOT, "fixtures/ja"), join(ROOT, "fixtures/en")]
    .flatMap(listFiles)
    .filter((f) => /\.(?:md|ya?ml)$/i.test(f) && !/readme|\.alliance-lint\./i.test(f))
    .sort();
  if (fixtures.length) return fixtures[0];
  const md = ctx.files.filter((f) => f.path.endsWith(".md")).sort((a, b) => a.bytes - b.bytes);
  return md[md.length >> 1].path;
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

function newestMtime(dirs) {
  return Math.max(
    0,
    ...dirs
      .flatMap(listFiles)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => statSync(f).mtimeMs),
  );
}

/** CPU profile of the full lint alone (2 passes), summarised by function and source file. */
function runProfile(corpusDir) {
  const dir = join(OUT, "profile");
  mkdirSync(dir, { recursive: true });
  rmSync(join(dir, "full.cpuprofile"), { force: true });
  const res = spawnSync(
    process.execPath,
    ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-name", "full.cpuprofile", ENTRY, "full", corpusDir, "2"],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (res.status !== 0) {
    console.log(`profile failed: ${res.stderr}`);
    return undefined;
  }
  const summary = summariseProfile(join(dir, "full.cpuprofile"), ENTRY);
  console.log(`\nCPU profile of the full lint (${relative(ROOT, join(dir, "full.cpuprofile"))}):`);
  console.log(summary.text);
  return summary.data;
}

// ---------------------------------------------------------------------------------------------
// Output.

function printTable(results) {
  const rows = [["measurement", "files", "MB", "wall time", "CPU time", "files/s", "MB/s", "peak RSS"]];
  for (const [name, r] of Object.entries(results)) {
    if (r.skipped) {
      rows.push([`${name}: ${r.label}`, "", "", "skipped (below)", "", "", "", ""]);
      continue;
    }
    const rss = [r.peakRssMb, r.childPeakRssMb]
      .filter((v) => v != null)
      .map((v) => `${v.toFixed(0)}`)
      .join(" / ");
    rows.push([
      `${name}: ${r.label}`,
      String(r.files ?? ""),
      r.bytes ? mb(r.bytes).toFixed(2) : "",
      r.maxMs != null ? `${fmtMs(r.ms)} (max ${fmtMs(r.maxMs)})` : fmtMs(r.ms),
      r.cpuMs != null ? fmtMs(r.cpuMs) : "",
      r.filesPerS ? r.filesPerS.toFixed(0) : "",
      r.mbPerS ? r.mbPerS.toFixed(2) : "",
      rss ? `${rss} MB` : "",
    ]);
  }
  printRows(rows, new Set([0, 3]));
  console.log(
    `wall time: best of ${RUNS} passes (cli: median of ${CLI_RUNS} spawns, max). CPU time: user+system of the bench process, best pass.`,
  );
  console.log(
    "peak RSS: max sampled in the bench process / child process under /usr/bin/time -v (cli: /usr/bin/time -v of one run). MB = 10^6 bytes.",
  );
  const cli = results.cli;
  if (cli && !cli.skipped) console.log(`cli: ${cli.file} (${cli.fileBytes} B); ${cli.note}`);
  for (const name of ["node", "mdl", "climd", "cold", "cached"]) if (results[name]?.note) console.log(`${name}: ${results[name].note}`);
  for (const [name, r] of Object.entries(results)) if (r.skipped) console.log(`${name}: skipped: ${r.skipped}`);
}

/** A Markdown table; columns in `left` are left-aligned, the others right-aligned. */
function printRows(rows, left) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((c, i) => (left.has(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, i) => (left.has(i) ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

const sum = (xs) => xs.reduce((s, x) => s + x, 0);
const mb = (b) => b / 1e6;
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
function countBy(xs, key) {
  const m = {};
  for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1;
  return Object.entries(m)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
}

await main();
