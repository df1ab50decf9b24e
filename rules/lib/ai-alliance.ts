/**
 * Is the plan an AI alliance? Decided from the document (issue 11: not from a flag): AI must be
 * a core of what the alliance does, so the plan both names AI (AI, 機械学習, LLM) and works on
 * it (models trained or tuned on data, generative or recognition AI, hallucination), in several
 * places — or works on it in several places without the word. A product merely labelled "AI", a passing mention or AI in the background is not;
 * nor is a reseller of an "AI" product that says little about the AI itself.
 */
import type { PlanModel } from "../../server/engine/model";
import type { Vocabulary } from "../vocab";
import { isUnder, normalText, planStatements } from "./plan-scope";
import { normalise } from "./lexicon";

/** Statements (and titles) that name or work on AI before the plan counts as an AI alliance. */
const MIN_MENTIONS = 3;
/** Work on AI in this many places makes an AI alliance without its name (「転倒予兆検知モデル」, "fine-tuned models"), and a reseller one. */
const MIN_SUBSTANCE = 3;

export function isAiAlliance(model: PlanModel, vocabulary: Vocabulary): boolean {
  const texts = aiTexts(model);
  const named = texts.filter((t) => vocabulary.test("ai-name", t)).length;
  const substance = texts.filter((t) => vocabulary.test("ai-substance", t)).length;
  const mentions = texts.filter((t) => vocabulary.test("ai-name", t) || vocabulary.test("ai-substance", t)).length;
  if (substance >= MIN_SUBSTANCE) return true;
  return named > 0 && substance > 0 && mentions >= MIN_MENTIONS && !texts.some((t) => vocabulary.test("resale", t));
}

/** What the plan says of itself: its statements and titles, not its background or notes. */
function aiTexts(model: PlanModel): string[] {
  const aside = (section: number | undefined) => isUnder(model, section, "background") || isUnder(model, section, "notes");
  return [
    ...planStatements(model)
      .filter((s) => !aside(s.section))
      .map(normalText),
    ...model.sections.filter((s) => !aside(s.index)).map((s) => normalise(s.title)),
  ];
}
