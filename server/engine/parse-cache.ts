/**
 * remark-parse is the slowest step (about 0.4 MB/s), so Markdown is parsed in chunks that
 * start at top-level ATX headings. While a planner types in one section, only that section's
 * chunk is parsed again: a ParseCache keeps each chunk's tree by its text.
 *
 * micromark holds some hundred bytes per byte of a chunk while it parses it, so a chunk
 * longer than MAX_CHUNK is cut further where that changes no tree: before a line that starts
 * a new top-level block after a blank line, or between the rows of a table (the next chunk
 * repeats the table's header and delimiter rows, and continues the table). A paragraph line
 * too long for that (one 800 KB line took 140 MB) is cut within itself at sentence ends: its
 * pieces parse as paragraphs of their own, which give the same sentences.
 */
import type { Root } from "mdast";
import { parseMarkdown } from "./markdown-parser";
import { ChunkModels, ownCopy } from "./chunk-model";
import { commonEnds } from "./common-ends";
import { lineEnd } from "./line-index";
import { MarkerCounts } from "./pseudo-heading";

export interface Chunk {
  /** Offset of the chunk's source in the document (before it, when it repeats a table header). */
  start: number;
  tree: Root;
  /** The chunk's first node is the rest of the table the previous chunk ended with. */
  continuesTable?: true;
  /** What was parsed (a ParseCache's chunks only): the key of the chunk's kept model. */
  source?: string;
}

/** Where a chunk's source comes from: `prefix` (a table's header and delimiter rows) + text[from, end). */
interface Piece {
  from: number;
  end: number;
  prefix: string;
  /** The splitter's state just after it cut here at a line's start (see SplitState); undefined for the first piece and a cut within a line. */
  entry?: SplitState;
  /** The chunk's source as a ParseCache keeps it (its own copy), once known. */
  source?: string;
}

/** What the splitter knows of the lines before the one it is at (see splitChunks). */
interface SplitState {
  fence: string | undefined;
  html: string | undefined;
  blankBefore: boolean;
  header: string | undefined;
  table: string | undefined;
}

export class ParseCache {
  private trees = new Map<string, Root>();
  /** The plan model of each chunk, by its source (see chunk-model.ts). */
  readonly models = new ChunkModels();
  /** The outline markers of the document's lines (see MarkerCounts). */
  readonly markers = new MarkerCounts();
  /** The last version split: its text, where its Markdown began, and its pieces (see split). */
  private last: { text: string; base: number; pieces: Piece[] } | undefined;

  /** Parse `text` (from `base` on) chunk by chunk as the caller walks, reusing trees of unchanged chunks. */
  *parse(text: string, base: number): Generator<Chunk> {
    const next = new Map<string, Root>();
    const pieces = this.split(text, base);
    for (const piece of pieces) {
      // A new chunk's source is its own copy: a kept slice would keep this version of the document alive.
      const source = (piece.source ??= ownCopy(piece.prefix + text.slice(piece.from, piece.end)));
      const tree = this.trees.get(source) ?? next.get(source) ?? parseMarkdown(source);
      next.set(source, tree);
      yield chunk(piece, tree, source);
    }
    // Keep only this version's chunks: memory stays proportional to one document.
    this.trees = next;
    this.last = { text, base, pieces };
  }

  /**
   * The pieces of `text`, those of the last version where the edit between them changes none:
   * while a planner types, the text before the edit is cut as it was, and the splitter, resumed
   * at the last cut before the edit, is back in step with the last version's cuts once it cuts
   * after the edit where the last version did, in the same state. A piece kept keeps its source
   * (the same string: a lookup by it compares no characters).
   */
  private split(text: string, base: number): Piece[] {
    const last = this.last;
    if (!last || last.base !== base || text.length < base || last.text.length < base) return [...splitChunks(text, base)];
    const old = last.text;
    if (old === text) return last.pieces;
    const { prefix, suffix } = commonEnds(old, text, base);
    const delta = text.length - old.length;
    // Kept: pieces cut where the line that decided the cut lies wholly before the edit.
    let kept = 0;
    while (kept + 1 < last.pieces.length && lineEnd(old, last.pieces[kept + 1].from) < prefix) kept++;
    // Resumed at the last cut at a line's start among them (the first piece is cut at none).
    let resume = kept;
    while (resume > 0 && !last.pieces[resume].entry) resume--;
    const pieces = last.pieces.slice(0, resume);
    const from = last.pieces[resume];
    const start = resume === 0 ? undefined : { from: from.from, prefix: from.prefix, entry: from.entry! };
    let j = resume + 1;
    for (const piece of splitChunks(text, base, MAX_CHUNK, start)) {
      const at = piece.from - delta;
      if (piece.entry && piece.from >= text.length - suffix && at >= prefix) {
        while (j < last.pieces.length && last.pieces[j].from < at) j++;
        const match = last.pieces[j];
        if (match?.from === at && match.entry && match.prefix === piece.prefix && sameState(match.entry, piece.entry)) {
          for (let k = j; k < last.pieces.length; k++) pieces.push(moved(last.pieces[k], delta));
          return pieces;
        }
      }
      pieces.push(piece);
    }
    return pieces;
  }
}

function sameState(a: SplitState, b: SplitState): boolean {
  return a.fence === b.fence && a.html === b.html && a.blankBefore === b.blankBefore && a.header === b.header && a.table === b.table;
}

function moved(piece: Piece, delta: number): Piece {
  return delta === 0 ? piece : { ...piece, from: piece.from + delta, end: piece.end + delta };
}

/** Chunks parsed one at a time and kept nowhere: each tree can be collected once it is walked. */
export function* parseChunks(text: string, base: number, maxChunk = MAX_CHUNK): Generator<Chunk> {
  for (const piece of splitChunks(text, base, maxChunk))
    yield chunk(piece, parseMarkdown(piece.prefix + text.slice(piece.from, piece.end)));
}

function chunk(piece: Piece, tree: Root, source?: string): Chunk {
  const start = piece.from - piece.prefix.length;
  return piece.prefix ? { start, tree, continuesTable: true, source } : { start, tree, source };
}

/** Chunks longer than this many characters are cut further where they safely can be. */
export const MAX_CHUNK = 8_192;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/**
 * After a blank line, a line that starts a new top-level block: not indented (a list item's
 * content), no list marker (a list goes on across blank lines). A `>` line starts a new quote.
 */
const PLAIN_START = /^(?![-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))\S/;
const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const LESS_THAN = 0x3c;

/** The code of a line's first character after up to three spaces (what FENCE and RAW_HTML open with). */
function afterIndent(line: string): number {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  return line.charCodeAt(i);
}

function isTableRow(line: string): boolean {
  return line.charCodeAt(0) === 0x7c;
}

/** `!line.trim()`, without a new string for a line that opens with a printable ASCII character. */
function isBlank(line: string): boolean {
  const first = line.charCodeAt(0);
  return first > 0x20 && first < 0x7f ? false : !line.trim();
}
/** A line this many times MAX_CHUNK is cut within itself (see sentenceCuts). */
const LONG_LINE_FACTOR = 4;
/**
 * Where a long line may be cut: after a sentence's end, before a letter (a letter opens no
 * block, so the piece after the cut is a paragraph). The `u` flag for \p{L}; `y` to test one place.
 */
const SENTENCE_CUT = /(?<=[。．！？]|[.!?] )\p{L}/uy;
const DELIMITER_CELL = /^:?-+:?$/;
/** HTML blocks that go on across blank lines (CommonMark types 1–5), by the text that ends them. */
const RAW_HTML: [RegExp, string][] = [
  [/^ {0,3}<!--/, "-->"],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, "</"],
  [/^ {0,3}<\?/, "?>"],
  [/^ {0,3}<!\[CDATA\[/, "]]>"],
  [/^ {0,3}<![a-z]/i, ">"],
];

/** Lines of `text` from `base` on: [start, end) of each, without the line break. */
function* lines(text: string, base: number): Generator<[number, number]> {
  for (let start = base; start < text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    yield [start, end];
    start = end + 1;
  }
}

/** Where a splitter resumes: a cut at a line's start, the piece it begins, and the state just after the cut. */
interface Resume {
  from: number;
  prefix: string;
  entry: SplitState;
}

const INITIAL: SplitState = { fence: undefined, html: undefined, blankBefore: true, header: undefined, table: undefined };

function copy(text: string | undefined): string | undefined {
  return text === undefined || text === "" ? text : ownCopy(text);
}

/**
 * Chunk boundaries: lines that start an ATX heading outside fenced code; once a chunk is past
 * MAX_CHUNK, also a line that starts a new top-level block after a blank line (outside fences
 * and multi-line HTML), or the next row of a table whose header row followed a blank line
 * (the new chunk repeats the header and delimiter rows).
 */
function* splitChunks(text: string, base: number, maxChunk = MAX_CHUNK, resume?: Resume): Generator<Piece> {
  let piece: Piece = resume ? { from: resume.from, end: resume.from, prefix: resume.prefix } : { from: base, end: base, prefix: "" };
  let { fence, html, blankBefore, header, table } = resume?.entry ?? INITIAL;
  // Resumed at a cut: the cut at its first line is made already (with the fence it opened).
  let resumed = resume !== undefined;
  for (const [start, end] of lines(text, piece.from)) {
    const raw = text.slice(start, end);
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    // Most lines open none of the blocks below: their first character says so without a pattern.
    const opening = afterIndent(line);
    const marker = opening === BACKTICK || opening === TILDE ? FENCE.exec(line)?.[1] : undefined;
    const long = start - piece.from >= maxChunk;
    let cut: string | undefined;
    if (resumed) {
      resumed = false;
    } else if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (html) {
      if (line.includes(html)) html = undefined;
    } else if (marker) {
      fence = marker;
      if (long && blankBefore && line.startsWith(marker)) cut = "";
    } else if (start > base && line.charCodeAt(0) === HASH && ATX_HEADING.test(line)) {
      cut = "";
    } else if (long && blankBefore && PLAIN_START.test(line)) {
      cut = "";
    } else if (long && table && isTableRow(line)) {
      cut = table;
    }
    if (cut !== undefined) {
      yield { ...piece, end: start };
      // Kept strings are own copies: the state outlives this version of the document in a ParseCache.
      const entry = { fence: copy(fence), html, blankBefore, header: copy(header), table: copy(table) };
      piece = { from: start, end: start, prefix: copy(cut)!, entry };
    }
    if (!fence && !html && !table && end - start > LONG_LINE_FACTOR * maxChunk && PLAIN_START.test(line) && !BLOCK_START.test(line)) {
      for (const at of sentenceCuts(text, start, end, maxChunk)) {
        yield { ...piece, end: at };
        piece = { from: at, end: at, prefix: "" };
      }
    }
    if (!fence && !html && opening === LESS_THAN) html = RAW_HTML.find(([open, close]) => open.test(line) && !line.includes(close, 4))?.[1];
    table = table && isTableRow(line) ? table : header && isDelimiterRow(line, header) ? `${header}\n${raw}\n` : undefined;
    header = blankBefore && isTableRow(line) && !fence ? raw : undefined;
    blankBefore = isBlank(line);
  }
  yield { ...piece, end: text.length };
}

/** Lines that open a block other than a paragraph (a quote, a table, HTML, a heading): not cut within. */
const BLOCK_START = /^ {0,3}[>|<#]/;

/**
 * Offsets in the line [start, end) to cut it at, about `every` characters apart: the first
 * sentence end after each stretch (none if the line has no sentence end there: it stays whole).
 */
function* sentenceCuts(text: string, start: number, end: number, every: number): Generator<number> {
  for (let from = start + every; from < end - every; from += every) {
    const at = nextSentenceCut(text, from, Math.min(end - every, from + every));
    if (at === undefined) continue;
    yield at;
    from = at;
  }
}

function nextSentenceCut(text: string, from: number, to: number): number | undefined {
  for (let at = from; at < to; at++) {
    SENTENCE_CUT.lastIndex = at;
    if (SENTENCE_CUT.test(text)) return at;
  }
  return undefined;
}

/** GFM reads a table only when the delimiter row has as many cells as the header row. */
function isDelimiterRow(line: string, header: string): boolean {
  const cells = cellsOf(line);
  return line.includes("|") && cells.every((c) => DELIMITER_CELL.test(c.trim())) && cells.length === cellsOf(header).length;
}

/** A row's cells: split at pipes that are not escaped, without the outer pipes. */
function cellsOf(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/);
}
