/**
 * The README's rule section and the config schema's rule ids are renderings of the rules'
 * metadata, and fixtures/README.md's counts of the fixtures' labels; `npm run docs` rewrites them when stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { RULES } from "../../rules";
import { reportRules } from "../../server/report/rule-catalog";
import { fillMarkers, renderRuleSections, renderRuleTable } from "../../scripts/rule-docs";
import { withElementEntries, withPlanTypes, withRuleProperties, withVocabularyProperties } from "../../scripts/rule-schema";
import { readVocabularies } from "../../scripts/build-vocabulary.mjs";
import { renderFixtureCounts, type FixtureLabels } from "../../scripts/fixture-counts";
import expected from "../../fixtures/expected.json";

const metas = RULES.map((r) => r.meta);

function expectRendered(path: string, render: (current: string) => string): void {
  const file = resolve(__dirname, "../..", path);
  const current = readFileSync(file, "utf8");
  const rendered = render(current);
  if (process.env.UPDATE_DOCS) writeFileSync(file, rendered);
  expect(current).toBe(rendered);
}

it("README.md's rule table and rule sections are up to date with the rules' metadata", () => {
  expectRendered("README.md", (text) =>
    fillMarkers(fillMarkers(text, "rule-table", renderRuleTable(reportRules(metas))), "rule-sections", renderRuleSections(metas)),
  );
});

it("schemas/alliance-lint.schema.json names every rule under `rules`, every extensible concept under `vocabulary` and every element and preset `elements` takes", () => {
  const vocabularies = readVocabularies(resolve(__dirname, "../..")) as { concept: string; description: string; extensible?: boolean }[];
  expectRendered("schemas/alliance-lint.schema.json", (text) => {
    const schema = withElementEntries(withVocabularyProperties(withRuleProperties(JSON.parse(text), metas), vocabularies));
    return `${JSON.stringify(schema, null, 2)}\n`;
  });
});

it("schemas/alliance-plan.schema.json names every plan type `alliance-type` takes", () => {
  expectRendered("schemas/alliance-plan.schema.json", (text) => `${JSON.stringify(withPlanTypes(JSON.parse(text)), null, 2)}\n`);
});

it("fixtures/README.md's Counts table counts fixtures/expected.json's labels", () => {
  expectRendered("fixtures/README.md", (text) =>
    fillMarkers(text, "fixture-counts", renderFixtureCounts(expected as Record<string, FixtureLabels>)),
  );
});
