/** A CodeLens on the plan's title line with the readiness summary; it opens the overview. */
import * as vscode from "vscode";
import type { ReadinessStore } from "./readiness-store";
import { lensTitle, titleLine } from "./readiness-text";
import { SHOW_PLANS_COMMAND } from "./status-bar";
import { uiTexts } from "./ui-lang";

export class ReadinessCodeLens implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly store: ReadinessStore) {
    this.onDidChangeCodeLenses = store.onDidChange;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const plan = this.store.get(document.uri);
    if (!plan) return [];
    const line = titleLine(document.getText(), document.languageId === "yaml");
    const texts = uiTexts();
    const command: vscode.Command = { title: lensTitle(plan, texts), command: SHOW_PLANS_COMMAND, tooltip: texts.openOverview };
    return [new vscode.CodeLens(new vscode.Range(line, 0, line, 0), command)];
  }
}
