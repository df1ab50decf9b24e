/** Is a file an alliance plan? Its config's include/ignore, and the plan's own say-so. */
import type { ResolvedConfig } from "./types";
import { isNeverLinted, matcherFor, matchPath } from "./globs";
import { findFrontMatter } from "../engine/front-matter";

/**
 * node_modules and .git: never. Ignored: never. Otherwise `alliance-plan: true|false` at the top
 * of the front matter (or of a YAML plan) decides, and without it the include globs do.
 */
export function isPlanFile(filePath: string, config: ResolvedConfig, text?: string): boolean {
  if (isExcluded(filePath, config)) return false;
  return (text === undefined ? undefined : planMarker(text, filePath)) ?? matcherFor(config.include)(matchPath(filePath, config.baseDir));
}

/** Never a plan, marker or not: node_modules, .git, and the config's ignore globs. */
export function isExcluded(filePath: string, config: ResolvedConfig): boolean {
  const relative = matchPath(filePath, config.baseDir);
  return isNeverLinted(relative) || matcherFor(config.ignore)(relative);
}

/** The key that makes a file a plan (or not) whatever its name. */
export const PLAN_MARKER_KEY = "alliance-plan";
const MARKER = /^alliance-plan:[ \t]*(true|false)[ \t]*(?:#.*)?\r?$/im;

/** A quick look, not a parse: the marker must be a top-level key written on one line. */
export function planMarker(text: string, filePath: string): boolean | undefined {
  const yaml = /\.ya?ml$/i.test(filePath) ? text : frontMatterText(text.replace(/^\uFEFF/, ""));
  const value = yaml === undefined ? undefined : MARKER.exec(yaml)?.[1];
  return value === undefined ? undefined : value.toLowerCase() === "true";
}

function frontMatterText(text: string): string | undefined {
  const block = findFrontMatter(text);
  return block && text.slice(block.content.start, block.content.end);
}
