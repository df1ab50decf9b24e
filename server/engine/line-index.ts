/**
 * Offset ↔ position conversion. Offsets and columns are UTF-16 code units (what JS strings
 * and LSP use); `\r\n`, `\n` and `\r` each end a line, as LSP says.
 */
import { lowerBound } from "./lower-bound";

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // The last line that starts at or before the offset (the first line starts at 0).
    const line = lowerBound(this.starts.length, (i) => this.starts[i], clamped + 1) - 1;
    return { line, character: clamped - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset of the line's first character. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just before the line's terminator. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The document's dominant line terminator, for text the linter inserts. */
  eol(): "\r\n" | "\n" {
    const firstLf = this.text.indexOf("\n");
    return firstLf > 0 && this.text.charCodeAt(firstLf - 1) === 13 ? "\r\n" : "\n";
  }
}

/** Offset of the `\n` that ends the line holding `at` (or the text's length): a `\r` before it stays in the line. */
export function lineEnd(text: string, at: number): number {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? text.length : nl;
}
