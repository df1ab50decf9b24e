/** The status bar item for the active plan: "Plan 3/4 ready", hidden for any other file. */
import * as vscode from "vscode";
import type { ReadinessStore } from "./readiness-store";
import { summary, tooltipMarkdown } from "./readiness-text";
import { uiTexts } from "./ui-lang";

export const SHOW_PLANS_COMMAND = "allianceLint.showPlans";

export class ReadinessStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("allianceLint.readiness", vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: ReadinessStore) {
    this.item.name = "alliance-lint";
    this.item.command = SHOW_PLANS_COMMAND;
    this.disposables = [
      this.item,
      store.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        this.update();
        // the server's word on a document the store may not know yet (just opened, or renamed)
        if (editor?.document.uri.scheme === "file") void store.refreshDocument(editor.document.uri);
      }),
    ];
    this.update();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const plan = uri && this.store.get(uri);
    if (!plan) {
      this.item.hide();
      return;
    }
    const texts = uiTexts();
    this.item.text = `$(${plan.ready ? "pass" : "checklist"}) ${summary(plan, texts)}`;
    const tooltip = new vscode.MarkdownString(`${tooltipMarkdown(plan, texts)}\n\n---\n\n${texts.openOverview}`);
    this.item.tooltip = tooltip;
    this.item.show();
  }
}
