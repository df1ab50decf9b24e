/**
 * "Replace a deferred phrase with a placeholder": 「別途協議の上定める」 or "TBD" becomes
 * 〔要記入：…〕 / [to fill in: …], which unfilled-placeholder then keeps visible until filled.
 * Offered as a suggestion (never applied by --fix) by the rules that judge a deferral, on the
 * statements that defer; the phrases are the deferral vocabulary's, matched on normalised text.
 */
import type { Lang, PlanModel, Span } from "../../server/engine/model";
import type { Fix, Localized, RuleContext, RuleReport } from "../../server/engine/rule";
import { isDeferred, normalise } from "./lexicon";
import type { Concept, Vocabulary } from "../vocab";
import { documentTexts, ruleTexts } from "./rule-texts";

/** At most this many deferred phrases get a suggestion of their own per finding. */
const MAX_SUGGESTIONS = 3;

export interface Deferral extends Span {
  phrase: string;
}

export function placeholder(hint: Localized, lang: Lang): string {
  return documentTexts(lang).placeholder(hint[lang]);
}

/** `report` with one suggestion per deferred phrase in `spans` (the deferring statements), in document order. */
export function withDeferralSuggestions(
  report: RuleReport,
  model: PlanModel,
  context: RuleContext,
  hint: Localized,
  spans: Span[],
): RuleReport {
  const suggestions = deferralSuggestions(model, context, hint, spans);
  return suggestions.length ? { ...report, suggestions: [...(report.suggestions ?? []), ...suggestions] } : report;
}

function deferralSuggestions(model: PlanModel, context: RuleContext, hint: Localized, spans: Span[]): Fix[] {
  const blank = placeholder(hint, context.lang);
  return spans
    .flatMap((span) => findDeferrals(context.vocabulary, model.text, span.start, span.end))
    .slice(0, MAX_SUGGESTIONS)
    .map((d) => ({
      title: ruleTexts(context.locale).replaceDeferral(d.phrase, blank),
      edits: [{ span: { start: d.start, end: d.end }, newText: blank }],
    }));
}

/** Deferral phrases in text[from, to), skipping good-faith boilerplate lines. */
export function findDeferrals(vocabulary: Vocabulary, text: string, from: number, to: number): Deferral[] {
  return findPhrases(vocabulary, "deferral", text, from, to)
    .map(({ start, end }) => ({ start, end: end + jaTail(vocabulary).exec(text.slice(end, to))![0].length }))
    .filter(({ start }) => isDeferred(vocabulary, lineAround(text, start)))
    .map(({ start, end }) => ({ start, end, phrase: text.slice(start, end) }));
}

/** Where a concept's words are in text[from, to), matched on normalised text and mapped back to the original. */
export function findPhrases(vocabulary: Vocabulary, concept: Concept, text: string, from: number, to: number): Deferral[] {
  const { normalised, starts, ends } = normaliseWithOffsets(text.slice(from, to));
  const found: Deferral[] = [];
  for (const m of normalised.matchAll(vocabulary.regex(concept, "g"))) {
    if (!m[0]) continue;
    const start = from + starts[m.index];
    const end = from + ends[m.index + m[0].length - 1];
    found.push({ start, end, phrase: text.slice(start, end) });
  }
  return found;
}

/** The verb a Japanese deferral hangs on (「別途協議」+「の上定める」) goes with it. */
function jaTail(vocabulary: Vocabulary): RegExp {
  return vocabulary.derive("deferral-suggestions:ja-tail", (v) => new RegExp(`^(?:の(?:上|うえ)で?)?${v.group("deferral-tail")}?`));
}

/**
 * normalise() character by character, remembering where each normalised unit came from,
 * so matches on the normalised text map back to the original (full-width letters, markup).
 */
function normaliseWithOffsets(text: string): { normalised: string; starts: number[]; ends: number[] } {
  let normalised = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const n = normalise(char);
    for (let k = 0; k < n.length; k++) {
      starts.push(i);
      ends.push(i + char.length);
    }
    normalised += n;
    i += char.length;
  }
  return { normalised, starts, ends };
}

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end < 0 ? text.length : end);
}
