/** package.json's contributions: every title localised in both languages, snippets the engine reads. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDirectives } from "../../server/engine/directives";

const ROOT = resolve(__dirname, "../..");
const read = (file: string) => readFileSync(resolve(ROOT, file), "utf8");
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

describe("package.json", () => {
  it("has every %key% in package.nls.json and package.nls.ja.json, and they hold no others", () => {
    const keys = [...new Set([...read("package.json").matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]))].sort();
    expect(Object.keys(json("package.nls.json")).sort()).toEqual(keys);
    expect(Object.keys(json("package.nls.ja.json")).sort()).toEqual(keys);
  });

  it("ships the snippets in the .vsix", () => {
    const ignore = read(".vscodeignore");
    expect(ignore).toContain("!snippets/markdown.json");
    expect(ignore).toContain("!snippets/yaml.json");
  });
});

/** A snippet body as VS Code inserts it when every tab stop keeps its default (a choice: its first). */
function expand(body: string[]): string {
  return body
    .join("\n")
    .replace(/\$\{\d+\|([^,|]*)(?:,[^|]*)?\|\}/g, "$1")
    .replace(/\$\{\d+:([^}]*)\}/g, "$1")
    .replace(/\$(?:TM_SELECTED_TEXT|\d+)/g, "")
    .replace(/\\([$}\\])/g, "$1");
}

describe("snippets", () => {
  const markdown = json("snippets/markdown.json") as Record<string, { body: string[] }>;
  const yaml = json("snippets/yaml.json") as Record<string, { body: string[] }>;

  it("write disable comments the engine reads, naming the first rule", () => {
    const comments = ["alliance-lint-disable-next-line", "alliance-lint-disable-line", "alliance-lint-disable block"];
    const kinds = comments.map((name) => parseDirectives(expand(markdown[name].body), []).map((d) => [d.kind, d.rules]));
    expect(kinds).toEqual([
      [["disable-next-line", ["vague-objective"]]],
      [["disable-line", ["vague-objective"]]],
      [
        ["disable", ["vague-objective"]],
        ["enable", []],
      ],
    ]);
    const text = expand(yaml["alliance-lint-disable-next-line"].body);
    expect(parseDirectives(text, [{ start: 0, end: text.length }]).map((d) => [d.kind, d.rules])).toEqual([
      ["disable-next-line", ["vague-objective"]],
    ]);
  });

  it("insert a template as its text when every tab stop keeps its placeholder", () => {
    const template = read("rules/templates/en/exit-clause.md").trim();
    expect(expand(markdown["alliance-lint template exit-clause (en)"].body)).toBe(template);
  });
});
