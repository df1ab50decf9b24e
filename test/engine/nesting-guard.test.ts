/** Deep list nesting is capped before parsing, keeping every offset. */
import { describe, expect, it } from "vitest";
import { guardNesting, MAX_LIST_INDENT, MAX_QUOTE_DEPTH } from "../../server/engine/nesting-guard";
import { model } from "../helpers/lint";

describe("guardNesting", () => {
  it("blanks list markers indented past the limit, and nothing else", () => {
    const deep = " ".repeat(MAX_LIST_INDENT + 2);
    const text = `- top\n  - second\n${deep}- deep item\n${deep}12. deep number\n${deep}-not a marker\n\t\t\t\t\t\t\t\t\t\t\t* tabbed\n`;
    const guarded = guardNesting(text);
    expect(guarded.length).toBe(text.length);
    expect(guarded.split("\n")).toEqual([
      "- top",
      "  - second",
      `${deep}  deep item`,
      `${deep}    deep number`,
      `${deep}-not a marker`,
      "\t\t\t\t\t\t\t\t\t\t\t  tabbed",
      "",
    ]);
  });

  it("returns the same string when nothing is that deep", () => {
    const text = "- a\n  - b\n    - c\n";
    expect(guardNesting(text)).toBe(text);
  });

  it("a 400-level list still yields its statements, with the original text", () => {
    const text = `# Plan\n\n${Array.from({ length: 400 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n")}\n`;
    const statements = model(text).statements.map((s) => text.slice(s.span.start, s.span.end));
    expect(statements[0]).toBe("level 0");
    expect(statements.join(" ")).toContain("level 399");
  });

  it("turns the first quote marker past the limit into text, and nothing else", () => {
    const deep = (n: number, gap = " ") => `>${gap}`.repeat(n);
    const text = `${deep(MAX_QUOTE_DEPTH)}kept\n${deep(MAX_QUOTE_DEPTH + 3)}too deep\n${deep(MAX_QUOTE_DEPTH + 2, "")}tight\n> a > b > c\n`;
    const guarded = guardNesting(text);
    expect(guarded.length).toBe(text.length);
    expect(guarded.split("\n")).toEqual([
      `${deep(MAX_QUOTE_DEPTH)}kept`,
      `${deep(MAX_QUOTE_DEPTH)}\\ ${deep(2)}too deep`,
      `${deep(MAX_QUOTE_DEPTH, "")}\\>tight`,
      "> a > b > c",
      "",
    ]);
  });

  it("400 nested quotes still yield their sentence, with the original text", () => {
    const text = `# Plan\n\n${"> ".repeat(400)}The partners share one warehouse in Osaka.\n`;
    const statements = model(text).statements.map((s) => text.slice(s.span.start, s.span.end));
    expect(statements).toEqual([`${"> ".repeat(380)}The partners share one warehouse in Osaka.`]);
  });
});
