/**
 * "Fix all alliance plans in the workspace" (allianceLint.fixWorkspace): every safe fix of
 * every plan the CLI would lint, computed on the worker pool (fixText, as `--fix` runs it) from
 * the editor's text for open plans and the disk's for the others, applied as one
 * workspace/applyEdit so the editor can undo it.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MessageType, ShowMessageNotification, type Connection, type TextDocuments, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Lang } from "../engine/model";
import type { FixedPlan } from "./linter";
import { lspTexts } from "./lsp-texts";
import type { FixWorkspaceResult, Settings } from "./protocol";
import { diskDocument, openDocument, workspacePlans, type WorkspaceServices } from "./workspace-plans";

type FixedFile = FixedPlan & { uri: string; open?: { doc: TextDocument; version: number } };

export async function fixWorkspace(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  services: WorkspaceServices,
  clientLang: Lang,
): Promise<FixWorkspaceResult> {
  const plans = await workspacePlans(services);
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin("alliance-lint", 0, undefined, true);
  const fixedFiles: FixedFile[] = [];
  for (const [i, { file, settings }] of plans.entries()) {
    if (progress.token.isCancellationRequested) break;
    progress.report(Math.round((i / plans.length) * 100), path.basename(file));
    const fixed = await fixFile(file, documents, settings, services);
    if (fixed?.edits.length) fixedFiles.push(fixed);
  }
  progress.done();
  // An open plan edited while its fixes were computed: they no longer apply to it.
  const current = fixedFiles.filter((f) => !f.open || f.open.doc.version === f.open.version);
  const changes: Record<string, TextEdit[]> = Object.fromEntries(current.map((f) => [f.uri, f.edits]));
  const result: FixWorkspaceResult = {
    files: plans.length,
    changed: current.length,
    fixes: current.reduce((n, f) => n + f.fixed, 0),
    applied: current.length > 0 && (await connection.workspace.applyEdit({ label: "alliance-lint", edit: { changes } })).applied,
  };
  const message = lspTexts(clientLang).workspaceFixed(result.fixes, result.changed, result.files);
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
  return result;
}

/** The fixes of one plan: from the editor's text when it is open, else from the disk's. */
async function fixFile(
  file: string,
  documents: TextDocuments<TextDocument>,
  settings: Settings,
  services: WorkspaceServices,
): Promise<FixedFile | undefined> {
  const open = openDocument(documents, file);
  const doc = open ?? diskDocument(file).doc;
  const version = open?.version;
  const fixed = doc && (await services.linter.fixPlan(doc, settings));
  if (!fixed) return undefined;
  return { ...fixed, uri: pathToFileURL(file).href, ...(open && { open: { doc: open, version: version! } }) };
}
