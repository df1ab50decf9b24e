/**
 * unfilled-placeholder: a pasted clause template still has blanks (rules/lib/placeholders.ts
 * says what one is). An error by default: a blank template must not pass review on its own
 * once it has silenced a headline finding; the readiness model marks its element "template
 * not filled" and the plan not ready, whatever the severity.
 */
import type { PlanElement, PlanModel } from "../server/engine/model";
import type { Rule } from "../server/engine/rule";
import { findPlaceholders } from "./lib/placeholders";

export const unfilledPlaceholder: Rule = {
  meta: {
    id: "unfilled-placeholder",
    headline: false,
    fixable: false,
    scope: "statement",
    summary:
      "blanks a clause template left (its own placeholders, 〔…〕 blanks, `[to fill in: …]`), not defaults, redactions or citations; an error: its element reads *template not filled*",
    defaultSeverity: "error",
    states: { unfilled: "unfilled" },
    description: {
      ja: "テンプレートの記入欄（組み込み・チームのテンプレートの記入欄、〔開始日〕のような〔　〕、〔要記入：…〕、〔●〕）が埋められていない箇所を報告します。伏せ字・引用番号・チェックボックスは対象外です。",
      en: "Reports template blanks left unfilled (the built-in and team templates' placeholders, 〔…〕 blanks, [to fill in: …], [insert …], [●]); redactions, citations and checkboxes are not blanks.",
    },
    messages: {
      unfilled: { ja: "記入欄 {placeholder} が未記入です。", en: "Placeholder {placeholder} is not filled in." },
    },
    rationale: {
      ja: "テンプレートを貼っただけの条項は、合意した内容ではありません。記入欄を埋めて初めて、期間・帰属・数値目標が両社の約束になります。",
      en: "A pasted template is not an agreement: only once its blanks are filled do the term, ownership and targets become commitments.",
    },
    examples: {
      good: { ja: "有効期間は2026年4月1日から2028年3月31日までとする。", en: "The alliance runs from 1 April 2026 to 31 March 2028." },
      bad: { ja: "有効期間は〔開始日〕から〔終了日〕までとする。", en: "The alliance runs from [start date] to [end date]." },
    },
  },
  check(model, context) {
    return model.statements
      .filter((s) => s.kind !== "code")
      .flatMap((s) =>
        findPlaceholders(s.text, s.key !== undefined, context.templates, context.vocabulary).map((p) => {
          const element = sectionElement(model, s.section) ?? p.element;
          return {
            messageId: "unfilled",
            data: { placeholder: p.text },
            span: { start: s.span.start + p.index, end: s.span.start + p.index + p.text.length },
            ...(element && { element }),
          };
        }),
      );
  },
};

/** The element the innermost named section around a statement is about (none under notes). */
function sectionElement(model: PlanModel, index: number | undefined): PlanElement | undefined {
  for (let i = index; i !== undefined; i = model.sections[i].parent) {
    const [element] = model.sections[i].elements;
    if (element) return element === "notes" ? undefined : element;
  }
  return undefined;
}
