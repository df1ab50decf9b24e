/**
 * "Replace a deferred phrase with a placeholder": 「別途協議の上定める」 or "TBD" becomes
 * 〔要記入：…〕 / [to fill in: …], which unfilled-placeholder then keeps visible until filled.
 * The phrases are the engine's (rules/lib/lexicon.ts DEFERRAL), matched on normalised text.
 */
import type { Lang, Span } from "../engine/model";
import { DEFERRAL, isDeferred, normalise } from "../../rules/lib/lexicon";
import { ruleById } from "../../rules";

/** What the blank asks for when the rule names nothing (RuleMeta.placeholderHint). */
const DEFAULT_HINT: Record<Lang, string> = { ja: "決定事項", en: "the decision" };

/** The verb a Japanese deferral hangs on (「別途協議」+「の上定める」) goes with it. */
const JA_TAIL = /^(?:の(?:上|うえ)で?)?(?:定める|決定する|決める|とする|します|める|する|る)?/;

export interface Deferral extends Span {
  phrase: string;
}

export function placeholder(ruleId: string, lang: Lang): string {
  const hint = (ruleById(ruleId)?.meta.placeholderHint ?? DEFAULT_HINT)[lang];
  return lang === "ja" ? `〔要記入：${hint}〕` : `[to fill in: ${hint}]`;
}

/** Deferral phrases in text[from, to), skipping good-faith boilerplate lines. */
export function findDeferrals(text: string, from: number, to: number): Deferral[] {
  const { normalised, starts, ends } = normaliseWithOffsets(text.slice(from, to));
  const found: Deferral[] = [];
  for (const m of normalised.matchAll(new RegExp(DEFERRAL.source, "g"))) {
    if (!m[0]) continue;
    const start = from + starts[m.index];
    let end = from + ends[m.index + m[0].length - 1];
    end += JA_TAIL.exec(text.slice(end, to))![0].length;
    if (isDeferred(lineAround(text, start))) found.push({ start, end, phrase: text.slice(start, end) });
  }
  return found;
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
