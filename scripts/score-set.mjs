#!/usr/bin/env node
// Scores alliance-lint on a labelled set: a folder with labels.json (the eval-dev label format,
// keys are paths relative to the folder) and the plans it names. The same scoring as
// ../shared/eval-dev/score.mjs (from which this is adapted), for the project's own sets:
//   node scripts/score-set.mjs --set test/holdout-c [--verbose] [--only ja|en] [--min-f1 X]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const project = resolve(opt("--project", process.cwd()));
const minF1 = Number(opt("--min-f1", "0"));
const only = opt("--only", null);
const verbose = args.includes("--verbose");

const setDir = resolve(opt("--set", "."));
const labels = JSON.parse(readFileSync(join(setDir, "labels.json"), "utf8"));
const files = Object.keys(labels)
  .filter((f) => !only || labels[f].lang === only)
  .sort()
  .map((f) => join(setDir, f));

const pkg = JSON.parse(readFileSync(join(project, "package.json"), "utf8"));
const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["alliance-lint"];
if (!bin) {
  console.log("package.json has no alliance-lint bin");
  process.exit(1);
}
const cli = process.env.CLI || resolve(project, bin);
let out;
try {
  out = execFileSync(process.execPath, [cli, "--format", "json", ...files], {
    cwd: project,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    stdio: ["ignore", "pipe", "pipe"],
  });
} catch (e) {
  if (e.status === 1 && e.stdout)
    out = e.stdout; // findings of severity error
  else {
    console.log(`cli failed: status ${e.status} ${String(e.stderr || e.message).slice(0, 300)}`);
    process.exit(1);
  }
}
let results;
try {
  results = JSON.parse(out);
} catch {
  console.log(`cli output is not JSON: ${out.slice(0, 200)}`);
  process.exit(1);
}
const byFile = new Map(results.map((r) => [relative(setDir, r.filePath), r.messages || []]));

const DOC_RULES = ["missing-kpi", "missing-exit-clause", "undefined-ip-ownership"];
const tally = {};
const add = (key, field) => {
  tally[key] ??= { tp: 0, fp: 0, fn: 0 };
  tally[key][field]++;
};
const misses = [];

for (const file of files) {
  const name = relative(setDir, file);
  const lab = labels[name];
  const msgs = byFile.get(name);
  if (!msgs) {
    misses.push(`${name}: no result from the CLI`);
    continue;
  }
  const text = readFileSync(file, "utf8").split(/\r?\n/);
  for (const rule of DOC_RULES) {
    const fired = msgs.some((m) => m.ruleId === rule);
    const want = lab[rule] === true;
    const k = `${rule}`,
      kl = `${rule} [${lab.lang}]`;
    if (fired && want) {
      add(k, "tp");
      add(kl, "tp");
    } else if (fired && !want) {
      add(k, "fp");
      add(kl, "fp");
      misses.push(`${name}: FP ${rule}`);
    } else if (!fired && want) {
      add(k, "fn");
      add(kl, "fn");
      misses.push(`${name}: FN ${rule}`);
    }
  }
  // vague-objective: line level. A labelled line is found when a finding's range covers it.
  const wantLines = (lab["vague-objective"] || []).map((s) => text.findIndex((l) => l.includes(s)) + 1);
  const found = msgs.filter((m) => m.ruleId === "vague-objective");
  const covers = (m, line) => line >= m.line && line <= (m.endLine ?? m.line);
  const k = "vague-objective",
    kl = `vague-objective [${lab.lang}]`;
  for (const line of wantLines) {
    if (found.some((m) => covers(m, line))) {
      add(k, "tp");
      add(kl, "tp");
    } else {
      add(k, "fn");
      add(kl, "fn");
      misses.push(`${name}:${line}: FN vague-objective`);
    }
  }
  for (const m of found) {
    if (!wantLines.some((line) => covers(m, line))) {
      add(k, "fp");
      add(kl, "fp");
      misses.push(`${name}:${m.line}: FP vague-objective`);
    }
  }
}

const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
let worst = 1;
console.log("rule                               P     R     F1   (tp/fp/fn)");
for (const key of Object.keys(tally).sort()) {
  const { tp, fp, fn } = tally[key];
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1);
  const f1 = tp === 0 ? 0 : (2 * p * r) / (p + r);
  if (!key.includes("[")) worst = Math.min(worst, f1);
  console.log(`${key.padEnd(34)} ${f(p)}  ${f(r)}  ${f(f1)}  (${tp}/${fp}/${fn})`);
}
if (verbose) for (const m of misses) console.log("  " + m);
console.log(`min F1 over headline rules = ${f(worst)} on ${files.length} cases`);
process.exit(worst >= minF1 ? 0 : 1);
