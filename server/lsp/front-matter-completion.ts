/**
 * Completion of plan fields inside a Markdown plan's front matter (between the `---` fences
 * only), from schemas/alliance-plan.schema.json: the keys a place takes, with their
 * descriptions, and the values of a key with an enum or a boolean type. YAML plans get the
 * same from the YAML extension and the schema.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { findFrontMatter } from "../engine/front-matter";
import type { Lang } from "../engine/model";
import PLAN_SCHEMA from "../../schemas/alliance-plan.schema.json";
import { lspTexts } from "./lsp-texts";

/** The parts of a JSON Schema node this reads. */
export interface SchemaNode {
  description?: string;
  $ref?: string;
  allOf?: SchemaNode[];
  then?: SchemaNode;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  definitions?: Record<string, SchemaNode>;
}

const ROOT = PLAN_SCHEMA as SchemaNode;
const FRONT_MATTER_LANGUAGES = new Set(["", "yaml", "yml"]);
/** A list item in the path of keys: its mapping's keys come from the list's `items`. */
const ITEM = "[]";

/** One line of the front matter: its indentation, whether it is a list item, its key. */
interface YamlLine {
  indent: number;
  dash: boolean;
  /** Where the key starts (after `- `). */
  keyColumn: number;
  key: string | undefined;
  /** Anything after `key:`. */
  value: string;
}

const KEY = /^([\w-]+)[ \t]*:(.*)$/;
const PARTIAL_KEY = /^[\w-]*$/;
const PARTIAL_VALUE = /^[ \t]*([\w-]*)$/;

export function frontMatterCompletion(doc: TextDocument, position: Position, locale: Lang): CompletionItem[] {
  const lines = frontMatterLines(doc, position.line);
  if (!lines) return [];
  const prefix = lines.at(-1)!.slice(0, position.character);
  const line = readLine(prefix);
  const path = keyPath(lines.slice(0, -1).map(readLine), line);
  const rangeFrom = (character: number) => ({ start: { line: position.line, character }, end: position });
  if (line.key === undefined) {
    const typed = prefix.slice(line.keyColumn);
    if (!PARTIAL_KEY.test(typed)) return [];
    return keyItems(schemaAt(path), locale).map((item) => ({
      ...item,
      textEdit: { range: rangeFrom(line.keyColumn), newText: `${item.label}: ` },
    }));
  }
  const value = PARTIAL_VALUE.exec(line.value);
  if (!value) return [];
  const start = position.character - value[1].length;
  return valueItems(schemaAt([...path, line.key])).map((item) => ({ ...item, textEdit: { range: rangeFrom(start), newText: item.label } }));
}

/** The front matter's lines up to the cursor's, if the cursor is between its fences. */
function frontMatterLines(doc: TextDocument, cursorLine: number): string[] | undefined {
  const text = doc.getText().replace(/^\uFEFF/, "");
  const block = findFrontMatter(text);
  if (!block || !FRONT_MATTER_LANGUAGES.has(block.language)) return undefined;
  const closingLine = text.slice(0, block.end).trimEnd().split("\n").length - 1;
  if (cursorLine < 1 || cursorLine >= closingLine) return undefined;
  return text
    .slice(block.opening.end + 1)
    .split("\n", cursorLine)
    .map((l) => l.replace(/\r$/, ""));
}

function readLine(line: string): YamlLine {
  const indent = line.length - line.trimStart().length;
  const dash = line.startsWith("- ", indent) || line.slice(indent) === "-";
  const keyColumn = dash ? indent + 2 : indent;
  const key = KEY.exec(line.slice(keyColumn));
  return { indent, dash, keyColumn, key: key?.[1], value: key?.[2] ?? "" };
}

/** The keys from the top of the front matter down to where `line` sits, `[]` for a list item. */
function keyPath(above: YamlLine[], line: YamlLine): string[] {
  const path: string[] = line.dash ? [ITEM] : [];
  let column = line.dash ? line.indent : line.keyColumn;
  for (let i = above.length - 1; i >= 0 && column > 0; i--) {
    const parent = above[i];
    if (parent.key === undefined && !parent.dash) continue;
    // The first key of the list item this line continues.
    if (parent.dash && parent.keyColumn === column && parent.indent < column) {
      path.unshift(ITEM);
      column = parent.indent;
    } else if (parent.key !== undefined && parent.keyColumn < column) {
      path.unshift(parent.key);
      if (parent.dash) path.unshift(ITEM);
      column = parent.dash ? parent.indent : parent.keyColumn;
    }
  }
  return path;
}

/** The schema node for a path of keys (`[]`: a list's items), with references followed. */
function schemaAt(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = ROOT;
  for (const step of path) {
    if (!node) return undefined;
    const here: SchemaNode = merged(node);
    if (step === ITEM) node = here.items;
    else node = here.properties?.[step] ?? (typeof here.additionalProperties === "object" ? here.additionalProperties : undefined);
  }
  return node;
}

/** A node with its `$ref`, `allOf` and `then` folded in: their properties and descriptions. */
function merged(node: SchemaNode): SchemaNode {
  const parts = [node, ...(node.allOf ?? []), ...(node.then ? [node.then] : [])];
  const resolved = parts.map((part) => (part.$ref ? merged(definition(part.$ref)) : part));
  return resolved.reduce<SchemaNode>(
    (all, part) => ({
      ...part,
      ...all,
      properties: { ...part.properties, ...all.properties },
      ...(part.description && !all.description && { description: part.description }),
    }),
    {},
  );
}

function definition(ref: string): SchemaNode {
  return ROOT.definitions![ref.replace("#/definitions/", "")];
}

function keyItems(node: SchemaNode | undefined, locale: Lang): CompletionItem[] {
  const properties = node && merged(node).properties;
  return Object.entries(properties ?? {}).map(([key, value]) => {
    const description = merged(value).description;
    return {
      label: key,
      kind: CompletionItemKind.Property,
      ...(description && { documentation: { kind: MarkupKind.PlainText, value: lspTexts(locale).fieldDescription(description) } }),
    };
  });
}

function valueItems(node: SchemaNode | undefined): CompletionItem[] {
  if (!node) return [];
  const { enum: values, type } = merged(node);
  const listed = values ?? (type === "boolean" ? [true, false] : []);
  return listed.map((value) => ({ label: String(value), kind: CompletionItemKind.EnumMember }));
}
