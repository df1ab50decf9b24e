/**
 * The language server: wires the documents, the scheduler and the features to a
 * connection. Transport-agnostic (IPC for VS Code, --stdio for other editors); main.ts
 * makes the connection, tests may pass their own rules.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type CodeAction,
  type CodeActionParams,
  type CompletionItem,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Position,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { RULES } from "../../rules";
import { isExcluded } from "../config/plan-files";
import { detectLang } from "../engine/detect-lang";
import { langOfTag } from "../engine/l10n";
import type { Lang } from "../engine/model";
import type { Rule } from "../engine/rule";
import { LintPool } from "../worker/pool";
import { codeActions, FIX_ALL_KIND, wantsKind, type FixAllData } from "./code-actions";
import { ConfigErrorReporter } from "./config-errors";
import { ConfigService } from "./config-service";
import { ConfigWatcher } from "./config-watcher";
import { hover } from "./hover";
import { lspTexts } from "./lsp-texts";
import { DocumentLinter, filePathOf, messageLocale, type LintOutcome, type PlanOutcome } from "./linter";
import { frontMatterCompletion } from "./front-matter-completion";
import { planMarkerActions } from "./plan-hint";
import {
  APPLY_TEMPLATE_COMMAND,
  DEFAULT_SETTINGS,
  FIX_WORKSPACE_COMMAND,
  LINT_WORKSPACE_COMMAND,
  NOT_A_PLAN,
  READINESS_NOTIFICATION,
  READINESS_REQUEST,
  SOURCE,
  TEMPLATES_REQUEST,
  TIMING_NOTIFICATION,
  WORKSPACE_READINESS_REQUEST,
  type ApplyTemplateArgs,
  type InitOptions,
  type PlanReadiness,
  type TemplatesParams,
  type TemplatesResult,
  type TimingParams,
} from "./protocol";
import { LintScheduler, type Linted } from "./scheduler";
import { normaliseSettings, SettingsStore } from "./settings";
import { documentSymbols } from "./symbols";
import { listTemplates, templateEdit } from "./templates";
import { fixWorkspace } from "./workspace-fix";
import { readinessParams, WorkspaceLinter } from "./workspace-lint";
import type { WorkspaceServices } from "./workspace-plans";

export interface ServerOptions {
  /** The rules to run (default: every registered rule); the worker must run the same. */
  rules?: readonly Rule[];
  /** The lint worker's entry (default: lint-worker.js beside the server's bundle). */
  workerFile?: string;
}

/**
 * Lint threads, both started at once: one may be held by a huge document while the other
 * serves the rest. More would add memory (each holds its own engine and parse caches) for
 * little: an editor mostly lints the one document being typed in.
 */
const LINT_THREADS = 2;
/** Front-matter completion is for Markdown plans: YAML ones have the schema in the YAML extension. */
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
/**
 * As main.ts does for the main thread: the garbage of a burst of lints (opening many plans)
 * would otherwise keep each worker's heap at several times its needs (200 open plans:
 * 232 MB of RSS instead of 169 MB).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let server: AllianceServer | undefined;
  connection.onInitialize((params) => {
    server = new AllianceServer(connection, documents, params, options.rules ?? RULES, options.workerFile);
    return server.initializeResult();
  });
  connection.onInitialized(() => server!.initialized());
  documents.listen(connection);
  connection.listen();
}

class AllianceServer {
  private readonly caps: ClientCapabilities;
  private readonly init: InitOptions;
  private readonly pull: boolean;
  /** The client's UI language: for texts that belong to no document. */
  private readonly clientLang: Lang;
  private readonly configs: ConfigService;
  private readonly errors: ConfigErrorReporter;
  private readonly settings: SettingsStore;
  private readonly linter: DocumentLinter;
  private readonly scheduler: LintScheduler;
  private readonly watcher: ConfigWatcher;
  private readonly workspace: WorkspaceLinter;
  private readonly services: WorkspaceServices;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    params: InitializeParams,
    private readonly rules: readonly Rule[],
    workerFile = path.join(__dirname, "lint-worker.js"),
  ) {
    this.caps = params.capabilities;
    this.init = (params.initializationOptions ?? {}) as InitOptions;
    this.pull = Boolean(this.caps.textDocument?.diagnostic);
    this.clientLang = langOfTag(params.locale);
    this.configs = new ConfigService(this.init.trusted !== false, rules);
    this.configs.setFolders(workspaceFolders(params));
    this.errors = new ConfigErrorReporter(connection);
    this.settings = new SettingsStore(
      connection,
      Boolean(this.caps.workspace?.configuration),
      normaliseSettings(this.init.settings, DEFAULT_SETTINGS),
    );
    const pool = new LintPool({
      workerFile,
      threads: LINT_THREADS,
      warm: LINT_THREADS,
      budgetMs: this.init.timeBudgetMs,
      youngGenerationMb: WORKER_YOUNG_GENERATION_MB,
      longLived: true,
    });
    this.linter = new DocumentLinter(this.configs, this.errors, rules, pool);
    this.scheduler = new LintScheduler(documents, this.settings, this.linter, this.init.debounceMs, {
      linted: (outcome) => this.linted(outcome),
      publish: (outcome) => this.publish(outcome),
      failed: (doc, error) => this.failed(doc, error),
    });
    const watched = this.caps.workspace?.didChangeWatchedFiles;
    this.watcher = new ConfigWatcher(connection, Boolean(watched?.dynamicRegistration), Boolean(watched?.relativePatternSupport));
    this.services = { configs: this.configs, errors: this.errors, settings: this.settings, linter: this.linter };
    this.workspace = new WorkspaceLinter(connection, documents, this.scheduler, this.services);
    this.listen();
  }

  initializeResult(): InitializeResult {
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        documentSymbolProvider: { label: "alliance-lint" },
        completionProvider: {},
        executeCommandProvider: { commands: [LINT_WORKSPACE_COMMAND, APPLY_TEMPLATE_COMMAND, FIX_WORKSPACE_COMMAND] },
        ...(this.pull && { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false } }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "alliance-lint" },
    };
  }

  initialized(): void {
    this.watcher.start();
    if (this.caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void this.connection.client.register(DidChangeConfigurationNotification.type, { section: "allianceLint" });
    }
    if (this.caps.workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await this.connection.workspace.getWorkspaceFolders()) ?? [];
        this.configs.setFolders(folders.map((f) => fileURLToPath(f.uri)));
        this.configChanged();
      });
    }
  }

  private listen(): void {
    const { connection, documents } = this;
    documents.onDidOpen(({ document }) => {
      const file = filePathOf(document.uri);
      if (file) this.workspace.opened(file);
    });
    documents.onDidChangeContent(({ document }) => this.scheduler.changed(document.uri));
    documents.onDidSave(({ document }) => {
      if (this.scheduler.saved(document.uri)) this.refreshPulled();
    });
    documents.onDidClose(({ document }) => void this.closed(document.uri));
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((c) => c.uri.startsWith("file:") && this.watcher.isConfigFile(fileURLToPath(c.uri)))) this.configChanged();
    });
    connection.onDidChangeConfiguration(() => {
      this.settings.clear();
      this.configs.reset();
      this.configChanged();
    });
    connection.languages.diagnostics.on((params, token) => this.pullDiagnostics(params.textDocument.uri, params.previousResultId, token));
    connection.onCodeAction(async (params, token) => {
      const hasOurs = params.context.diagnostics.some((d) => d.source === SOURCE);
      const wantsFixAll = params.context.only !== undefined && wantsKind(params.context.only, FIX_ALL_KIND);
      // Code actions are asked for on every cursor move: answer "none" without waiting for a lint.
      if (!hasOurs && !wantsFixAll) return [];
      // Edits only from a lint of the text as it is (a slow one may still be running).
      const found = this.planOutcome(params.textDocument.uri, await this.scheduler.latest(params.textDocument.uri, token));
      if (!found) return this.planMarkerActions(params);
      if (found.outcome.version !== found.doc.version) return [];
      return codeActions(params, found.doc, found.outcome, this.resolveSupport(), (doc, outcome) => this.linter.fixAll(doc, outcome));
    });
    connection.onCodeActionResolve((action) => this.resolveCodeAction(action));
    connection.onHover(async (params, token) => {
      const found = this.planOutcome(params.textDocument.uri, await this.scheduler.latest(params.textDocument.uri, token));
      return found ? hover(found.outcome, params.position, this.rules, this.markdownHover()) : undefined;
    });
    connection.onDocumentSymbol(async (params, token) => {
      const found = this.planOutcome(params.textDocument.uri, await this.scheduler.fresh(params.textDocument.uri, token));
      const { outline, locale } = found?.outcome.plan.result ?? {};
      return found && outline ? documentSymbols(found.doc, outline, locale!) : [];
    });
    connection.onCompletion((params) => this.completion(params.textDocument.uri, params.position));
    connection.onExecuteCommand((params) => {
      if (params.command === LINT_WORKSPACE_COMMAND) return this.lintWorkspace();
      if (params.command === APPLY_TEMPLATE_COMMAND) return this.applyTemplate(params.arguments?.[0] as ApplyTemplateArgs);
      if (params.command === FIX_WORKSPACE_COMMAND) return fixWorkspace(connection, documents, this.services, this.clientLang);
      throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
    });
    connection.onRequest(TEMPLATES_REQUEST, (params: TemplatesParams) => this.templates(params.uri));
    connection.onRequest(READINESS_REQUEST, (params: { uri: string }) => this.readiness(params.uri));
    connection.onRequest(WORKSPACE_READINESS_REQUEST, () => this.workspace.readiness());
  }

  private async pullDiagnostics(
    uri: string,
    previousResultId: string | undefined,
    token: CancellationToken,
  ): Promise<DocumentDiagnosticReport> {
    const settings = await this.settings.for(uri);
    // With run: onSave the findings stay those of the last save (or open) until the next one.
    const linted = settings.run === "onSave" ? await this.scheduler.settled(uri, token) : await this.scheduler.fresh(uri, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, "superseded");
    if (!linted) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (previousResultId === linted.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: linted.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: linted.resultId, items: linted.outcome.diagnostics };
  }

  private linted(outcome: LintOutcome): void {
    if (outcome.plan) {
      this.watcher.track(outcome.plan.options.config);
      void this.connection.sendNotification(READINESS_NOTIFICATION, readinessParams(outcome.uri, outcome.plan.result));
    }
    if (this.init.timing) {
      const timing: TimingParams = {
        uri: outcome.uri,
        version: outcome.version,
        lintMs: outcome.lintMs,
        findings: outcome.diagnostics.length,
      };
      void this.connection.sendNotification(TIMING_NOTIFICATION, timing);
    }
  }

  /** Push mode only: pulled diagnostics are answered by pullDiagnostics. */
  private publish(outcome: LintOutcome): void {
    if (this.pull || this.documents.get(outcome.uri)?.version !== outcome.version) return;
    void this.connection.sendDiagnostics({ uri: outcome.uri, version: outcome.version, diagnostics: outcome.diagnostics });
  }

  /** A lint that threw (an engine bug, not a rule crash): one diagnostic, and the server goes on. */
  private failed(doc: TextDocument, error: unknown): LintOutcome {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`alliance-lint: linting ${doc.uri} failed: ${message}`);
    const start = { line: 0, character: 0 };
    const text = `alliance-lint failed on this document: ${error instanceof Error ? error.message : String(error)}`;
    return {
      uri: doc.uri,
      version: doc.version,
      lintMs: 0,
      diagnostics: [{ range: { start, end: start }, severity: DiagnosticSeverity.Error, source: SOURCE, message: text }],
    };
  }

  private async closed(uri: string): Promise<void> {
    this.scheduler.closed(uri);
    if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    const file = filePathOf(uri);
    if (file) await this.workspace.closed(file);
    this.settings.forget(uri);
  }

  private configChanged(): void {
    this.configs.invalidate();
    this.errors.clear();
    this.scheduler.invalidateAll();
    this.refreshPulled();
    void this.workspace.refresh();
  }

  /** Pulled diagnostics are stale (config change, a save with run: onSave): the client must ask again. */
  private refreshPulled(): void {
    if (this.pull && this.caps.workspace?.diagnostics?.refreshSupport) void this.connection.languages.diagnostics.refresh();
  }

  /** The open document and its lint, if it is a plan. */
  private planOutcome(uri: string, linted: Linted | undefined): { doc: TextDocument; outcome: PlanOutcome } | undefined {
    const doc = this.documents.get(uri);
    if (!doc || !linted?.outcome.plan) return undefined;
    return { doc, outcome: linted.outcome as PlanOutcome };
  }

  /**
   * Not a plan: the only action is the hint's, to make it one, computed for the text as it is
   * (a client may keep no diagnostic data: Neovim 0.7 does not).
   */
  private async planMarkerActions(params: CodeActionParams): Promise<CodeAction[]> {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc || !params.context.diagnostics.some((d) => d.code === NOT_A_PLAN)) return [];
    return planMarkerActions(params, this.linter.hint(doc, await this.settings.for(doc.uri)));
  }

  private async resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    const data = action.data as FixAllData | undefined;
    if (!data?.fixAll) return action;
    const found = this.planOutcome(data.uri, await this.scheduler.fresh(data.uri));
    if (found?.doc.version !== data.version || found.outcome.version !== data.version) return action;
    const edits = await this.linter.fixAll(found.doc, found.outcome);
    // The document changed while its fixes were computed: they no longer apply.
    if (found.doc.version === data.version) action.edit = { changes: { [data.uri]: edits } };
    return action;
  }

  private async lintWorkspace() {
    const result = await this.workspace.run();
    const summary = lspTexts(this.clientLang).workspaceLinted(result.files, result.problems);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: summary });
    return result;
  }

  /** A document's readiness (open: its latest lint; else from disk); null when it is not a plan. */
  private async readiness(uri: string): Promise<PlanReadiness | null> {
    const file = filePathOf(uri);
    if (!file) return null;
    return this.workspace.planReadiness(file, await this.settings.for(uri));
  }

  /** Plan fields in the front matter of a Markdown file the config does not exclude. */
  private async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const doc = this.documents.get(uri);
    const file = filePathOf(uri);
    if (!doc || !file || !MARKDOWN_FILE.test(file)) return [];
    const settings = await this.settings.for(uri);
    const { config } = this.configs.resolve(file, settings);
    if (!settings.enable || (config && isExcluded(file, config))) return [];
    return frontMatterCompletion(doc, position, messageLocale(settings, config, doc.getText()));
  }

  private async templates(uri: string | undefined): Promise<TemplatesResult> {
    const file = uri ? filePathOf(uri) : undefined;
    if (!uri || !file) return { templates: listTemplates(undefined) };
    const settings = await this.settings.for(uri);
    const doc = this.documents.get(uri);
    return {
      ...(doc && { lang: detectLang(doc.getText()) }),
      templates: listTemplates(this.configs.resolve(file, settings).config),
    };
  }

  private async applyTemplate(args: ApplyTemplateArgs | undefined): Promise<boolean> {
    const doc = args && this.documents.get(args.uri);
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, "applyTemplate needs { uri, position, name } of an open document");
    const edit = templateEdit(doc, (await this.templates(args.uri)).templates, args);
    if (!edit) throw new ResponseError(ErrorCodes.InvalidParams, `no template ${args.name}`);
    const result = await this.connection.workspace.applyEdit({ changes: { [doc.uri]: [edit] } });
    return result.applied;
  }

  private resolveSupport(): boolean {
    return Boolean(this.caps.textDocument?.codeAction?.resolveSupport?.properties.includes("edit"));
  }

  private markdownHover(): boolean {
    const formats = this.caps.textDocument?.hover?.contentFormat;
    return !formats || formats.includes("markdown");
  }
}

function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
}
