/**
 * Finding front matter: a first line of `---` (optionally naming its language, `---yaml`) and a
 * closing line of `---` or `...`. Only finding: what the block says is parsed as YAML by the
 * caller, and never evaluated (gray-matter ran `---js` front matter as JavaScript).
 *
 * A lone `---` with no closing fence is a thematic break, not front matter: reading the whole
 * document as YAML would lose its text.
 */
import type { Span } from "./model";
import { lineEnd } from "./line-index";

export interface FrontMatterBlock {
  /** The word after the opening `---` (lower case; empty when none). */
  language: string;
  /** The opening line, without its line break. */
  opening: Span;
  /** The lines between the fences, without the line break before the closing one. */
  content: Span;
  /** Offset just past the closing fence's line (and its line break). */
  end: number;
}

/** `---` plus an optional language word: a fence line. Linear: no nested quantifiers. */
const OPENING = /^---([a-z][\w+-]*)?[ \t]*\r?$/i;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/;

/** The front matter block at the start of `text` (BOM already removed), if there is a closed one. */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  if (!text.startsWith("---")) return undefined;
  const firstEnd = lineEnd(text, 0);
  const opening = OPENING.exec(text.slice(0, firstEnd));
  if (!opening || firstEnd === text.length) return undefined;
  const contentStart = firstEnd + 1;
  for (let start = contentStart; start < text.length;) {
    const end = lineEnd(text, start);
    if (CLOSING.test(text.slice(start, end))) {
      return {
        language: (opening[1] ?? "").toLowerCase(),
        opening: { start: 0, end: firstEnd - (text[firstEnd - 1] === "\r" ? 1 : 0) },
        content: { start: contentStart, end: Math.max(contentStart, start - (text[start - 2] === "\r" ? 2 : 1)) },
        end: Math.min(end + 1, text.length),
      };
    }
    start = end + 1;
  }
  return undefined;
}
