/** Sentence segmentation in bounded windows: the same sentences as one ICU pass, in linear time. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../server/engine/model";
import { SEGMENT_WINDOW, sentenceSpans } from "../../server/engine/sentences";

const FIXTURES = join(__dirname, "../../fixtures");

/** The prose paragraphs of the bundled fixture plans in `lang` (lines that are not markup). */
function paragraphs(lang: Lang): string[] {
  const dir = join(FIXTURES, lang);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .flatMap((name) => readFileSync(join(dir, name), "utf8").split(/\n\s*\n/))
    .filter((p) => p.trim() && !/^\s*(?:[#|>`-]|\d+\.)/.test(p));
}

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe.each(["ja", "en"] as const)("windowed segmentation (%s)", (lang) => {
  const prose = paragraphs(lang);
  // One long paragraph of every fixture paragraph: many windows, cut between and inside sentences.
  const long = prose.join(lang === "ja" ? "" : " ");

  it("finds the sentences one unwindowed pass finds, in every fixture paragraph", () => {
    expect(prose.length).toBeGreaterThan(50);
    for (const p of prose) expect(sentenceSpans(p, 7, lang, 600)).toEqual(sentenceSpans(p, 7, lang, Infinity));
  });

  it("finds the same sentences in a paragraph many windows long", () => {
    expect(long.length).toBeGreaterThan(8 * 600);
    const windowed = sentenceSpans(long, 0, lang, 600);
    expect(texts(long, windowed)).toEqual(texts(long, sentenceSpans(long, 0, lang, Infinity)));
  });
});

describe("a paragraph without sentence punctuation", () => {
  it.each([
    ["ja", "提携先との協議内容".repeat(34_000)],
    ["en", "alliance partner terms ".repeat(13_100)],
  ] as const)("is cut into pieces of at most the window (%s, 300 KB)", (lang, text) => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(300_000);
    const spans = sentenceSpans(text, 0, lang);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(SEGMENT_WINDOW);
    // The pieces cover the text: nothing is lost between them.
    expect(spans[0].start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.trimEnd().length);
  });

  it("never cuts a surrogate pair in two", () => {
    const text = "😀".repeat(10_000);
    for (const s of sentenceSpans(text, 0, "ja", 101)) {
      expect(text.codePointAt(s.start)).toBe(0x1f600);
      expect(s.end % 2).toBe(0);
    }
  });
});
