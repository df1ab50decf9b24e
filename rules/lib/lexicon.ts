/**
 * What the headline rules ask of a text, in the words of the vocabularies (rules/vocab/, with
 * a team's additions). Matchers run on `normalise(text)`: NFKC (full-width digits and letters
 * become ASCII), lower case, kanji numbers as Arabic numerals.
 */
import type { Vocabulary } from "../vocab";
import { arabicNumerals } from "./kanji-numerals";
import { TextMemo } from "../vocab/text-memo";

/** Beyond printable ASCII, which is its own NFKC form and holds no kanji numerals (there only case and marks change). */
const BEYOND_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Kept within a lint even in a one-pass run: the rules normalise each statement again and again. */
const normalised = new TextMemo(
  (text) => (BEYOND_ASCII.test(text) ? arabicNumerals(lowered(text.normalize("NFKC"))) : lowered(text)),
  true,
);

function lowered(text: string): string {
  return text.toLowerCase().replace(/[*_`]/g, "");
}

/** NFKC, lower case, no emphasis marks, numbers in Arabic numerals (「十億円」 reads 「1000000000円」). */
export function normalise(text: string): string {
  return normalised.get(text);
}

export function isDeferred(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("deferral", normalise(text));
}

/**
 * Clause-template placeholders: 〔…〕 in Japanese, [ … ] in English — not links, reference
 * links, footnotes, task boxes or the comment anchors a Google Docs export leaves after the
 * commented words ("…with generative AI[a]": one or two small letters). Not global: callers that iterate make their own copy.
 */
export const PLACEHOLDER = /〔[^〔〕\n]*〕|(?<!\])\[(?![ xX]\]|\^|[a-z]{1,2}\])[^\]\n]{1,80}\](?![(:[])/;

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

/**
 * The vague verb an objective rests on, if any, as the whole word the reader wrote (quoted in
 * the message): a stem the vocabulary names runs on to its word's end — 高め → 高める,
 * 連携を深 → 連携を深める, strengthen* → strengthening.
 */
export function vagueVerb(vocabulary: Vocabulary, text: string): string | undefined {
  const normal = normalise(text);
  const found = vocabulary.find("vague-verb", normal);
  return found && found.text + wordRest(found.text, normal.slice(found.index + found.text.length));
}

/** Okurigana after a verb stem ending in kana: 高め|る, 高め|て, 取り組|んで, 目指|し. */
const ENDING = /^(?:ます|たい|[っん][てでただ]|[いうくぐしすただつてでぬぶみむりる])?/;
/** After a kanji, an ichidan stem's vowel may come first: 深|める, 図|る. */
const ENDING_AFTER_KANJI = /^[えけげせぜねへべぺめれ]?(?:ます|たい|[っん][てでただ]|[いうくぐしすただつてでぬぶみむりる])?/;

function wordRest(word: string, rest: string): string {
  if (/[a-z]$/.test(word)) return /^[a-z]*/.exec(rest)![0];
  // Only a stem written with kana is a verb's (連携を深, 高め): 推進 and 模索 are whole nouns before
  // する, and 目指す or 図る end in their dictionary form already.
  if (!/[\u3041-\u3096]/.test(word) || /[うくぐすつぬぶむる]$/.test(word)) return "";
  return (/[\u3041-\u3096]$/.test(word) ? ENDING : ENDING_AFTER_KANJI).exec(rest)![0];
}

/** A line that says how often progress is reviewed (「月次の会議で確認」, "reviewed quarterly"). */
export function isReviewLine(vocabulary: Vocabulary, text: string): boolean {
  const t = normalise(text);
  return vocabulary.test("cadence", t) && vocabulary.test("review-word", t);
}
