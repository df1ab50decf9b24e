/** The engine's own messages: findings for a rule that crashed, an internal error, a lint past its budget. */
import type { Lang } from "./model";
import { localise, type TextTable } from "./l10n";

interface EngineTexts {
  ruleCrash(ruleId: string, reason: string): string;
  internalError(reason: string): string;
  timeout(seconds: string): string;
}

const ENGINE_TEXTS: TextTable<EngineTexts> = {
  ja: {
    ruleCrash: (ruleId, reason) => `ルール ${ruleId} の実行中にエラーが発生しました: ${reason}`,
    internalError: (reason) => `このファイルの読み込み中に内部エラーが発生しました: ${reason}`,
    timeout: (seconds) =>
      `このファイルの検査が制限時間（${seconds} 秒）を超えたため中止しました。ファイルを分割するか、制限時間を延ばしてください。`,
  },
  en: {
    ruleCrash: (ruleId, reason) => `Rule ${ruleId} crashed: ${reason}`,
    internalError: (reason) => `Internal error while linting this file: ${reason}`,
    timeout: (seconds) =>
      `Linting this file took longer than its ${seconds} s time budget and was stopped. Split the file, or raise the budget.`,
  },
};

export function engineTexts(locale: Lang): EngineTexts {
  return localise(ENGINE_TEXTS, locale);
}
