// The hostile corpus at full scale (scripts/hostile/corpus.mjs), linted in one CLI run as CI
// would: every file's result, the run's exit code, total time and peak RSS. The test suite
// runs the same corpus small; this is where its cost is seen.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { writeHostileCorpus } from "../hostile/corpus.mjs";

/** Prints the child's peak RSS (kB) on exit: no dependency on /usr/bin/time. */
const RSS_PRELOAD = 'process.on("exit", () => process.stderr.write(`\\nmax-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n';

export function hostileRun({ cli, out, timeoutS = 600 }) {
  const dir = join(out, "hostile");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = writeHostileCorpus(dir);
  const preload = resolve(out, "rss-preload.cjs");
  writeFileSync(preload, RSS_PRELOAD);
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--require", preload, resolve(cli), "-f", "json", "--debug", "."], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    timeout: timeoutS * 1000,
  });
  const ms = performance.now() - started;
  const rssKb = Number(/max-rss-kb (\d+)/.exec(run.stderr ?? "")?.[1]);
  const stderr = (run.stderr ?? "").split("\n").filter((l) => l && !l.startsWith("max-rss-kb") && !l.startsWith("alliance-lint: skipped"));
  const skipped = (run.stderr ?? "").split("\n").filter((l) => l.startsWith("alliance-lint: skipped"));
  const files = resultsOf(run.stdout, dir).map((r) => ({ ...r, bytes: sizeOf(join(dir, r.file)) }));
  return { ms, status: run.status, signal: run.signal, rssMb: rssKb / 1024, files, expected: names.length, stderr, skipped };
}

function resultsOf(stdout, dir) {
  try {
    return JSON.parse(stdout).map((r) => ({
      file: relative(dir, r.filePath),
      findings: r.messages.length,
      first: r.messages[0] ? `${r.messages[0].ruleId}: ${r.messages[0].message}` : "no findings",
    }));
  } catch {
    return [];
  }
}

function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function printHostile(r) {
  console.log(`\nhostile corpus (scripts/hostile/corpus.mjs, full scale), one CLI run:`);
  for (const f of r.files) {
    console.log(`  ${f.file.padEnd(34)} ${(f.bytes / 1e6).toFixed(2).padStart(6)} MB  ${f.first.slice(0, 90)}`);
  }
  for (const line of r.skipped) console.log(`  ${line.replace(/^alliance-lint: skipped .*\//, "skipped ")}`);
  const ok = (r.status === 0 || r.status === 1) && r.files.length === r.expected && r.stderr.length === 0;
  console.log(
    `  ${ok ? "✓" : "✗"} ${r.files.length} of ${r.expected} files have a result, exit ${r.status ?? r.signal}, ` +
      `${r.stderr.length} other stderr lines; total ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.rssMb.toFixed(0)} MB`,
  );
  for (const line of r.stderr.slice(0, 5)) console.log(`    stderr: ${line.slice(0, 160)}`);
}
