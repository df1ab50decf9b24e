/** The CLI's file arguments expanded into plan files (absolute paths, in argument order). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import type { ConfigLoader } from "./load-config";
import { isPlanFile } from "./plan-files";
import { toPosix } from "./globs";

const SKIPPED_DIRS = new Set(["node_modules", ".git"]);
/** Files whose front matter (or top level) may carry an `alliance-plan:` marker. */
const MARKABLE = /\.(?:md|markdown|ya?ml)$/i;
const GLOB_CHARS = /[*?[{]/;

/**
 * An existing file is always linted; a directory is walked and a glob expanded (relative to
 * cwd), both keeping only what each file's own config says is a plan. `missing` lists the
 * arguments that yielded no file.
 */
export function findPlanFiles(patterns: string[], loader: ConfigLoader, cwd: string): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const pattern of patterns) {
    const found = filesFor(pattern, loader, cwd);
    if (found.length === 0) missing.push(pattern);
    for (const file of found) files.add(file);
  }
  return { files: [...files], missing };
}

function filesFor(pattern: string, loader: ConfigLoader, cwd: string): string[] {
  const absolute = path.resolve(cwd, pattern);
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (stat?.isFile()) return [absolute];
  if (stat?.isDirectory()) return walk(absolute).filter((file) => isPlan(file, loader));
  if (!GLOB_CHARS.test(pattern)) return [];
  const { base, glob } = picomatch.scan(toPosix(pattern));
  const root = path.resolve(cwd, base);
  const matches = picomatch(glob, { dot: true });
  return walk(root).filter((file) => matches(toPosix(path.relative(root, file))) && isPlan(file, loader));
}

function isPlan(file: string, loader: ConfigLoader): boolean {
  return isPlanFile(file, loader.forFile(file), MARKABLE.test(file) ? readText(file) : undefined);
}

/** Unreadable: the include globs decide, and linting it reports why it cannot be read. */
function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Every file below `dir`, sorted, skipping node_modules and .git; symlinked directories are not followed. */
function walk(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...walk(full));
    } else if (entry.isFile() || (entry.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isFile())) {
      files.push(full);
    }
  }
  return files;
}
