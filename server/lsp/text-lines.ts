/** Line-level views of a document that the code actions need: lines, EOL, front matter. */
import type { TextDocument } from "vscode-languageserver-textdocument";

export class TextLines {
  readonly lines: string[];
  readonly eol: "\r\n" | "\n";
  /** Last line of the front matter (its closing `---`), or -1 when there is none. */
  readonly frontMatterEnd: number;

  constructor(readonly doc: TextDocument) {
    const text = doc.getText();
    this.lines = text.split(/\r\n|\r|\n/);
    this.eol = /\r\n/.test(text.slice(0, text.indexOf("\n") + 1)) ? "\r\n" : "\n";
    this.frontMatterEnd = findFrontMatterEnd(this.lines);
  }

  inFrontMatter(line: number): boolean {
    return line > 0 && line < this.frontMatterEnd;
  }

  indentation(line: number): number {
    return /^[ \t]*/.exec(this.lines[line] ?? "")![0].length;
  }
}

function findFrontMatterEnd(lines: string[]): number {
  if (!/^\uFEFF?---\s*$/.test(lines[0] ?? "")) return -1;
  for (let i = 1; i < lines.length; i++) if (/^(?:---|\.\.\.)\s*$/.test(lines[i])) return i;
  return -1;
}
