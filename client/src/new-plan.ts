/** "New alliance plan…": pick the language and the file, write the scaffold, open it. */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { Lang } from "../../server/engine/model";
import { TEMPLATES_REQUEST, type TemplatesParams, type TemplatesResult } from "../../server/lsp/protocol";
import { clientTexts } from "./client-texts";
import { scaffoldPlan } from "./scaffold";
import { uiTexts } from "./ui-lang";

const LANGUAGES: { label: string; lang: Lang }[] = [
  { label: "日本語", lang: "ja" },
  { label: "English", lang: "en" },
];

export async function newPlan(client: LanguageClient): Promise<void> {
  const texts = uiTexts().newPlan;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(texts.noFolder);
    return;
  }
  const picked = await vscode.window.showQuickPick(LANGUAGES, { placeHolder: texts.pickLanguage });
  if (!picked) return;
  const planTexts = clientTexts(picked.lang).newPlan;
  const name = await vscode.window.showInputBox({ prompt: texts.fileName, value: planTexts.defaultFile });
  if (!name) return;
  const uri = vscode.Uri.joinPath(folder.uri, name);
  if (await exists(uri)) {
    void vscode.window.showWarningMessage(texts.exists(name));
    return;
  }
  const params: TemplatesParams = { uri: uri.toString() };
  const { templates } = await client.sendRequest<TemplatesResult>(TEMPLATES_REQUEST, params);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(scaffoldPlan(picked.lang, templates, planTexts)));
  await vscode.window.showTextDocument(uri);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
