/** "Insert clause template…": a quick pick over the server's templates, inserted at the cursor. */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { uiTexts } from "./ui-lang";
import { TEMPLATES_REQUEST, type TemplateInfo, type TemplatesParams, type TemplatesResult } from "../../server/lsp/protocol";

interface TemplateItem extends vscode.QuickPickItem {
  template: TemplateInfo;
}

export async function insertTemplate(client: LanguageClient): Promise<void> {
  const texts = uiTexts();
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(texts.noEditor);
    return;
  }
  const params: TemplatesParams = { uri: editor.document.uri.toString() };
  const { lang, templates } = await client.sendRequest<TemplatesResult>(TEMPLATES_REQUEST, params);
  // The document's language first, team templates before built-in ones.
  const rank = (t: TemplateInfo) => (t.lang === lang ? 0 : 2) + (t.source === "team" ? 0 : 1);
  const items: TemplateItem[] = [...templates]
    .sort((a, b) => rank(a) - rank(b))
    .map((template) => ({
      label: template.name,
      description: `${template.lang} · ${template.source === "team" ? texts.team : texts.builtIn}`,
      detail: firstLine(template.body),
      template,
    }));
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: texts.placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(editor.document.uri, editor.selection.active, picked.template.body);
  await vscode.workspace.applyEdit(edit);
}

function firstLine(body: string): string {
  return (
    body
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.replace(/^#+\s*/, "") ?? ""
  );
}
