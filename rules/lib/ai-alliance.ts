/**
 * Is the plan an AI alliance? Decided from the document (issue 11: not from a flag): AI must be
 * a core of what the alliance does. The plan works on AI (models trained or tuned on data,
 * generative or recognition AI, hallucination) in several places, or names AI as what it builds
 * or brings in several places, or both names and works on it — outside its background. A
 * passing mention, AI only in the background, or a reseller of a product called "AI" that works
 * on none of it is not. */
import type { PlanElement, PlanModel } from "../../server/engine/model";
import type { Vocabulary } from "../vocab";
import { flatText, isUnder, planStatements } from "./plan-scope";
import { normalise } from "./lexicon";

/** Statements (and titles) that name or work on AI before the plan counts as an AI alliance. */
const MIN_MENTIONS = 2;
/** Work on AI in this many places makes an AI alliance without its name (「転倒予兆検知モデル」, "fine-tuned models"). */
const MIN_SUBSTANCE = 3;
/** A plan that names AI this often as what it builds or brings in (「AIカメラ」, "an AI system") is about AI. */
const MIN_NAMED = 3;

export function isAiAlliance(model: PlanModel, vocabulary: Vocabulary): boolean {
  // AI in the background (「業界ではAI活用が進む」) is the setting, not the alliance.
  const texts = aiTexts(model);
  // Each text is asked each question once: what it names, and whether it works on AI.
  const says = texts.map((t) => ({ name: vocabulary.test("ai-name", t), substance: vocabulary.test("ai-substance", t) }));
  const named = says.filter((s) => s.name).length;
  const substance = says.filter((s) => s.substance).length;
  if (substance >= MIN_SUBSTANCE) return true;
  // A reseller of a product called "AI" names it everywhere ("an AI chatbot") and works on none
  // of it, or names the kind of product once ("a ticketing tool with a chatbot"); one that works
  // on it in places apart from its name ("a model trained on 2 million radiographs", "retrained
  // model versions … owned by the vendor") deals in the AI itself.
  // A plan that names AI only to set it aside ("guided by markers, without relying on AI") does not build on it.
  const worksOnIt = says.filter((s) => s.substance && !s.name).length >= MIN_MENTIONS;
  const resells = !worksOnIt && texts.some((t) => vocabulary.test("resale", t));
  if (resells || texts.some((t) => vocabulary.test("ai-denial", t))) return false;
  const mentions = says.filter((s) => s.name || s.substance).length;
  if (named >= MIN_NAMED || (named > 0 && substance > 0 && mentions >= MIN_MENTIONS)) return true;
  // The background introduces what the partner's product is ("an assistant built on a large
  // language model"); the plan then works on it without the name ("train its models", "hallucination").
  return named === 0 && substance >= MIN_MENTIONS && backgroundNames(model, vocabulary);
}

function backgroundNames(model: PlanModel, vocabulary: Vocabulary): boolean {
  return planStatements(model).some((s) => isUnder(model, s.section, "background") && vocabulary.test("ai-name", flatText(s)));
}

/**
 * The elements of the nearest section that is filed under any: a subsection about the data or
 * the IP is about them, even when its heading level nests it under "Background" (a memo whose
 * questions are all one level below its first heading).
 */
function filedUnder(model: PlanModel, index: number | undefined): PlanElement[] {
  for (let i = index; i !== undefined; i = model.sections[i].parent) {
    if (model.sections[i].elements.length > 0) return model.sections[i].elements;
  }
  return [];
}

/**
 * What the plan says of itself: its statements and titles, not its background or notes. A
 * statement is read on one line: a hard-wrapped paragraph breaks "machine\nlearning models".
 */
function aiTexts(model: PlanModel): string[] {
  const aside = (section: number | undefined) => {
    const filed = filedUnder(model, section);
    return filed.includes("background") || filed.includes("notes");
  };
  return [
    ...planStatements(model)
      .filter((s) => !aside(s.section))
      .map(flatText),
    ...model.sections.filter((s) => !aside(s.index)).map((s) => normalise(s.title)),
  ];
}
