/** Long chunks are cut where no tree changes: the model is the one a single parse gives. */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../server/engine/model";
import { ModelBuilder } from "../../server/engine/model-builder";
import { walkMarkdown } from "../../server/engine/markdown-model";
import { parseChunks } from "../../server/engine/parse-cache";
import { BUILT_IN } from "../../rules/vocab";

/** Sections, statements, tables and code blocks of `text`, parsed in chunks of about `maxChunk` characters. */
function modelOf(text: string, lang: Lang, maxChunk: number) {
  const builder = new ModelBuilder(text, lang, BUILT_IN);
  const parts = walkMarkdown(parseChunks(text, 0, maxChunk), builder);
  builder.closeAll(text.length);
  return { sections: builder.sections, statements: builder.statements, tables: builder.tables, ...parts };
}

const repeat = (n: number, block: (i: number) => string) => Array.from({ length: n }, (_, i) => block(i)).join("");

const DOCUMENTS: Record<string, string> = {
  "paragraphs and lists": repeat(
    60,
    (i) => `Partner ${i} runs ${i} sites.\nIt ships weekly.\n\n- item ${i}\n\n  more of item ${i}\n- next\n\n1. first\n2) second\n\n`,
  ),
  "a long table": `Intro.\n\n| KPI | Target |\n| :-- | --: |\n${repeat(200, (i) => `| KPI ${i} | ${i}% by FY2027 |\n`)}\nAfter.\n`,
  "tables with escaped pipes and a mismatched header": repeat(
    30,
    (i) => `| a \\| b | c |\n|---|---|\n| ${i} | x |\n| y | z |\n\n| not | a table |\n|---|\n| ${i} |\n\n`,
  ),
  "fences, HTML comments and quotes": repeat(
    40,
    (i) =>
      `\`\`\`text\nline ${i}\n\nstill code\n\`\`\`\n\n<!--\n\nnote ${i}\n\n-->\n\n> quote ${i}\n\n> more\nlazy\n\n<pre>\n\nkept ${i}\n</pre>\n\n`,
  ),
  "CRLF, definitions and breaks": repeat(
    50,
    (i) => `Text ${i}\r\n===\r\n\r\n***\r\n\r\n[x${i}]: https://example.com\r\n\r\nPlain ${i}.\r\n\r\n`,
  ),
  "Japanese prose": repeat(80, (i) => `両社は${i}拠点で共同配送を行う。詳細は別紙に定める。\n\n- 第${i}条\u3000目的\n\n`),
  "one long English paragraph line": `# Plan\n\n${repeat(80, (i) => `Partner ${i} ships weekly to ${i} sites (see Annex 2). `)}\n\nAfter.\n`,
  "one long Japanese paragraph line": `# 計画\n\n${repeat(80, (i) => `両社は${i}拠点で共同配送を行う（詳細は別紙）。`)}\n`,
};

describe("chunks past the size limit", () => {
  it.each(Object.entries(DOCUMENTS))("give the model one parse gives: %s", (_, text) => {
    const lang: Lang = /\p{Script=Hiragana}/u.test(text) ? "ja" : "en";
    const whole = modelOf(text, lang, Infinity);
    expect(whole.statements.length).toBeGreaterThan(20);
    expect([...parseChunks(text, 0, 200)].length).toBeGreaterThan(5);
    for (const size of [200, 1000]) expect(modelOf(text, lang, size)).toEqual(whole);
  });

  it("cut a long paragraph line at sentence ends, never where the next piece would open a block", () => {
    const text = DOCUMENTS["one long English paragraph line"];
    const starts = [...parseChunks(text, 0, 200)].map((c) => c.start).slice(1, -1); // not the first chunk, nor "After."
    expect(starts.length).toBeGreaterThan(5);
    expect(starts.map((at) => text.slice(at - 2, at + 8))).toEqual(starts.map(() => expect.stringMatching(/^\. Partner /)));
  });

  it("leave a long line without sentence ends, a quote's line and a table row whole", () => {
    for (const line of ["x".repeat(3000), `> ${"A quote. ".repeat(300)}`, `| ${"cell. ".repeat(500)} |`]) {
      expect([...parseChunks(`# Plan\n\n${line}\n`, 0, 200)]).toHaveLength(1);
    }
  });

  it("are cut into many chunks, a long table between its rows", () => {
    const text = DOCUMENTS["a long table"];
    const chunks = [...parseChunks(text, 0, 500)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.slice(1).every((c) => c.continuesTable)).toBe(true);
    expect(modelOf(text, "en", 500).tables).toHaveLength(1);
  });
});
