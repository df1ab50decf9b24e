/**
 * A line scanner for the Markdown most plans are written in: ATX headings, paragraphs, lists,
 * GFM tables, fenced and indented code, quotes, thematic breaks, HTML comments and block tags.
 * It builds only the part of the mdast the plan model reads (markdown-model.ts): block nodes with
 * their offsets, the text of headings and cells, and an inline tree only for a paragraph that
 * opens with bold text. That costs a small fraction of what remark-parse does, which tokenizes
 * every character. Bold is read by strong-emphasis.ts; other inline markup in a heading, a cell
 * or such a paragraph goes to the full parser, on that text alone (InlineParser).
 *
 * Anything outside that subset — lazy continuation lines, setext headings over several lines,
 * link definitions, task lists, tabs in indentation, inline HTML in a paragraph, HTML other than
 * comments and block tags, an unclosed fence — makes scanMarkdown return undefined, and the
 * caller parses the chunk with remark instead. test/engine/fast-markdown.test.ts checks that
 * both give the plan model the same tree, on every document of the repository and on generated ones.
 */
import type {
  BlockContent,
  Code,
  Heading,
  Html,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  ThematicBreak,
} from "mdast";
import type { Position } from "unist";
import { strongPairs, type StrongPairs } from "./strong-emphasis";

/**
 * Inline markup (bold, links, code spans) is parsed by the full parser, on that text alone: the
 * children of the one paragraph the text is, offsets from the text's start; undefined if the
 * text alone is not one paragraph.
 */
export type InlineParser = (text: string) => PhrasingContent[] | undefined;

/** Thrown where the source leaves the subset; caught by scanMarkdown. */
class Unsupported extends Error {}

/** A line of a flow: its content after any container prefix (quote marker, list indent), without the line ending. */
interface Line {
  start: number;
  end: number;
}

export function scanMarkdown(source: string, inline: InlineParser): Root | undefined {
  // A lone CR ends a line for micromark; this scanner splits at LF only.
  if (LONE_CR.test(source)) return undefined;
  try {
    const scanner = new Scanner(source, inline);
    return { type: "root", children: scanner.flow(scanner.lines()), position: scanner.position(0, source.length) };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const LONE_CR = /\r(?!\n)/;
const ATX = /^(#{1,6})(?:[ \t]|$)/;
/** A code fence's opening marker, after its indent. */
export const FENCE_OPEN = /^(?:`{3,}|~{3,})/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^([-*+])( {1,4})(?=[^ \t])/;
const ORDERED = /^(\d{1,9})([.)])( {1,4})(?=[^ \t])/;
/** A marker with nothing, a tab or five spaces after it: an empty item, a tab, or indented code in the item. */
const ODD_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:$|\t| {5}|[ \t]+$)/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
/** A table's delimiter row: cells of `:?-+:?`, as isDelimiterRow checks them; here only its characters. */
const DELIMITER_CHARS = /^[-|: \t]+$/;
const isDelimiterLike = (line: string) => line.includes("-") && DELIMITER_CHARS.test(line);
const DELIMITER_CELL = /^:?-+:?$/;
const TASK = /^\[[ x]\](?:[ \t]|$)/i;
/** What changes the plain text of a heading or cell: escapes, emphasis, code, links, images, HTML, entities, strikethrough. */
const INLINE_MARKUP = /[\\`*_[\]<&~!]/;
/** Markup other than `*`: the text goes to the inline parser. */
const OTHER_MARKUP = /[\\`_[\]<&~!]/;
const HTML_COMMENT = /^<!--/;
const BOLD_START = /^(?:\*\*|__)/;
/** CommonMark's HTML block type 6: a tag of these names opens a block that ends at a blank line. */
const BLOCK_TAG = /^<\/?([a-z][a-z0-9]*)(?:[ \t>]|\/>|$)/i;
const BLOCK_TAG_NAMES = new Set(
  (
    "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset " +
    "figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem " +
    "nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul"
  ).split(" "),
);

/** A list item's marker: its kind (bullet character or delimiter), where it stands and where its content starts (columns). */
interface Marker {
  kind: string;
  ordered: boolean;
  number: number;
  at: number;
  content: number;
}

/** An ATX heading's text (trimmed at the end) without its closing `#`s: "Title ##" → "Title", "C#" stays. */
function withoutClosingHashes(text: string): string {
  let at = text.length;
  while (at > 0 && text.charCodeAt(at - 1) === 35) at--;
  if (at === text.length) return text;
  if (at === 0) return "";
  const before = text.charCodeAt(at - 1);
  return before === 32 || before === 9 ? text.slice(0, at) : text;
}

/** Without leading and trailing spaces and tabs (String#trim also takes U+3000, which Markdown keeps). */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(start, end);
}

class Scanner {
  constructor(
    private readonly src: string,
    private readonly inline: InlineParser,
  ) {}

  /** The inline content of source[start, end): one text node, or what the inline parser makes of markup. */
  phrasing(start: number, end: number): PhrasingContent[] {
    const text = this.src.slice(start, end);
    if (!INLINE_MARKUP.test(text)) return text ? [{ type: "text", value: text, position: this.position(start, end) }] : [];
    const pairs = OTHER_MARKUP.test(text) ? undefined : strongPairs(text);
    if (pairs) return this.withStrong(start, end, pairs);
    const children = this.inline(text);
    if (!children) throw new Unsupported();
    for (const child of children) shift(child, start);
    return children;
  }

  /** Text and bold nodes of source[start, end), the bold spans given (offsets from `start`). */
  withStrong(start: number, end: number, pairs: StrongPairs): PhrasingContent[] {
    const nodes: PhrasingContent[] = [];
    const text = (from: number, to: number) => {
      if (to > from) nodes.push({ type: "text", value: this.src.slice(from, to), position: this.position(from, to) });
    };
    let at = start;
    for (const [open, close] of pairs) {
      text(at, start + open);
      const inner: PhrasingContent[] = [];
      nodes.push({ type: "strong", children: inner, position: this.position(start + open, start + close + 2) });
      inner.push({
        type: "text",
        value: this.src.slice(start + open + 2, start + close),
        position: this.position(start + open + 2, start + close),
      });
      at = start + close + 2;
    }
    text(at, end);
    return nodes;
  }

  lines(): Line[] {
    const out: Line[] = [];
    for (let start = 0; start <= this.src.length;) {
      const nl = this.src.indexOf("\n", start);
      const end = nl < 0 ? this.src.length : nl;
      out.push({ start, end: this.src.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end });
      if (nl < 0) break;
      start = nl + 1;
    }
    return out;
  }

  /** Offsets only: line and column are not read by the plan model, and counting them costs a pass. */
  position(start: number, end: number): Position {
    return { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
  }

  /** The lines' text, each after its container prefix, joined by their own line endings (LF or CRLF). */
  join(lines: Line[]): string {
    return lines
      .map((l, k) => (k ? (this.src.charCodeAt(lines[k - 1].end) === 13 ? "\r\n" : "\n") : "") + this.src.slice(l.start, l.end))
      .join("");
  }

  /** Spaces before the line's content (a tab there is not read). */
  indent(line: Line): number {
    const spaces = this.spaces(line);
    if (this.src.charCodeAt(line.start + spaces) === 9) throw new Unsupported();
    return spaces;
  }

  spaces(line: Line): number {
    let at = line.start;
    while (at < line.end && this.src.charCodeAt(at) === 32) at++;
    return at - line.start;
  }

  isBlank(line: Line): boolean {
    for (let at = line.start; at < line.end; at++) {
      const c = this.src.charCodeAt(at);
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  }

  /** The line's text after `indent` spaces. */
  rest(line: Line, indent: number): string {
    return this.src.slice(line.start + indent, line.end);
  }

  /** End of the line without trailing spaces and tabs. */
  trimmedEnd(line: Line): number {
    let end = line.end;
    while (end > line.start && (this.src.charCodeAt(end - 1) === 32 || this.src.charCodeAt(end - 1) === 9)) end--;
    return end;
  }

  flow(lines: Line[]): RootContent[] {
    const out: RootContent[] = [];
    for (let i = 0; i < lines.length;) {
      if (this.isBlank(lines[i])) {
        i++;
        continue;
      }
      const indent = this.indent(lines[i]);
      const text = this.rest(lines[i], indent);
      // micromark reads `2.` after indented code as a paragraph (it would not interrupt one); not followed here.
      if (out[out.length - 1]?.type === "code" && Number(ORDERED.exec(text)?.[1] ?? 1) !== 1) throw new Unsupported();
      i = indent >= 4 ? this.indentedCode(lines, i, out) : this.block(lines, i, text, out);
    }
    return out;
  }

  /** Reads the block that starts at line i (its text after the indent is `text`); returns the next line. */
  block(lines: Line[], i: number, text: string, out: RootContent[]): number {
    const at = lines[i].end - text.length;
    const atx = ATX.exec(text);
    if (atx) {
      out.push(this.heading(atx[1].length, at, lines[i]));
      return i + 1;
    }
    const fence = FENCE_OPEN.exec(text);
    if (fence) return this.fence(lines, i, at, fence[0], text.slice(fence[0].length), out);
    if (text.startsWith(">")) return this.quote(lines, i, out);
    if (THEMATIC_BREAK.test(text)) {
      out.push({ type: "thematicBreak", position: this.position(at, lines[i].end) } satisfies ThematicBreak);
      return i + 1;
    }
    if (ODD_MARKER.test(text)) throw new Unsupported();
    if (BULLET.test(text) || ORDERED.test(text)) return this.list(lines, i, out);
    if (text.startsWith("<")) return this.html(lines, i, at, text, out);
    const below = i + 1 < lines.length ? this.src.slice(lines[i + 1].start, lines[i + 1].end) : "";
    // A delimiter row without a pipe under a one-cell row is a setext underline.
    if (text.includes("|") && below.includes("|") && isDelimiterLike(below)) return this.table(lines, i, out);
    return this.paragraph(lines, i, at, text, out);
  }

  heading(depth: number, at: number, line: Line): Heading {
    const content = trimSpaces(withoutClosingHashes(this.src.slice(at + depth, this.trimmedEnd(line))));
    const start = content ? this.src.indexOf(content, at + depth) : at;
    const children = this.phrasing(start, start + content.length);
    return { type: "heading", depth: depth as Heading["depth"], children, position: this.position(at, line.end) };
  }

  fence(lines: Line[], i: number, at: number, marker: string, info: string, out: RootContent[]): number {
    if ((marker[0] === "`" && info.includes("`")) || /[\\&]/.test(info)) throw new Unsupported();
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      const indent = this.spaces(line);
      const text = trimSpaces(this.rest(line, indent));
      if (
        indent < 4 &&
        text.length >= marker.length &&
        text.startsWith(marker) &&
        /^[`~]*$/.test(text) &&
        !text.includes(marker[0] === "`" ? "~" : "`")
      )
        break;
    }
    if (j === lines.length) throw new Unsupported(); // unclosed: runs to the end of its container
    const lang = trimSpaces(info).split(/[ \t]/, 1)[0] || null;
    const value = this.join(lines.slice(i + 1, j));
    out.push({ type: "code", lang, meta: null, value, position: this.position(at, lines[j].end) } satisfies Code);
    return j + 1;
  }

  /** Lines indented four spaces or more, and blank lines between them. */
  indentedCode(lines: Line[], i: number, out: RootContent[]): number {
    let last = i;
    for (let j = i + 1; j < lines.length && (this.isBlank(lines[j]) || this.spaces(lines[j]) >= 4); j++)
      if (!this.isBlank(lines[j])) last = j;
    // Blank lines of four spaces or more after it may belong to it (micromark keeps them at the end of a document).
    for (let j = last + 1; j < lines.length && this.isBlank(lines[j]); j++) if (this.spaces(lines[j]) >= 4) throw new Unsupported();
    const value = this.join(lines.slice(i, last + 1));
    out.push({ type: "code", lang: null, meta: null, value, position: this.position(lines[i].start, lines[last].end) } satisfies Code);
    return last + 1;
  }

  /** `>` lines up to a blank line; a line without `>` right after one (lazy) is not read. */
  quote(lines: Line[], i: number, out: RootContent[]): number {
    const inner: Line[] = [];
    let j = i;
    for (; j < lines.length && !this.isBlank(lines[j]); j++) {
      const indent = this.indent(lines[j]);
      const at = lines[j].start + indent;
      if (indent >= 4 || this.src[at] !== ">") throw new Unsupported();
      const after = this.src.charCodeAt(at + 1);
      if (after === 9) throw new Unsupported();
      inner.push({ start: Math.min(at + (after === 32 ? 2 : 1), lines[j].end), end: lines[j].end });
    }
    const start = lines[i].start + this.indent(lines[i]);
    const children = this.flow(inner) as BlockContent[];
    out.push({ type: "blockquote", children, position: this.position(start, lines[j - 1].end) });
    return j;
  }

  /** A list: items with the same kind of marker, each with the lines indented under it. */
  list(lines: Line[], i: number, out: RootContent[]): number {
    const first = this.marker(lines[i])!;
    const items: ListItem[] = [];
    let j = i;
    // Blank lines after the last item are the outer flow's.
    let after = i;
    for (
      let item: Marker | undefined = first;
      item && item.kind === first.kind;
      item = j < lines.length ? this.marker(lines[j]) : undefined
    ) {
      after = this.itemEnd(lines, j, item.content);
      items.push(this.item(lines, j, after, item));
      j = after;
      while (j < lines.length && this.isBlank(lines[j])) j++;
      if (j < lines.length && (this.indent(lines[j]) >= 4 || !this.marker(lines[j]))) break;
    }
    const start = items[0].position!.start.offset!;
    const list: List = {
      type: "list",
      ordered: first.ordered,
      start: first.ordered ? first.number : null,
      spread: false,
      children: items,
      position: this.position(start, items[items.length - 1].position!.end.offset!),
    };
    out.push(list);
    return after;
  }

  /** A list item marker at the line's start: its kind (bullet character or delimiter) and where its content starts. */
  marker(line: Line): Marker | undefined {
    const indent = this.indent(line);
    if (indent >= 4) return undefined;
    const text = this.rest(line, indent);
    if (THEMATIC_BREAK.test(text)) return undefined;
    if (ODD_MARKER.test(text)) throw new Unsupported();
    const bullet = BULLET.exec(text);
    if (bullet) return { kind: bullet[1], ordered: false, number: 0, at: line.start + indent, content: indent + 1 + bullet[2].length };
    const ordered = ORDERED.exec(text);
    if (!ordered) return undefined;
    const width = ordered[1].length + 1;
    return {
      kind: ordered[2],
      ordered: true,
      number: Number(ordered[1]),
      at: line.start + indent,
      content: indent + width + ordered[3].length,
    };
  }

  /**
   * The line after the item that starts at line i: lines indented to its content (and blank
   * lines between them) belong to it. A less indented line after a blank one ends it; right
   * after text, it ends it only when it opens a block, else it would be a lazy continuation.
   */
  itemEnd(lines: Line[], i: number, content: number): number {
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      if (this.isBlank(lines[j])) continue;
      const indent = this.indent(lines[j]);
      if (indent >= content) {
        last = j;
        continue;
      }
      if (last === j - 1 && !this.interrupts(this.rest(lines[j], indent), true) && indent < 4) throw new Unsupported();
      if (indent >= 4) throw new Unsupported();
      break;
    }
    return last + 1;
  }

  item(lines: Line[], i: number, end: number, marker: Marker): ListItem {
    const inner: Line[] = [{ start: lines[i].start + marker.content, end: lines[i].end }];
    for (let j = i + 1; j < end; j++) {
      const line = lines[j];
      inner.push(this.isBlank(line) ? { start: line.end, end: line.end } : { start: line.start + marker.content, end: line.end });
    }
    if (TASK.test(this.src.slice(inner[0].start, inner[0].end))) throw new Unsupported();
    const children = this.flow(inner) as BlockContent[];
    const last = children[children.length - 1];
    const endOffset = last ? last.position!.end.offset! : marker.at;
    return { type: "listItem", spread: false, checked: null, children, position: this.position(marker.at, endOffset) };
  }

  /** An HTML comment (to its `-->`) or a block tag (to a blank line); other HTML is not read. */
  html(lines: Line[], i: number, at: number, text: string, out: RootContent[]): number {
    let j = i;
    if (HTML_COMMENT.test(text)) {
      if (!this.src.slice(at + 4, lines[i].end).includes("-->"))
        for (j = i + 1; j < lines.length && !this.rest(lines[j], 0).includes("-->"); j++);
      if (j === lines.length) throw new Unsupported();
    } else if (BLOCK_TAG_NAMES.has(BLOCK_TAG.exec(text)?.[1].toLowerCase() ?? "")) {
      while (j + 1 < lines.length && !this.isBlank(lines[j + 1])) j++;
    } else throw new Unsupported();
    const value = this.join([{ start: at, end: lines[i].end }, ...lines.slice(i + 1, j + 1)]);
    out.push({ type: "html", value, position: this.position(at, lines[j].end) } satisfies Html);
    return j + 1;
  }

  table(lines: Line[], i: number, out: RootContent[]): number {
    const header = this.row(lines[i]);
    const delimiter = this.row(lines[i + 1]);
    const aligned = delimiter.children.every(({ children: [only] }) => only?.type === "text" && DELIMITER_CELL.test(only.value));
    if (!aligned || header.children.length !== delimiter.children.length || !this.rest(lines[i], this.indent(lines[i])).startsWith("|"))
      throw new Unsupported();
    const rows = [header];
    let j = i + 2;
    for (; j < lines.length && !this.isBlank(lines[j]); j++) {
      const indent = this.indent(lines[j]);
      const text = this.rest(lines[j], indent);
      if (indent >= 4) throw new Unsupported();
      if (!text.startsWith("|")) {
        if (this.interrupts(text, false)) break;
        throw new Unsupported(); // a line without a pipe is a row of one cell
      }
      rows.push(this.row(lines[j]));
    }
    const start = header.position!.start.offset!;
    const table: Table = { type: "table", align: [], children: rows, position: this.position(start, lines[j - 1].end) };
    out.push(table);
    return j;
  }

  /** A row's cells, split at its pipes; a cell's text is its content without padding. */
  row(line: Line): TableRow {
    const start = line.start + this.indent(line);
    const text = this.src.slice(start, this.trimmedEnd(line));
    if (text.includes("\\") || text.includes("`")) throw new Unsupported();
    const cells: TableCell[] = [];
    let from = text.startsWith("|") ? 1 : 0;
    while (from < text.length) {
      const pipe = text.indexOf("|", from);
      const to = pipe < 0 ? text.length : pipe;
      cells.push(this.cell(start + from, start + to, start + (from > 0 ? from - 1 : 0), start + (pipe < 0 ? to : to + 1)));
      if (pipe < 0) break;
      from = pipe + 1;
    }
    return { type: "tableRow", children: cells, position: this.position(start, line.end) };
  }

  cell(from: number, to: number, cellStart: number, cellEnd: number): TableCell {
    let s = from;
    let e = to;
    while (s < e && (this.src.charCodeAt(s) === 32 || this.src.charCodeAt(s) === 9)) s++;
    while (e > s && (this.src.charCodeAt(e - 1) === 32 || this.src.charCodeAt(e - 1) === 9)) e--;
    const children = this.phrasing(s, e);
    return { type: "tableCell", children, position: this.position(cellStart, cellEnd) };
  }

  paragraph(lines: Line[], i: number, at: number, text: string, out: RootContent[]): number {
    if (text.startsWith("[") && (text.includes("]:") || !text.includes("]"))) throw new Unsupported(); // a definition
    let j = i + 1;
    for (; j < lines.length && !this.isBlank(lines[j]); j++) {
      const indent = this.indent(lines[j]);
      if (indent >= 4) continue;
      const next = this.rest(lines[j], indent);
      if (SETEXT_UNDERLINE.test(next)) return this.setext(lines, i, j, at, next, out);
      if (isDelimiterLike(next)) throw new Unsupported(); // a table under a paragraph line
      if (this.interrupts(next, false)) break;
    }
    const end = lines[j - 1].end;
    if (this.src.slice(at, end).includes("<")) throw new Unsupported(); // inline HTML: comments the model reads
    // The model reads whether a paragraph opens with bold text (pseudo-heading.ts); other paragraphs keep no inline tree.
    const children = BOLD_START.test(text) ? this.phrasing(at, this.contiguous(lines, i, j, end)) : [];
    out.push({ type: "paragraph", children, position: this.position(at, end) } satisfies Paragraph);
    return j;
  }

  /** `end`, if lines [i, j) are one stretch of the source with no container markers (`>`) between them. */
  contiguous(lines: Line[], i: number, j: number, end: number): number {
    for (let k = i + 1; k < j; k++) {
      const lineStart = this.src.lastIndexOf("\n", lines[k].start - 1) + 1;
      for (let at = lineStart; at < lines[k].start; at++) if (this.src.charCodeAt(at) !== 32) throw new Unsupported();
    }
    return end;
  }

  /** A one-line paragraph underlined with `===` or `---`: a heading. */
  setext(lines: Line[], i: number, j: number, at: number, underline: string, out: RootContent[]): number {
    if (j !== i + 1) throw new Unsupported();
    const end = this.trimmedEnd(lines[i]);
    const children = this.phrasing(at, end);
    out.push({ type: "heading", depth: underline[0] === "=" ? 1 : 2, children, position: this.position(at, lines[j].end) });
    return j + 1;
  }

  /**
   * Does a line (after its indent) open a block that ends a paragraph? In a list item, any
   * list marker ends it (a sibling or a new list); in running text only a bullet or a `1.` does.
   */
  interrupts(text: string, inList: boolean): boolean {
    if (ATX.test(text) || FENCE_OPEN.test(text) || text.startsWith(">") || THEMATIC_BREAK.test(text)) return true;
    if (text.startsWith("<")) throw new Unsupported(); // HTML: some kinds interrupt, some do not
    if (ODD_MARKER.test(text)) throw new Unsupported();
    if (BULLET.test(text)) return true;
    const ordered = ORDERED.exec(text);
    return ordered !== null && (inList || Number(ordered[1]) === 1);
  }
}

/** Moves a node parsed from a slice of the source to its place in the source. */
function shift(node: Nodes, by: number): void {
  const position = node.position;
  if (position) {
    position.start.offset! += by;
    position.end.offset! += by;
  }
  if ("children" in node) for (const child of node.children) shift(child, by);
}
