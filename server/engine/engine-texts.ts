/** The engine's own messages: findings for a rule that crashed, an internal error, a lint past its budget. */
import type { Lang, PlanElement } from "./model";
import type { ElementState } from "./readiness-types";
import { localise, type TextTable } from "./l10n";

interface EngineTexts {
  ruleCrash(ruleId: string, reason: string): string;
  internalError(reason: string): string;
  timeout(seconds: string): string;
  /** Plan elements by name, as the readiness model labels them. */
  elements: Record<PlanElement, string>;
  /** What each readiness state says of an element. */
  states: Record<ElementState, string>;
}

const ENGINE_TEXTS: TextTable<EngineTexts> = {
  ja: {
    ruleCrash: (ruleId, reason) => `ルール ${ruleId} の実行中にエラーが発生しました: ${reason}`,
    internalError: (reason) => `このファイルの読み込み中に内部エラーが発生しました: ${reason}`,
    timeout: (seconds) =>
      `このファイルの検査が制限時間（${seconds} 秒）を超えたため中止しました。ファイルを分割するか、制限時間を延ばしてください。`,
    elements: {
      objective: "目的",
      kpi: "KPI",
      exit: "出口条項",
      ip: "知財の帰属",
      governance: "体制",
      roles: "役割",
      form: "形態",
      partners: "提携先",
      background: "背景",
      cost: "費用",
      data: "データ",
      ai: "AI条件",
      risk: "リスク",
      schedule: "日程",
      notes: "注記",
      process: "検討プロセス",
    },
    states: { present: "記載あり", weak: "不十分", missing: "なし", unfilled: "テンプレート未記入" },
  },
  en: {
    ruleCrash: (ruleId, reason) => `Rule ${ruleId} crashed: ${reason}`,
    internalError: (reason) => `Internal error while linting this file: ${reason}`,
    timeout: (seconds) =>
      `Linting this file took longer than its ${seconds} s time budget and was stopped. Split the file, or raise the budget.`,
    elements: {
      objective: "Objective",
      kpi: "KPIs",
      exit: "Exit clause",
      ip: "IP ownership",
      governance: "Governance",
      roles: "Roles",
      form: "Form",
      partners: "Partners",
      background: "Background",
      cost: "Cost",
      data: "Data",
      ai: "AI terms",
      risk: "Risk",
      schedule: "Schedule",
      notes: "Notes",
      process: "Early process",
    },
    states: { present: "present", weak: "weak", missing: "missing", unfilled: "template not filled" },
  },
};

export function engineTexts(locale: Lang): EngineTexts {
  return localise(ENGINE_TEXTS, locale);
}
