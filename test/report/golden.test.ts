/**
 * Golden output of every format on two fixture plans per language. The goldens were read and
 * checked by hand; after a deliberate change, rewrite them with UPDATE_GOLDEN=1 and read the diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { Lang } from "../../server/engine/model";
import type { Formatter } from "../../server/report/types";
import { sarif } from "../../server/report/sarif";
import { github } from "../../server/report/github";
import { junit } from "../../server/report/junit";
import { markdown } from "../../server/report/markdown";
import { codequality } from "../../server/report/codequality";
import { GOLDEN_PLANS, lintPlans } from "./report-fixtures";
import { expandElements } from "../../server/engine/required-elements";

const GOLDEN_DIR = path.join(__dirname, "__golden__");

function expectGolden(name: string, output: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, output);
  }
  expect(output).toBe(readFileSync(file, "utf8"));
}
const FORMATS: [string, Formatter, string][] = [
  ["sarif", sarif, "sarif"],
  ["github", github, "github.txt"],
  ["junit", junit, "junit.xml"],
  ["markdown", markdown, "md"],
  ["codequality", codequality, "codequality.json"],
];

describe.each(["ja", "en"] as Lang[])("goldens (%s)", (lang) => {
  const { results, context } = lintPlans(GOLDEN_PLANS[lang], lang);

  test.each(FORMATS)("%s", (_, format, extension) => {
    expectGolden(`${lang}.${extension}`, format(results, context));
  });

  test("markdown with the checklist: a team that requires a capital alliance's elements and the roles", () => {
    const checklist = lintPlans(GOLDEN_PLANS[lang], lang, { elements: expandElements(["capital-alliance", "roles"]) });
    expectGolden(`${lang}.checklist.md`, markdown(checklist.results, checklist.context));
  });

  test("no output holds a machine path or a time", () => {
    for (const [, format] of FORMATS) {
      const output = format(results, context);
      expect(output).not.toContain(path.resolve(__dirname, "../.."));
      expect(output).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    }
  });

  test("formats are pure: the same findings give the same text", () => {
    for (const [, format] of FORMATS) expect(format(results, context)).toBe(format(results, context));
  });
});
