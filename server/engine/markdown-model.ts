/**
 * Walks the mdast of a Markdown plan into sections, statements, tables and code blocks.
 * Contract-style and memo-style documents mark sections with plain paragraphs, not
 * headings; those "pseudo headings" are recognised here (see pseudo-heading.ts).
 */
import type {
  Blockquote,
  Code,
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Parent,
  Table as MdTable,
  TableCell,
  TableRow as MdTableRow,
} from "mdast";
import type { Cell, CodeBlock, Span, TableRow } from "./model";
import type { ModelBuilder } from "./model-builder";
import type { Chunk } from "./parse-cache";
import { mark, record, replay, signature, type ChunkModels, type WalkState } from "./chunk-model";
import { FENCE_OPEN } from "./fast-markdown";
import { gridTable } from "./grid-table";
import { htmlTables } from "./html-table";
import { lineTable } from "./line-table";
import {
  framedLine,
  headingMarkers,
  lineLabels,
  listItemTitle,
  type MarkerCounts,
  NUMBERED_OUTLINE,
  paragraphHeadings,
  type PlacedHeading,
} from "./pseudo-heading";
import { classifyTitle } from "./elements";
import { commentLabel, remarkLabel } from "./commentary";
import { walkYaml } from "./yaml-model";
import { isMap, isSeq, parseDocument } from "yaml";
import type { Vocabulary } from "../../rules/vocab";

/**
 * Is an outline's numbered line short enough to be its title: 40 characters, or in English 60 when
 * it names an element and qualifies it ("2. Business objective as stated by the sponsor")?
 */
function fitsTitle(label: string, vocabulary: Vocabulary): boolean {
  if (label.length <= 40) return true;
  return label.length <= 60 && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(label) && classifyTitle(label, vocabulary).length > 0;
}

/** An AsciiDoc section title on a paragraph's first line: one to six `=`, a space, the title. */
const ASCIIDOC_TITLE = /^(={1,6})[ \t]+([^\s=][^\n]*)/;

/** Fence languages whose content is prose (contract text), not code. */
const PROSE_FENCES = new Set(["", "text", "txt", "plain", "plaintext", "markdown", "md"]);

export interface MarkdownParts {
  codeBlocks: CodeBlock[];
  protectedSpans: Span[];
}

/**
 * `models`: the chunks' models kept from the document's last version (a ParseCache's): a chunk
 * whose text and starting state are unchanged is replayed from it, not walked (see chunk-model.ts).
 */
export function walkMarkdown(chunks: Iterable<Chunk>, builder: ModelBuilder, models?: ChunkModels, markers?: MarkerCounts): MarkdownParts {
  const walker = new MarkdownWalker(builder, markers);
  models?.begin(`${builder.lang}|${[...walker.markers].join("\n")}`, builder.vocabulary);
  for (const chunk of chunks) {
    walker.base = chunk.start;
    if (!models || chunk.source === undefined || chunk.continuesTable) {
      walker.chunk(chunk);
      continue;
    }
    const sig = signature(builder, walker, chunk.start, chunk.start + chunk.source.length);
    const kept = models.get(chunk.source, sig);
    if (kept) {
      replay(kept, chunk.start, builder, walker);
      models.keep(chunk.source, kept);
      continue;
    }
    const before = mark(builder, walker);
    walker.chunk(chunk);
    const part = record(builder, walker, before, chunk.start, sig);
    if (part) models.keep(chunk.source, part);
  }
  models?.end();
  return { codeBlocks: walker.codeBlocks, protectedSpans: walker.protectedSpans };
}

class MarkdownWalker implements WalkState {
  base = 0;
  readonly codeBlocks: CodeBlock[] = [];
  readonly protectedSpans: Span[] = [];
  /** Outline markers this document uses for headings (see headingMarkers). */
  readonly markers: ReadonlySet<string>;
  /** Levels of the sections that open toggles (<details>) not closed yet. */
  readonly openToggles: number[] = [];
  /** Was the last table a term sheet's layout (see isKeyValueLayout)? Its rows cut off into the next chunk are too. */
  lastTableIsLayout = false;
  tablesAdded = 0;

  /** `counts`: the markers of the document's last version (a ParseCache's), recounted where it changed. */
  constructor(
    private readonly b: ModelBuilder,
    counts?: MarkerCounts,
  ) {
    this.markers = counts ? counts.markers(b.text, b.vocabulary) : headingMarkers(b.text, b.vocabulary);
  }

  /** Walk one chunk's tree (`base` set to its start). */
  chunk(chunk: Chunk): void {
    const [first, ...rest] = chunk.tree.children;
    if (chunk.continuesTable && first?.type === "table") {
      this.moreRows(first);
      for (const node of rest) this.node(node);
    } else this.children(chunk.tree);
  }

  span(node: Nodes): Span {
    const p = node.position!;
    return { start: this.base + p.start.offset!, end: this.base + p.end.offset! };
  }

  children(parent: Parent): void {
    for (const child of parent.children as Nodes[]) this.node(child);
  }

  node(node: Nodes): void {
    switch (node.type) {
      case "heading":
        return this.heading(node);
      case "paragraph":
        return this.paragraph(node);
      case "list":
        return this.list(node);
      case "table":
        return this.table(node);
      case "code":
        return this.code(node);
      case "html":
        this.protectedSpans.push(this.span(node));
        this.htmlTables(this.span(node));
        return this.toggle(node.value, this.span(node));
      case "blockquote":
        return this.blockquote(node);
      case "footnoteDefinition":
        return this.children(node);
      case "thematicBreak":
        return this.b.closeFurniture(this.span(node).start);
    }
  }

  /** A reviewer's comment quoted into the draft is notes (see commentary.ts); any other quote is plan text. */
  blockquote(node: Blockquote): void {
    const span = this.span(node);
    const eol = this.b.text.indexOf("\n", span.start);
    const opening = this.b.text.slice(span.start, eol < 0 ? span.end : Math.min(eol, span.end));
    const label = commentLabel(opening, this.b.vocabulary);
    if (!label) return this.children(node);
    const start = span.start + opening.indexOf(label);
    this.b.notes(label, { start, end: start + label.length }, span.end, () => this.children(node));
  }

  heading(node: Heading): void {
    const ruled = ruledParagraph(node, this.b.text, this.base);
    if (ruled) return this.paragraph(ruled);
    this.b.closePseudo(this.span(node).start);
    this.b.openSection(withoutRules(plainText(node)), node.depth, "heading", this.span(node));
  }

  paragraph(node: Paragraph): void {
    const span = this.span(node);
    const grid = gridTable(this.b.text, span);
    if (grid) return this.addTable(grid.header, grid.rows, span);
    const comments = this.comments(node);
    if (this.remarks(span, comments)) return;
    const title = ASCIIDOC_TITLE.exec(this.b.text.slice(span.start, span.end));
    if (title) return this.asciidocTitle(title, span, comments);
    if (!this.drawnTable(span, comments)) this.prose(span, node, comments);
  }

  /** Reviewers' remarks in square brackets (see commentary.ts) are notes, as a quoted comment is. False when it is none. */
  remarks(span: Span, comments: Span[]): boolean {
    const source = this.b.text.slice(span.start, span.end);
    const label = remarkLabel(source, this.b.vocabulary);
    if (!label) return false;
    const start = span.start + source.indexOf(label);
    this.b.notes(label, { start, end: start + label.length }, span.end, () => this.b.addSentences(span, "sentence", undefined, comments));
    return true;
  }

  /**
   * A table drawn line by line (see line-table.ts) that the text is or ends with: its rows, and
   * the text before it as sentences. False when there is none.
   */
  drawnTable(span: Span, comments: Span[] = []): boolean {
    const drawn = lineTable(this.b.text, span);
    if (!drawn) return false;
    if (drawn.start > span.start) this.b.addSentences({ start: span.start, end: drawn.start }, "sentence", undefined, comments);
    this.addTable(drawn.header, drawn.rows, { start: drawn.start, end: span.end });
    return true;
  }

  /**
   * An AsciiDoc section title (`== Objectives`), which CommonMark reads as text: a heading whose
   * level is its count of `=` (`=` titles the document, as `#` does), any text under it its body.
   */
  asciidocTitle(title: RegExpExecArray, span: Span, comments: Span[]): void {
    const end = span.start + title[0].length;
    this.b.closePseudo(span.start);
    this.b.openSection(title[2].trim(), title[1].length, "heading", { start: span.start, end });
    if (end < span.end) this.b.addSentences({ start: end, end: span.end }, "sentence", undefined, comments);
  }

  /** A paragraph's text: its pseudo headings, labelled lines and sentences. */
  prose(span: Span, node: Paragraph, comments: Span[]): void {
    const source = this.b.text.slice(span.start, span.end);
    const labels = lineLabels(source, this.b.vocabulary);
    if (labels.length) return this.labelledLines(labels, span, comments);
    // Text before each heading belongs to the section open before it; the rest to the last heading.
    let at = span.start;
    for (const heading of paragraphHeadings(source, node, this.b.vocabulary, this.markers)) {
      const start = span.start + heading.start;
      if (start > at) this.b.addSentences({ start: at, end: start }, "sentence", undefined, comments);
      this.b.openSection(heading.title, this.b.pseudoLevel(), "pseudo", { start, end: start + heading.length });
      at = start + heading.length;
    }
    if (at < span.end) this.b.addSentences({ start: at, end: span.end }, "sentence", undefined, comments);
  }

  /**
   * Lines that open with a bold label naming an element (「**Mission:** …」, a canvas): each line is
   * a section of its own under the current one, its text keyed by the label, closed with the paragraph.
   */
  labelledLines(labels: PlacedHeading[], span: Span, comments: Span[]): void {
    if (labels[0].start > 0) this.b.addSentences({ start: span.start, end: span.start + labels[0].start }, "sentence", undefined, comments);
    const entries = labels.map((label, i) => {
      const start = span.start + label.start;
      const end = i + 1 < labels.length ? span.start + labels[i + 1].start : span.end;
      return { title: label.title, titleSpan: { start, end: start + label.length }, body: [{ start: start + label.length, end }] };
    });
    this.keyedSections(entries, span.end, comments);
  }

  /**
   * Sections nested under the current one, each read with its title as the key of its text (as a
   * YAML value is: "Term" + "Seven years from completion"), all closed at `end`.
   */
  keyedSections(entries: KeyedSection[], end: number, comments: Span[] = []): void {
    const level = this.b.currentLevel + 1;
    let group: string | undefined;
    for (const entry of entries) {
      if (entry.group && entry.group.text !== group) this.b.openSection(entry.group.text, level, "pseudo", entry.group.span);
      group = entry.group?.text;
      const key = group === undefined ? entry.title : `${group}.${entry.title}`;
      this.b.openSection(entry.title, group === undefined ? level : level + 1, "pseudo", entry.titleSpan);
      for (const span of entry.body) this.b.addSentences(span, "sentence", key, comments);
    }
    this.b.closeTo(level, end);
  }

  /**
   * A toggle (`<details><summary>契約期間と終了</summary> … </details>`, as Notion and wikis export
   * them): its summary titles a section that ends with the toggle.
   */
  toggle(html: string, span: Span): void {
    const summary = SUMMARY.exec(html);
    if (summary) {
      const start = span.start + summary.index + summary[0].indexOf(summary[1]);
      const level = this.b.pseudoLevel();
      this.b.openSection(summary[1].trim(), level, "pseudo", { start, end: start + summary[1].length });
      this.openToggles.push(level);
    } else if (/^\s*<\/details>/i.test(html) && this.openToggles.length) {
      this.b.closeTo(this.openToggles.pop()!, span.start);
    }
  }

  /**
   * The tables of an HTML block (see html-table.ts), read as a Markdown table is; one titled by its
   * caption or a first row across it ("1. Purpose") is a section of its own, which ends with it.
   */
  htmlTables(span: Span): void {
    if (!/<table\b/i.test(this.b.text.slice(span.start, span.end))) return;
    for (const table of htmlTables(this.b.text, span)) {
      const level = this.b.pseudoLevel();
      if (table.title) this.b.openSection(table.title.text, level, "pseudo", table.title.span);
      this.addTable(table.header, table.rows, table.span, table.rowTags);
      if (table.title) this.b.closeTo(level, table.span.end);
    }
  }

  /** Inline HTML comments (`<!-- alliance-lint-disable-line -->`, editor notes) inside a node. */
  comments(node: Nodes): Span[] {
    if (node.type === "html") return node.value.startsWith("<!--") ? [this.span(node)] : [];
    if (!("children" in node) || node.type === "list") return [];
    return (node.children as Nodes[]).flatMap((c) => this.comments(c));
  }

  /**
   * `nested`: the list is under a list item's own text, where a lone short item is a point under
   * it (「持っていないもの」 → 「製錬の設備とノウハウ」) or under its title, not a title. 「- 3. 知的財産」 is
   * a numbered list as a bullet's only content: not nested.
   */
  list(node: List, nested = false): void {
    const single = node.children.length === 1 && !nested;
    // In a memo whose bullets are its sections (「- 背景」「- 提携のねらい」), a sibling label with sub-bullets is one too;
    // in a document outlined "2. Purpose of partnership", "3. What each side will do", so is a numbered line alone.
    const numberedOutline = single && node.ordered === true && this.markers.has(NUMBERED_OUTLINE);
    const outline = numberedOutline || node.children.some((item) => this.itemTitle(item, single, false));
    // A titled item among plain ones (「- 提携の目的：」 over its sub-bullets, then 「- 役割：…」) heads
    // only its own sub-items: the next plain sibling is back in the section the list stands in.
    let titled: number | undefined;
    for (const item of node.children) {
      const title = this.itemTitle(item, single, outline);
      if (title) titled = this.listHeading(item, title);
      else {
        if (titled !== undefined) this.b.closeTo(titled, this.span(item).start);
        titled = undefined;
        this.listItem(item);
      }
    }
  }

  itemTitle(item: ListItem, single: boolean, outline: boolean): string | undefined {
    const [first, ...rest] = item.children;
    if (first?.type !== "paragraph") return undefined;
    const source = this.b.text.slice(this.span(first).start, this.span(first).end);
    const firstLine = source.split("\n", 1)[0];
    const hasBody = firstLine.length < source.trimEnd().length || rest.length > 0;
    // 「1. 利用の目的」 framed by drawn rules, a title whatever it names (see framedLine).
    const framed = framedLine(this.b.text, this.span(item).start) ? firstLine.trim() : undefined;
    const title = listItemTitle(firstLine, hasBody || single, this.b.vocabulary) ?? framed;
    if (title || !outline) return title;
    const label = firstLine.trim();
    const alone = single && !hasBody && fitsTitle(label, this.b.vocabulary);
    // A label names a topic (「背景」「提携で目指すこと」); 「接点を広げていく」 ends as a sentence does: it is a statement with sub-points.
    const statement = /[。.]$|[るくすうつむぶぐい]$|ます$|です$/.test(label);
    return (alone || rest.some((c) => c.type === "list")) && fitsTitle(label, this.b.vocabulary) && !statement ? label : undefined;
  }

  /** 「1. 目的」 + text, "5. KEY PERFORMANCE INDICATORS" + "5.1 …": a list item that is a heading. */
  /** Returns the level of the section it opens. */
  listHeading(item: ListItem, title: string): number {
    const [first, ...rest] = item.children;
    const paragraph = this.span(first);
    const firstLine = this.b.text.slice(paragraph.start, paragraph.end).split("\n", 1)[0];
    // The title may be only the start of the line ("PURPOSE. The Parties will…").
    const titleEnd = paragraph.start + firstLine.indexOf(title) + title.length;
    const level = this.b.pseudoLevel();
    this.b.openSection(title, level, "pseudo", { start: this.span(item).start, end: titleEnd });
    // An Org-mode heading (`* KPIs`) reads as a list item, the lines below it as its text: a table among them is one.
    const body = { start: titleEnd, end: paragraph.end };
    if (titleEnd < paragraph.end && !this.drawnTable(body)) this.b.addSentences(body, "sentence");
    for (const child of rest) {
      if (child.type === "list") this.list(child, true);
      else this.node(child);
    }
    return level;
  }

  listItem(item: ListItem): void {
    const own = item.children.filter((c) => c.type !== "list");
    if (own.length) {
      const start = this.span(own[0]).start;
      const end = this.span(own[own.length - 1]).end;
      this.b.addStatement(
        { start, end },
        "list-item",
        undefined,
        own.flatMap((c) => this.comments(c)),
      );
    }
    item.children.forEach((child, i) => {
      if (child.type === "list") this.list(child, own.length > 0 || i > 0);
      else if (child.type === "table" || child.type === "code") this.node(child);
    });
  }

  table(node: MdTable): void {
    const [header, ...body] = node.children.map((row) => this.row(row));
    this.addTable(header, body, this.span(node));
  }

  /** A table's rows: a model table, or sections when it is a term sheet's layout (see keyValueRows). */
  addTable(header: TableRow | undefined, body: TableRow[], span: Span, rowTags: Span[][] = []): void {
    this.protectedSpans.push(span);
    this.tablesAdded++;
    this.lastTableIsLayout = header !== undefined && isKeyValueLayout([header, ...body], this.b.vocabulary);
    if (header && this.lastTableIsLayout)
      return this.namesElement(header)
        ? this.keyValueRows([header, ...body], span)
        : this.keyValueRows(body, span, this.statusColumn(header), this.keyColumns(header));
    this.b.tables.push({ header: header?.cells ?? [], rows: body, span, section: this.b.current, source: "markdown" });
    body.forEach((row, i) => this.addRow(row, rowTags[i]));
  }

  /**
   * A row's statement, without a comment after its last pipe (a same-line directive, an expect mark):
   * its words ("missing-kpi", "exit") are no part of the row.
   */
  addRow(row: TableRow, tags: Span[] = []): void {
    const text = this.b.text.slice(row.span.start, row.span.end);
    const open = text.indexOf("<!--", text.lastIndexOf("|"));
    const masked = open >= 0 && text.trimEnd().endsWith("-->") ? [{ start: row.span.start + open, end: row.span.end }] : [];
    this.b.addStatement(row.span, "table-row", undefined, masked, tags);
  }

  namesElement(row: TableRow): boolean {
    return classifyTitle(row.cells[0]?.text ?? "", this.b.vocabulary).length > 0;
  }

  /**
   * A term sheet or a property table (「| 提携の目的 | … |」「| Term | 3 years … |」): each row is a
   * section titled by its first cell, under the section the table sits in; the other cell is its
   * text, sentence by sentence, each keyed by the title. It is layout, not data, so it is no
   * table of the model.
   */
  keyValueRows(rows: TableRow[], span: Span, status = -1, keys = 1): void {
    const entries = rows.map(({ cells }) => {
      // Empty cells at the row's end (a note left blank) add nothing to its text.
      const values = cells.slice(keys, cells.findLastIndex((cell) => cell.text.trim() !== "") + 1);
      // A long-format sheet's value and its note are one entry, as a YAML value is.
      const whole = keys > 1 || this.stillOpen(values, status - keys);
      return {
        title: cells[keys - 1].text.trim(),
        titleSpan: cells[keys - 1].span,
        group: keys > 1 ? cells[0] : undefined,
        body: !values.length
          ? []
          : whole
            ? [{ start: values[0].span.start, end: values[values.length - 1].span.end }]
            : values.map((cell) => cell.span),
      };
    });
    this.keyedSections(entries, span.end);
  }

  /**
   * How many columns key each row: two in a long-format sheet whose header names its first two
   * as keys (`section,item,value`, 「区分,項目,値」): each item a section under its group's, its
   * text keyed by both, as `section.item` is in YAML; else one.
   */
  keyColumns(header: TableRow): number {
    const keyed = (i: number) => this.b.vocabulary.test("key-column", plainWords(header.cells[i]?.text ?? ""));
    return header.cells.length > 2 && keyed(0) && keyed(1) ? 2 : 1;
  }

  /** The column of a header that heads each row's state (「状況」, "Status"), or -1. */
  statusColumn(header: TableRow): number {
    return header.cells.findIndex((cell, i) => i > 0 && this.b.vocabulary.test("status-column", plainWords(cell.text)));
  }

  /**
   * Is a row of an issues table still open by its status cell (「協議中」, "open")? Then its values are
   * the sides' positions, not terms agreed: read together with the status, as one statement, so that
   * a rule reads "10年 | 20年 | 協議中", not "10年" alone.
   */
  stillOpen(values: Cell[], status: number): boolean {
    const text = status >= 0 && values.length > 1 ? plainWords(values[status]?.text ?? "") : "";
    return text !== "" && (this.b.vocabulary.test("open-status", text) || this.b.vocabulary.test("deferral", text));
  }

  /** The rest of the last table, cut off into its own chunk: its first row repeats the header. */
  moreRows(node: MdTable): void {
    if (this.lastTableIsLayout)
      return this.keyValueRows(
        node.children.slice(1).map((row) => this.row(row)),
        this.span(node),
      );
    const table = this.b.tables[this.b.tables.length - 1];
    const body = node.children.slice(1).map((row) => this.row(row));
    table.rows.push(...body);
    // The same span object is in protectedSpans.
    table.span.end = this.span(node).end;
    for (const row of body) this.addRow(row);
  }

  row(row: MdTableRow): TableRow {
    return { span: this.span(row), cells: row.children.map((cell) => ({ text: plainText(cell), span: this.cellSpan(cell) })) };
  }

  cellSpan(cell: TableCell): Span {
    return cellContentSpan(cell, this.b.text, this.base);
  }

  code(node: Code): void {
    const span = this.span(node);
    this.protectedSpans.push(span);
    this.codeBlocks.push({ lang: node.lang ?? undefined, span, section: this.b.current });
    // CommonMark reads indented text as code, but plain-text contracts indent their paragraphs.
    // A code block is fenced or indented; only a fenced one opens with its fence.
    if (!FENCE_OPEN.test(this.b.text.slice(span.start, span.start + 3)))
      for (const block of blocks(span, this.b.text)) this.prose(trimmed(block, this.b.text), { type: "paragraph", children: [] }, []);
    else if (PROSE_FENCES.has((node.lang ?? "").toLowerCase())) this.proseInFence(span);
    else if (DATA_FENCES.has((node.lang ?? "").toLowerCase())) this.dataInFence(span);
  }

  /**
   * A plan exported as data (a register entry in ```yaml, a tool's export in ```json): its keys
   * are sections and its values statements under the current section, read as front matter is.
   * A block that does not parse, or nests absurdly deep, stays code.
   */
  dataInFence(span: Span): void {
    const inner = fenceContent(span, this.b.text);
    if (!inner) return;
    const root = parseFencedData(this.b.text.slice(inner.start, inner.end));
    if (!root) return;
    const level = this.b.currentLevel + 1;
    walkYaml(root, inner.start, this.b, level);
    this.b.closeTo(level, span.end);
  }

  /** Contract text is often fenced: its paragraphs count as statements of the section. */
  proseInFence(span: Span): void {
    const inner = fenceContent(span, this.b.text);
    if (!inner) return;
    for (const block of blocks(inner, this.b.text)) this.b.addSentences(block, "code");
  }
}

/** The lines between a fenced block's opening and closing fence lines. */
function fenceContent(span: Span, text: string): Span | undefined {
  const source = text.slice(span.start, span.end);
  const open = source.indexOf("\n");
  if (open < 0) return undefined;
  const close = source.lastIndexOf("\n");
  return { start: span.start + open + 1, end: close > open ? span.start + close : span.end };
}

/** Fence languages whose content is a plan's data: JSON is YAML, so both read as front matter does. */
const DATA_FENCES = new Set(["yaml", "yml", "json", "jsonc"]);

/** Deeper data is no plan's: the walk recurses per level. */
const MAX_DATA_DEPTH = 64;

/** The root of a fenced data block when it parses cleanly into a mapping or a list not too deep to walk. */
function parseFencedData(source: string): unknown {
  let doc;
  try {
    doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (doc.errors.length || !(isMap(doc.contents) || isSeq(doc.contents))) return undefined;
  // The depth, without recursion: each entry is a node and its depth.
  const pending: [unknown, number][] = [[doc.contents, 1]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (depth > MAX_DATA_DEPTH) return undefined;
    if (isMap(node)) for (const pair of node.items) pending.push([pair.value, depth + 1]);
    else if (isSeq(node)) for (const item of node.items) pending.push([item, depth + 1]);
  }
  return doc.contents;
}

/**
 * A cell's content without its pipes and padding (remark's cell position includes them), in
 * `text`, whose offset `base` the tree's positions count from; an empty cell's is where its
 * content would stand.
 */
export function cellContentSpan(cell: TableCell, text: string, base: number): Span {
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  if (first && last) return { start: base + first.position!.start.offset!, end: base + last.position!.end.offset! };
  const start = base + cell.position!.start.offset!;
  const lead = /^\|?[ \t]*/.exec(text.slice(start, base + cell.position!.end.offset!))![0].length;
  return { start: start + lead, end: start + lead };
}

/** The parts of `span` between blank lines. */
function blocks(span: Span, text: string): Span[] {
  const found: Span[] = [];
  const source = text.slice(span.start, span.end);
  const blank = /\n[ \t\u3000]*\n/g;
  let from = 0;
  for (let m = blank.exec(source); ; m = blank.exec(source)) {
    const to = m ? m.index : source.length;
    found.push({ start: span.start + from, end: span.start + to });
    if (!m) return found;
    from = m.index + m[0].length;
  }
}

/** `span` without the white space it opens with (an indented block's first line). */
function trimmed(span: Span, text: string): Span {
  let start = span.start;
  while (start < span.end && (text[start] === " " || text[start] === "\t")) start++;
  return { start, end: span.end };
}

/**
 * A setext heading over several lines, as CommonMark reads a block of lines over a dashed rule
 * ("申請番号：…\n申請日：…\n-----", 「【提携内容】\n提携目的：…\n-----」): plain-text forms and exports
 * draw the rule to separate their blocks, not to title them, as is a rule that opens a frame round
 * the next line (see framedLine). The block, as the paragraph it is
 * (the rule is a separator, which the model skips); undefined for an ATX heading or a one-line title.
 */
function ruledParagraph(node: Heading, text: string, base: number): Paragraph | undefined {
  const { start, end } = node.position!;
  const source = text.slice(base + start.offset!, base + end.offset!);
  const rule = source.trimEnd().lastIndexOf("\n");
  if (ATX_START.test(source) || rule < 0) return undefined;
  // A title framed by rules above and below (「=====\n４．数値指標\n=====」) is a heading still.
  const block = source.slice(0, rule).trimEnd();
  // A sentence over the rule that opens a frame (「以下のとおりです。\n-----\n1. 目的\n-----」): not titled by it.
  const next = text.indexOf("\n", base + end.offset!) + 1;
  const opensFrame = next > 0 && framedLine(text, next);
  if (!opensFrame && block.split("\n").filter((line) => !RULE_LINE.test(line)).length < 2) return undefined;
  const close = block.length;
  return { type: "paragraph", children: node.children, position: { start, end: { ...start, offset: start.offset! + close } } };
}

/** A heading's title without the rule drawn above it in plain text (「=====\n４．数値指標」 reads 「４．数値指標」). */
function withoutRules(title: string): string {
  return title.includes("\n")
    ? title
        .split("\n")
        .filter((line) => !RULE_LINE.test(line))
        .join("\n")
    : title;
}

/** A line drawn as a rule in plain text: dashes, equals signs, box-drawing lines or blocks, alone. */
const RULE_LINE = /^[\s=＝\-－_─━■]*$/;
/** An ATX heading's opening hashes, after up to three spaces of indent. */
const ATX_START = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** The text of a node without markup. */
export function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.type === "html" ? "" : node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

/** A cell's words as the vocabulary reads them: width and case folded. */
function plainWords(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

/** A titled part of a term sheet or canvas: its title, where the title stands, the spans of its text. */
interface KeyedSection {
  title: string;
  titleSpan: Span;
  body: Span[];
  /** The group the part is one item of (a long-format sheet's section cell): a section over it. */
  group?: Cell;
}

/** A toggle's title: `<summary>…</summary>` in an HTML block. */
const SUMMARY = /<summary>([^<\n]{1,80})<\/summary>/i;

/**
 * Columns whose first cells are short titles, at least three of them naming different
 * plan elements (a term sheet's other rows are deal terms: 投資額, Round, Board seat): the layout of a term sheet or a property table, not a table of data (a KPI
 * table's first column names metrics, "KPI 1", "KPI 2"; an ownership table's names assets).
 */
function isKeyValueLayout(rows: TableRow[], vocabulary: Vocabulary): boolean {
  // Two to four columns: a label and its text, or "our side / their side" after the label. With
  // more than two, the header's first cell is blank or generic: 「| 指標 | 目標 | 期限 |」 is a KPI table.
  if (rows.length < 3 || rows.some((r) => r.cells.length < 2 || r.cells.length > 4 || r.cells[0].text.trim().length > 40)) return false;
  if (rows[0].cells.length > 2 && classifyTitle(rows[0].cells[0].text, vocabulary).length) return false;
  const named = rows.map((r) => classifyTitle(r.cells[0].text, vocabulary)).filter((elements) => elements.length);
  const distinct = new Set(named.map((elements) => elements.join()));
  return distinct.size >= 3;
}
