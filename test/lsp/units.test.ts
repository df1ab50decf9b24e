/** The server's text helpers, without a server: directives, minimal edits. */
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { disableEdit, TextLines } from "../../server/lsp/disable-comment";
import { minimalEdit } from "../../server/lsp/positions";

const lines = (text: string, uri = "file:///p.alliance.md") => new TextLines(TextDocument.create(uri, "markdown", 1, text));

describe("disableEdit", () => {
  it("uses the YAML form in front matter and refuses the --- lines", () => {
    const text = "---\nkpis:\n  - name: 売上\n---\n# Plan\n";
    expect(disableEdit(lines(text), 2, "missing-kpi", false)?.newText).toBe("  # alliance-lint-disable-next-line missing-kpi\n");
    expect(disableEdit(lines(text), 0, "missing-kpi", false)).toBeUndefined();
    expect(disableEdit(lines(text), 3, "missing-kpi", false)).toBeUndefined();
  });

  it("refuses a line inside a YAML block scalar, where # is text", () => {
    const text = "exit: |\n  別途協議\n";
    expect(disableEdit(lines(text, "file:///p.alliance.yaml"), 1, "missing-exit-clause", true)).toBeUndefined();
  });

  it("keeps blockquote markers and the document's line ends", () => {
    const edit = disableEdit(lines("# Plan\r\n\r\n> - Explore synergies.\r\n"), 2, "vague-objective", false);
    expect(edit?.newText).toBe(">   <!-- alliance-lint-disable-next-line vague-objective -->\r\n");
  });
});

describe("minimalEdit", () => {
  it("replaces only the changed middle, never half a surrogate pair", () => {
    const doc = TextDocument.create("file:///x.md", "markdown", 1, "a😀b");
    expect(minimalEdit(doc, "a😁b")).toEqual({
      range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } },
      newText: "😁",
    });
    expect(minimalEdit(doc, "a😀b")).toBeUndefined();
  });
});
