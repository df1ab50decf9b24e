/**
 * The vocabularies as matchers. Each concept's words are data (rules/vocab/<concept>.yaml,
 * bundled as generated/vocabularies.ts by scripts/build-vocabulary.mjs); this module is the
 * one compiler: it escapes plain terms, adds word boundaries to English ones, joins them with
 * the patterns and a team's terms from config, and caches the result per vocabulary.
 * Matchers run on normalised text (NFKC, lower case: see rules/lib/lexicon.ts normalise).
 */
import { remembersTexts, TextMemo } from "./text-memo";
import { VOCABULARIES, type Concept } from "./generated/vocabularies";
import type { ConceptData, Terms, VocabLang } from "./types";

export type { Concept, Terms, VocabLang };

/** Terms a team adds from config: `vocabulary: { deferral: { ja: [...] } }`. */
export type TeamVocabulary = Partial<Record<Concept, Terms>>;

const LANGS: readonly VocabLang[] = ["ja", "en"];
/** `{{concept}}` in a pattern stands for that concept's words (month names, the month counter). */
const REFERENCE = /\{\{([a-z][a-z0-9-]*)\}\}/g;
const SPECIAL = /[\\^$.*+?()[\]{}|/]/g;

/** The text a term is written in, as the matchers see it: NFKC and lower case. */
function normalTerm(term: string): string {
  return term.normalize("NFKC").toLowerCase();
}

/**
 * How a plain term is matched, by language. Japanese has no spaces between words, so a term
 * matches anywhere. An English term matches as whole words, a hyphen and a space alike; a
 * final `*` takes any ending, a leading one any beginning (`*review*` is in 「kpireview」 too).
 */
const TERM_SOURCE: Record<VocabLang, (term: string) => string> = {
  ja: (term) => normalTerm(term).replace(SPECIAL, "\\$&"),
  en: (term) => {
    const t = normalTerm(term);
    const inside = t.startsWith("*");
    const stem = t.endsWith("*");
    const word = t.slice(inside ? 1 : 0, stem ? -1 : undefined);
    // A hyphen or a space: "off-ramp" is also written "off ramp" (and heading titles lose their hyphens).
    const body = word.replace(SPECIAL, "\\$&").replace(/[- ]/g, "[- ]");
    const start = !inside && /^\w/.test(word) ? "\\b" : "";
    const end = stem ? "\\w*" : /\w$/.test(t) ? "\\b" : "";
    return `${start}${body}${end}`;
  },
};

/**
 * The alternatives for terms and patterns, Japanese first, in the order the data gives them.
 * `withoutLatin`: no plain term with a Latin letter (see Vocabulary.tests).
 */
function alternatives(terms: Terms = {}, patterns: Terms = {}, langs = LANGS, withoutLatin = false): string[] {
  const kept = (term: string) => !withoutLatin || !LATIN.test(normalTerm(term));
  return langs.flatMap((lang) => [...(terms[lang] ?? []).filter(kept).map(TERM_SOURCE[lang]), ...(patterns[lang] ?? [])]);
}

/** A Latin letter as matchers see it (lower case): a term holding one cannot match a text without one. */
const LATIN = /[a-z]/;
/** How often a concept is asked before its Latin-free pattern is built (a plan asks each a few dozen times). */
const GATE_AFTER_USES = 500;

interface Matcher {
  /** Top-level alternation, so test/safety/regex-linear.test.ts checks each alternative apart. */
  source: string;
  re: RegExp;
  exceptions?: RegExp;
}

function referenced(from: Concept, name: string): Concept {
  if (!(name in VOCABULARIES) || name === from) throw new Error(`vocabulary ${from}: {{${name}}} names no other concept`);
  return name as Concept;
}

/** The built-in words, with a team's additions. */
export class Vocabulary {
  private readonly matchers = new Map<Concept, Matcher>();
  private readonly derived = new Map<string, unknown>();
  private readonly regexes = new Map<string, Map<Concept, RegExp>>();
  private readonly sayers = new Map<Concept, (normal: string) => boolean>();
  /** Each text's answers so far, by concept (see test). */
  private readonly answers = new TextMemo<Map<Concept, boolean>>(() => new Map());
  private lastText: string | undefined;
  private lastAnswers = new Map<Concept, boolean>();

  constructor(private readonly team: TeamVocabulary = {}) {}

  private matcher(concept: Concept): Matcher {
    let matcher = this.matchers.get(concept);
    if (!matcher) {
      const data: ConceptData = VOCABULARIES[concept];
      const source = this.source(concept, LANGS);
      const exceptions = alternatives(data.exceptions);
      matcher = { source, re: new RegExp(source), ...(exceptions.length && { exceptions: new RegExp(exceptions.join("|")) }) };
      this.matchers.set(concept, matcher);
    }
    return matcher;
  }

  /** The concept's words in the given languages, with a team's, as one alternation. */
  private source(concept: Concept, langs: readonly VocabLang[], withoutLatin = false): string {
    const data: ConceptData = VOCABULARIES[concept];
    const own = [
      ...alternatives(data, data.patterns, langs, withoutLatin),
      ...alternatives(this.team[concept], {}, langs, withoutLatin),
    ].join("|");
    return own.replace(REFERENCE, (_, name: string) => this.group(referenced(concept, name)));
  }

  /**
   * Does the normalised text say the concept (and no exception cancels it)? A text's answers are
   * kept together, found once for a run of questions about the same text (a rule asks several
   * concepts of one statement in a row): a lint asks some 15 questions per statement, and a
   * lookup by text is most of the cost of an answer already known. In a one-pass run, where texts
   * seldom recur, the answer is found afresh: keeping them cost 2–3 % more CPU on the bench corpus.
   */
  test(concept: Concept, normal: string): boolean {
    if (!remembersTexts()) return this.says(concept)(normal);
    if (normal !== this.lastText) {
      this.lastText = normal;
      this.lastAnswers = this.answers.get(normal);
    }
    let answer = this.lastAnswers.get(concept);
    if (answer === undefined) this.lastAnswers.set(concept, (answer = this.says(concept)(normal)));
    return answer;
  }

  /** The concept's test of a normalised text, uncached. */
  private says(concept: Concept): (normal: string) => boolean {
    let says = this.sayers.get(concept);
    if (!says) {
      const { re, exceptions } = this.matcher(concept);
      // A text with no Latin letter (most Japanese statements) is tested without the English
      // words, which it cannot contain: 2–5× faster on such texts, the same answers. Built once
      // the concept has been asked often: compiling a second pattern costs a one-plan run more
      // than it saves there (~15 ms of the CLI's 0.3 s).
      let uses = 0;
      let unlatin: RegExp | undefined;
      says = (normal: string) => {
        if (!unlatin && ++uses === GATE_AFTER_USES) unlatin = new RegExp(this.source(concept, LANGS, true) || "(?!)");
        return (unlatin && !LATIN.test(normal) ? unlatin : re).test(normal) && !exceptions?.test(normal);
      };
      this.sayers.set(concept, says);
    }
    return says;
  }

  /** The first words in the normalised text that say the concept, and where they start. */
  find(concept: Concept, normal: string): { text: string; index: number } | undefined {
    const { re, exceptions } = this.matcher(concept);
    if (exceptions?.test(normal)) return undefined;
    const match = re.exec(normal);
    return match ? { text: match[0], index: match.index } : undefined;
  }

  /** The text with every occurrence of the concept replaced (by a space, so words stay apart). */
  remove(concept: Concept, normal: string, by = " "): string {
    return normal.replace(this.regex(concept, "g"), by);
  }

  /**
   * The concept as a group, to build a pattern of several concepts with (see derive). With `lang`,
   * only that language's words: for a sentence shape written in one language.
   */
  group(concept: Concept, lang?: VocabLang): string {
    if (!lang) return `(?:${this.matcher(concept).source})`;
    return this.derive(`group:${concept}/${lang}`, () => `(?:${this.source(concept, [lang]) || "(?!)"})`);
  }

  /** The concept's own RegExp with the given flags (exceptions are the caller's to apply). */
  regex(concept: Concept, flags = ""): RegExp {
    // Keyed by flags, then concept: a key built per call (`regex:${concept}`) cost 3 % of a re-lint.
    let byConcept = this.regexes.get(flags);
    if (!byConcept) this.regexes.set(flags, (byConcept = new Map()));
    let re = byConcept.get(concept);
    if (!re) byConcept.set(concept, (re = new RegExp(this.matcher(concept).source, flags)));
    return re;
  }

  /** Something built from this vocabulary (a pattern joining concepts), built once per vocabulary. */
  derive<T>(key: string, build: (vocabulary: Vocabulary) => T): T {
    let value = this.derived.get(key) as T | undefined;
    if (value === undefined) this.derived.set(key, (value = build(this)));
    return value;
  }
}

/** The built-in vocabulary: what the rules hear when no config adds to it. */
export const BUILT_IN = new Vocabulary();

/** Compiled vocabularies by the team's words: a worker gets a copy of the config with every job. */
const byTeam = new Map<string, Vocabulary>();
const MAX_TEAMS = 16;

/** The vocabulary for a config's additions, compiled once per distinct set of words. */
export function vocabularyFor(team: TeamVocabulary | undefined): Vocabulary {
  if (!team || !Object.keys(team).length) return BUILT_IN;
  const key = JSON.stringify(team);
  let vocabulary = byTeam.get(key);
  if (!vocabulary) {
    if (byTeam.size >= MAX_TEAMS) byTeam.clear();
    byTeam.set(key, (vocabulary = new Vocabulary(team)));
  }
  return vocabulary;
}
