/**
 * An invalid config is shown, never swallowed: a diagnostic on the config file itself, a
 * one-line notification, and one diagnostic on each plan that could not be linted.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  DiagnosticSeverity,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Diagnostic,
  type Range,
} from "vscode-languageserver";
import type { ConfigError } from "../config/types";
import type { Lang } from "../engine/model";
import { SOURCE } from "./protocol";
import { lspTexts } from "./lsp-texts";

const CONFIG_ERROR = "config-error";

export class ConfigErrorReporter {
  /** Config file → the error shown for it. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  report(error: ConfigError): void {
    const text = error.format();
    if (this.shown.get(error.file) === text) return;
    this.shown.set(error.file, text);
    const diagnostic: Diagnostic = {
      range: errorRange(error),
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: CONFIG_ERROR,
      message: error.message,
    };
    this.connection.sendDiagnostics({ uri: pathToFileURL(error.file).href, diagnostics: [diagnostic] });
    // A notification, not a request: nothing waits for the user to dismiss it.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `alliance-lint: ${text}` });
  }

  /** Config files changed: forget what was shown; the re-lint reports what is still wrong. */
  clear(): void {
    for (const file of this.shown.keys()) this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
    this.shown.clear();
  }
}

/** The diagnostic on a plan whose config is invalid: the plan is not silently unchecked. */
export function planConfigDiagnostic(error: ConfigError, locale: Lang): Diagnostic {
  const message = lspTexts(locale).notLinted(error.format());
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: CONFIG_ERROR,
    message,
    relatedInformation: [{ location: { uri: pathToFileURL(error.file).href, range: errorRange(error) }, message: error.message }],
  };
}

/** The error's line (1-based in ConfigError), from its column to the end of the line. */
function errorRange(error: ConfigError): Range {
  const line = Math.max(0, (error.line ?? 1) - 1);
  const character = Math.max(0, (error.column ?? 1) - 1);
  return { start: { line, character }, end: { line, character: Math.max(character, lineLength(error.file, line)) } };
}

function lineLength(file: string, line: number): number {
  try {
    return readFileSync(file, "utf8").split(/\r?\n/)[line]?.length ?? 0;
  } catch {
    return 0;
  }
}
