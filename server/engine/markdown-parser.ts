/**
 * Markdown is read by the line scanner of fast-markdown.ts where it can, else by remark-parse
 * with GFM minus its autolink literals. The engine never reads links, and
 * autolink literals are the costly part of GFM: a construct tried at every letter and digit
 * of the text, and a pass over the whole tree to find bare URLs (7–9% of a lint). Tables,
 * footnotes, strikethrough and task lists, which the plan model does read, stay.
 */
import { unified, type Processor } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { PhrasingContent, Root } from "mdast";
import { scanMarkdown } from "./fast-markdown";

/** The names micromark-extension-gfm-autolink-literal gives its constructs. */
const AUTOLINK_LITERALS = new Set(["wwwAutolink", "protocolAutolink", "emailAutolink"]);

interface Construct {
  name?: string;
}
type ConstructMap = Record<string, Construct | Construct[] | undefined>;
type SyntaxExtension = Record<string, ConstructMap | unknown>;

/** Removes the autolink-literal constructs and tree transform remark-gfm registered. */
function withoutAutolinkLiterals(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: SyntaxExtension[]; fromMarkdownExtensions?: unknown[] };
  data.micromarkExtensions = data.micromarkExtensions?.map(withoutConstructs);
  data.fromMarkdownExtensions = data.fromMarkdownExtensions?.map((ext) =>
    Array.isArray(ext) ? ext.filter((e: { enter?: Record<string, unknown> }) => !e.enter?.literalAutolink) : ext,
  );
}

function withoutConstructs(extension: SyntaxExtension): SyntaxExtension {
  const text = extension.text as ConstructMap | undefined;
  if (!text) return extension;
  const kept: ConstructMap = {};
  for (const [code, constructs] of Object.entries(text)) {
    const list = [constructs ?? []].flat().filter((c) => !AUTOLINK_LITERALS.has(c.name ?? ""));
    if (list.length) kept[code] = list;
  }
  return { ...extension, text: kept };
}

const processor = unified().use(remarkParse).use(remarkGfm).use(withoutAutolinkLiterals);

export function parseMarkdown(source: string): Root {
  return scanMarkdown(source, parseInline) ?? remark(source);
}

/** The full parse, without the scanner (tests compare the two). */
export function remark(source: string): Root {
  return processor.parse(source) as Root;
}

/** The inline content of a text that is one paragraph on its own. */
export function parseInline(text: string): PhrasingContent[] | undefined {
  const { children } = remark(text);
  return children.length === 1 && children[0].type === "paragraph" ? children[0].children : undefined;
}
