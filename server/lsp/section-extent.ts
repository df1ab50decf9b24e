/**
 * Where a finding's text is. Findings about a whole section (an exit clause deferred with
 * 「別途協議」) point at its heading or YAML key; the phrase to replace is in the body. A
 * finding about the whole plan points at its first heading too, so the body counts only
 * when the heading names the rule's own element (the engine's heading vocabulary decides).
 */
import type { Range } from "vscode-languageserver";
import { classifyTitle, keyToTitle } from "../engine/elements";
import type { PlanElement, Span } from "../engine/model";
import type { TextLines } from "./text-lines";

/** An ATX heading's opening; its title is the rest of the line (atxTitle). */
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const YAML_KEY = /^[ \t]*(?:-[ \t]+)?([^\s#][^:]*):(?:[ \t]|$)/;

export interface SectionOf {
  element: PlanElement;
  /** The config's extra heading synonyms. */
  synonyms: Partial<Record<PlanElement, string[]>>;
}

export function findingExtent(lines: TextLines, range: Range, yamlFile: boolean, about?: SectionOf): Span {
  const { doc } = lines;
  const line = range.start.line;
  const text = lines.lines[line] ?? "";
  const span = { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
  if (range.end.line !== line || !about) return span;
  const names = (title: string) => classifyTitle(title, about.synonyms).includes(about.element);
  const yaml = yamlFile || lines.inFrontMatter(line);
  const heading = yaml ? null : ATX.exec(text);
  if (heading && names(atxTitle(text.slice(heading[0].length)))) {
    return { start: span.start, end: lineStart(lines, nextHeading(lines, line, heading[1].length)) };
  }
  const key = yaml ? YAML_KEY.exec(text) : null;
  if (key && names(keyToTitle(key[1].trim()))) {
    return { start: span.start, end: lineStart(lines, endOfNode(lines, line)) };
  }
  return span;
}

/** The next line that is a heading of `level` or higher, or the line count. */
function nextHeading(lines: TextLines, line: number, level: number): number {
  for (let i = line + 1; i < lines.lines.length; i++) {
    const m = ATX.exec(lines.lines[i]);
    if (m && m[1].length <= level) return i;
  }
  return lines.lines.length;
}

/** The first line after the key's value: the next non-blank line indented no deeper than the key. */
function endOfNode(lines: TextLines, line: number): number {
  const indent = lines.indentation(line);
  for (let i = line + 1; i < lines.lines.length; i++) {
    if (lines.lines[i].trim() && lines.indentation(i) <= indent) return i;
    if (i === lines.frontMatterEnd) return i;
  }
  return lines.lines.length;
}

/**
 * A heading's title from the text after its opening: without surrounding spaces and a closing
 * sequence (`## Exit ##`). Trimmed in code: a regex with an optional closing sequence after a
 * lazy title would try every split of a run of spaces.
 */
function atxTitle(rest: string): string {
  const title = trimEnd(rest, " \t").replace(/^[ \t]+/, "");
  const open = trimEnd(title, "#");
  return /[ \t]$/.test(open) ? trimEnd(open, " \t") : title;
}

function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

function lineStart(lines: TextLines, line: number): number {
  return line >= lines.lines.length ? lines.doc.getText().length : lines.doc.offsetAt({ line, character: 0 });
}
