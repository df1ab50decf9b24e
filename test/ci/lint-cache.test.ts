import { mkdtempSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import type { LintResult } from "../../server/engine/finding";
import { DEFAULT_CACHE_FILE, LintCache, cacheKey, type CacheKeyInput } from "../../server/ci/lint-cache";
import { config } from "../helpers/lint";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "alliance-lint-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const input: CacheKeyInput = { text: "# Plan\n", config: config(), version: "1.0.0", locale: undefined };

function resultFor(filePath: string, message = "m"): LintResult {
  return {
    filePath,
    lang: "en",
    locale: "en",
    rulesRun: ["missing-kpi"],
    findings: [
      {
        ruleId: "missing-kpi",
        messageId: "noKpi",
        severity: "error",
        message,
        span: { start: 0, end: 0 },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      },
    ],
  };
}

test("the key changes with the text, the config, the version, the locale and the day, and only with them", () => {
  const key = cacheKey(input);
  expect(cacheKey({ ...input, config: config() })).toBe(key);
  expect(cacheKey({ ...input, text: "# Plan!\n" })).not.toBe(key);
  expect(cacheKey({ ...input, config: config({ rules: { "missing-kpi": { severity: "warn", options: {} } } }) })).not.toBe(key);
  expect(cacheKey({ ...input, version: "1.0.1" })).not.toBe(key);
  expect(cacheKey({ ...input, locale: "ja" })).not.toBe(key);
  expect(cacheKey({ ...input, today: "2027-01-01" })).not.toBe(cacheKey({ ...input, today: "2027-01-02" }));
});

test("a team template's body is part of the config key", () => {
  const template = (body: string) => config({ templates: [{ name: "exit-clause", lang: "en", body, source: "team", file: "/t.md" }] });
  expect(cacheKey({ ...input, config: template("A") })).not.toBe(cacheKey({ ...input, config: template("B") }));
});

test("the config key ignores the order keys were written in", () => {
  const a = config({ vocabulary: { "kpi-heading": { en: ["Numbers"] }, "exit-heading": { en: ["Ending"] } } });
  const b = config({ vocabulary: { "exit-heading": { en: ["Ending"] }, "kpi-heading": { en: ["Numbers"] } } });
  expect(cacheKey({ ...input, config: a })).toBe(cacheKey({ ...input, config: b }));
});

test("results survive a save and a reopen; a different key misses", () => {
  const plan = path.join(dir, "plans", "p.alliance.md");
  mkdirSync(path.dirname(plan));
  writeFileSync(plan, "# Plan\n");
  const cache = LintCache.open(DEFAULT_CACHE_FILE, dir);
  cache.set(plan, "k1", resultFor(plan));
  cache.save();
  const reopened = LintCache.open(DEFAULT_CACHE_FILE, dir);
  expect(reopened.get(plan, "k1")).toEqual(resultFor(plan));
  expect(reopened.get(plan, "k2")).toBeUndefined();
  // Paths are stored relative to the cache file, not as this machine's absolute paths.
  expect(Object.keys(JSON.parse(readFileSync(path.join(dir, DEFAULT_CACHE_FILE), "utf8")).entries)).toEqual(["plans/p.alliance.md"]);
});

test("--cache-location may name a directory", () => {
  mkdirSync(path.join(dir, "cache"));
  expect(LintCache.open("cache", dir).file).toBe(path.join(dir, "cache", DEFAULT_CACHE_FILE));
  expect(LintCache.open("new-dir/", dir).file).toBe(path.join(dir, "new-dir", DEFAULT_CACHE_FILE));
  expect(LintCache.open("my-cache.json", dir).file).toBe(path.join(dir, "my-cache.json"));
});

test("a corrupt cache file is an empty cache", () => {
  writeFileSync(path.join(dir, DEFAULT_CACHE_FILE), "{not json");
  expect(LintCache.open(DEFAULT_CACHE_FILE, dir).get(path.join(dir, "p.md"), "k")).toBeUndefined();
});

test("entries of deleted files are dropped on save", () => {
  const [a, b] = ["a.md", "b.md"].map((f) => path.join(dir, f));
  writeFileSync(a, "a");
  writeFileSync(b, "b");
  const cache = LintCache.open(DEFAULT_CACHE_FILE, dir);
  cache.set(a, "k", resultFor(a));
  cache.set(b, "k", resultFor(b));
  unlinkSync(b);
  cache.save();
  expect(Object.keys(JSON.parse(readFileSync(cache.file, "utf8")).entries)).toEqual(["a.md"]);
});
