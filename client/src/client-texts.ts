/** The extension's own texts, in VS Code's UI language (the plan's texts come from the server). */
import * as vscode from "vscode";
import { langOfTag, localise, type TextTable } from "../../server/engine/l10n";

interface ClientTexts {
  noEditor: string;
  placeHolder: string;
  builtIn: string;
  team: string;
}

const CLIENT_TEXTS: TextTable<ClientTexts> = {
  ja: {
    noEditor: "テンプレートを挿入するファイルを開いてください。",
    placeHolder: "挿入する条項テンプレートを選択",
    builtIn: "組み込み",
    team: "チーム",
  },
  en: {
    noEditor: "Open the plan to insert a template into.",
    placeHolder: "Choose a clause template to insert",
    builtIn: "built-in",
    team: "team",
  },
};

export function clientTexts(): ClientTexts {
  return localise(CLIENT_TEXTS, langOfTag(vscode.env.language));
}
