/**
 * "Lint all alliance plans in the workspace": every plan the CLI would lint (findPlanFiles
 * over each folder), read from disk the way the CLI reads it, with diagnostics pushed for
 * the files that are not open. Once run, the workspace stays covered: config changes and
 * closing a plan re-lint from disk. Also the readiness of every plan in the workspace (open
 * ones from their buffer), for the editor's overview.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { findPlanFiles } from "../config/find-plan-files";
import { ConfigError } from "../config/types";
import { readPlan, unreadableResult } from "../lint/read-plan";
import { isYamlPath } from "../engine/build-model";
import { PARSE_ERROR } from "../engine/messages";
import { resultReadiness } from "../engine/readiness";
import type { LintResult } from "../engine/finding";
import type { ConfigService } from "./config-service";
import type { ConfigErrorReporter } from "./config-errors";
import { filePathOf, type DocumentLinter } from "./linter";
import { SOURCE, type LintWorkspaceResult, type PlanReadiness, type Settings } from "./protocol";
import type { LintScheduler } from "./scheduler";
import type { SettingsStore } from "./settings";

export class WorkspaceLinter {
  /** Files whose diagnostics this pushed, by path. */
  private published = new Set<string>();
  private active = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly scheduler: LintScheduler,
    private readonly services: { configs: ConfigService; errors: ConfigErrorReporter; settings: SettingsStore; linter: DocumentLinter },
  ) {}

  async run(): Promise<LintWorkspaceResult> {
    this.active = true;
    const plans = await this.planFiles();
    const result: LintWorkspaceResult = { files: plans.length, problems: 0 };
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin("alliance-lint", 0, undefined, true);
    const before = this.published;
    this.published = new Set();
    for (const [i, { file, settings }] of plans.entries()) {
      if (progress.token.isCancellationRequested) break;
      progress.report(Math.round((i / plans.length) * 100), path.basename(file));
      result.problems += await this.lintOne(file, settings);
      // Yield between files, so typing in an open plan is served meanwhile.
      await new Promise((resolve) => setImmediate(resolve));
    }
    progress.done();
    for (const file of before) if (!this.published.has(file) && !this.openDoc(file)) this.send(file, []);
    return result;
  }

  /** Config changed: lint the unopened plans again. */
  async refresh(): Promise<void> {
    if (this.active) await this.run();
  }

  /** A plan closed in the editor: its findings on disk stay in the Problems panel. */
  async closed(file: string): Promise<void> {
    if (this.active) await this.lintFile(file, await this.services.settings.for(pathToFileURL(file).href));
  }

  /** A plan opened in the editor: the editor's diagnostics replace the pushed ones. */
  opened(file: string): void {
    if (this.published.delete(file)) this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
  }

  private async lintOne(file: string, settings: Settings): Promise<number> {
    const doc = this.openDoc(file);
    if (!doc) return this.lintFile(file, settings);
    // Open plans are the scheduler's; only count them.
    return (await this.scheduler.fresh(doc.uri))?.outcome.diagnostics.length ?? 0;
  }

  /** Every plan in the workspace folders with its readiness. */
  async readiness(): Promise<PlanReadiness[]> {
    const all: PlanReadiness[] = [];
    for (const { file, settings } of await this.planFiles()) {
      const found = await this.planReadiness(file, settings);
      if (found) all.push(found);
    }
    return all;
  }

  /** A file's readiness, from its buffer when open, else from disk; null when it is not a plan. */
  async planReadiness(file: string, settings: Settings): Promise<PlanReadiness | null> {
    const doc = this.openDoc(file);
    const result = doc ? (await this.scheduler.fresh(doc.uri))?.outcome.plan?.result : (await this.fromDisk(file, settings)).result;
    return result ? readinessParams(pathToFileURL(file).href, result) : null;
  }

  /** Lint a file from disk and push its diagnostics (none when it is not a plan); returns how many. */
  private async lintFile(file: string, settings: Settings): Promise<number> {
    const { diagnostics } = await this.fromDisk(file, settings);
    this.send(file, diagnostics);
    return diagnostics.length;
  }

  /** A file on disk, linted as the editor would lint it (result: set when it is a plan); an unreadable one is its one diagnostic. */
  private async fromDisk(file: string, settings: Settings): Promise<{ diagnostics: Diagnostic[]; result?: LintResult }> {
    const read = readPlan(file);
    if (read.error !== undefined) {
      const start = { line: 0, character: 0 };
      const diagnostic = { range: { start, end: start }, severity: DiagnosticSeverity.Error, source: SOURCE, code: PARSE_ERROR };
      return { diagnostics: [{ ...diagnostic, message: read.error }], result: unreadableResult(file, read.error, "en") };
    }
    const doc = TextDocument.create(pathToFileURL(file).href, isYamlPath(file) ? "yaml" : "markdown", 0, read.text);
    const outcome = await this.services.linter.lint(doc, settings);
    return { diagnostics: outcome.diagnostics, result: outcome.plan?.result };
  }

  private send(file: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length) this.published.add(file);
    else this.published.delete(file);
    this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
  }

  private openDoc(file: string): TextDocument | undefined {
    return this.documents.all().find((d) => filePathOf(d.uri) === file);
  }

  /** The plans of every folder, with the folder's settings (asked once per folder, not per file). */
  private async planFiles(): Promise<{ file: string; settings: Settings }[]> {
    const { configs, errors } = this.services;
    const plans = new Map<string, Settings>();
    for (const folder of configs.workspaceFolders) {
      const settings = await this.services.settings.for(pathToFileURL(folder).href);
      if (!settings.enable) continue;
      try {
        for (const file of findPlanFiles([folder], configs.loaderFor(folder, settings.configFile), folder).files) {
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
}

/** The readiness the client reads: the engine's, with the document's uri. */
export function readinessParams(uri: string, result: LintResult): PlanReadiness {
  return { uri, ...resultReadiness(result) };
}
