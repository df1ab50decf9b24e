/**
 * Pandoc's grid tables (what `pandoc -t markdown` makes of a Word table whose cells hold several
 * lines), which CommonMark reads as one paragraph of pipes and dashes:
 *
 *   +---------+-----------------+
 *   | KPI     | FY2027 target   |
 *   +=========+=================+
 *   | Dealers | 300, reviewed   |
 *   |         | quarterly       |
 *   +---------+-----------------+
 *
 * Rows lie between border lines; the `=` border ends the header. Columns are display columns:
 * pandoc aligns the pipes of a Japanese row by width, a kanji taking two. A cell's text is its
 * lines joined; its span is its first line's part (a cell of several lines has no single stretch
 * of the source). A table whose pipes leave the first border's columns (a spanning cell) is not
 * read: it stays a paragraph.
 */
import { eastAsianWidth } from "get-east-asian-width";
import type { Cell, Span, TableRow } from "./model";

export interface GridTable {
  header?: TableRow;
  rows: TableRow[];
}

const BORDER = /^\+(?:[-=:]+\+)+[ \t]*$/;
const CONTENT = /^\|.*\|[ \t]*$/;

export interface Line {
  text: string;
  start: number;
}

/** A row's line, with the character index at each display column where a character starts. */
interface RowLine extends Line {
  at: Map<number, number>;
}

/** The grid table that `text[span]` is, or undefined when it is anything else. */
export function gridTable(text: string, span: Span): GridTable | undefined {
  // Most paragraphs are prose: only one that opens with a border is split into lines.
  if (text[span.start] !== "+") return undefined;
  const lines = linesOf(text, span);
  if (lines.length < 3 || !BORDER.test(lines[0].text) || !BORDER.test(lines[lines.length - 1].text)) return undefined;
  const columns = borderColumns(lines[0].text);
  const groups: { lines: RowLine[]; headerEnds: boolean }[] = [];
  let current: RowLine[] = [];
  for (const line of lines.slice(1)) {
    if (BORDER.test(line.text)) {
      if (!current.length || borderColumns(line.text).join() !== columns.join()) return undefined;
      groups.push({ lines: current, headerEnds: line.text.includes("=") });
      current = [];
      continue;
    }
    // A line is measured only once it looks like a row: a long paragraph that opens with "+" costs no map.
    const at = CONTENT.test(line.text) ? displayColumns(line.text) : undefined;
    if (!at || !columns.every((c) => line.text[at.get(c) ?? -1] === "|")) return undefined;
    current.push({ ...line, at });
  }
  const rows = groups.map((group) => row(group.lines, columns));
  const headed = groups.findIndex((g) => g.headerEnds) === 0;
  return headed ? { header: rows[0], rows: rows.slice(1) } : { rows };
}

export function linesOf(text: string, span: Span): Line[] {
  const lines: Line[] = [];
  for (let start = span.start; start < span.end;) {
    const eol = text.indexOf("\n", start);
    const end = eol < 0 || eol > span.end ? span.end : eol;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ""), start });
    start = end + 1;
  }
  return lines;
}

function displayColumns(line: string): Map<number, number> {
  const at = new Map<number, number>();
  let column = 0;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i)!;
    at.set(column, i);
    column += eastAsianWidth(code);
    i += code > 0xffff ? 2 : 1;
  }
  at.set(column, line.length);
  return at;
}

/** Where a border's `+` marks stand: the column boundaries (a border is ASCII: columns are indices). */
function borderColumns(border: string): number[] {
  const at: number[] = [];
  for (let i = border.indexOf("+"); i >= 0; i = border.indexOf("+", i + 1)) at.push(i);
  return at;
}

function row(lines: RowLine[], columns: number[]): TableRow {
  const last = lines[lines.length - 1];
  const cells = columns.slice(0, -1).map((from, j) => cell(lines, from + 1, columns[j + 1]));
  return { cells, span: { start: lines[0].start, end: last.start + last.text.length } };
}

/** The cell between two boundaries' display columns (each line has a pipe at both: see gridTable). */
function cell(lines: RowLine[], from: number, to: number): Cell {
  const parts = lines
    .map((line) => ({ line, from: line.at.get(from)!, part: line.text.slice(line.at.get(from)!, line.at.get(to)) }))
    .filter(({ part }) => part.trim());
  const first = parts[0];
  if (!first) {
    const at = lines[0].start + lines[0].at.get(from)!;
    return { text: "", span: { start: at, end: at } };
  }
  const lead = first.part.length - first.part.trimStart().length;
  const start = first.line.start + first.from + lead;
  return { text: joined(parts.map(({ part }) => part.trim())), span: { start, end: start + first.part.trim().length } };
}

/** Japanese has no spaces between words: a line break next to a wide character joins without one. */
function joined(parts: string[]): string {
  const wide = (char: string | undefined) => char !== undefined && eastAsianWidth(char.codePointAt(0)!) === 2;
  return parts.reduce((text, part) => text + (wide(text.at(-1)) || wide(part[0]) ? "" : " ") + part);
}
