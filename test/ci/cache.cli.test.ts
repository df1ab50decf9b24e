/**
 * --cache through the CLI. A hit is made visible by planting a marker message in the cache
 * file: the marker shows up only when the CLI took the stored result instead of linting.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { DEFAULT_CACHE_FILE, cacheKey } from "../../server/ci/lint-cache";
import { parseOptions } from "../../server/cli/args";
import { CliConfig } from "../../server/cli/config";
import { todayIso } from "../../server/engine/engine";
import { version } from "../../package.json";
import { cli } from "./run-cli";

const PLAN = "# Plan\n\n## Objectives\n\n- Explore synergies together.\n";
const MARKER = "FROM THE CACHE";
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "alliance-lint-cache-cli-"));
  writeFileSync(path.join(dir, "p.alliance.md"), PLAN);
  writeFileSync(path.join(dir, ".alliance-lint.yaml"), "rules:\n  unfilled-placeholder: warn\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cacheFile = () => path.join(dir, DEFAULT_CACHE_FILE);
const lint = (...extra: string[]) => cli(dir, ["--cache", "--format", "json", ...extra, "p.alliance.md"]);

/** Replace every stored message with the marker, and optionally the stored key. */
function plant(key?: string): void {
  const cache = JSON.parse(readFileSync(cacheFile(), "utf8"));
  for (const entry of Object.values<{ key: string; result: { findings: { message: string }[] } }>(cache.entries)) {
    for (const finding of entry.result.findings) finding.message = MARKER;
    if (key) entry.key = key;
  }
  writeFileSync(cacheFile(), JSON.stringify(cache));
}

test("the second run takes the stored findings; output and exit code are the same as linting", async () => {
  const cold = await lint();
  expect(existsSync(cacheFile())).toBe(true);
  const warm = await lint();
  expect(warm).toEqual(cold);
  plant();
  expect((await lint()).stdout).toContain(MARKER);
});

test("editing the plan invalidates its entry", async () => {
  await lint();
  plant();
  appendFileSync(path.join(dir, "p.alliance.md"), "\nMore text.\n");
  expect((await lint()).stdout).not.toContain(MARKER);
});

test("editing the config invalidates every entry", async () => {
  await lint();
  plant();
  writeFileSync(path.join(dir, ".alliance-lint.yaml"), "rules:\n  unfilled-placeholder: error\n");
  expect((await lint()).stdout).not.toContain(MARKER);
});

test("--rule and --locale are part of the key", async () => {
  await lint();
  plant();
  expect((await lint("--rule", "missing-kpi:warn")).stdout).not.toContain(MARKER);
  plant();
  expect((await lint("--locale", "ja")).stdout).not.toContain(MARKER);
});

test("a cache written by another version is not used", async () => {
  await lint();
  const file = path.join(dir, "p.alliance.md");
  const config = new CliConfig(parseOptions([]), dir).forFile(file);
  // The CLI keys its cache by the day too (a deadline in an undated plan passes with it).
  const keyFor = (v: string) => cacheKey({ text: readFileSync(file, "utf8"), config, version: v, locale: undefined, today: todayIso() });
  // The CLI's own key for this run: the planted result is taken.
  plant(keyFor(version));
  expect((await lint()).stdout).toContain(MARKER);
  // The same file and config as an older release saw them: linted afresh.
  plant(keyFor("0.0.1-older"));
  expect((await lint()).stdout).not.toContain(MARKER);
});

test("--cache-location puts the cache elsewhere; without --cache none is written", async () => {
  await cli(dir, ["--format", "json", "p.alliance.md"]);
  expect(existsSync(cacheFile())).toBe(false);
  await lint("--cache-location", "tmp/cache/");
  expect(existsSync(path.join(dir, "tmp/cache", DEFAULT_CACHE_FILE))).toBe(true);
});

test("--fix never reads the cache", async () => {
  await lint();
  plant();
  expect((await lint("--fix")).stdout).not.toContain(MARKER);
});
