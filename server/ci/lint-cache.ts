/**
 * --cache: a file whose text, resolved config and alliance-lint version are all unchanged
 * since the last run keeps its findings from then. Everything lives in one JSON file
 * (`.alliance-lint-cache` by default), keyed by path relative to that file, so a CI cache
 * restored into the same checkout directory hits.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "../config/types";
import type { LintResult } from "../engine/finding";
import type { Lang } from "../engine/model";

export const DEFAULT_CACHE_FILE = ".alliance-lint-cache";

interface Entry {
  key: string;
  result: LintResult;
}

interface CacheFile {
  entries: Record<string, Entry>;
}

export interface CacheKeyInput {
  text: string;
  config: ResolvedConfig;
  version: string;
  /** The --locale override: it changes every message. */
  locale: Lang | undefined;
  /** The day of the run (YYYY-MM-DD): a deadline in an undated plan passes with it (plan-consistency). */
  today?: string;
}

export class LintCache {
  private readonly entries: Map<string, Entry>;
  private changed = false;

  private constructor(
    readonly file: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** The cache at `location` (a file, or a directory to put the default file in); empty if there is none yet. */
  static open(location: string, cwd: string): LintCache {
    const file = cacheFilePath(location, cwd);
    return new LintCache(file, readEntries(file));
  }

  /** The stored result for `filePath`, if it was made from the same input. */
  get(filePath: string, key: string): LintResult | undefined {
    const entry = this.entries.get(this.id(filePath));
    return entry?.key === key ? { ...entry.result, filePath } : undefined;
  }

  set(filePath: string, key: string, result: LintResult): void {
    this.entries.set(this.id(filePath), { key, result });
    this.changed = true;
  }

  /** Write back (atomically: a concurrent run reads the old file or the new, never half of one). */
  save(): void {
    if (!this.changed) return;
    const dir = path.dirname(this.file);
    // Files deleted since they were cached would otherwise stay in the cache for ever.
    for (const id of this.entries.keys()) if (!existsSync(path.resolve(dir, id))) this.entries.delete(id);
    const content: CacheFile = { entries: Object.fromEntries(this.entries) };
    mkdirSync(dir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(content));
    renameSync(temporary, this.file);
    this.changed = false;
  }

  private id(filePath: string): string {
    return path.relative(path.dirname(this.file), filePath).split(path.sep).join("/");
  }
}

/** Hash of everything a result depends on: the text, the resolved config (templates included), the version, the locale, the day. */
export function cacheKey(input: CacheKeyInput): string {
  return createHash("sha256")
    .update(input.version)
    .update("\0")
    .update(input.locale ?? "")
    .update("\0")
    .update(configDigest(input.config))
    .update("\0")
    .update(input.today ?? "")
    .update("\0")
    .update(input.text)
    .digest("hex");
}

const digests = new WeakMap<ResolvedConfig, string>();

/** Many files share one resolved config object: hash it once. */
function configDigest(config: ResolvedConfig): string {
  let digest = digests.get(config);
  if (!digest) {
    digest = createHash("sha256").update(stableJson(config)).digest("hex");
    digests.set(config, digest);
  }
  return digest;
}

/** JSON with object keys sorted: two equal configs built in a different order hash alike. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function cacheFilePath(location: string, cwd: string): string {
  const resolved = path.resolve(cwd, location);
  const isDirectory = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isDirectory ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

/** A missing, unreadable or foreign cache file is an empty cache: the run just lints everything. */
function readEntries(file: string): Record<string, Entry> {
  try {
    const content = JSON.parse(readFileSync(file, "utf8")) as Partial<CacheFile>;
    return content.entries && typeof content.entries === "object" ? content.entries : {};
  } catch {
    return {};
  }
}
