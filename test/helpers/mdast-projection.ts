/**
 * What the plan model reads of a Markdown tree (server/engine/markdown-model.ts): block types,
 * offsets, heading and cell text, list kinds, whether a paragraph opens with bold text and
 * where its HTML comments are. Two trees with the same projection give the same model.
 */
import type { Nodes, Root, TableCell } from "mdast";
import { cellContentSpan, plainText } from "../../server/engine/markdown-model";
import { opensWithBoldAlone } from "../../server/engine/pseudo-heading";

type Projection = unknown;

const span = (node: Nodes) => [node.position!.start.offset, node.position!.end.offset];

export function project(root: Root, source: string): Projection {
  return root.children.map((child) => node(child, source)).filter((p) => p !== undefined);
}

function node(n: Nodes, source: string): Projection {
  const kids = () => ("children" in n ? (n.children as Nodes[]).map((c) => node(c, source)).filter((p) => p !== undefined) : []);
  switch (n.type) {
    case "heading":
      return { heading: n.depth, span: span(n), text: plainText(n) };
    case "paragraph":
      return { paragraph: span(n), bold: n.children[0]?.type === "strong", boldAlone: opensWithBoldAlone(n), comments: comments(n) };
    case "list":
      return { list: n.ordered === true, items: kids() };
    case "listItem":
      return { item: span(n), children: kids() };
    case "table":
      return { table: span(n), rows: n.children.map((r) => ({ row: span(r), cells: r.children.map((c) => cell(c, source)) })) };
    case "code":
      return { code: n.lang ?? null, span: span(n) };
    case "html":
      return { html: n.value, span: span(n) };
    case "blockquote":
    case "footnoteDefinition":
      return { [n.type]: kids() };
    default:
      return undefined;
  }
}

/** What markdown-model's cellSpan reads of a cell: its text, and its content's span (or where empty content stands). */
function cell(c: TableCell, source: string): Projection {
  return { text: plainText(c), at: Object.values(cellContentSpan(c, source, 0)) };
}

function comments(n: Nodes): number[][] {
  if (n.type === "html") return n.value.startsWith("<!--") ? [span(n) as number[]] : [];
  if (!("children" in n) || n.type === "list") return [];
  return (n.children as Nodes[]).flatMap(comments);
}
