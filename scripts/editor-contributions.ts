/**
 * What the VS Code extension contributes that is a rendering of the rules and templates:
 * the `allianceLint.rules` setting's keys (package.json) and the snippets (snippets/*.json).
 * `npm run docs` rewrites them when stale (test/docs/editor-contributions.test.ts).
 */
import type { ClauseTemplate, RuleMeta } from "../server/engine/rule";

/** What `allianceLint.rules` takes per rule: the config's severities, both spellings of warn. */
const SEVERITIES = ["off", "warn", "warning", "error"];

interface PackageJson {
  contributes: { configuration: { properties: Record<string, { properties?: unknown }> } };
}

export function withRuleSettings<P extends PackageJson>(pkg: P, metas: readonly RuleMeta[]): P {
  const properties = Object.fromEntries(
    metas.map((meta) => [meta.id, { type: "string", enum: SEVERITIES, description: meta.description.en }]),
  );
  const settings = pkg.contributes.configuration.properties;
  settings["allianceLint.rules"] = { ...settings["allianceLint.rules"], properties };
  return pkg;
}

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

export type SnippetFile = Record<string, Snippet>;

const DIRECTIVES = [
  { kind: "disable-next-line", description: "Disable alliance-lint rules for the next line / 次の行のルールを無効にする" },
  { kind: "disable-line", description: "Disable alliance-lint rules for this line / この行のルールを無効にする" },
];

/** Markdown: the disable comments and every clause template, its placeholders as tab stops. */
export function markdownSnippets(templates: readonly ClauseTemplate[], ruleIds: readonly string[]): SnippetFile {
  const rules = ruleChoice(ruleIds);
  const entries: [string, Snippet][] = DIRECTIVES.map(({ kind, description }) => [
    `alliance-lint-${kind}`,
    { prefix: [`alliance-lint-${kind}`], body: [`<!-- alliance-lint-${kind} ${rules} -->`], description },
  ]);
  entries.push([
    "alliance-lint-disable block",
    {
      prefix: ["alliance-lint-disable"],
      body: [`<!-- alliance-lint-disable ${rules} -->`, "$TM_SELECTED_TEXT$0", "<!-- alliance-lint-enable $1 -->"],
      description: "Disable alliance-lint rules between two comments / 範囲内のルールを無効にする",
    },
  ]);
  for (const t of templates) {
    entries.push([
      `alliance-lint template ${t.name} (${t.lang})`,
      { prefix: [`alliance-${t.name}-${t.lang}`], body: templateBody(t.body), description: `alliance-lint: ${t.name} (${t.lang})` },
    ]);
  }
  return Object.fromEntries(entries);
}

/** YAML plans: the comment form of the disable directives. */
export function yamlSnippets(ruleIds: readonly string[]): SnippetFile {
  return Object.fromEntries(
    DIRECTIVES.map(({ kind, description }) => [
      `alliance-lint-${kind}`,
      { prefix: [`alliance-lint-${kind}`], body: [`# alliance-lint-${kind} ${ruleChoice(ruleIds)}`], description },
    ]),
  );
}

function ruleChoice(ruleIds: readonly string[]): string {
  return `\${1|${ruleIds.join(",")}|}`;
}

/** 〔…〕 (ja) and […] not followed by a link target (en): what a template leaves to fill. */
const PLACEHOLDER = /〔[^〔〕\n]*〕|\[[^[\]\n]*\](?!\()/g;

/** The template's lines, snippet syntax escaped, each placeholder a tab stop that keeps its text. */
export function templateBody(body: string): string[] {
  let stop = 0;
  const escaped = body.trim().replace(/[$}\\]/g, (c) => `\\${c}`);
  return escaped.replace(PLACEHOLDER, (placeholder) => `\${${++stop}:${placeholder}}`).split(/\r?\n/);
}
