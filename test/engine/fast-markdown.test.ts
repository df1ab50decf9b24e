/**
 * The line scanner gives the plan model the tree remark would (what the model reads of it:
 * test/helpers/mdast-projection.ts), or gives up. Checked on every Markdown document in the
 * repository, chunk by chunk, and on generated documents that mix the constructs it reads
 * with those it must leave to remark.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { scanMarkdown } from "../../server/engine/fast-markdown";
import { parseInline, remark } from "../../server/engine/markdown-parser";
import { project } from "../helpers/mdast-projection";

const root = resolve(import.meta.dirname, "../..");
const scan = (source: string) => scanMarkdown(source, parseInline);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return /\.(?:md|txt)$/.test(name) ? [path] : [];
  });
}

/** A document's parts between ATX headings outside fences, as the parse cache cuts it. */
function sections(text: string): string[] {
  const parts: string[][] = [[]];
  let fence = false;
  for (const line of text.split("\n")) {
    if (/^ {0,3}(?:`{3}|~{3})/.test(line)) fence = !fence;
    if (!fence && /^#{1,6}(?: |$)/.test(line)) parts.push([]);
    parts[parts.length - 1].push(line);
  }
  return parts.map((lines) => lines.join("\n"));
}

describe("scanMarkdown on the repository's documents", () => {
  const dirs = [
    "fixtures",
    "test/corpora",
    ...readdirSync(join(root, "test"))
      .filter((d) => d.startsWith("holdout"))
      .map((d) => `test/${d}`),
  ];
  const chunksOf = new Map(
    dirs.map((dir) => [dir, markdownFiles(join(root, dir)).flatMap((file) => sections(readFileSync(file, "utf8")))]),
  );
  const chunks = [...chunksOf.values()].flat();

  // One test per set: each new labelled batch adds its own (and its own time budget).
  it.each(dirs)("gives the model remark's tree wherever it reads a chunk of %s", (dir) => {
    const differing = chunksOf.get(dir)!.filter((source) => {
      const tree = scan(source);
      return tree !== undefined && JSON.stringify(project(tree, source)) !== JSON.stringify(project(remark(source), source));
    });
    expect(differing).toEqual([]);
  });

  it("reads most chunks itself", () => {
    const read = chunks.filter((source) => scan(source) !== undefined).length;
    expect(read / chunks.length).toBeGreaterThan(0.8);
  });
});

describe("scanMarkdown on single constructs", () => {
  it.each([
    ["a bold label opening a paragraph", "**Mission:** zero-emission delivery by 2028.\n"],
    ["bold and code in a heading", "## **目的** and `scope`\n"],
    ["a table with bold cells and an empty cell", "| KPI | Target |\n|---|---:|\n| **Revenue** |  |\n"],
    ["nested lists, loose items and a fence in an item", "- a\n  - b\n\n    more b\n- c\n\n  ```\n  x\n  ```\n"],
    ["an ordered item whose text opens with U+3000", "1.  　開示者から開示等されたもの\n"],
    ["CRLF line endings and trailing spaces", "# Plan  \r\n\r\nText  \r\nmore\r\n"],
    ["a one-line setext heading", "Objective\n---\n"],
    ["indented text (code for CommonMark)", "    The parties will cooperate.\n    Second line.\n\nAfter.\n"],
    ["an HTML comment and a details block", "<!-- note -->\n\n<details><summary>Term</summary>\n\nThree years.\n\n</details>\n"],
  ])("reads %s as remark does", (_, source) => {
    const tree = scan(source);
    expect(tree).toBeDefined();
    expect(project(tree!, source)).toEqual(project(remark(source), source));
  });

  it.each([
    ["a lazy continuation line in a list item", "- first line\nlazy line\n"],
    ["a tab in indentation", "-\tItem\n"],
    ["inline HTML in a paragraph", "Text <!-- alliance-lint-disable-line --> more\n"],
    ["a link reference definition", "[spec]: https://example.com\n"],
    ["a task list item", "- [x] NDA signed\n"],
    ["an unclosed fence", "```\ncode\n"],
    ["a table under a paragraph line", "Intro\n| a | b |\n|---|---|\n"],
    ["a lone CR line ending", "# Plan\rText\r"],
    ["a setext heading over two lines", "Objective\nof the plan\n===\n"],
  ])("leaves %s to remark", (_, source) => {
    expect(scan(source)).toBeUndefined();
  });
});

/** Lines of the kinds plans are made of, and of kinds the scanner must recognise as beyond it. */
const line = fc.oneof(
  fc.constantFrom(
    "",
    "",
    "  ",
    "# 目的",
    "## Objective ##",
    "### KPI  ",
    "Text line.",
    "本提携の目的は物流の効率化である。",
    "**KPI:** 85% by FY2027",
  ),
  fc.constantFrom(
    "- item",
    "  - nested item",
    "    deeper",
    "* star",
    "+ plus",
    "1. first",
    "2) second",
    "10. tenth",
    "-",
    "1.",
    "- [ ] task",
  ),
  fc.constantFrom("| a | b |", "|---|---|", "| **x** | |", "a | b", "> quote", ">", "> - quoted item", "```", "~~~yaml", "    code"),
  fc.constantFrom("---", "***", "===", "<!-- c -->", "<details>", "<summary>Term</summary>", "<span>x</span>", "[x]: /url", "\t- tab"),
  fc.constantFrom(
    "text with trailing spaces  ",
    "　全角の字下げ",
    "1.  　全角",
    "__bold__ start",
    "`code` start",
    "a & b < c",
    "\\*escaped",
  ),
  fc.constantFrom(
    "   - three",
    "     - five",
    "  1. two",
    "  > q",
    "#no space",
    "####### seven",
    "# title #",
    "|x|",
    "| a | b | c |",
    "  ```",
    "````",
    "``` `",
  ),
  fc.constantFrom(
    "## a **b",
    "| *a | b* |",
    "| `a|b` |",
    "> > nested",
    ">> tight",
    "- - item",
    "1. - item",
    "- 1. item",
    "   # three",
    "#\ttab",
    "  **Term:** 3 years",
    "Text [link](u) end",
  ),
  fc.constantFrom(
    "**目的**：本文",
    "**（目的）**です",
    "**Term:** 3 years",
    "**a **b** c**",
    "**x*",
    "***x***",
    "**😀**x",
    "## **KPI** 目標",
  ),
  fc.constantFrom(
    "| **a** | b **c** |",
    "**a**  ",
    "**x**\\",
    "a **b**",
    "**「重要」**の件",
    "**Goal** (2027)",
    "** spaced **",
    "**a**b**c**",
  ),
  fc.constantFrom(
    "- # heading in item",
    "- > quote in item",
    "- | a | b |",
    "  |---|---|",
    "<!--",
    "-->",
    "</details>",
    "    ",
    "-  two spaces",
    "1)  x",
    "* * *",
    "- - -",
  ),
);

test.prop([fc.array(line, { maxLength: 14 }), fc.boolean()], { numRuns: 2000, seed: 11 })(
  "on generated documents it reads as remark does or gives up",
  (lines, crlf) => {
    const source = lines.join(crlf ? "\r\n" : "\n");
    const tree = scan(source);
    if (tree) expect(project(tree, source)).toEqual(project(remark(source), source));
  },
);
