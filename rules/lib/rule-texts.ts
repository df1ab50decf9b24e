/**
 * The rules' shared texts (each rule's messages and fix titles sit in its RuleMeta). A title
 * shown to the user follows the message locale (`RuleContext.locale`); text a fix writes into
 * the plan follows the document (`RuleContext.lang`), so the two tables are chosen apart.
 */
import type { Lang } from "../../server/engine/model";
import { localise, type TextTable } from "../../server/engine/l10n";

/** Shown to the user: in the message locale. */
interface RuleTexts {
  replaceDeferral(phrase: string, placeholder: string): string;
  /** What a past deadline is measured against (plan-consistency): the plan's own date. */
  planDate(date: string): string;
}

/** Written into the plan: in the document's language. */
interface DocumentTexts {
  placeholder(hint: string): string;
}

const RULE_TEXTS: TextTable<RuleTexts> = {
  ja: {
    replaceDeferral: (phrase, placeholder) => `「${phrase}」を記入欄 ${placeholder} に置き換え`,
    planDate: (date) => `計画の日付（${date}）`,
  },
  en: {
    replaceDeferral: (phrase, placeholder) => `Replace "${phrase}" with the placeholder ${placeholder}`,
    planDate: (date) => `the plan's own date (${date})`,
  },
};

const DOCUMENT_TEXTS: TextTable<DocumentTexts> = {
  ja: { placeholder: (hint) => `〔要記入：${hint}〕` },
  en: { placeholder: (hint) => `[to fill in: ${hint}]` },
};

export function ruleTexts(locale: Lang): RuleTexts {
  return localise(RULE_TEXTS, locale);
}

export function documentTexts(lang: Lang): DocumentTexts {
  return localise(DOCUMENT_TEXTS, lang);
}
