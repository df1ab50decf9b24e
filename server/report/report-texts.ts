/** The reports' texts: headings and labels of the human-readable formats, in both languages. */
import type { Lang } from "../engine/model";
import { localise, type TextTable } from "../engine/l10n";

export interface ReportTexts {
  good: string;
  bad: string;
  ruleDocs: string;
  title: string;
  /** "2 of 3 plans ready". */
  readyCount(ready: number, total: number): string;
  noPlans: string;
  plan: string;
  /** The column of "3/4": headline elements that do not block, of all. */
  readiness: string;
  status: string;
  ready: string;
  notReady: string;
  findings: string;
  noFindings: string;
  /** The line after a plan's first findings: "… and 5 more". */
  more(count: number): string;
  /** "2 errors, 1 warning". */
  counts(errors: number, warnings: number): string;
  parseError: string;
  legend: string;
  /** The heading of the checklist table, and its count column ("2/3": elements present, of those checked). */
  checklist: string;
  checklistLegend: string;
}

const EN: ReportTexts = {
  good: "Good",
  bad: "Bad",
  ruleDocs: "Rule documentation",
  title: "alliance-lint",
  readyCount: (ready, total) => `${ready} of ${total} ${total === 1 ? "plan" : "plans"} ready`,
  noPlans: "No plans were linted.",
  plan: "Plan",
  readiness: "Elements",
  status: "Status",
  ready: "Ready",
  notReady: "Not ready",
  findings: "Findings",
  noFindings: "No findings.",
  more: (count) => `… and ${count} more (see the annotations or the SARIF report)`,
  counts: (errors, warnings) => `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  parseError: "cannot be read",
  legend:
    "✅ present · ⚠️ weak · ❌ missing · 📝 template not filled · – not checked. Elements counts the headline elements that do not hold the plan back. A plan is ready when no headline element is missing, not filled or weak by an error, no element is not filled, and it has no errors.",
  checklist: "Checklist",
  checklistLegend:
    "The checklist: the other elements checked (the ones the team's config or the plan's type requires; without such a list, those the rules that run check). Checklist counts the elements present. They do not decide readiness, but one not filled holds the plan back.",
};

const JA: ReportTexts = {
  good: "良い例",
  bad: "悪い例",
  ruleDocs: "ルールの説明",
  title: "alliance-lint",
  readyCount: (ready, total) => `${total}件中${ready}件の計画がレビュー可能`,
  noPlans: "検査した計画はありません。",
  plan: "計画",
  readiness: "充足",
  status: "判定",
  ready: "レビュー可",
  notReady: "要修正",
  findings: "指摘",
  noFindings: "指摘はありません。",
  more: (count) => `…ほか${count}件（アノテーションまたはSARIFレポートを参照）`,
  counts: (errors, warnings) => `エラー${errors}件、警告${warnings}件`,
  parseError: "読み取れません",
  legend:
    "✅ 記載あり・⚠️ 不十分・❌ なし・📝 テンプレート未記入・– 未検査。充足は主要要素のうち計画を妨げないものの数です。主要要素に「なし」「テンプレート未記入」やエラーによる「不十分」がなく、未記入の要素もエラーもない計画をレビュー可能とします。",
  checklist: "チェックリスト",
  checklistLegend:
    "チェックリストは主要要素以外に検査した要素（チームの設定または計画の種類が求めるもの。指定がなければ、実行したルールが検査するもの）です。チェックリスト欄は記載ありの要素の数です。レビュー可否は決めませんが、テンプレート未記入のものがあれば計画はレビュー可能になりません。",
};

const REPORT_TEXTS: TextTable<ReportTexts> = { ja: JA, en: EN };

export function reportTexts(locale: Lang): ReportTexts {
  return localise(REPORT_TEXTS, locale);
}
