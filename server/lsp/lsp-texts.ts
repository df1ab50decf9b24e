/** The language server's own texts: code action titles, hover labels, notifications. */
import type { Lang, PlanElement } from "../engine/model";
import { localise, type TextTable } from "../engine/l10n";

interface LspTexts {
  /** A plan left unlinted because its config is invalid. */
  notLinted(error: string): string;
  fixAll: string;
  disableForLine(ruleId: string): string;
  workspaceLinted(files: number, problems: number): string;
  workspaceFixed(fixes: number, changed: number, files: number): string;
  hover: { why: string; good: string; bad: string; docs: string };
  /** A Markdown or YAML file that looks like a plan but is not one by the config's globs or a marker. */
  notAPlan: string;
  addPlanMarker: string;
  /** A plan element's name in the outline: 「5. 提携期間と終了 — 撤退条項」. */
  elements: Record<PlanElement, string>;
  /** Joins the names of a section's elements. */
  listSeparator: string;
  /** The outline's name for a section whose title is empty. */
  untitled: string;
}

const LSP_TEXTS: TextTable<LspTexts> = {
  ja: {
    notLinted: (error) => `設定ファイルが不正なため検査できません: ${error}`,
    fixAll: "alliance-lint の問題をすべて修正",
    disableForLine: (ruleId) => `この行で ${ruleId} を無効にする`,
    workspaceLinted: (files, problems) => `alliance-lint: ${files} 件の計画を検査し、${problems} 件の問題が見つかりました。`,
    workspaceFixed: (fixes, changed, files) => `alliance-lint: ${files} 件の計画のうち ${changed} 件で、${fixes} 件の問題を修正しました。`,
    hover: { why: "なぜ重要か", good: "良い例", bad: "悪い例", docs: "ルールの説明" },
    notAPlan: "アライアンス計画として検査されていません — 検査対象にする",
    addPlanMarker: "アライアンス計画として検査する（フロントマターに alliance-plan: true を追加）",
    elements: {
      objective: "提携の目的",
      kpi: "KPI",
      exit: "撤退条項",
      ip: "知的財産の帰属",
      governance: "運営体制",
      roles: "役割分担",
      form: "提携の形態",
      partners: "提携先",
      background: "背景",
      cost: "費用分担",
      data: "データの取扱い",
      risk: "リスク",
      schedule: "スケジュール",
      notes: "注記",
    },
    listSeparator: "・",
    untitled: "（無題）",
  },
  en: {
    notLinted: (error) => `Not linted: invalid configuration: ${error}`,
    fixAll: "Fix all alliance-lint problems",
    disableForLine: (ruleId) => `Disable ${ruleId} for this line`,
    workspaceLinted: (files, problems) => `alliance-lint: linted ${files} plan(s), found ${problems} problem(s).`,
    workspaceFixed: (fixes, changed, files) => `alliance-lint: fixed ${fixes} problem(s) in ${changed} of ${files} plan(s).`,
    hover: { why: "Why it matters", good: "Good", bad: "Bad", docs: "Rule documentation" },
    notAPlan: "Not linted as an alliance plan — lint it",
    addPlanMarker: "Lint as an alliance plan (add alliance-plan: true to the front matter)",
    elements: {
      objective: "Objective",
      kpi: "KPIs",
      exit: "Exit clause",
      ip: "IP ownership",
      governance: "Governance",
      roles: "Roles",
      form: "Form of alliance",
      partners: "Partners",
      background: "Background",
      cost: "Costs",
      data: "Data handling",
      risk: "Risks",
      schedule: "Schedule",
      notes: "Notes",
    },
    listSeparator: ", ",
    untitled: "(untitled)",
  },
};

export function lspTexts(locale: Lang): LspTexts {
  return localise(LSP_TEXTS, locale);
}
