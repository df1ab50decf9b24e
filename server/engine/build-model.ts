/**
 * Reads a document into the plan model: YAML front matter (front-matter.ts finds it, `yaml`
 * parses it with positions), Markdown via remark (chunked, see parse-cache.ts), or a pure YAML
 * plan.
 */
import { parseDocument } from "yaml";
import type { PlanModel, PlanProblem, Section, Span, YamlSource } from "./model";
import { LineIndex } from "./line-index";
import { ModelBuilder } from "./model-builder";
import { walkYaml } from "./yaml-model";
import { walkMarkdown } from "./markdown-model";
import { parseChunks, type ParseCache } from "./parse-cache";
import { detectLang } from "./detect-lang";
import { parseDirectives } from "./directives";
import { findFrontMatter } from "./front-matter";
import { guardNesting } from "./nesting-guard";
import { yamlToData, YamlExpansionError } from "./yaml-data";
import { BUILT_IN, type Vocabulary } from "../../rules/vocab";

export interface BuildOptions {
  filePath: string;
  vocabulary?: Vocabulary;
  /** Reused between versions of one document (the language server keeps one per document). */
  cache?: ParseCache;
}

/** A document that cannot be read as a plan: the engine reports it as a `parse-error` finding. */
export class PlanParseError extends Error {
  constructor(
    message: string,
    readonly span: Span,
  ) {
    super(message);
    this.name = "PlanParseError";
  }
}

/**
 * The engine's own size limit, for texts that did not come from a file read with one (an
 * editor's buffer): a UTF-16 unit is at least one UTF-8 byte, so this is never below the
 * 10 MB the CLI allows a file.
 */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;

export function isYamlPath(filePath: string): boolean {
  return /\.ya?ml$/i.test(filePath);
}

export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}

export function buildModel(raw: string, options: BuildOptions): PlanModel {
  const { text, hadBom } = stripBom(raw);
  if (text.length > MAX_TEXT_LENGTH)
    throw new PlanParseError(`file too large: ${text.length} characters (at most 10 MB)`, { start: 0, end: 0 });
  if (text.includes("\u0000")) throw new PlanParseError("binary file: not a plan", { start: 0, end: 0 });
  const format = isYamlPath(options.filePath) ? "yaml" : "markdown";
  const front = format === "yaml" ? { yaml: parseYaml(text, 0, text.length) } : frontMatter(text);
  const { yaml } = front;
  const data = plainObject(yaml && toData(yaml));
  const lang = detectLang(text, data.lang);
  const builder = new ModelBuilder(text, lang, options.vocabulary ?? BUILT_IN);
  if (yaml) {
    walkYaml(yaml.doc.contents, yaml.offset, builder, 1);
    builder.closeAll(yaml.span.end);
  }
  const markdownStart = format === "markdown" ? (front.span?.end ?? 0) : text.length;
  // Offsets are kept, so the trees fit `text`; only absurdly deep list markers are blanked. Without a
  // cache to fill, each chunk's tree is dropped as soon as it is walked.
  const source = guardNesting(text);
  const chunks = options.cache ? options.cache.parse(source, markdownStart) : parseChunks(source, markdownStart);
  // A chunk's kept model holds for the text it was walked in: only when the guard blanked nothing.
  const parts = walkMarkdown(chunks, builder, options.cache && source === text ? options.cache.models : undefined, options.cache?.markers);
  builder.closeAll(text.length);
  untitleDocumentHeading(builder.sections, text);
  const protectedSpans = [...parts.protectedSpans];
  if (front.span && format === "markdown") protectedSpans.push(front.span);
  return {
    text,
    hadBom,
    format,
    lang,
    lines: new LineIndex(text),
    yaml,
    data,
    sections: builder.sections,
    statements: builder.statements,
    tables: builder.tables,
    codeBlocks: parts.codeBlocks,
    protectedSpans,
    directives: parseDirectives(text, format === "yaml" ? [{ start: 0, end: text.length }] : front.span ? [front.span] : []),
    ...(front.problem && { problems: [front.problem] }),
  };
}

/**
 * A lone H1 that opens the document is its title (「…ライセンス契約書」), not a section about IP;
 * so is a subtitle right under it ("## Joint development of a vision-language picking model")
 * that wraps the rest of the document: the title goes on, it does not open a section.
 */
function untitleDocumentHeading(sections: Section[], text: string): void {
  const headings = sections.filter((s) => s.kind === "heading");
  const [first, second] = headings;
  if (!first || headings.filter((s) => s.level === 1).length !== 1 || first.level !== 1) return;
  // Not one after the document's first parts (「====\n3. 目標\n====」 after parts framed as paragraphs).
  if (sections.some((s) => s.kind === "pseudo" && s.span.start < first.span.start)) return;
  first.elements = [];
  if (second && isSubtitle(second, first, headings, text)) second.elements = [];
}

/**
 * Does the heading follow the title with nothing between, alone at its level, and run to the
 * document's end over sections about other elements (data, IP, termination)? A plan whose one
 * section is 「## 提携の目的」 under its title keeps it.
 */
function isSubtitle(heading: Section, title: Section, headings: Section[], text: string): boolean {
  const alone = headings.every((s) => s === heading || s.level !== heading.level);
  const wrapsOthers = headings.some((s) => s.parent === heading.index && s.elements.some((e) => !heading.elements.includes(e)));
  const next = !text.slice(title.headingSpan.end, heading.headingSpan.start).trim();
  return alone && wrapsOthers && next && heading.parent === title.index && heading.span.end === title.span.end;
}

function parseYaml(text: string, offset: number, end: number): YamlSource {
  const source = text.slice(offset, end);
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const at = offset + error.pos[0];
    throw new PlanParseError(`invalid YAML: ${error.message.split("\n")[0]}`, { start: at, end: Math.max(at, offset + error.pos[1]) });
  }
  return { doc, offset, span: { start: offset, end } };
}

/** Front matter languages read as YAML; any other is refused, never evaluated. */
const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);

/** A document's front matter: its YAML when it parses; its place and problem when it does not. */
interface FrontMatter {
  yaml?: YamlSource;
  /** The whole block, fences included: never Markdown, never edited. */
  span?: Span;
  problem?: PlanProblem;
}

/**
 * The YAML front matter between `---` fences, if the document starts with a closed block.
 * A YAML slip there (an unquoted `key: value` inside a value) is a problem on that block, not
 * on the plan: the body is still read, so one typo in the metadata hides no finding.
 */
function frontMatter(text: string): FrontMatter {
  const block = findFrontMatter(text);
  if (!block) return {};
  if (!YAML_LANGUAGES.has(block.language)) {
    throw new PlanParseError(`front matter in "${block.language}" is not supported: write it in YAML`, block.opening);
  }
  const span = { start: 0, end: block.end };
  try {
    return { yaml: { ...parseYaml(text, block.content.start, block.content.end), span }, span };
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    return { span, problem: { message: error.message, span: error.span } };
  }
}

function toData(yaml: YamlSource): unknown {
  try {
    return yamlToData(yaml.doc);
  } catch (error) {
    if (error instanceof YamlExpansionError) throw new PlanParseError(error.message, { start: yaml.offset, end: yaml.offset });
    throw error;
  }
}

function plainObject(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
