/** plan-schema: front matter and YAML plans must match schemas/alliance-plan.schema.json. */
import type { Rule } from "../server/engine/rule";
import type { PlanModel, Span } from "../server/engine/model";
import { validatePlanData } from "./lib/plan-data-schema";

export const planSchema: Rule = {
  meta: {
    id: "plan-schema",
    headline: false,
    fixable: false,
    // The front matter is validated as one document.
    scope: "document",
    summary: "front matter / YAML plan fields of the wrong type (`schemas/alliance-plan.schema.json`), on the exact YAML node",
    defaultSeverity: "error",
    description: {
      ja: "フロントマター・YAML計画の項目が、計画スキーマ（型・値）に合っているかを確認します。",
      en: "Checks front matter and YAML plans against the plan schema (field types and values).",
    },
    messages: {
      invalid: { ja: "スキーマ違反: {message}", en: "Schema violation: {message}" },
    },
    rationale: {
      ja: "構造化された項目は本文と同じく各ルールの判定に使われます。型が違うと、KPIや出口条件を読み取れません。",
      en: "Structured fields count for the rules exactly like prose; a field of the wrong type cannot be read as a KPI or an exit condition.",
    },
    examples: {
      good: { ja: "lang: ja\nkpis:\n  - name: 売上\n    target: 10億円", en: "lang: en\nkpis:\n  - name: Revenue\n    target: $7.5M" },
      bad: { ja: "lang: japanese\nkpis: 未定", en: "lang: english\nkpis: TBD" },
    },
  },
  check(model) {
    if (!model.yaml) return [];
    return validatePlanData(model.data).map((error) => ({
      messageId: "invalid",
      data: { message: error.message },
      span: nodeSpan(model, error.path),
    }));
  },
};

/** The YAML node at `path` (or its nearest ancestor that exists). */
function nodeSpan(model: PlanModel, path: (string | number)[]): Span {
  const yaml = model.yaml!;
  for (let n = path.length; n >= 0; n--) {
    const node = yaml.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return { start: yaml.offset + node.range[0], end: yaml.offset + node.range[1] };
  }
  return yaml.span;
}
