/** The CLI's file arguments expanded into plan files (absolute paths, in argument order). */
import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import type { ConfigLoader } from "./load-config";
import { isPlanFile } from "./plan-files";
import { toPosix } from "./globs";
import { fileKind, readHead } from "../files/read-bounded";

const SKIPPED_DIRS = new Set(["node_modules", ".git"]);
/** Files whose front matter (or top level) may carry an `alliance-plan:` marker. */
const MARKABLE = /\.(?:md|markdown|ya?ml)$/i;
const GLOB_CHARS = /[*?[{]/;
/** The `alliance-plan:` marker is looked for in the front matter within the file's first bytes. */
const MARKER_HEAD_BYTES = 64 * 1024;

export interface PlanFiles {
  files: string[];
  /** Arguments that yielded no plan. */
  missing: Missing[];
  /** Entries a walk passed over and why (FIFOs, devices, symlink loops, links leading out): `--debug` prints them. */
  skipped: { file: string; reason: string }[];
}

export interface Missing {
  pattern: string;
  /** The directory walked for it (none for a path that does not exist). */
  root?: string;
  /** Markdown and YAML files the directory or glob holds that are not plans (what an include glob or a marker would add). */
  notPlans: string[];
}

/**
 * An existing file (of any kind: reading a FIFO or a device is refused later, as that file's
 * parse-error) is always linted; a directory is walked and a glob expanded (relative to cwd),
 * both keeping only what each file's own config says is a plan.
 */
export function findPlanFiles(patterns: string[], loader: ConfigLoader, cwd: string): PlanFiles {
  const found = new Set<string>();
  const result: PlanFiles = { files: [], missing: [], skipped: [] };
  for (const pattern of patterns) {
    const { named, root, files } = filesFor(pattern, cwd, result.skipped);
    const plans = named ? files : files.filter((file) => isPlan(file, loader));
    if (plans.length === 0) result.missing.push({ pattern, root, notPlans: files.filter((file) => MARKABLE.test(file)) });
    for (const file of plans) found.add(file);
  }
  result.files = [...found];
  return result;
}

type Skipped = PlanFiles["skipped"];

/** The files a pattern names: itself (`named`), or those the directory or glob walked from `root` holds. */
function filesFor(pattern: string, cwd: string, skipped: Skipped): { named?: true; root?: string; files: string[] } {
  const absolute = path.resolve(cwd, pattern);
  const stat = safeStat(absolute);
  if (stat?.isDirectory()) return { root: absolute, files: walk(absolute, skipped) };
  if (stat) return { named: true, files: [absolute] };
  if (!GLOB_CHARS.test(pattern)) return { files: [] };
  const { base, glob } = picomatch.scan(toPosix(pattern));
  const root = path.resolve(cwd, base);
  const matches = picomatch(glob, { dot: true });
  return { root, files: walk(root, skipped).filter((file) => matches(toPosix(path.relative(root, file)))) };
}

function isPlan(file: string, loader: ConfigLoader): boolean {
  return isPlanFile(file, loader.forFile(file), MARKABLE.test(file) ? readText(file) : undefined);
}

/** Unreadable: the include globs decide, and linting it reports why it cannot be read. */
function readText(file: string): string | undefined {
  try {
    return readHead(file, MARKER_HEAD_BYTES).toString("utf8");
  } catch {
    return undefined;
  }
}

/**
 * Every regular file below `dir`, sorted, skipping node_modules and .git. Symlinked
 * directories are not followed; a symlinked file is kept only when it resolves to a regular
 * file inside the walked tree (a link to /etc/passwd or a loop is skipped, and said).
 */
function walk(dir: string, skipped: Skipped, root = realPath(dir)): string[] {
  if (!safeStat(dir)?.isDirectory() || root === undefined) return [];
  const files: string[] = [];
  for (const entry of entriesOf(dir, skipped)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...walk(full, skipped, root));
    } else if (entry.isFile()) {
      files.push(full);
    } else {
      const reason = entry.isSymbolicLink() ? linkProblem(full, root) : otherKind(full);
      if (reason) skipped.push({ file: full, reason });
      else files.push(full);
    }
  }
  return files;
}

/** Why a symlink is not linted (undefined: it is a regular file inside the tree; a link to a directory is silently not followed). */
function linkProblem(link: string, root: string): string | undefined {
  const target = realPath(link);
  if (target === undefined) return "a broken symlink or a symlink loop";
  const stat = safeStat(target);
  if (stat?.isDirectory()) return "a symlink to a directory (not followed)";
  if (!stat?.isFile()) return `a symlink to ${stat ? fileKind(stat) : "nothing"}`;
  const relative = path.relative(root, target);
  return relative.split(path.sep)[0] === ".." || path.isAbsolute(relative) ? "a symlink leading out of the tree" : undefined;
}

function otherKind(file: string): string {
  const stat = safeStat(file);
  return stat ? `it is ${fileKind(stat)}` : "not readable";
}

function entriesOf(dir: string, skipped: Skipped): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (error) {
    skipped.push({ file: dir, reason: `a directory that cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
    return [];
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** stat that never throws: ELOOP, EACCES and a vanished file are all "nothing there". */
function safeStat(file: string) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function realPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
