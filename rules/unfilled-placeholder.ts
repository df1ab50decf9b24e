/**
 * unfilled-placeholder: a pasted clause template still has 〔…〕 / [ … ] blanks. Keeps a
 * template from passing review on its own once it has silenced a headline finding.
 */
import type { Rule } from "../server/engine/rule";
import { PLACEHOLDER } from "./lib/lexicon";

const MARKDOWN_PLACEHOLDER = new RegExp(PLACEHOLDER.source, `${PLACEHOLDER.flags}g`);
/** In YAML, `[a, b]` is a flow sequence: only 〔…〕 is a placeholder there. */
const YAML_PLACEHOLDER = /〔[^〔〕\n]*〕/g;

export const unfilledPlaceholder: Rule = {
  meta: {
    id: "unfilled-placeholder",
    headline: false,
    fixable: false,
    scope: "statement",
    summary: "〔…〕 / [ … ] blanks left in a pasted clause template (warning)",
    defaultSeverity: "warn",
    description: {
      ja: "テンプレートの記入欄（〔　〕）が埋められていない箇所を報告します。",
      en: "Reports template placeholders ([ … ]) that have not been filled in.",
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
  check(model) {
    return model.statements
      .filter((s) => s.kind !== "code")
      .flatMap((s) =>
        [...s.text.matchAll(s.key === undefined ? MARKDOWN_PLACEHOLDER : YAML_PLACEHOLDER)].map((m) => ({
          messageId: "unfilled",
          data: { placeholder: m[0].trim() },
          span: { start: s.span.start + m.index, end: s.span.start + m.index + m[0].length },
        })),
      );
  },
};
