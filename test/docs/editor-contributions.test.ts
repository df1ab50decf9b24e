/**
 * The extension's `allianceLint.rules` setting and its snippets are renderings of the rules'
 * metadata and the built-in templates; `npm run docs` rewrites them when stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { RULES } from "../../rules";
import { BUILT_IN_TEMPLATES } from "../../rules/templates";
import { markdownSnippets, withRuleSettings, yamlSnippets } from "../../scripts/editor-contributions";

const ids = RULES.map((r) => r.meta.id);

function expectRendered(path: string, render: (current: string) => unknown): void {
  const file = resolve(__dirname, "../..", path);
  const current = readFileSync(file, "utf8");
  const rendered = `${JSON.stringify(render(current), null, 2)}\n`;
  if (process.env.UPDATE_DOCS) writeFileSync(file, rendered);
  expect(current).toBe(rendered);
}

it("package.json's allianceLint.rules setting names every rule", () => {
  expectRendered("package.json", (text) =>
    withRuleSettings(
      JSON.parse(text),
      RULES.map((r) => r.meta),
    ),
  );
});

it("snippets/markdown.json holds the disable comments and every built-in template", () => {
  expectRendered("snippets/markdown.json", () => markdownSnippets(BUILT_IN_TEMPLATES, ids));
});

it("snippets/yaml.json holds the YAML disable comments", () => {
  expectRendered("snippets/yaml.json", () => yamlSnippets(ids));
});
