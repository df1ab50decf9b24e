/**
 * The terminal format, after ESLint's `stylish`: each file with problems, one aligned row per
 * finding (`line:col  severity  message  ruleId`), then a summary. Nothing at all when clean.
 */
import type { Finding, LintResult } from "../engine/finding";
import type { Formatter } from "./types";
import { relativePath } from "./relative-path";
import { resultCounts } from "./json";

type Paint = (code: [number, number], text: string) => string;

export const stylish: Formatter = (results, context) => {
  const paint: Paint = context.color ? (code, text) => `\u001b[${code[0]}m${text}\u001b[${code[1]}m` : (_, text) => text;
  const blocks = results.filter((r) => r.findings.length > 0).map((r) => fileBlock(r, relativePath(r.filePath, context.cwd), paint));
  const summary = summaryLines(results, paint);
  return summary ? `\n${blocks.join("")}${summary}` : "";
};

const UNDERLINE: [number, number] = [4, 24];
const DIM: [number, number] = [2, 22];
const BOLD: [number, number] = [1, 22];
const RED: [number, number] = [31, 39];
const YELLOW: [number, number] = [33, 39];

interface Row {
  line: string;
  column: string;
  severity: string;
  message: string;
  ruleId: string;
}

function fileBlock(result: LintResult, shownPath: string, paint: Paint): string {
  const rows = result.findings.map(toRow);
  const width = (key: keyof Row) => Math.max(...rows.map((r) => displayWidth(r[key])));
  const [line, column, severity, message] = [width("line"), width("column"), width("severity"), width("message")];
  // As ESLint: line numbers right-aligned, so the colons line up; then left-aligned columns.
  const lines = rows.map((r) =>
    [
      "",
      paint(DIM, `${padStart(r.line, line)}:${r.column}`) + spaces(column - r.column.length),
      paint(r.severity === "error" ? RED : YELLOW, r.severity) + spaces(severity - r.severity.length),
      padEnd(r.message, message),
      paint(DIM, r.ruleId),
    ]
      .join("  ")
      .trimEnd(),
  );
  return `${paint(UNDERLINE, shownPath)}\n${lines.join("\n")}\n\n`;
}

function toRow(finding: Finding): Row {
  return {
    line: String(finding.range.start.line + 1),
    column: String(finding.range.start.character + 1),
    severity: finding.severity === "error" ? "error" : "warning",
    message: finding.message,
    ruleId: finding.ruleId,
  };
}

/** `✖ 3 problems (2 errors, 1 warning)` and the fixable count; empty when there are none. */
function summaryLines(results: readonly LintResult[], paint: Paint): string {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const counts of results.map(resultCounts)) {
    errors += counts.errorCount;
    warnings += counts.warningCount;
    fixable += counts.fixableErrorCount + counts.fixableWarningCount;
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const colour = (text: string) => paint(BOLD, paint(errors > 0 ? RED : YELLOW, text));
  let out = colour(`✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`) + "\n";
  if (fixable > 0) out += colour(`  ${fixable} fixable with --fix`) + "\n";
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function padStart(text: string, width: number): string {
  return spaces(width - displayWidth(text)) + text;
}

function padEnd(text: string, width: number): string {
  return text + spaces(width - displayWidth(text));
}

function spaces(n: number): string {
  return " ".repeat(Math.max(0, n));
}

/** Terminal columns: CJK and full-width characters take two, so Japanese messages still align. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, punctuation 「」、。
  [0x3041, 0x33ff], // kana, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6], // full-width signs
  [0x1f300, 0x1f64f], // emoji
  [0x1f900, 0x1f9ff], // emoji
  [0x20000, 0x3fffd], // CJK extensions B and beyond
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}
