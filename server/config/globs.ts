/** Glob matching for include / ignore / overrides: picomatch with dotfiles, paths in posix form. */
import path from "node:path";
import picomatch from "picomatch";

export const DEFAULT_INCLUDE: readonly string[] = [
  "**/*.alliance.md",
  "**/*.alliance.yaml",
  "**/*.alliance.yml",
  "**/alliances/**/*.md",
  "**/alliances/**/*.yaml",
  "**/alliances/**/*.yml",
];

/** Dependencies and VCS internals are never plans, whatever a config (or a marker) says. */
const NEVER_SEGMENTS = new Set(["node_modules", ".git"]);
/** The same, at the head of every resolved ignore list, so --print-config shows it. */
export const ALWAYS_IGNORE: readonly string[] = ["**/node_modules/**", "**/.git/**"];

export function isNeverLinted(posixPath: string): boolean {
  return posixPath.split("/").some((segment) => NEVER_SEGMENTS.has(segment));
}

const matchers = new WeakMap<readonly string[], (p: string) => boolean>();

/** One compiled matcher per glob list (resolved configs share their lists). */
export function matcherFor(globs: readonly string[]): (p: string) => boolean {
  let matcher = matchers.get(globs);
  if (!matcher) {
    matcher = globs.length ? picomatch([...globs], { dot: true }) : () => false;
    matchers.set(globs, matcher);
  }
  return matcher;
}

/**
 * The path globs relative to `baseDir` are matched against. A file outside `baseDir` is matched
 * by its absolute path, so `**` globs still find it and anchored ones do not.
 */
export function matchPath(filePath: string, baseDir: string): string {
  const relative = path.relative(baseDir, filePath);
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return toPosix(outside ? path.resolve(filePath) : relative);
}

/** A glob written relative to `from`, rewritten relative to `to` (an ancestor of `from`). */
export function rebaseGlob(glob: string, from: string, to: string): string {
  const prefix = toPosix(path.relative(to, from));
  return prefix ? path.posix.join(prefix, glob) : glob;
}

export function toPosix(p: string): string {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}
