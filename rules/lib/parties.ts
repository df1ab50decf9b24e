/**
 * Who the parties of a plan are, and which of them a text speaks of. A side is named by a role
 * word (「当社」, "we": the own side; 「提携先」, "they": the other) or by a name the plan gives:
 * a defined term (「以下「まめや」」, ("Northwind")), a company with its designator (株式会社…,
 * … Ltd), the front matter's `partners`/`parties`, the title's "A × B", or an English subject
 * that brings, has or lacks something ("Lantern & Bell has …").
 */
import type { PlanModel } from "../../server/engine/model";
import type { Vocabulary } from "../vocab";
import { normalise } from "./lexicon";
import { perModel } from "./per-model";

/** The own side and the other side as the role words name them; a name is its own key. */
export const OWN = "own";
export const OTHER = "other";

/** Where a name stops in Japanese text (a name may hold 「・」). */
const JA_BREAK = /[\s、。,，()（）「」『』：:×/|]/;
/** Quotes that open and close a defined term: 「まめや」, "Northwind". */
const OPENING = '「『"“';
const CLOSING = '」』"”';
/** An acronym a name is given in brackets: "Wexcombe Composites Research Centre (WCRC, …)". */
const ACRONYM = /\(([A-Z][A-Z0-9&]{1,9})[,)]/g;
/** A word of an English name: capitalised, or the "&" / "of" inside one. */
const NAME_WORD = /^(?:[A-Z][\w&'’.-]*|&|of)$/;
/** Capitalised words that start sentences without naming anyone. */
const NOT_A_NAME = new Set(
  "the this that these those it its each both either neither every all our we they their if when while once after before in on at for and but so no one none who which what where how why also then here there".split(
    " ",
  ),
);
/** A contract's parties by their one-character terms: （以下「甲」という）. */
const CONTRACT_PARTY = /^[甲乙丙丁]$/;
/**
 * 「ソラミエ社」「ABC社」: a name in katakana or Latin letters that 社 follows, the way Japanese
 * prose names a company without its legal form; a single letter keeps its 社 (「A社」).
 */
const SHA_NAME = /([\p{Script=Katakana}ー・A-Za-z0-9&]{1,15})社/gu;
/** Parties side by side in a title: 「A×B」, "A x B", "A / B", "A & B". */
const PAIRED = /[×✕＆/／]|\s[x&]\s/;
const SEGMENT = /\s[-—–:|]\s|[：:\u3000|（）()「」【】]/;

export interface Parties {
  /** Normalised names, each with the key of the side it stands for. */
  names: Map<string, string>;
}

/** The plan's party names, found once per model. */
export const partiesOf = perModel((model, vocabulary): Parties => ({ names: collectNames(model, vocabulary) }));

function collectNames(model: PlanModel, vocabulary: Vocabulary): Map<string, string> {
  const names = new Map<string, string>();
  const add = (raw: string | undefined, key?: string) => {
    const name = vocabulary
      .remove("company-designator", normalise(raw ?? ""))
      .replace(/^the /, "")
      .trim();
    if ((name.length < 2 && !CONTRACT_PARTY.test(name)) || NOT_A_NAME.has(name) || /^本/.test(name) || /^\d/.test(name)) return;
    const side = key ?? sideWord(name, vocabulary) ?? name;
    if (!names.has(name)) names.set(name, side);
    // People write the first word alone: "Lantern & Bell" → "Lantern", 「セイラン・バイオ」 → 「セイラン」.
    const first = name.split(/[ ・]/)[0];
    if (first !== name && first.length >= 4 && !NOT_A_NAME.has(first) && !names.has(first)) names.set(first, side);
  };
  const text = model.text;
  const nfkc = text.normalize("NFKC");
  for (const [name, at] of japaneseCompanies(nfkc, vocabulary)) add(name, ownIfDefined(nfkc, at, vocabulary));
  for (const [name, at] of englishCompanies(text, vocabulary)) add(name, ownIfDefined(text, at, vocabulary));
  for (const m of nfkc.matchAll(SHA_NAME)) add(m[1].length > 1 ? m[1] : m[0]);
  for (const name of definedTerms(text)) add(name);
  for (const name of englishSubjects(text, vocabulary)) add(name);
  for (const name of frontMatterNames(model.data)) add(name);
  for (const name of partyRows(model, vocabulary)) add(name);
  for (const m of text.matchAll(ACRONYM)) add(m[1]);
  for (const line of opening(model)) for (const part of pairedNames(line)) add(part);
  return names;
}

/** The row labels of a table whose first column is headed as the parties' (「| 当事者 | 役割 |」, "| Party | Role |"). */
function partyRows(model: PlanModel, vocabulary: Vocabulary): string[] {
  return model.tables
    .filter((table) => vocabulary.test("party-column", normalise(table.header[0]?.text ?? "").trim()))
    .flatMap((table) => table.rows.map((row) => row.cells[0]?.text ?? ""));
}

/** The title and the lines after it, where plans name their parties. */
function opening(model: PlanModel): string[] {
  const heading = model.sections.find((s) => s.kind === "heading")?.title ?? "";
  const lines = model.text
    .split("\n", 12)
    .map((l) => l.replace(/[#*]/g, "").trim())
    .filter(Boolean);
  return [heading, ...lines.slice(0, 4)];
}

/** The names a line sets side by side ("Plan — A / B" → A, B): each segment with a separator, split at it. */
function pairedNames(line: string): string[] {
  return line
    .split(SEGMENT)
    .filter((segment) => PAIRED.test(segment))
    .flatMap((segment) => segment.split(PAIRED).slice(0, 3))
    .map((part) => part.trim())
    .filter((part) => part.length <= 40);
}

/** The own side when the company is defined as 「（以下「当社」）」 / ("we"); else nothing. */
function ownIfDefined(text: string, at: number, vocabulary: Vocabulary): string | undefined {
  const after = text.slice(at, at + 40).trimStart();
  if (!"（(".includes(after[0] ?? "x")) return undefined;
  const term = quoted(after, after.startsWith("以下", 1) ? 3 : 1);
  return term === undefined ? undefined : sideWord(normalise(term), vocabulary);
}

/** The quoted term that opens at `at` (after 「、」 or spaces): 「まめや」 → まめや. */
function quoted(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && "、, \u3000".includes(text[i])) i++;
  if (!OPENING.includes(text[i] ?? "x")) return undefined;
  const close = [...text.slice(i + 1, i + 22)].findIndex((c) => CLOSING.includes(c) || c === "\n");
  return close > 0 && CLOSING.includes(text[i + 1 + close]) ? text.slice(i + 1, i + 1 + close) : undefined;
}

/** Defined terms: 以下「X」, ("X"), (the "X"), and acronyms in brackets. */
function definedTerms(text: string): string[] {
  const terms: string[] = [];
  for (let at = text.indexOf("以下"); at >= 0; at = text.indexOf("以下", at + 2)) terms.push(quoted(text, at + 2) ?? "");
  for (let at = text.indexOf("("); at >= 0; at = text.indexOf("(", at + 1))
    terms.push(quoted(text, text.startsWith("the ", at + 1) ? at + 5 : at + 1) ?? "");
  for (const m of text.matchAll(ACRONYM)) terms.push(m[1]);
  return terms.filter(Boolean);
}

/**
 * A particle straight after a name in katakana, kanji or Latin letters, where the name ends:
 * 「株式会社スカイアイと資本業務提携」「株式会社ことのはAIと組み」 name スカイアイ and ことのはAI (a name in
 * hiragana keeps its own 「の」「は」).
 */
const PARTICLE_AFTER_NAME = /(?<=[^\u3041-\u3096])[とをにはがのへでや]/u;

/** 株式会社ミライ → ミライ, 高砂ポリマー株式会社 → 高砂ポリマー: the name after the designator, else before it. */
function japaneseCompanies(text: string, vocabulary: Vocabulary): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  for (const m of text.matchAll(vocabulary.regex("company-designator", "g"))) {
    if (/^[a-z]/i.test(m[0])) continue;
    const end = m.index + m[0].length;
    const after = text
      .slice(end, end + 16)
      .replace(/^ /, "")
      .split(JA_BREAK)[0]
      .split(PARTICLE_AFTER_NAME)[0];
    const before = (
      text
        .slice(Math.max(0, m.index - 16), m.index)
        .split(JA_BREAK)
        .at(-1) ?? ""
    ).replace(/^(?:と|及び|および|や)/, "");
    const name = after.length >= 2 ? after : before;
    found.push([name, after.length >= 2 ? end + after.length : end]);
  }
  return found;
}

/** "Hallam Fire Apparatus Ltd": the capitalised words before an English designator. */
function englishCompanies(text: string, vocabulary: Vocabulary): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  for (const word of text.matchAll(CAPITALISED_WORD)) {
    const bare = word[0].trimEnd();
    const designator = withoutTrailingMarks(bare);
    // "AS", "AB": a short designator in capitals, not the word "As".
    if (designator.length <= 2 && designator !== designator.toUpperCase()) continue;
    if (!vocabulary.test("company-designator", normalise(designator))) continue;
    const line =
      text
        .slice(Math.max(0, word.index - 60), word.index)
        .split("\n")
        .at(-1) ?? "";
    const name = leadingName(line.trimEnd().split(" ").reverse()).reverse();
    if (name.length) found.push([name.join(" "), word.index + bare.length]);
  }
  return found;
}

/** A word (up to a space or a line break) that starts with a capital letter, at the start or after a space or a line break. */
const CAPITALISED_WORD = /(?<![^ \n])[A-Z][^ \n]*/g;

/** "Ltd.," → "Ltd". */
function withoutTrailingMarks(word: string): string {
  let end = word.length;
  while (end > 0 && ".,;:)".includes(word[end - 1])) end--;
  return word.slice(0, end);
}

/** The capitalised words at the start of `words` (at most four), as a name. */
function leadingName(words: string[]): string[] {
  const name: string[] = [];
  for (const word of words) {
    if (!NAME_WORD.test(word) || name.length === 4) break;
    name.push(word);
  }
  return name;
}

/** "has …", "will supply …": the clause goes on with what the subject has or does. */
function startsWithVerb(rest: string, vocabulary: Vocabulary): boolean {
  const verb = vocabulary.find("asset-verb", rest);
  return !!verb && /^(?:(?:will|would|shall|already) )?$/.test(rest.slice(0, verb.index));
}

/**
 * A clause (between . ; : and line breaks, after its bullet) that starts as a name may: with a
 * capital, 「&」 or "of" (NAME_WORD). Found by one scan: most clauses are never cut out.
 */
const NAMED_CLAUSE = /(?:^|[.;:\n])(?:[^\S\n]|[-*•#])*((?:[&A-Z]|of)[^.;:\n]*)/g;

/** "Lantern & Bell has …", "Kinetica's physiotherapists will …": a capitalised subject before what it has or does. */
function englishSubjects(text: string, vocabulary: Vocabulary): string[] {
  const subjects: string[] = [];
  for (const [, body] of text.matchAll(NAMED_CLAUSE)) {
    const words = body.split(" ");
    const name = leadingName(words);
    const rest = words.slice(name.length).join(" ").toLowerCase();
    if (name.length && startsWithVerb(rest, vocabulary) && !/^(?:has|have) (?:been|to|not)\b/.test(rest))
      subjects.push(name.join(" ").replace(/['’]s$/, ""));
  }
  return subjects;
}

function sideWord(name: string, vocabulary: Vocabulary): string | undefined {
  if (vocabulary.test("own-party", name)) return OWN;
  if (vocabulary.test("partner-party", name)) return OTHER;
  return undefined;
}

/** `partners: [A, B]`, `parties: [{name: A}, …]`, `partner: A`. */
function frontMatterNames(data: Record<string, unknown>): string[] {
  const values = ["partners", "parties", "partner", "company", "companies"].flatMap((key) => {
    const value = data[key];
    return Array.isArray(value) ? value : value && typeof value === "object" ? Object.keys(value) : [value];
  });
  return values.flatMap((v) =>
    typeof v === "string"
      ? [v]
      : v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string"
        ? [(v as { name: string }).name]
        : [],
  );
}

/** The sides a normalised text speaks of: OWN, OTHER, and the key of each party name in it. */
export function sidesIn(normal: string, parties: Parties, vocabulary: Vocabulary): Set<string> {
  const sides = new Set<string>();
  if (vocabulary.test("own-party", normal)) sides.add(OWN);
  if (vocabulary.test("partner-party", normal)) sides.add(OTHER);
  for (const [name, side] of parties.names) if (mentions(normal, name)) sides.add(side);
  return sides;
}

/** A name as a whole word in Latin script; anywhere in Japanese. */
function mentions(normal: string, name: string): boolean {
  let at = normal.indexOf(name);
  while (at >= 0) {
    const before = normal[at - 1] ?? " ";
    const after = normal[at + name.length] ?? " ";
    if (!/[a-z0-9]/.test(before) && !(/[a-z0-9]$/.test(name) && /[a-z0-9]/.test(after))) return true;
    at = normal.indexOf(name, at + 1);
  }
  return false;
}

/** A side named by a label or a holder (「本部」, "the Brewery"): a known side if it is one, else the name itself. */
export function sideNamed(name: string, parties: Parties, vocabulary: Vocabulary): string {
  const sides = sidesIn(name, parties, vocabulary);
  return sides.size === 1 ? [...sides][0] : name;
}

/** Both sides at once, not one of them: 「両社の強み」, "both partners' strengths", 「本提携は」. */
const BOTH = /^(?:両社|双方|各社|お互い|互い|相互|両者|本(?:提携|事業|件|計画|契約|協定|覚書|連携|取組|取り組み)|both\b|each\b|all\b)/;
/**
 * ja: what follows a side that is the topic or subject: 「当社は」「A社が」「提携先には」「Aに足りないもの」, or
 * labels its part (「A社＝販路」), also with its name in brackets between (「当社（ハヤセ製薬）：」).
 */
const JA_SUBJECT =
  /^(?:[社様側]|さん)?(?:[(（][^()（）]{1,20}[)）])?\s?(?:には|では|にも|[はがも:：=]|の(?:強み|弱み)|に(?:足り|不足|欠け|な[いく]))/;
/** A topic that is a figure (「4.5億円規模には」), never a side. */
const FIGURE = /^[\d(（]/;
/** ja: a sentence's topic, named or not: 「ミルアイは、…」「本部には…」, also after a label: 「両社の強み：A社は…」. */
const JA_TOPIC = /(?:^|[。．:：])[-*•\s]*([^、。はがの:：\s]{2,15}?)(?:には|では|は|が)/g;
/** What a side is said to have, after its name: 「本部の強み」, "Fjordline's strengths". */
const HOLDING = { ja: /の(?:強み|弱み)/g, en: /['’]s? (?:key |main |core )?(?:strengths?|weakness|assets|capabilit)/g };
/** Where a holder's name starts, looking back: a break, a clause mark or a bullet. */
const HOLDER_BREAK = { ja: /[\s、。,.:：・「」()（）]/, en: /[.;:,()*•\n]|\s-\s/ };
const HOLDER_LENGTH = { ja: 12, en: 30 };

/** The names before each holding: 「本部」 in 「本部の強み」, "the franchisor" in "the franchisor's strengths". */
function holders(text: string, lang: "ja" | "en"): string[] {
  return [...text.matchAll(HOLDING[lang])].map((m) => holderBefore(text, m.index, lang));
}

/**
 * What makes the word part of another noun: a kanji (「技術者」「技術上」「設備投資」; 「技術力」 is still
 * one's own), a noun after it ("Vantor's channel manager"; not "Kestrel's brand and reach").
 */
const COMPOUND = {
  ja: /^(?!力)[\u4e00-\u9fff]/u,
  en: /^\s(?!(?:and|or|of|in|to|for|with|across|at|on|is|are|was|were|has|have|will|would|can|could)\b)[a-z]/,
};
/** A possessive before what is possessed: 「当社の販路」, "Kestrel's dealer network". */
const POSSESSIVE = { ja: /の/g, en: /['’]s /g };

/**
 * The known sides whose resource a statement names as theirs: a side, a possessive, and a word of
 * what a side has (party-asset, not a task: 「当社の担当」 is a role) straight after it —
 * 「ことのはAI社の技術と、…」, "Kestrel's dealer network". Only a named side: 「業界の知見」, "the
 * region's brand" name no party.
 */
function possessors(text: string, lang: "ja" | "en", parties: Parties, vocabulary: Vocabulary): string[] {
  const asset = vocabulary.regex("party-asset", "y");
  const found: string[] = [];
  for (const m of text.matchAll(POSSESSIVE[lang])) {
    asset.lastIndex = m.index + m[0].length;
    const possessed = asset.exec(text)?.[0];
    if (!possessed || vocabulary.test("role-assignment", possessed) || COMPOUND[lang].test(text.slice(asset.lastIndex))) continue;
    const holder = holderBefore(text, m.index, lang);
    const side = BOTH.test(holder) ? undefined : sideEnding(holder, parties, vocabulary);
    if (side) found.push(side);
  }
  return found;
}

/** The holder's words before `at`, back to a break (HOLDER_BREAK). */
function holderBefore(text: string, at: number, lang: "ja" | "en"): string {
  const before = text.slice(Math.max(0, at - HOLDER_LENGTH[lang]), at);
  return (before.split(HOLDER_BREAK[lang]).at(-1) ?? "").replace(/^[-\s]+/, "").trim();
}

/** The side whose name ends the holder (「…ことのはAI社」 → ことのはAI, the longest name that fits), or its role word's. */
function sideEnding(holder: string, parties: Parties, vocabulary: Vocabulary): string | undefined {
  const bare = holder.replace(/(?:[社様側]|さん)$/, "");
  // The holder's suffixes, longest first: a bounded walk (HOLDER_LENGTH), however many names the plan has.
  for (let i = 0; i < bare.length; i++) {
    const side = parties.names.get(bare.slice(i));
    if (side !== undefined) return side;
  }
  const sides = sidesIn(holder, parties, vocabulary);
  return sides.size === 1 ? [...sides][0] : undefined;
}

/** English clauses: between sentence marks, and at a conjunction that starts a new subject. */
const EN_CLAUSE = /[.;:!?]\s|,?\s(?:and|while|whereas|but)\s/;
/** "has run", "have agreed": the perfect's auxiliary, not what a side has. */
const PERFECT = /^(?:has|have) (?:\w+ed|been|run|done|made|seen|taken|begun|built|grown|won|become|gone|had|not)\b/;
/** "has limited reach", "has dedicated staff": a participle that is an adjective before what the side has. */
const ADJECTIVAL = /^(?:has|have) (?:limited|dedicated|skilled|experienced|qualified|certified|accredited)\b/;
/** At most this many words before the verb: a subject, not a clause that happens to hold a name. */
const SUBJECT_WORDS = 7;
/** A clause's subject when its verb is not known: its first words ("we sell to…", "the Kestrel team runs…"). */
const ANY_VERB_SUBJECT_WORDS = 3;

/**
 * The sides a normalised statement says have or lack something: the subject of a clause whose
 * verb or noun says so (party-capability), and holders of strengths (「本部の強み」). A side that is
 * only mentioned (「当社データで学習したモデル」, "the Kestrel dashboard") is not one. `anyVerb`: in a
 * section about what each side brings, the subject of any clause is one.
 */
export function subjectSides(text: string, lang: "ja" | "en", parties: Parties, vocabulary: Vocabulary, anyVerb = false): Set<string> {
  const sides = new Set<string>();
  for (const name of holders(text, lang)) if (name && !BOTH.test(name)) sides.add(sideNamed(name, parties, vocabulary));
  SUBJECTS[lang](text, { parties, vocabulary, anyVerb, sides });
  for (const side of possessors(text, lang, parties, vocabulary)) sides.add(side);
  return sides;
}

interface SubjectSearch {
  parties: Parties;
  vocabulary: Vocabulary;
  anyVerb: boolean;
  /** Where the sides found are added. */
  sides: Set<string>;
}

/** How each language puts a side as the subject: English by word order, Japanese by particles. */
const SUBJECTS: Record<"ja" | "en", (text: string, search: SubjectSearch) => void> = {
  en: (text, { parties, vocabulary, anyVerb, sides }) => {
    // A clause with no subject of its own ("…, but has no platform") shares the side the last
    // clause that opened with one named: "Tasmanglen supplies seed …, but has no platform".
    let carried = new Set<string>();
    for (const clause of text.split(EN_CLAUSE)) {
      const opening = openingSides(clause, parties, vocabulary);
      if (opening.size) carried = opening;
      englishSubjectOf(clause, parties, vocabulary, anyVerb, carried).forEach((side) => sides.add(side));
    }
  },
  ja: (text, { parties, vocabulary, anyVerb, sides }) => {
    if (!anyVerb && !vocabulary.test("party-capability", text) && !sides.size) return;
    for (const m of text.matchAll(JA_TOPIC)) if (!BOTH.test(m[1]) && !FIGURE.test(m[1])) sides.add(sideNamed(m[1], parties, vocabulary));
    for (const [name, side] of namedSides(text, parties, vocabulary))
      if (JA_SUBJECT.test(text.slice(name.end, name.end + 8))) sides.add(side);
  },
};

/** The sides an English clause's first words name: "the Kestrel team runs…" → Kestrel. */
function openingSides(clause: string, parties: Parties, vocabulary: Vocabulary): Set<string> {
  return sidesIn(
    clause
      .replace(/^[-*•\s]+/, "")
      .split(" ", ANY_VERB_SUBJECT_WORDS)
      .join(" "),
    parties,
    vocabulary,
  );
}

/** Is the predicate the perfect ("has agreed"), not having something ("has limited reach")? */
function perfect(predicate: string): boolean {
  return PERFECT.test(predicate) && !ADJECTIVAL.test(predicate);
}

/** An adverb that may stand before the verb of a clause whose subject is the last clause's: "…, but also has…". */
const NO_SUBJECT = /^(?:also|already|still|only|itself|themselves|now)?$/;

/**
 * The sides in the words before an English clause's verb of having or lacking (any verb's: its
 * first words); `carried`, when the verb opens the clause, which has no subject of its own.
 */
function englishSubjectOf(clause: string, parties: Parties, vocabulary: Vocabulary, anyVerb: boolean, carried: Set<string>): Set<string> {
  const capability = vocabulary.find("party-capability", clause);
  const verb = capability ?? countedAsset(clause, vocabulary);
  if (!verb && anyVerb) return openingSides(clause, parties, vocabulary);
  if (!verb || perfect(clause.slice(verb.index))) return new Set();
  const subject = clause
    .slice(0, verb.index)
    .replace(/^[-*•\s]+/, "")
    .trim();
  // Only a verb of having or lacking shares the subject: "…and network renewal", "…and supply deal" are nouns.
  if (NO_SUBJECT.test(subject)) return capability && vocabulary.find("asset-verb", clause)?.index === verb.index ? carried : new Set();
  const words = subject.split(" ").length;
  if (words > SUBJECT_WORDS) return new Set();
  const sides = sidesIn(subject, parties, vocabulary);
  // In a section about what each brings, an unnamed subject is a side too: "the franchisor has …".
  if (
    !sides.size &&
    anyVerb &&
    words <= ANY_VERB_SUBJECT_WORDS &&
    /^(?:the )?[a-z]/.test(subject) &&
    !NOT_A_NAME.has(subject) &&
    !BOTH.test(subject)
  )
    sides.add(subject);
  return sides;
}

/** "Voltway runs 1,150 EVs": a verb of doing with a count after it says what the side has, not a task. */
function countedAsset(clause: string, vocabulary: Vocabulary): { index: number } | undefined {
  const verb = vocabulary.find("asset-verb", clause);
  return verb && /\d/.test(clause.slice(verb.index)) ? verb : undefined;
}

/** Where each side's name or role word occurs in the text (every occurrence), with its side. */
function namedSides(text: string, parties: Parties, vocabulary: Vocabulary): Array<[{ end: number }, string]> {
  const found: Array<[{ end: number }, string]> = [];
  for (const [concept, side] of [
    ["own-party", OWN],
    ["partner-party", OTHER],
  ] as const)
    for (const m of text.matchAll(vocabulary.regex(concept, "g"))) found.push([{ end: m.index + m[0].length }, side]);
  for (const [name, side] of parties.names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push([{ end: at + name.length }, side]);
  return found;
}
