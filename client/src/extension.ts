/**
 * The VS Code extension: starts the bundled language server over IPC for Markdown and YAML
 * files, shows the plans' readiness the server reports (status bar, CodeLens, the "Alliance
 * plans" view) and registers the commands. Everything else (settings, config discovery,
 * fixes, readiness) is the server's, so every editor gets the same behaviour.
 */
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { InitOptions } from "../../server/lsp/protocol";
import { ReadinessCodeLens } from "./code-lens";
import { registerCommands } from "./commands";
import { PlansTree } from "./plans-tree";
import { ReadinessStore } from "./readiness-store";
import { ReadinessStatusBar } from "./status-bar";

let client: LanguageClient | undefined;

const DOCUMENTS = [
  { scheme: "file", language: "markdown" },
  { scheme: "file", language: "yaml" },
] satisfies vscode.DocumentFilter[];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const output = vscode.window.createOutputChannel("alliance-lint");
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENTS,
    outputChannel: output,
    // A function, so a restart after the workspace is trusted sends the new state.
    initializationOptions: (): InitOptions => ({ trusted: vscode.workspace.isTrusted }),
  };
  // The id makes `allianceLint.trace.server` the trace setting. The server's commands
  // (lint workspace, fix workspace, apply template) are registered by the client library from its capabilities.
  const languageClient = new LanguageClient("allianceLint", "alliance-lint", serverOptions, clientOptions);
  client = languageClient;
  const store = new ReadinessStore(languageClient, output);
  const tree = new PlansTree(store);
  context.subscriptions.push(
    output,
    store,
    tree,
    new ReadinessStatusBar(store),
    vscode.languages.registerCodeLensProvider(DOCUMENTS, new ReadinessCodeLens(store)),
    ...registerCommands({ client: languageClient, output, store, tree }),
    // Trusted now: the folder's config and team templates may be read.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void languageClient.restart()),
  );
  await languageClient.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
