/**
 * The extension's own texts (the plan's findings come from the server). Pure, so the views'
 * texts are unit-tested without VS Code: the caller passes the UI language (ui-lang.ts), or the
 * chosen plan language for what goes into a new plan.
 */
import { localise, type TextTable } from "../../server/engine/l10n";
import type { Lang } from "../../server/engine/model";
import type { ElementState } from "../../server/lsp/protocol";

export interface ClientTexts {
  noEditor: string;
  placeHolder: string;
  builtIn: string;
  team: string;
  /** The status bar and CodeLens summary: "Plan 3/4 ready". */
  summary(ready: number, total: number): string;
  state: Record<ElementState, string>;
  /** The checklist under the headline elements (the plans tree's node), and its summary: "Checklist: 2/3 present". */
  checklist: string;
  checklistSummary(present: number, total: number): string;
  /** Tooltip lines: which elements are in each state that keeps the plan from being ready. */
  stateList: Record<Exclude<ElementState, "present">, (labels: string) => string>;
  ready: string;
  notReady: string;
  openOverview: string;
  enabled: string;
  disabled: string;
  readinessUnavailable(error: string): string;
  newPlan: NewPlanTexts;
}

export interface NewPlanTexts {
  pickLanguage: string;
  fileName: string;
  noFolder: string;
  exists(file: string): string;
  /** What goes into the plan, in the plan's language; its blanks in the placeholder syntax (〔…〕, [insert …]). */
  defaultFile: string;
  title: string;
  objectiveHeading: string;
  objectiveLead: string;
}

const CLIENT_TEXTS: TextTable<ClientTexts> = {
  ja: {
    noEditor: "テンプレートを挿入するファイルを開いてください。",
    placeHolder: "挿入する条項テンプレートを選択",
    builtIn: "組み込み",
    team: "チーム",
    summary: (ready, total) => `計画 ${ready}/${total} 整備済み`,
    state: { present: "記載あり", weak: "不十分", missing: "欠落", unfilled: "テンプレート未記入" },
    checklist: "チェックリスト",
    checklistSummary: (present, total) => `チェックリスト: ${present}/${total} 記載あり`,
    stateList: {
      missing: (labels) => `欠落: ${labels}`,
      weak: (labels) => `不十分: ${labels}`,
      unfilled: (labels) => `テンプレート未記入: ${labels}`,
    },
    ready: "レビューに出せます",
    notReady: "まだレビューに出せません",
    openOverview: "クリックで提携計画の一覧を表示",
    enabled: "alliance-lint を有効にしました。",
    disabled: "alliance-lint を無効にしました。",
    readinessUnavailable: (error) => `計画の整備状況を取得できません: ${error}`,
    newPlan: {
      pickLanguage: "新しい提携計画の言語",
      fileName: "新しい提携計画のファイル名（ワークスペースフォルダーからの相対パス）",
      noFolder: "提携計画を作るフォルダーを開いてください。",
      exists: (file) => `${file} はすでにあります。`,
      defaultFile: "新しい提携計画.alliance.md",
      title: "〔提携名〕提携計画",
      objectiveHeading: "目的",
      objectiveLead: "〔提携で実現すること〕",
    },
  },
  en: {
    noEditor: "Open the plan to insert a template into.",
    placeHolder: "Choose a clause template to insert",
    builtIn: "built-in",
    team: "team",
    summary: (ready, total) => `Plan ${ready}/${total} ready`,
    state: { present: "present", weak: "weak", missing: "missing", unfilled: "template not filled" },
    checklist: "Checklist",
    checklistSummary: (present, total) => `Checklist: ${present}/${total} present`,
    stateList: {
      missing: (labels) => `Missing: ${labels}`,
      weak: (labels) => `Weak: ${labels}`,
      unfilled: (labels) => `Template not filled: ${labels}`,
    },
    ready: "Ready for review",
    notReady: "Not ready for review",
    openOverview: "Click to open the alliance plans overview",
    enabled: "alliance-lint is on.",
    disabled: "alliance-lint is off.",
    readinessUnavailable: (error) => `The plans' readiness is not available: ${error}`,
    newPlan: {
      pickLanguage: "Language of the new alliance plan",
      fileName: "File name of the new alliance plan (relative to the workspace folder)",
      noFolder: "Open a folder to create the alliance plan in.",
      exists: (file) => `${file} already exists.`,
      defaultFile: "new-plan.alliance.md",
      title: "[insert alliance name] alliance plan",
      objectiveHeading: "Objective",
      objectiveLead: "[insert what the alliance achieves]",
    },
  },
};

export function clientTexts(lang: Lang): ClientTexts {
  return localise(CLIENT_TEXTS, lang);
}
