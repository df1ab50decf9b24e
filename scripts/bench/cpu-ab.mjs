// A/B of the lint's CPU time between versions of the code, in one process: on a shared machine
// wall times are noise, and even CPU times drift with the load from one minute to the next, so
// the versions take turns pass by pass and are compared by their medians.
//
//   node scripts/bench/cpu-ab.mjs [--measure full|allRules|bare|gfm] [--rounds N] [--step K]
//                                 <label>=<checkout> <label>=<checkout> …
//
// Each <checkout> is the root of a checkout of this repository (an older commit in a detached
// worktree: `git worktree add --detach /tmp/wt-old 1466fad`, node_modules hard-linked from this
// one with `cp -al`); its scripts/bench/entry.ts is bundled with its own esbuild options into
// .cache/ab/<label>.cjs. Every bundle is loaded here and lints the bench corpus (corpus.mjs), every
// K-th file (default all); one warm-up pass each, then N rounds (default 6) of one pass each, the
// order rotating, GC before each pass. Prints each version's median CPU time (user+system) per
// pass and its ratio to the first. Give the same checkout twice to see the spread of the method.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ensureCorpus } from "./corpus.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = join(ROOT, ".cache/ab");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const MEASURE = option("--measure", "full");
const ROUNDS = Number(option("--rounds", 6));
const STEP = Number(option("--step", 1));
const arms = args.map((spec) => {
  const [label, checkout] = spec.split("=");
  if (!label || !checkout) throw new Error(`cpu-ab: "${spec}" is not <label>=<checkout>`);
  return { label, checkout: resolve(checkout), cpu: [] };
});
if (arms.length < 2) {
  console.error("usage: node scripts/bench/cpu-ab.mjs [--measure M] [--rounds N] [--step K] <label>=<checkout> <label>=<checkout> …");
  process.exit(2);
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

/** The checkout's bench entry, bundled as its own run.mjs would (its esbuild options, its tinypool). */
async function bundle(arm) {
  const { bundleOptions, poolHostOptions } = await import(pathToFileURL(join(arm.checkout, "esbuild.mjs")).href);
  const tinypool = JSON.stringify(join(arm.checkout, "dist/tinypool/index.js"));
  const outfile = join(OUT, `${arm.label}.cjs`);
  await build({
    ...bundleOptions,
    ...poolHostOptions,
    banner: { js: `const __tinypoolUrl = require("node:url").pathToFileURL(${tinypool}).href;` },
    entryPoints: [join(arm.checkout, "scripts/bench/entry.ts")],
    outfile,
  });
  return outfile;
}

/** One pass of the arm's measurement over its files: CPU ms of this process. */
function pass(arm) {
  gc();
  const before = process.cpuUsage();
  let sink = 0;
  for (const file of arm.files) sink += arm.measure(file);
  const used = process.cpuUsage(before);
  arm.sink = sink;
  return (used.user + used.system) / 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

mkdirSync(OUT, { recursive: true });
const corpus = ensureCorpus({ log: (m) => console.log(m) });
const require = createRequire(import.meta.url);
for (const arm of arms) {
  const entry = require(await bundle(arm));
  arm.measure = entry.MEASURES[MEASURE];
  if (!arm.measure) throw new Error(`cpu-ab: ${arm.label} has no measurement "${MEASURE}"`);
  arm.files = entry.loadCorpus(corpus.dir).filter((_, i) => i % STEP === 0);
}
console.log(`${MEASURE}: ${arms[0].files.length} files, ${ROUNDS} rounds, versions in turn`);
for (const arm of arms) pass(arm);
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < arms.length; k++) {
    const arm = arms[(k + round) % arms.length];
    arm.cpu.push(pass(arm));
  }
}
const base = median(arms[0].cpu);
for (const arm of arms) {
  const m = median(arm.cpu);
  const spread = `${Math.min(...arm.cpu).toFixed(0)}–${Math.max(...arm.cpu).toFixed(0)}`;
  console.log(
    `${arm.label.padEnd(12)} ${m.toFixed(0).padStart(6)} ms CPU a pass (median; ${spread})  ${(m / base).toFixed(3)}×  result ${arm.sink}`,
  );
}
