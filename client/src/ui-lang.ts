/** VS Code's UI language, for the extension's own texts. */
import * as vscode from "vscode";
import { langOfTag } from "../../server/engine/l10n";
import { clientTexts, type ClientTexts } from "./client-texts";

export function uiTexts(): ClientTexts {
  return clientTexts(langOfTag(vscode.env.language));
}
