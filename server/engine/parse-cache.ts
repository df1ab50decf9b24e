/**
 * remark-parse is the slowest step (about 0.4 MB/s), so Markdown is parsed in chunks that
 * start at top-level ATX headings, and each chunk's tree is kept by its text. While a
 * planner types in one section, only that section's chunk is parsed again.
 */
import type { Root } from "mdast";
import { parseMarkdown } from "./markdown-parser";

export interface Chunk {
  /** Offset of the chunk in the document. */
  start: number;
  tree: Root;
}

export class ParseCache {
  private trees = new Map<string, Root>();

  /** Parse `text` (from `base` on) chunk by chunk, reusing trees of unchanged chunks. */
  parse(text: string, base: number): Chunk[] {
    const next = new Map<string, Root>();
    const chunks = splitChunks(text, base).map(({ start, end }) => {
      const source = text.slice(start, end);
      const tree = this.trees.get(source) ?? next.get(source) ?? parseMarkdown(source);
      next.set(source, tree);
      return { start, tree };
    });
    // Keep only this version's chunks: memory stays proportional to one document.
    this.trees = next;
    return chunks;
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;

/** Chunk boundaries: lines that start an ATX heading outside fenced code. */
function splitChunks(text: string, base: number): { start: number; end: number }[] {
  const starts = [base];
  let fence: string | undefined;
  let lineStart = base;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (marker) {
      fence = marker;
    } else if (lineStart > base && ATX_HEADING.test(line)) {
      starts.push(lineStart);
    }
    lineStart = lineEnd + 1;
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}
