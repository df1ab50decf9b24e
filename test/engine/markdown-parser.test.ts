/** The full parser (remark, for what the line scanner leaves): GFM without autolink literals, bare URLs stay text, everything the plan model reads still parses. */
import { describe, expect, it } from "vitest";
import type { Nodes } from "mdast";
import { remark as parseMarkdown } from "../../server/engine/markdown-parser";

const types = (node: Nodes): string[] => [node.type, ...("children" in node ? (node.children as Nodes[]).flatMap(types) : [])];

describe("parseMarkdown", () => {
  it("leaves bare URLs and e-mail addresses as text", () => {
    const tree = parseMarkdown("See www.example.com, https://example.com/a and team@example.com.");
    expect(types(tree)).toEqual(["root", "paragraph", "text"]);
  });

  it("still reads tables, footnotes, strikethrough, task lists and real links", () => {
    const text = "| KPI | Target |\n| --- | --- |\n| Revenue | $2M |\n\n- [x] ~~old~~ done[^1] <https://example.com>\n\n[^1]: note\n";
    expect(new Set(types(parseMarkdown(text)))).toEqual(
      new Set([
        "root",
        "table",
        "tableRow",
        "tableCell",
        "text",
        "list",
        "listItem",
        "paragraph",
        "delete",
        "footnoteReference",
        "link",
        "footnoteDefinition",
      ]),
    );
  });
});
