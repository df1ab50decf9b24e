/** The reports' texts: headings and labels of the human-readable formats, in both languages. */
import type { Lang, PlanElement } from "../engine/model";
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
  other: string;
  parseError: string;
  legend: string;
  /** Column headings; an element without one shows its id. */
  elements: Partial<Record<PlanElement, string>>;
}

const EN: ReportTexts = {
  good: "Good",
  bad: "Bad",
  ruleDocs: "Rule documentation",
  title: "alliance-lint",
  readyCount: (ready, total) => `${ready} of ${total} ${total === 1 ? "plan" : "plans"} ready`,
  noPlans: "No plans were linted.",
  plan: "Plan",
  readiness: "Readiness",
  status: "Status",
  ready: "Ready",
  notReady: "Not ready",
  findings: "Findings",
  noFindings: "No findings.",
  more: (count) => `… and ${count} more (see the annotations or the SARIF report)`,
  counts: (errors, warnings) => `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  other: "Other",
  parseError: "cannot be read",
  legend:
    "✅ passes · ⚠️ warnings only · ❌ errors · – not checked. Readiness counts ✅ as 1 and ⚠️ as ½ of the checked elements; a plan is ready when it has no errors.",
  elements: {
    objective: "Objective",
    kpi: "KPI",
    exit: "Exit",
    ip: "IP",
    governance: "Governance",
    roles: "Roles",
    form: "Form",
    partners: "Partners",
    background: "Background",
    cost: "Cost",
    data: "Data",
    risk: "Risk",
    schedule: "Schedule",
  },
};

const JA: ReportTexts = {
  good: "良い例",
  bad: "悪い例",
  ruleDocs: "ルールの説明",
  title: "alliance-lint",
  readyCount: (ready, total) => `${total}件中${ready}件の計画がレビュー可能`,
  noPlans: "検査した計画はありません。",
  plan: "計画",
  readiness: "充足度",
  status: "判定",
  ready: "レビュー可",
  notReady: "要修正",
  findings: "指摘",
  noFindings: "指摘はありません。",
  more: (count) => `…ほか${count}件（アノテーションまたはSARIFレポートを参照）`,
  counts: (errors, warnings) => `エラー${errors}件、警告${warnings}件`,
  other: "その他",
  parseError: "読み取れません",
  legend:
    "✅ 問題なし・⚠️ 警告のみ・❌ エラーあり・– 未検査。充足度は検査した要素のうち ✅ を1、⚠️ を½として数えます。エラーのない計画をレビュー可能とします。",
  elements: {
    objective: "目的",
    kpi: "KPI",
    exit: "出口",
    ip: "知財",
    governance: "体制",
    roles: "役割",
    form: "形態",
    partners: "提携先",
    background: "背景",
    cost: "費用",
    data: "データ",
    risk: "リスク",
    schedule: "日程",
  },
};

const REPORT_TEXTS: TextTable<ReportTexts> = { ja: JA, en: EN };

export function reportTexts(locale: Lang): ReportTexts {
  return localise(REPORT_TEXTS, locale);
}
