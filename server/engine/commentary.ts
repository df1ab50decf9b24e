/**
 * Reviewers' comments quoted into a draft: a block quote that opens with an attribution
 * (「> 【法務 山内】目標欄が空のままです」, "> **S. Rowe:** Can we put a number on …",
 * 「> 【当社コメント】…」), or a paragraph of remarks each set in square brackets ("[Comment — L.
 * Ferris: …]", 「［コメント：桐生］…」). What it says is about the plan — a side's position, a question, a
 * request — not what the plan says, so the walker reads it as notes. A block quote without one
 * (a quoted clause, a callout) stays plan text.
 */
import { classifyTitle } from "./elements";
import type { Vocabulary } from "../../rules/vocab";

/** 【…】 at the start of the quote's first line. */
const BRACKET_LABEL = /^[ \t]*>[ \t>]*【([^【】\n]{1,30})】/;
/** A bracketed label in bold, as plain-text editors write 【】: **[Reviewer — J. Doe, Legal]** */
const BOLD_BRACKET_LABEL = /^[ \t]*>[ \t>]*\*\*\[([^\]\n]{1,60})\]\*\*/;
/** A bold label with its colon inside or after it: **S. Rowe:**, **Legal comment**: */
const BOLD_LABEL = /^[ \t]*>[ \t>]*\*\*([^*\n]{1,40}?)(?:[:：]\*\*|\*\*[:：])/;
/** Someone's attribution: a department and a name (「法務 山内」), an initial and a surname ("S. Rowe"). */
const JA_ATTRIBUTION = /^\S{1,10}[ \u3000]\S{1,10}$/;
const EN_ATTRIBUTION = /^[A-Z]\. ?[A-Z][a-z'’-]+$/;

/** The label of a reviewer's comment that opens the block quote's source, if it opens with one. */
export function commentLabel(quote: string, vocabulary: Vocabulary): string | undefined {
  const bracket = (BRACKET_LABEL.exec(quote) ?? BOLD_BRACKET_LABEL.exec(quote))?.[1].trim();
  const label = bracket ?? BOLD_LABEL.exec(quote)?.[1].trim();
  if (!label) return undefined;
  if (reviewerHead(label, vocabulary)) return label;
  if (classifyTitle(label, vocabulary).length) return undefined;
  const attribution = bracket ? JA_ATTRIBUTION.test(label) : EN_ATTRIBUTION.test(label);
  return attribution || vocabulary.test("commentary-label", label.normalize("NFKC").toLowerCase()) ? label : undefined;
}

/** Where a label's head ends: a dash, a comma or a colon before the name and the department. */
const HEAD_END = /\s[—–-]\s|[,，:：、]/;

/**
 * A label whose head names a reviewer's remark, with who made it after it ("Reviewer — J. Doe,
 * Risk", 「コメント — 法務、リスク管理」): the department after the head may name a plan element
 * ("Risk", 「知財」), but the head says it is a remark. A head that names an element itself ("Risk
 * response") is a title.
 */
function reviewerHead(label: string, vocabulary: Vocabulary): boolean {
  const head = label.split(HEAD_END)[0].trim();
  if (head === label || classifyTitle(head, vocabulary).length) return false;
  return vocabulary.test("commentary-label", head.normalize("NFKC").toLowerCase());
}

/** A remark's label in square brackets, before its author or its colon: "[Comment (Ana): …", 「［コメント：桐生］」. */
const SQUARE_LABEL = /^[ \t]*[[［]([^\]］:：(（—–\n]{1,30})[(（:：—–\]］]/;

/**
 * The label of a paragraph made of bracketed remarks only (every line opens with a square
 * bracket, the first with a label of commentary), if it is one.
 */
export function remarkLabel(paragraph: string, vocabulary: Vocabulary): string | undefined {
  const label = SQUARE_LABEL.exec(paragraph)?.[1].trim();
  if (!label || !paragraph.split("\n").every((line) => /^[ \t]*[[［]/.test(line))) return undefined;
  return vocabulary.test("commentary-label", label.normalize("NFKC").toLowerCase()) ? label : undefined;
}
