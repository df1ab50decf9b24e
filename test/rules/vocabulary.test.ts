/**
 * Every vocabulary file's examples (rules/vocab/<concept>.yaml): each `match` text says the
 * concept and each `no-match` text does not, through the same compiler and normalisation the
 * rules use. A synonym added to a file is tested by the example added beside it.
 */
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { readVocabularies } from "../../scripts/build-vocabulary.mjs";
import { BUILT_IN, Vocabulary, vocabularyFor, type Concept } from "../../rules/vocab";
import { normalise } from "../../rules/lib/lexicon";

const root = resolve(__dirname, "../..");

interface VocabularyFile {
  concept: Concept;
  examples: { match: string[]; "no-match": string[] };
}

const files = readVocabularies(root) as unknown as VocabularyFile[];

describe.each(files)("vocabulary $concept", ({ concept, examples }) => {
  it.each(examples.match)("matches %j", (text) => {
    expect(BUILT_IN.test(concept, normalise(text))).toBe(true);
  });
  it.each(examples["no-match"])("does not match %j", (text) => {
    expect(BUILT_IN.test(concept, normalise(text))).toBe(false);
  });
});

describe("the vocabulary compiler", () => {
  it("matches English terms as whole words, and a final * as any ending", () => {
    const team = new Vocabulary({ "exit-heading": { en: ["off-ramp", "sunset*"] } });
    expect(team.test("exit-heading", "the off-ramp")).toBe(true);
    expect(team.test("exit-heading", "sunsetting the pilot")).toBe(true);
    expect(team.test("exit-heading", "off-ramps")).toBe(false);
  });

  it("matches Japanese terms anywhere and escapes what looks like regex syntax", () => {
    const team = new Vocabulary({ deferral: { ja: ["(仮)", "要相談?"] } });
    expect(team.test("deferral", "価格は(仮)とする")).toBe(true);
    expect(team.test("deferral", "価格は要相談?")).toBe(true);
    expect(team.test("deferral", "価格は要相")).toBe(false);
  });

  it("adds a team's terms to the built-in ones, which still match", () => {
    const team = new Vocabulary({ deferral: { ja: ["持ち帰り"] } });
    expect(team.test("deferral", "価格は持ち帰り")).toBe(true);
    expect(team.test("deferral", "価格は未定")).toBe(true);
    expect(BUILT_IN.test("deferral", "価格は持ち帰り")).toBe(false);
  });

  it("lets an exception cancel a match anywhere in the text", () => {
    expect(BUILT_IN.test("deferral", "疑義が生じた場合は別途協議する")).toBe(false);
  });

  it("compiles a team's words once, however many copies of the config arrive (one per worker job)", () => {
    const words = () => ({ deferral: { ja: ["持ち帰り"] } });
    expect(vocabularyFor(words())).toBe(vocabularyFor(words()));
    expect(vocabularyFor({})).toBe(BUILT_IN);
  });

  it("gives one language's words as a group, for a sentence shape written in that language", () => {
    const team = new Vocabulary({ "end-verb": { ja: ["卒業"], en: ["sunset"] } });
    const ja = new RegExp(`${team.group("end-verb", "ja")}できる`);
    expect(ja.test("本提携を卒業できる")).toBe(true);
    expect(ja.test("exitできる")).toBe(false);
    const en = new RegExp(`may ${team.group("end-verb", "en")}`);
    expect(en.test("either party may sunset the alliance")).toBe(true);
    expect(en.test("may 解除")).toBe(false);
  });

  it("finds the first words that say a concept", () => {
    expect(BUILT_IN.find("vague-verb", "we will leverage and explore")).toEqual({ text: "leverage", index: 8 });
  });
});
