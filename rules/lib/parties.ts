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

/** The own side and the other side as the role words name them; a name is its own key. */
export const OWN = "own";
export const OTHER = "other";

/** 以下「X」, 以下、「X」という, (hereinafter "X"), ("X"), (the "X"). */
const DEFINED = /以下[、,]?\s*[「『"“]([^」』"”\n]{1,20})[」』"”]|\((?:hereinafter\s+(?:referred\s+to\s+as\s+)?|the\s+)?["“']([^"”'\n]{2,30})["”']\)/g;
/** A company with its designator: 株式会社X, X株式会社, X Ltd. */
const COMPANY_JA = /(?:株式会社|有限会社|合同会社|合資会社|一般社団法人|公益社団法人|学校法人|国立大学法人|医療法人|社会福祉法人|独立行政法人)\s*([^\s、。,（()「」：:×]{2,15})|([^\s、。,（()「」：:×]{2,15}?)(?:株式会社|有限会社|合同会社)/g;
const COMPANY_EN = /\b([A-Z][\w&'’-]*(?: (?:&|[A-Z][\w&'’-]*)){0,3}) (?:Inc|Ltd|LLC|GmbH|Co|Corp|Corporation|Limited|plc|PLC|AG|SA|BV|AB|KK|Pty|Oy|AS|ASA|SAS|SpA|Srl)\b/g;
/** "X brings / has / supplies …": a capitalised subject of what a party has or does. */
const SUBJECT_EN =
  /(?:^|[.;:]\s+|\n[-*•]?\s*)((?:[A-Z][\w&'’-]*)(?: (?:&|of|[A-Z][\w&'’-]*)){0,3})(?:'s|’s)? (?:will |would |shall |already )?(?:brings?|has(?! been| grown| risen| fallen| increased| decreased| not| to)|have(?! been| to)|holds|owns|operates|runs|makes|produces|supplies|supply|provides?|contributes?|offers?|lacks?|needs|employs|sells|manufactures|designs|builds|installs)\b/g;
/** Capitalised words that start sentences without naming anyone. */
const NOT_A_NAME = new Set(
  "the this that these those it its each both either neither every all our we they their if when while once after before in on at for and but so no one none who which what where how why also then here there".split(
    " ",
  ),
);
/** An acronym a name is given in brackets: "Wexcombe Composites Research Centre (WCRC, …)". */
const ACRONYM = /\(([A-Z][A-Z0-9&]{1,9})[,)]/g;
/** Parties side by side in a title: 「A×B」, "A x B", "A / B", "A & B". */
const PAIRED = /[×✕＆/／]|\s[x&]\s/;
const SEGMENT = /\s[-—–:|]\s|[：:　|]/;

export interface Parties {
  /** Normalised names, each with the key of the side it stands for. */
  names: Map<string, string>;
}

const byModel = new WeakMap<PlanModel, Parties>();

/** The plan's party names, found once per model. */
export function partiesOf(model: PlanModel, vocabulary: Vocabulary): Parties {
  let parties = byModel.get(model);
  if (!parties) byModel.set(model, (parties = { names: collectNames(model, vocabulary) }));
  return parties;
}

function collectNames(model: PlanModel, vocabulary: Vocabulary): Map<string, string> {
  const names = new Map<string, string>();
  const add = (raw: string | undefined, key?: string) => {
    const name = normalise(raw ?? "")
      .replace(/^the\s+/, "")
      .trim();
    if (name.length < 2 || NOT_A_NAME.has(name) || /^本/.test(name) || /^\d/.test(name)) return;
    const side = key ?? sideWord(name, vocabulary) ?? name;
    if (!names.has(name)) names.set(name, side);
    // People write the first word alone: "Lantern & Bell" → "Lantern".
    const first = name.split(" ")[0];
    if (first !== name && first.length >= 4 && !NOT_A_NAME.has(first) && !names.has(first)) names.set(first, side);
  };
  const text = model.text;
  for (const m of text.matchAll(COMPANY_JA)) add(m[1] ?? m[2], definedAfter(text, m.index + m[0].length, vocabulary));
  for (const m of text.matchAll(COMPANY_EN)) add(m[1], definedAfter(text, m.index + m[0].length, vocabulary));
  for (const m of text.matchAll(DEFINED)) add(m[1] ?? m[2]);
  for (const m of text.matchAll(SUBJECT_EN)) add(m[1]);
  for (const name of frontMatterNames(model.data)) add(name);
  for (const m of text.matchAll(ACRONYM)) add(m[1]);
  for (const line of opening(model)) for (const part of pairedNames(line)) add(part);
  return names;
}

/** The title and the lines after it, where plans name their parties. */
function opening(model: PlanModel): string[] {
  const heading = model.sections.find((s) => s.kind === "heading")?.title ?? "";
  const lines = model.text.split("\n", 12).map((l) => l.replace(/^[#*\s]+|[*\s]+$/g, "")).filter(Boolean);
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

/** The own side when the company is defined as 「以下「当社」」 / ("we"); else nothing. */
function definedAfter(text: string, at: number, vocabulary: Vocabulary): string | undefined {
  const after = /^\s*[（(]\s*(?:以下[、,]?\s*)?[「『"“]([^」』"”\n]{1,20})[」』"”]/.exec(text.slice(at, at + 40));
  return after ? sideWord(normalise(after[1]), vocabulary) : undefined;
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
    typeof v === "string" ? [v] : v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string" ? [(v as { name: string }).name] : [],
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
