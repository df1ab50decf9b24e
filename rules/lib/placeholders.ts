/**
 * Template placeholders: what a clause template put there for the writer to fill. A bracketed
 * text is one when it is
 * 1. one of the built-in or team templates' placeholders, exactly (collected from their bodies);
 * 2. a blank that opens with a fill-in word (vocabulary `fill-in`): 〔要記入：…〕, [to fill in: …],
 *    [insert date], [TBD: owner] — the syntax for a team's own drafts;
 * 3. a Japanese blank 〔…〕 that holds words (〔開始日〕): 〔〕 is the drafting blank in Japanese;
 * 4. a drafter's blank mark alone: [●], [•], 〔●〕, [____] ("dated as of [●]").
 * Never a redaction ([***], [ * * * ]), a citation ([1], [Smith 2020]), a checkbox, a link's
 * text, a note such as [SIGNATURE PAGE FOLLOWS], or a default a template suggests: defaults
 * are written as plain text to keep or change ("30 days", 「30日」).
 */
import type { PlanElement } from "../../server/engine/model";
import type { TemplateStore } from "../../server/engine/rule";
import type { Vocabulary } from "../vocab";
import { normalise } from "./lexicon";

/** A bracketed text: 〔…〕, or […] that is no link, reference, footnote or link definition. */
const BRACKETED = /〔[^〔〕\n]{1,80}〕|(?<!\])\[(?!\^)[^[\]\n]{1,80}\](?![(:[])/g;
/** In YAML, `[a, b]` is a flow sequence: only 〔…〕 there. */
const YAML_BRACKETED = /〔[^〔〕\n]{1,80}〕/g;
/** A word in a 〔…〕 blank: a letter of any script (not only digits, marks or ＊). */
const WORD = /\p{L}/u;
/** A blank mark alone in the brackets. */
const BLANK_MARK = /^\s*(?:[●•]|_{2,})\s*$/;

export interface Placeholder {
  text: string;
  /** Offset in the searched text. */
  index: number;
  /** The element of the template it came from, if it is a template's. */
  element?: PlanElement;
}

const known = new WeakMap<TemplateStore, Map<string, PlanElement | undefined>>();

/** The templates' placeholders, by their text (spaces collapsed), with the element each template writes. */
function templatePlaceholders(templates: TemplateStore): Map<string, PlanElement | undefined> {
  let found = known.get(templates);
  if (!found) {
    found = new Map();
    for (const template of templates.list()) {
      for (const m of template.body.matchAll(BRACKETED)) if (!found.has(key(m[0]))) found.set(key(m[0]), template.element);
    }
    known.set(templates, found);
  }
  return found;
}

function key(bracketed: string): string {
  return bracketed.replace(/\s+/g, " ").replace(/(?<=^.) | (?=.$)/g, "");
}

/** The placeholders in a statement's text (`yaml`: a YAML value, where only 〔…〕 counts). */
export function findPlaceholders(text: string, yaml: boolean, templates: TemplateStore, vocabulary: Vocabulary): Placeholder[] {
  const fromTemplates = templatePlaceholders(templates);
  const fillIn = vocabulary.derive("placeholders:fill-in", (v) => new RegExp(`^\\s*${v.group("fill-in")}`));
  const found: Placeholder[] = [];
  for (const m of text.matchAll(yaml ? YAML_BRACKETED : BRACKETED)) {
    const inner = m[0].slice(1, -1);
    const k = key(m[0]);
    if (fromTemplates.has(k)) found.push({ text: m[0], index: m.index, element: fromTemplates.get(k) });
    else if (isBlank(inner, m[0].startsWith("〔"), fillIn)) found.push({ text: m[0], index: m.index });
  }
  return found;
}

function isBlank(inner: string, japanese: boolean, fillIn: RegExp): boolean {
  return fillIn.test(normalise(inner)) || BLANK_MARK.test(inner) || (japanese && WORD.test(inner));
}
