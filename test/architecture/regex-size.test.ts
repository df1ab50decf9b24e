/**
 * Words belong in the vocabularies (rules/vocab/*.yaml), not in code (issue 8): no regex
 * literal in rules/ or the engine is longer than 120 characters, nor is a string that is
 * the source of one (joined into a RegExp at run time).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const MAX = 120;
/** A string that reads as a regex source: an escape class or a non-capturing group. */
const REGEX_SOURCE = /\\[bdsw]|\(\?[:=!<]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.includes("generated"))
    .map((f) => join(ROOT, dir, f));
}

function longRegexes(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text = ts.isRegularExpressionLiteral(node)
      ? node.text
      : (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && REGEX_SOURCE.test(node.text)
        ? node.text
        : "";
    if (text.length > MAX) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(ROOT, file)}:${line + 1} (${text.length} characters)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it(`no regex in rules/ or server/engine/ is longer than ${MAX} characters: words go to rules/vocab/`, () => {
  expect([...sourceFiles("rules"), ...sourceFiles("server/engine")].flatMap(longRegexes)).toEqual([]);
});
