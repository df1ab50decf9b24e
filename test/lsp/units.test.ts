/** The server's text helpers, without a server: deferral phrases, directives, minimal edits. */
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { findDeferrals, placeholder } from "../../server/lsp/deferral";
import { disableEdit } from "../../server/lsp/disable-comment";
import { minimalEdit } from "../../server/lsp/positions";
import { TextLines } from "../../server/lsp/text-lines";

const lines = (text: string, uri = "file:///p.alliance.md") => new TextLines(TextDocument.create(uri, "markdown", 1, text));

describe("findDeferrals", () => {
  const phrases = (text: string) => findDeferrals(text, 0, text.length).map((d) => d.phrase);

  it("takes the verb a Japanese deferral hangs on", () => {
    expect(phrases("帰属は別途協議の上定める。")).toEqual(["別途協議の上定める"]);
    expect(phrases("期間は追って定める。")).toEqual(["追って定める"]);
    expect(phrases("協議の上決定する。")).toEqual(["協議の上決定する"]);
  });

  it("maps matches on normalised text back to the original (full-width, case, emphasis)", () => {
    expect(phrases("Exit: **TBD**.")).toEqual(["TBD"]);
    expect(phrases("期限：ＴＢＤ")).toEqual(["ＴＢＤ"]);
    expect(phrases("Exit: Tbd.")).toEqual(["Tbd"]);
  });

  it("ignores good-faith boilerplate", () => {
    expect(phrases("本契約に定めのない事項は、両当事者が誠実に協議の上決定する。")).toEqual([]);
  });

  it("writes the placeholder in the document's language", () => {
    expect(placeholder("missing-exit-clause", "ja")).toBe("〔要記入：終了条件・通知期間〕");
    expect(placeholder("some-rule", "en")).toBe("[to fill in: the decision]");
  });
});

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
