/**
 * What the headline rules ask of a text, in the words of the vocabularies (rules/vocab/, with
 * a team's additions). Matchers run on `normalise(text)`: NFKC (full-width digits and letters
 * become ASCII), lower case, kanji numbers as Arabic numerals.
 */
import type { Vocabulary } from "../vocab";
import { arabicNumerals } from "./kanji-numerals";
import { TextMemo } from "../vocab/text-memo";

const normalised = new TextMemo((text) => arabicNumerals(text.normalize("NFKC").toLowerCase().replace(/[*_`]/g, "")));

/** NFKC, lower case, no emphasis marks, numbers in Arabic numerals (「十億円」 reads 「1000000000円」). */
export function normalise(text: string): string {
  return normalised.get(text);
}

export function isDeferred(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("deferral", normalise(text));
}

/**
 * Clause-template placeholders: 〔…〕 in Japanese, [ … ] in English — not links, reference
 * links, footnotes or task boxes. Not global: callers that iterate make their own copy.
 */
export const PLACEHOLDER = /〔[^〔〕\n]*〕|(?<!\])\[(?![ x]\]|\^)[^\]\n]{1,80}\](?![(:[])/i;

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** Does the text name a measurable target: a number with a unit, not only a date or scale? */
export function hasQuantity(vocabulary: Vocabulary, text: string): boolean {
  const normal = normalise(text);
  return vocabulary.test("quantity", vocabulary.remove("scale", vocabulary.remove("date-like", normal)));
}

export function hasTimeBound(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("time-bound", normalise(text));
}

/** The vague verb an objective rests on, if any (quoted in the message). */
export function vagueVerb(vocabulary: Vocabulary, text: string): string | undefined {
  return vocabulary.find("vague-verb", normalise(text));
}

/** A line that says how often progress is reviewed (「月次の会議で確認」, "reviewed quarterly"). */
export function isReviewLine(vocabulary: Vocabulary, text: string): boolean {
  const t = normalise(text);
  return vocabulary.test("cadence", t) && vocabulary.test("review-word", t);
}
