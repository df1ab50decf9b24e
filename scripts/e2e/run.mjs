#!/usr/bin/env node
// `npm run test:e2e`: the end-to-end tests, from a clean checkout to a verdict.
//   1. scripts/e2e/install-code-server.sh: Debian packages (chromium, neovim, ripgrep,
//      libkrb5-dev, a Japanese font) when missing and root; code-server 4.100.3 into
//      .cache/code-server/ unless already there
//   2. npm run build, npm run package (the .vsix)
//   3. node --test test/e2e/neovim.e2e.mjs test/e2e/vscode.e2e.mjs
//   4. a summary: step timings, test counts, screenshots in .e2e/screenshots/
// Never passes silently: a step that cannot run fails the whole run with the reason.
//
// Options: --only=neovim|vscode  run one of the two tests (for development; the summary says
//          PARTIAL so it is never mistaken for a full run).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const E2E_DIR = path.join(REPO, ".e2e");
const SCREENSHOTS = path.join(E2E_DIR, "screenshots");
const TESTS = {
  neovim: "test/e2e/neovim.e2e.mjs",
  vscode: "test/e2e/vscode.e2e.mjs",
};
const VSCODE_VERSION = "1.100.3"; // what code-server 4.100.3 is

const steps = [];
const started = Date.now();
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
fs.mkdirSync(E2E_DIR, { recursive: true });
const logFile = path.join(E2E_DIR, "e2e.log");
const logStream = fs.createWriteStream(logFile);

function say(line) {
  console.log(`[e2e] ${line}`);
  logStream.write(`[e2e] ${line}\n`);
}

function fail(message) {
  console.error(`\n[e2e] FAILED: ${message}`);
  printSummary(false);
  console.log("e2e: 0 passed, 1 failed");
  process.exit(1);
}

/** Run a command with output to the console and .e2e/e2e.log; resolves with its output. */
function run(cmd, args, { env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let output = "";
    const onData = (stream) => (d) => {
      output += d;
      stream.write(d);
      logStream.write(d);
    };
    child.stdout.on("data", onData(process.stdout));
    child.stderr.on("data", onData(process.stderr));
    child.on("error", (error) => resolve({ code: 127, output: `${output}\n${error.message}` }));
    child.on("close", (code, signal) => resolve({ code: code ?? 128, signal, output }));
  });
}

async function step(name, cmd, args, options) {
  say(`── ${name}: ${[cmd, ...args].join(" ")}`);
  const t = Date.now();
  const result = await run(cmd, args, options);
  const seconds = (Date.now() - t) / 1000;
  steps.push({ name, seconds, ok: result.code === 0 });
  say(
    `── ${name}: ${result.code === 0 ? "ok" : `exit ${result.code}${result.signal ? ` (${result.signal})` : ""}`} in ${seconds.toFixed(1)}s`,
  );
  return result;
}

function printSummary(ok, counts) {
  console.log("\n[e2e] ────────── summary ──────────");
  for (const s of steps) console.log(`[e2e] ${s.ok ? "ok  " : "FAIL"} ${s.name.padEnd(22)} ${s.seconds.toFixed(1).padStart(6)}s`);
  if (counts)
    console.log(`[e2e] tests: ${counts.pass} passed, ${counts.fail} failed, ${counts.skipped} skipped, ${counts.cancelled} cancelled`);
  const shots = fs.existsSync(SCREENSHOTS)
    ? fs
        .readdirSync(SCREENSHOTS)
        .filter((f) => f.endsWith(".png"))
        .sort()
    : [];
  console.log(`[e2e] screenshots (${shots.length}) in ${path.relative(REPO, SCREENSHOTS)}/: ${shots.join(" ")}`);
  console.log(`[e2e] log: ${path.relative(REPO, logFile)}`);
  console.log(
    `[e2e] total ${((Date.now() - started) / 1000).toFixed(1)}s: ${ok ? "PASSED" : "FAILED"}${only ? ` (PARTIAL: only ${only})` : ""}`,
  );
}

/** Does the `engines.vscode` range accept the VS Code that code-server is? */
function checkEngines() {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));
  const range = pkg.engines?.vscode;
  if (!range) fail("package.json has no engines.vscode (it must accept 1.100)");
  const semver = createRequire(createRequire(import.meta.url).resolve("@vscode/vsce/package.json"))("semver");
  if (!semver.satisfies(VSCODE_VERSION, range)) {
    fail(
      `package.json engines.vscode "${range}" does not accept VS Code ${VSCODE_VERSION} (code-server 4.100.3, the newest that runs on Node 20)`,
    );
  }
  say(`engines.vscode "${range}" accepts ${VSCODE_VERSION}`);
}

function findVsix(output, since) {
  const printed = [...output.matchAll(/Packaged:\s*(\S+\.vsix)/g)].map((m) => path.resolve(REPO, m[1]));
  if (printed.length && fs.existsSync(printed.at(-1))) return printed.at(-1);
  const candidates = [REPO, path.join(REPO, "dist")]
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith(".vsix"))
        .map((f) => path.join(d, f)),
    )
    .filter((f) => fs.statSync(f).mtimeMs >= since - 1000)
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return candidates[0];
}

/** Counts from node --test's closing lines (spec reporter: "ℹ pass 4"). */
function testCounts(output) {
  const count = (name) => {
    const all = [...output.matchAll(new RegExp(`^\\S*\\s*(?:# )?${name} (\\d+)$`, "gm"))];
    return all.length ? Number(all.at(-1)[1]) : 0;
  };
  return { tests: count("tests"), pass: count("pass"), fail: count("fail"), skipped: count("skipped"), cancelled: count("cancelled") };
}

// ────────────────────────────────────────────────────────────────────────────────────────
if (only && !TESTS[only]) fail(`unknown --only=${only} (neovim or vscode)`);
if (process.platform !== "linux" || process.arch !== "x64") {
  fail(`the e2e tests run on linux x64 (Debian's chromium, code-server's native modules); this is ${process.platform} ${process.arch}`);
}

const install = await step("install code-server", "bash", ["scripts/e2e/install-code-server.sh"]);
if (install.code !== 0) fail("code-server (or the Debian packages it needs) could not be installed; see the output above");

const build = await step("npm run build", "npm", ["run", "build"]);
if (build.code !== 0) fail("npm run build failed");

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));
if (!pkg.scripts?.package) fail('package.json has no "package" script (it must produce the .vsix with @vscode/vsce)');
checkEngines();
const packagedAt = Date.now();
const packaged = await step("npm run package", "npm", ["run", "package"]);
if (packaged.code !== 0) fail("npm run package failed");
const vsix = findVsix(packaged.output, packagedAt);
if (!vsix) fail('npm run package did not produce a .vsix (looked for "Packaged: …" in its output, and in the repository root and dist/)');
say(`vsix: ${path.relative(REPO, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB)`);

fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
const files = only ? [TESTS[only]] : Object.values(TESTS);
const tests = await step("node --test (e2e)", process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", ...files], {
  env: { ALLIANCE_E2E_VSIX: vsix },
});
const counts = testCounts(tests.output);
const ok = tests.code === 0 && counts.fail === 0 && counts.pass > 0;
if (only)
  say(
    `PARTIAL RUN (--only=${only}): ${Object.keys(TESTS)
      .filter((k) => k !== only)
      .join(", ")} not run`,
  );
if (tests.code === 0 && counts.pass === 0) say("node --test ran no test");
printSummary(ok, counts);
console.log(`e2e: ${counts.pass} passed, ${ok ? counts.fail : Math.max(counts.fail, 1)} failed`);
logStream.end();
process.exit(ok ? 0 : 1);
