/**
 * Tables drawn line by line with a delimiter, which CommonMark reads as one paragraph:
 *
 * - a tab-separated sheet pasted from a spreadsheet (every line with the same number of tabs);
 * - a comma-separated sheet pasted as text (`section,item,value`), read as CSV is written: its
 *   delimiters never followed by a space, as prose's commas are;
 * - an AsciiDoc table: `|===` … `|===`, each cell opening with `|`, its header named by an
 *   attribute line (`[options="header"]`, `[%header]`);
 * - an Org-mode table: rows between pipes, the header ended by a rule `|----+----|` (GFM wants
 *   `|----|----|`, so the `+` leaves it a paragraph);
 * - pipe rows with no delimiter row at all, as a table pasted from a slide or a caption is written
 *   (`| Measure | Target |` over its rows): the first row is the header;
 * - columns aligned with spaces, as a table pasted from a terminal or a sheet as text is
 *   (`Measure    Baseline   Target`): cells apart by two spaces or more, and a reStructuredText
 *   simple table, the same between rules of `=====  =====`.
 *
 * A table may start after the paragraph's first lines (an Org property drawer above it): `start`
 * is where it begins, the text before it is prose. Cells are the trimmed text between delimiters.
 */
import type { Cell, Span, TableRow } from "./model";
import { linesOf, type Line } from "./grid-table";

export interface LineTable {
  /** Where the table starts in the source (the paragraph's text before it is prose). */
  start: number;
  header?: TableRow;
  rows: TableRow[];
}

const ASCIIDOC_FENCE = /^\|={3,}[ \t]*$/;
/** An AsciiDoc block attribute line; one naming "header" (`[cols="1,3",options="header"]`, `[%header]`) heads the table with its first row. */
const ASCIIDOC_ATTRIBUTES = /^\[[^\]\n]*\][ \t]*$/;
const ORG_RULE = /^[ \t]*\|-[-+|: \t]*$/;

/**
 * A paragraph that may hold a line table: a tab, a pipe, a comma with no space after it, or two
 * spaces (ASCII or ideographic) after a character that is not one, a gap between cells. That last
 * is written from the spaces back (not `\S[ \u3000]{2}`) so that the search stops only where a
 * space is, not at every character: half the prefilter's CPU on the bench corpus's paragraphs.
 */
const LINE_TABLE_HINT = /[\t|]|,\S|[ \u3000]{2}(?<=\S[ \u3000]{2})/;

/** The line table that `text[span]` is or ends with, or undefined when it holds none. */
export function lineTable(text: string, span: Span): LineTable | undefined {
  // Most paragraphs are prose: only one with a hint of a table is split into lines.
  if (!LINE_TABLE_HINT.test(text.slice(span.start, span.end))) return undefined;
  const lines = linesOf(text, span);
  return tabTable(lines) ?? csvTable(lines) ?? asciidocTable(lines) ?? orgTable(lines) ?? spacedTable(lines);
}

/** Two spaces or more (ASCII or ideographic) between a line's cells, or a tab. */
const SPACED = /[ \t\u3000]{2,}|\t/g;
/** A cell that prose would have, not a table: a sentence's end, or a label's colon. */
const NOT_A_CELL = /[.。!?！？:：]$/;

/**
 * Lines aligned in columns with spaces, to the paragraph's end: three or more (a header and two
 * rows), each of the same cells (two at least), all short. The header names its columns: its first
 * cell (the rows' label) holds no figure, as a dated log's line does, and none ends as a sentence
 * or a label does (a form's "Partner:   Acme" lines).
 */
function spacedTable(lines: Line[]): LineTable | undefined {
  // A reStructuredText simple table draws its rules as runs of "=" (or "-") under each column; they hold no cells.
  const rows = lines.map(spacedRow).filter((row) => !row.cells.every((cell) => COLUMN_RULE.test(cell.text)));
  if (!rows.length) return undefined;
  const width = rows.at(-1)!.cells.length;
  let first = rows.length;
  while (first > 0 && rows[first - 1].cells.length === width) first--;
  const [header, ...body] = rows.slice(first);
  if (width < 2 || body.length < 2 || /\d/.test(header.cells[0].text)) return undefined;
  if (header.cells.some((cell) => NOT_A_CELL.test(cell.text) || cell.text.length > 30)) return undefined;
  if (body.some((row) => row.cells.some((cell) => cell.text.length > 40 || NOT_A_CELL.test(cell.text)))) return undefined;
  return { start: header.span.start, header, rows: body };
}

/** A column's rule in a table drawn with spaces: `=====` or `-----`. */
const COLUMN_RULE = /^(?:={2,}|-{2,})$/;

/** A line's cells between runs of spaces, its indent and trailing spaces left out. */
function spacedRow(line: Line): TableRow {
  const cells: Cell[] = [];
  const add = (from: number, to: number) => {
    const part = line.text.slice(from, to);
    const lead = part.length - part.trimStart().length;
    if (part.trim())
      cells.push({ text: part.trim(), span: { start: line.start + from + lead, end: line.start + from + lead + part.trim().length } });
  };
  let from = 0;
  for (const gap of line.text.matchAll(SPACED)) {
    add(from, gap.index);
    from = gap.index + gap[0].length;
  }
  add(from, line.text.length);
  return { cells, span: { start: line.start, end: line.start + line.text.length } };
}

/** Three lines or more (a header and two rows), each with the same number of tabs, one at least. */
function tabTable(lines: Line[]): LineTable | undefined {
  const tabs = (line: Line) => line.text.split("\t").length - 1;
  const count = tabs(lines[0]);
  if (lines.length < 3 || count < 1 || !lines.every((line) => tabs(line) === count)) return undefined;
  const [header, ...rows] = lines.map((line) => rowOf(line, line.text.split("\t"), 0));
  return { start: lines[0].start, header, rows };
}

/**
 * Three lines or more, each split by its commas outside double quotes into the same number of
 * parts (two at least), no comma followed by a space, and a header of names: none empty, none
 * cut from a figure (a wrapped paragraph with "1,800" on each line is no sheet). A quoted cell's
 * text is within its quotes.
 */
function csvTable(lines: Line[]): LineTable | undefined {
  const split = lines.map((line) => csvParts(line.text));
  const count = split[0]?.length ?? 0;
  if (lines.length < 3 || count < 2 || !split.every((parts) => parts?.length === count)) return undefined;
  if (split[0]!.some((part) => part.trim() === "") || THOUSANDS.test(lines[0].text)) return undefined;
  const [header, ...rows] = lines.map((line, i) => unquoted(rowOf(line, split[i]!, 0)));
  return { start: lines[0].start, header, rows };
}

/** A comma grouping a figure's thousands ("1,800"), which a sheet's header has none of. */
const THOUSANDS = /\d,\d{3}(?!\d)/;

/** A line's parts between its commas outside double quotes; undefined when a comma is followed by a space (prose). */
function csvParts(line: string): string[] | undefined {
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === "," && !quoted) {
      if (/\s/.test(line[i + 1] ?? "")) return undefined;
      parts.push(line.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(line.slice(from));
  return parts;
}

/** The row with each quoted cell's quotes taken off its text and span. */
function unquoted(row: TableRow): TableRow {
  const cells = row.cells.map((cell) =>
    cell.text.length > 1 && cell.text.startsWith('"') && cell.text.endsWith('"')
      ? { text: cell.text.slice(1, -1).replace(/""/g, '"'), span: { start: cell.span.start + 1, end: cell.span.end - 1 } }
      : cell,
  );
  return { ...row, cells };
}

/** `[attributes]` (optional), `|===`, rows of `|cell |cell`, `|===`: cells run over lines, counted into rows by the first line's. */
function asciidocTable(lines: Line[]): LineTable | undefined {
  const attributes = ASCIIDOC_ATTRIBUTES.test(lines[0].text) ? 1 : 0;
  const last = lines.length - 1;
  if (last - attributes < 2 || !ASCIIDOC_FENCE.test(lines[attributes].text) || !ASCIIDOC_FENCE.test(lines[last].text)) return undefined;
  const body = lines.slice(attributes + 1, last);
  if (!body.every((line) => line.text.trimStart().startsWith("|"))) return undefined;
  const width = cellsOf(body[0]).length;
  const cells = body.flatMap((line) => cellsOf(line).map((cell) => ({ cell, line })));
  if (width < 2 || cells.length % width) return undefined;
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += width) {
    const group = cells.slice(i, i + width);
    const end = group[width - 1].line;
    rows.push({ cells: group.map((c) => c.cell), span: { start: group[0].line.start, end: end.start + end.text.length } });
  }
  const headed = attributes > 0 && /\bheader\b/.test(lines[0].text);
  return headed ? { start: lines[0].start, header: rows[0], rows: rows.slice(1) } : { start: lines[0].start, rows };
}

/** An AsciiDoc row line's cells: the text after each `|`. */
function cellsOf(line: Line): Cell[] {
  const parts = line.text.split("|");
  return rowOf(line, parts.slice(1), parts[0].length + 1).cells;
}

/**
 * Pipe rows to the paragraph's end, the first of them the header: followed by a rule (Org-mode; rules
 * below it are ignored), or, with no rule among them, three rows or more of one width (two cells at least).
 */
function orgTable(lines: Line[]): LineTable | undefined {
  let first = lines.length;
  while (first > 0 && isPipeRow(lines[first - 1].text)) first--;
  if (lines.length - first < 3 || ORG_RULE.test(lines[first].text)) return undefined;
  if (!ORG_RULE.test(lines[first + 1].text)) return ruleless(lines.slice(first));
  const rows = lines.slice(first + 2).filter((line) => !ORG_RULE.test(line.text));
  return { start: lines[first].start, header: pipeRow(lines[first]), rows: rows.map(pipeRow) };
}

/** Pipe rows with no rule: a table when every row has the same cells, two at least (a lone `|` in prose splits nothing evenly). */
function ruleless(lines: Line[]): LineTable | undefined {
  if (lines.some((line) => ORG_RULE.test(line.text))) return undefined;
  const [header, ...rows] = lines.map(pipeRow);
  const width = header.cells.length;
  if (width < 2 || rows.some((row) => row.cells.length !== width)) return undefined;
  return { start: lines[0].start, header, rows };
}

/** A row between pipes: the text between each pair. */
function pipeRow(line: Line): TableRow {
  const parts = line.text.trimEnd().split("|");
  return rowOf(line, parts.slice(1, -1), parts[0].length + 1);
}

function isPipeRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 1 && trimmed.startsWith("|") && trimmed.endsWith("|");
}

/** A row from a line's parts (split on its delimiter, a one-character one), the first starting at `offset` in the line. */
function rowOf(line: Line, parts: string[], offset: number): TableRow {
  let at = line.start + offset;
  const cells = parts.map((part) => {
    const lead = part.length - part.trimStart().length;
    const cell = { text: part.trim(), span: { start: at + lead, end: at + lead + part.trim().length } };
    at += part.length + 1;
    return cell;
  });
  return { cells, span: { start: line.start, end: line.start + line.text.length } };
}
