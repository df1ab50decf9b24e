/**
 * The VS Code extension: starts the bundled language server over IPC for Markdown and YAML
 * files and registers the commands. Everything else (settings, config discovery, fixes)
 * is the server's, so every editor gets the same behaviour.
 */
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { InitOptions } from "../../server/lsp/protocol";
import { insertTemplate } from "./templates";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "yaml" },
    ],
    // A function, so a restart after the workspace is trusted sends the new state.
    initializationOptions: (): InitOptions => ({ trusted: vscode.workspace.isTrusted }),
  };
  // The id makes `allianceLint.trace.server` the trace setting. The server's commands
  // (lint workspace, apply template) are registered by the client library from its capabilities.
  const languageClient = new LanguageClient("allianceLint", "alliance-lint", serverOptions, clientOptions);
  client = languageClient;
  context.subscriptions.push(
    vscode.commands.registerCommand("allianceLint.insertTemplate", () => insertTemplate(languageClient)),
    // Trusted now: the folder's config and team templates may be read.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void languageClient.restart()),
  );
  await languageClient.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
