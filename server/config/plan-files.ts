/** Is a file an alliance plan? Its config's include/ignore, and the plan's own say-so. */
import type { ResolvedConfig } from "./types";
import { isNeverLinted, matcherFor, matchPath } from "./globs";
import { findFrontMatter } from "../engine/front-matter";

/**
 * node_modules and .git: never. Ignored: never. Otherwise `alliance-plan: true|false` at the top
 * of the front matter (or of a YAML plan) decides, and without it the include globs do.
 */
export function isPlanFile(filePath: string, config: ResolvedConfig, text?: string): boolean {
  const relative = matchPath(filePath, config.baseDir);
  if (isNeverLinted(relative) || matcherFor(config.ignore)(relative)) return false;
  return (text === undefined ? undefined : planMarker(text, filePath)) ?? matcherFor(config.include)(relative);
}

const MARKER = /^alliance-plan:[ \t]*(true|false)[ \t]*(?:#.*)?\r?$/im;

/** A quick look, not a parse: the marker must be a top-level key written on one line. */
function planMarker(text: string, filePath: string): boolean | undefined {
  const yaml = /\.ya?ml$/i.test(filePath) ? text : frontMatterText(text.replace(/^\uFEFF/, ""));
  const value = yaml === undefined ? undefined : MARKER.exec(yaml)?.[1];
  return value === undefined ? undefined : value.toLowerCase() === "true";
}

function frontMatterText(text: string): string | undefined {
  const block = findFrontMatter(text);
  return block && text.slice(block.content.start, block.content.end);
}
