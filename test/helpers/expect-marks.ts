/**
 * Expected findings written next to the text, as markdownlint's test scenarios do: a comment at
 * the end of the line a finding starts on lists `ruleId/messageId`s, comma-separated —
 * `<!-- expect: missing-kpi/rowNoTarget -->` in Markdown, `# expect: …` in YAML and front matter.
 * Plan-wide findings are marked on the line they are reported on (the title for "nothing at all").
 * A line that a comment would change (a **bold** or CAPS pseudo-heading is one only when alone on
 * its line) is named instead in a list on the first line: `ruleId/messageId@22`.
 */
import { readFileSync } from "node:fs";

const MARKERS = [
  { open: " <!-- expect: ", close: " -->" },
  { open: " # expect: ", close: "" },
] as const;

export interface MarkedText {
  /** The text with every marker removed; line numbers are unchanged. */
  stripped: string;
  /** `line ruleId/messageId` rows (1-based line), in line order. */
  expected: string[];
}

function splitMarker(line: string): { text: string; ids: string[] } {
  for (const { open, close } of MARKERS) {
    const at = line.lastIndexOf(open);
    if (at >= 0 && line.endsWith(close)) {
      const ids = line.slice(at + open.length, line.length - close.length).split(",");
      return { text: line.slice(0, at), ids: ids.map((id) => id.trim()) };
    }
  }
  return { text: line, ids: [] };
}

/** `id` or `id@line` as a `line id` row. */
function at(id: string, markerLine: number): string {
  const [ruleMessage, line = String(markerLine)] = id.split("@");
  return `${line} ${ruleMessage}`;
}

export function readMarks(text: string): MarkedText {
  const lines = text.split("\n").map(splitMarker);
  return {
    stripped: lines.map((l) => l.text).join("\n"),
    expected: lines.flatMap((l, i) => l.ids.map((id) => at(id, i + 1))),
  };
}

/** A fixture's plan text, as the tests that use it as a plan (not its marks) want it. */
export function readFixture(file: string): string {
  return readMarks(readFileSync(file, "utf8")).stripped;
}
