/** The language server's own texts: code action titles, hover labels, notifications. */
import type { Lang } from "../engine/model";
import { localise, type TextTable } from "../engine/l10n";

interface LspTexts {
  /** A plan left unlinted because its config is invalid. */
  notLinted(error: string): string;
  fixAll: string;
  disableForLine(ruleId: string): string;
  workspaceLinted(files: number, problems: number): string;
  hover: { why: string; good: string; bad: string; docs: string };
}

const LSP_TEXTS: TextTable<LspTexts> = {
  ja: {
    notLinted: (error) => `設定ファイルが不正なため検査できません: ${error}`,
    fixAll: "alliance-lint の問題をすべて修正",
    disableForLine: (ruleId) => `この行で ${ruleId} を無効にする`,
    workspaceLinted: (files, problems) => `alliance-lint: ${files} 件の計画を検査し、${problems} 件の問題が見つかりました。`,
    hover: { why: "なぜ重要か", good: "良い例", bad: "悪い例", docs: "ルールの説明" },
  },
  en: {
    notLinted: (error) => `Not linted: invalid configuration: ${error}`,
    fixAll: "Fix all alliance-lint problems",
    disableForLine: (ruleId) => `Disable ${ruleId} for this line`,
    workspaceLinted: (files, problems) => `alliance-lint: linted ${files} plan(s), found ${problems} problem(s).`,
    hover: { why: "Why it matters", good: "Good", bad: "Bad", docs: "Rule documentation" },
  },
};

export function lspTexts(locale: Lang): LspTexts {
  return localise(LSP_TEXTS, locale);
}
