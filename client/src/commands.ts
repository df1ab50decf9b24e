/** The commands the extension itself handles (the server's own are registered by the client library). */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { newPlan } from "./new-plan";
import type { PlansTree } from "./plans-tree";
import type { ReadinessStore } from "./readiness-store";
import { SHOW_PLANS_COMMAND } from "./status-bar";
import { insertTemplate } from "./templates";
import { uiTexts } from "./ui-lang";

export interface CommandDeps {
  client: LanguageClient;
  output: vscode.OutputChannel;
  store: ReadinessStore;
  tree: PlansTree;
}

export function registerCommands({ client, output, store, tree }: CommandDeps): vscode.Disposable[] {
  const commands: Record<string, () => unknown> = {
    "allianceLint.insertTemplate": () => insertTemplate(client),
    "allianceLint.newPlan": () => newPlan(client),
    "allianceLint.restartServer": () => client.restart(),
    "allianceLint.showOutput": () => output.show(true),
    "allianceLint.toggle": toggle,
    "allianceLint.refreshPlans": () => store.refresh(),
    [SHOW_PLANS_COMMAND]: () => tree.reveal(vscode.window.activeTextEditor?.document.uri),
  };
  return Object.entries(commands).map(([id, run]) => vscode.commands.registerCommand(id, run));
}

/** Flip `allianceLint.enable` where it is set most specifically (workspace if one is open). */
async function toggle(): Promise<void> {
  const config = vscode.workspace.getConfiguration("allianceLint");
  const enable = !config.get<boolean>("enable", true);
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update("enable", enable, target);
  const texts = uiTexts();
  void vscode.window.showInformationMessage(enable ? texts.enabled : texts.disabled);
}
