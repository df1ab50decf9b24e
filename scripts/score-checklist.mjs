#!/usr/bin/env node
// Scores the checklist rules (issue 11) on a set labelled with checklist.json (the format is in
// docs/quality.md, "Checklist labels"): per rule and language, precision / recall / F1.
//   node scripts/score-checklist.mjs --set test/holdout-h [--verbose]
// Element rules are judged per document: a finding of the rule is expected when the element is
// `false` (for early-process and ai-alliance-terms: when any of its items is false; `null`, not
// applicable, expects none). open-decision is judged per open point that no headline rule
// reports (`headline: false`): a finding on the line of its text. plan-consistency is judged
// per labelled inconsistency: a finding on the line of `a` or of `b`, or whose related location
// is there; a finding at neither place of any inconsistency is a false alarm. A rule the build
// does not have is listed as not run.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const args = process.argv.slice(2);
const setDir = resolve(args[args.indexOf("--set") + 1] ?? ".");
const verbose = args.includes("--verbose");
const labels = JSON.parse(readFileSync(join(setDir, "checklist.json"), "utf8"));
const files = Object.keys(labels).sort();
const cli = process.env.CLI || resolve(import.meta.dirname, "../dist/cli.js");

// The checklist rules this build has; each is scored at warn even where the config turns it off.
const config = JSON.parse(execFileSync(process.execPath, [cli, "--print-config", join(setDir, files[0])], { encoding: "utf8" }));
const ELEMENTS = ["alliance-form", "partner-fit", "roles-and-economics", "governance", "early-process", "ai-alliance-terms"];
const POINT_RULES = ["open-decision", "plan-consistency"];
const ran = new Set([...ELEMENTS, ...POINT_RULES].filter((id) => id in config.rules));

function lint() {
  try {
    return execFileSync(
      process.execPath,
      [cli, "--format", "json", ...[...ran].flatMap((id) => ["--rule", `${id}:warn`]), ...files.map((f) => join(setDir, f))],
      {
        encoding: "utf8",
        maxBuffer: 1 << 28,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  } catch (e) {
    if (e.status === 1 && e.stdout) return e.stdout;
    throw e;
  }
}
const results = new Map(JSON.parse(lint()).map((r) => [relative(setDir, r.filePath), r]));

const tally = {};
const count = (key, kind) => {
  tally[key] ??= { tp: 0, fp: 0, fn: 0 };
  tally[key][kind]++;
};
const langOf = (file) => (file.startsWith("ja") ? "ja" : "en");
const notes = [];

for (const file of files) {
  const label = labels[file];
  const result = results.get(file);
  const messages = result?.messages ?? [];
  for (const rule of ELEMENTS.filter((r) => ran.has(r))) {
    const value = label.elements[rule];
    const expected = value === null ? false : typeof value === "object" ? Object.values(value).includes(false) : value === false;
    const found = messages.some((m) => m.ruleId === rule);
    const kind = expected && found ? "tp" : found ? "fp" : expected ? "fn" : undefined;
    if (!kind) continue;
    for (const key of [rule, `${rule} [${langOf(file)}]`]) count(key, kind);
    if (kind !== "tp") notes.push(`  ${file}: ${kind.toUpperCase()} ${rule}`);
  }
  if (ran.has("open-decision")) scoreOpenDecisions(file, label, messages);
  if (ran.has("plan-consistency")) scoreInconsistencies(file, label, messages);
}

/** The line (1-based) of the first occurrence of `needle` in the set's file. */
function lineIn(file) {
  const text = readFileSync(join(setDir, file), "utf8");
  return (needle) => (text.includes(needle) ? text.slice(0, text.indexOf(needle)).split("\n").length : undefined);
}

/** Each non-headline open point wants a finding on its line; any other finding is a false alarm. */
function scoreOpenDecisions(file, label, messages) {
  const lineOf = lineIn(file);
  const wanted = label["open-decisions"].filter((d) => !d.headline).flatMap((d) => lineOf(d.text) ?? []);
  const found = new Set(messages.filter((m) => m.ruleId === "open-decision").map((m) => m.line));
  for (const line of new Set(wanted)) record("open-decision", file, line, found.has(line) ? "tp" : "fn");
  // Anything else is a false alarm, a headline open point too: its headline rule reports it already.
  for (const line of found) if (!wanted.includes(line)) record("open-decision", file, line, "fp");
}

/** Each inconsistency wants a finding at one of its two places; a finding at no labelled place is a false alarm. */
function scoreInconsistencies(file, label, messages) {
  const lineOf = lineIn(file);
  const wanted = (label.inconsistencies ?? []).map((i) => new Set([lineOf(i.a), lineOf(i.b)].filter(Boolean)));
  const findings = messages
    .filter((m) => m.ruleId === "plan-consistency")
    .map((m) => ({ line: m.line, lines: [m.line, ...(m.related ?? []).map((r) => r.line)] }));
  const at = (places, finding) => finding.lines.some((line) => places.has(line));
  for (const places of wanted) {
    record("plan-consistency", file, [...places].join("/"), findings.some((f) => at(places, f)) ? "tp" : "fn");
  }
  for (const finding of findings) if (!wanted.some((places) => at(places, finding))) record("plan-consistency", file, finding.line, "fp");
}

function record(rule, file, line, kind) {
  for (const key of [rule, `${rule} [${langOf(file)}]`]) count(key, kind);
  if (kind !== "tp") notes.push(`  ${file}:${line}: ${kind.toUpperCase()} ${rule}`);
}

const f1 = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
console.log(`rule                               P     R     F1   (tp/fp/fn)`);
for (const key of Object.keys(tally).sort()) {
  const t = tally[key];
  const [p, r, f] = f1(t);
  console.log(`${key.padEnd(34)} ${p.toFixed(2)}  ${r.toFixed(2)}  ${f.toFixed(2)}  (${t.tp}/${t.fp}/${t.fn})`);
}
const missing = [...ELEMENTS, ...POINT_RULES].filter((r) => !ran.has(r));
if (missing.length) console.log(`not in this build: ${missing.join(", ")}`);
if (verbose) console.log(notes.join("\n"));
