/**
 * Tables written as HTML in a Markdown plan (`<table><tr><th>…</th></tr><tr><td>…</td></tr></table>`),
 * as converters and wikis leave them: CommonMark keeps them as raw HTML, but their cells are plan
 * text. Read tag by tag (one linear scan, no nesting of tables): each table's title (its
 * `<caption>`, or a first row of one cell across the table, "1. Purpose"), its header (a first
 * row of `<th>` cells), its body rows, each cell's text and where it stands, and the tags, which a
 * row's statement reads as blank.
 */
import type { Cell, Span, TableRow } from "./model";
import { trimSpan } from "./sentences";

export interface HtmlTable {
  title: Cell | undefined;
  header: TableRow | undefined;
  rows: TableRow[];
  span: Span;
  /** The tags of each body row, in order: the text of its statement reads them as white space. */
  rowTags: Span[][];
}

interface OpenRow {
  row: TableRow;
  headers: boolean[];
  tags: Span[];
}

/** A tag, opening or closing, of the elements a table is made of. */
const TAG = /<(\/?)(table|caption|tr|td|th|thead|tbody|tfoot)\b[^<>]*>/gi;
/** Any other tag inside a cell (<b>, <br>, <span>): markup, not text. */
const INLINE_TAG = /<[^<>]*>/g;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&quot;": '"', "&#39;": "'" };
const ENTITY = /&(?:amp|lt|gt|nbsp|quot|#39);/g;

interface OpenCell {
  start: number;
  header: boolean;
}

/** The HTML tables in `span` of `text` (an HTML block of the document). */
export function htmlTables(text: string, span: Span): HtmlTable[] {
  const tables: HtmlTable[] = [];
  const source = text.slice(span.start, span.end);
  let table: Building | undefined;
  let row: OpenRow | undefined;
  let cell: OpenCell | undefined;
  let caption: number | undefined;
  const closeCell = (at: number) => {
    if (cell && row) {
      row.row.cells.push(cellAt(text, cell.start, at));
      row.headers.push(cell.header);
      // Markup inside the cell (<b>, <br>) is blank in the row's text too.
      for (const tag of text.slice(cell.start, at).matchAll(INLINE_TAG))
        row.tags.push({ start: cell.start + tag.index, end: cell.start + tag.index + tag[0].length });
    }
    cell = undefined;
  };
  const closeRow = (at: number) => {
    closeCell(at);
    if (row && table && row.row.cells.length) {
      row.row.span.end = at;
      table.all.push(row);
    }
    row = undefined;
  };
  for (const m of source.matchAll(TAG)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    const [closing, name] = [m[1] === "/", m[2].toLowerCase()];
    if (name === "table") {
      // A table ends at its closing tag, or where the next opens (tables nested in cells are not read).
      closeRow(start);
      if (table) tables.push(finish(table, closing ? end : start));
      caption = undefined;
      table = closing ? undefined : { title: undefined, header: undefined, rows: [], rowTags: [], span: { start, end: span.end }, all: [] };
      continue;
    }
    if (!table) continue;
    if (name === "caption") {
      if (!closing) caption = end;
      else if (caption !== undefined) table.title = cellAt(text, caption, start);
    } else if (name === "tr") {
      closeRow(start);
      if (!closing) row = { row: { cells: [], span: { start, end } }, headers: [], tags: [] };
    } else if (name === "td" || name === "th") {
      closeCell(start);
      if (!closing) cell = { start: end, header: name === "th" };
    }
    row?.tags.push({ start, end });
  }
  closeRow(span.end);
  if (table) tables.push(finish(table, span.end));
  return tables;
}

/** A table while its tags are read: every row so far, title and header among them. */
type Building = HtmlTable & { all: OpenRow[] };

/** The table with its title row (one cell across it) and header row (all <th>) told apart from its body. */
function finish(table: Building, end: number): HtmlTable {
  const { all, ...rest } = table;
  rest.span.end = end;
  let body = all;
  if (!rest.title && body.length > 1 && body[0].row.cells.length === 1 && body.slice(1).some((r) => r.row.cells.length > 1)) {
    rest.title = body[0].row.cells[0];
    body = body.slice(1);
  }
  if (body.length > 1 && body[0].headers.every(Boolean)) {
    rest.header = body[0].row;
    body = body.slice(1);
  }
  rest.rows = body.map((r) => r.row);
  rest.rowTags = body.map((r) => r.tags);
  return rest;
}

/** A cell's text (its inline tags dropped, entities read) and the span of its content without white space at either end. */
function cellAt(text: string, from: number, to: number): Cell {
  const { start, end } = trimSpan(text.slice(from, to), from) ?? { start: from, end: from };
  const raw = text.slice(start, end);
  const plain = raw.replace(INLINE_TAG, " ").replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
  return { text: plain.replace(/\s+/g, " ").trim(), span: { start, end } };
}
