/**
 * "Not linted as an alliance plan — lint it": a Markdown or YAML file that no include glob or
 * marker makes a plan, but whose headings or top-level keys name several plan elements (as
 * the engine recognises them: classifyTitle, with the team's words), gets one Information
 * diagnostic on its first line, whose quick fix adds `alliance-plan: true` to its front
 * matter. A README that mentions one element or two is left alone.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from "vscode-languageserver";
import { isExcluded, planMarker, PLAN_MARKER_KEY } from "../config/plan-files";
import type { ResolvedConfig } from "../config/types";
import { isYamlPath } from "../engine/build-model";
import { keyToTitle, classifierFor } from "../engine/elements";
import { findFrontMatter } from "../engine/front-matter";
import type { Lang, PlanElement } from "../engine/model";
import type { DiagnosticData } from "./diagnostics";
import { lspTexts } from "./lsp-texts";
import { NOT_A_PLAN, SOURCE } from "./protocol";

/** Files that could be plans: the extensions the default include globs name. */
const PLAN_EXTENSION = /\.(?:md|markdown|ya?ml)$/i;
/** Elements a plan names, and how many of them must be headline ones (objective, KPI, exit, IP). */
const MIN_ELEMENTS = 3;
const MIN_HEADLINE = 2;
const HEADLINE: ReadonlySet<PlanElement> = new Set(["objective", "kpi", "exit", "ip"]);

/** An ATX heading's text (the engine's normaliseTitle drops the closing #s), a top-level YAML key, a code fence. */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t](.*)$/;
const TOP_LEVEL_KEY = /^([a-z_][\w-]*)[ \t]*:/i;
const FENCE = /^ {0,3}(?:`{3}|~{3})/;
const FRONT_MATTER_LANGUAGES = new Set(["", "yaml", "yml"]);
const YAML_DOCUMENT_START = /^---[ \t]*\r?(?:\n|$)/;

/** The hint for a file that is not a plan, if it looks like one; `locale` as the messages'. */
export function planHint(filePath: string, text: string, config: ResolvedConfig, locale: Lang, version: number): Diagnostic | undefined {
  if (!PLAN_EXTENSION.test(filePath) || isExcluded(filePath, config) || planMarker(text, filePath) !== undefined) return undefined;
  const parts = sourceParts(text.replace(/^\uFEFF/, ""), filePath);
  if (!parts || !namesSeveralElements(parts, classifierFor(config.vocabulary))) return undefined;
  const texts = lspTexts(locale);
  const edit = markerEdit(text, filePath);
  const data: DiagnosticData = { version, messageId: NOT_A_PLAN, fix: { title: texts.addPlanMarker, edits: [edit] } };
  const firstLine = text.split(/\r?\n/, 1)[0];
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: NOT_A_PLAN,
    message: texts.notAPlan,
    data,
  };
}

/** The quick fix of `hint` (the hint for the text as it is now), for the client's hint diagnostics. */
export function planMarkerActions(params: CodeActionParams, hint: Diagnostic | undefined): CodeAction[] {
  const fix = (hint?.data as DiagnosticData | undefined)?.fix;
  if (!fix) return [];
  const edit = { changes: { [params.textDocument.uri]: fix.edits } };
  return params.context.diagnostics
    .filter((d) => d.code === NOT_A_PLAN)
    .map((diagnostic) => ({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit }));
}

/** The lines whose titles or keys are looked at: headings outside code, and front-matter keys; or a YAML file's keys. */
function sourceParts(text: string, filePath: string): { headings: string[]; keys: string[] } | undefined {
  if (isYamlPath(filePath)) return { headings: [], keys: topLevelKeys(text) };
  const block = findFrontMatter(text);
  if (block && !FRONT_MATTER_LANGUAGES.has(block.language)) return undefined;
  const keys = block ? topLevelKeys(text.slice(block.content.start, block.content.end)) : [];
  return { headings: atxHeadings(text.slice(block?.end ?? 0)), keys };
}

function topLevelKeys(yaml: string): string[] {
  return yaml.split("\n").flatMap((line) => TOP_LEVEL_KEY.exec(line)?.[1] ?? []);
}

function atxHeadings(markdown: string): string[] {
  const headings: string[] = [];
  let inCode = false;
  for (const line of markdown.split("\n")) {
    if (FENCE.test(line)) inCode = !inCode;
    const heading = inCode ? undefined : ATX_HEADING.exec(line);
    if (heading) headings.push(heading[1]);
  }
  return headings;
}

function namesSeveralElements(parts: { headings: string[]; keys: string[] }, classify: (title: string) => readonly PlanElement[]): boolean {
  const found = new Set<PlanElement>();
  for (const title of [...parts.keys.map(keyToTitle), ...parts.headings]) {
    for (const element of classify(title)) if (element !== "notes") found.add(element);
    const headline = [...found].filter((e) => HEADLINE.has(e)).length;
    if (found.size >= MIN_ELEMENTS && headline >= MIN_HEADLINE) return true;
  }
  return false;
}

/** `alliance-plan: true` as the first key of the front matter (a new one if there is none), or of a YAML plan. */
function markerEdit(text: string, filePath: string): TextEdit {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const line = `${PLAN_MARKER_KEY}: true${eol}`;
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const body = text.slice(bom);
  const at = (lineNo: number, character: number) => ({ range: { start: { line: lineNo, character }, end: { line: lineNo, character } } });
  // After the opening fence, or a YAML file's `---` document start.
  if (findFrontMatter(body) || (isYamlPath(filePath) && YAML_DOCUMENT_START.test(body))) return { ...at(1, 0), newText: line };
  const start = at(0, bom);
  return isYamlPath(filePath) ? { ...start, newText: line } : { ...start, newText: `---${eol}${line}---${eol}${eol}` };
}
