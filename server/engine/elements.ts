/**
 * Which plan element a heading (or YAML key) names, in Japanese or English. The words are
 * domain.md's "Vocabulary that marks a section", widened with the variants planners and
 * contract drafters use: rules/vocab/<element>-heading.yaml, to which teams add through the
 * `vocabulary` config (or its older form, `headings`).
 */
import type { PlanElement } from "./model";
import { TextMemo } from "../../rules/vocab/text-memo";
import { vocabularyFor, type Concept, type TeamVocabulary, type Vocabulary } from "../../rules/vocab";

/** The vocabulary concept that holds each element's heading words (rules/vocab/<element>-heading.yaml). */
const HEADING_CONCEPT: Record<PlanElement, Concept> = {
  objective: "objective-heading",
  kpi: "kpi-heading",
  exit: "exit-heading",
  ip: "ip-heading",
  governance: "governance-heading",
  roles: "roles-heading",
  form: "form-heading",
  partners: "partners-heading",
  background: "background-heading",
  cost: "cost-heading",
  data: "data-heading",
  ai: "ai-heading",
  risk: "risk-heading",
  notes: "notes-heading",
  schedule: "schedule-heading",
  process: "process-heading",
};
const ELEMENTS = Object.keys(HEADING_CONCEPT) as PlanElement[];

/** Numbering before a title: 第7条, Article 5, Section 2.1, Chapter 3, Q4., Slide 7: */
const NUMBERING = [
  "(?:第\\s*)?[\\d一二三四五六七八九十百]+\\s*[条章節項部]",
  "article\\s+[\\divx]+",
  "section\\s+[\\d.]+",
  "chapter\\s+\\d+",
  "q\\s*(?:\\d+\\s*)?[.:)]",
  "(?:slide|スライド)\\s*\\d+\\s*[.:]",
];
const NUMBERING_PREFIX = new RegExp(`^\\s*(?:${NUMBERING.join("|")})\\s*`, "i");

/** Strip numbering, brackets and markup so 「第7条（知的財産権の帰属）」 reads as its title. */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[*_`#]/g, "")
    .replace(NUMBERING_PREFIX, "")
    .replace(/^\s*(?:\d+(?:[.-]\d+)*[.)]?|[(（](?:\d{1,3}|[a-z]|[ivx]{1,4})[)）]|[\u2460-\u2473]|[ivx]+\.)\s*/i, "")
    .replace(/[【】「」『』〔〕［］[\]()（）＜＞<>:：■□◆◇●○▼▽▶►・-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The elements a title names, in the vocabulary's words (the built-in ones and the team's).
 * Every heading, table row and line that could be a heading asks, on every lint: remembered by title.
 */
export function classifyTitle(title: string, vocabulary: Vocabulary): readonly PlanElement[] {
  return vocabulary.derive("elements:classify-title", titleClassifier).get(title);
}

function titleClassifier(vocabulary: Vocabulary): TextMemo<readonly PlanElement[]> {
  return new TextMemo((title) => {
    const normal = normaliseTitle(title);
    return normal ? ELEMENTS.filter((element) => vocabulary.test(HEADING_CONCEPT[element], normal)) : [];
  });
}

/** classifyTitle with the built-in words and a team's (its config's `vocabulary`). */
export function classifierFor(team: TeamVocabulary | undefined): (title: string) => readonly PlanElement[] {
  const vocabulary = vocabularyFor(team);
  return (title) => classifyTitle(title, vocabulary);
}

/** Turn a YAML key (kpi_review, exitConditions) into words the vocabulary knows. */
export function keyToTitle(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim();
}
