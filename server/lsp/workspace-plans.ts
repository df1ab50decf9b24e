/**
 * The plans of the workspace, as the CLI finds them (findPlanFiles over each folder), for the
 * workspace-wide commands: lint them all, fix them all.
 */
import { pathToFileURL } from "node:url";
import type { TextDocuments } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { findPlanFiles } from "../config/find-plan-files";
import { ConfigError } from "../config/types";
import { isYamlPath } from "../engine/build-model";
import { readPlan } from "../lint/read-plan";
import type { ConfigErrorReporter } from "./config-errors";
import type { ConfigService } from "./config-service";
import { filePathOf, type DocumentLinter } from "./linter";
import type { Settings } from "./protocol";
import type { SettingsStore } from "./settings";

export interface WorkspaceServices {
  configs: ConfigService;
  errors: ConfigErrorReporter;
  settings: SettingsStore;
  linter: DocumentLinter;
}

/** The plans of every folder, with the folder's settings (asked once per folder, not per file). */
export async function workspacePlans(services: Omit<WorkspaceServices, "linter">): Promise<{ file: string; settings: Settings }[]> {
  const { configs, errors } = services;
  const plans = new Map<string, Settings>();
  for (const folder of configs.workspaceFolders) {
    const settings = await services.settings.for(pathToFileURL(folder).href);
    if (!settings.enable) continue;
    try {
      for (const file of findPlanFiles([folder], configs.loaderFor(folder, settings), folder).files) {
        // Folders are longest first: a nested folder's settings win.
        if (!plans.has(file)) plans.set(file, settings);
      }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.report(error);
    }
  }
  return [...plans].map(([file, settings]) => ({ file, settings }));
}

export function openDocument(documents: TextDocuments<TextDocument>, file: string): TextDocument | undefined {
  return documents.all().find((d) => filePathOf(d.uri) === file);
}

/** A plan as it is on disk, read the way the CLI reads it (or why it cannot be). */
export function diskDocument(file: string): { doc: TextDocument; error?: undefined } | { doc?: undefined; error: string } {
  const read = readPlan(file);
  if (read.error !== undefined) return { error: read.error };
  return { doc: TextDocument.create(pathToFileURL(file).href, isYamlPath(file) ? "yaml" : "markdown", 0, read.text) };
}
