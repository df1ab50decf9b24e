/**
 * A real LSP client for the tests: spawns the built server with --stdio and speaks JSON-RPC
 * to it (vscode-jsonrpc), keeping the documents' text so returned edits can be applied.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import * as rpc from "vscode-jsonrpc/node";
import type {
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  InitializeParams,
  Position,
  PublishDiagnosticsParams,
  Range,
  Registration,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  READINESS_NOTIFICATION,
  READINESS_REQUEST,
  WORKSPACE_READINESS_REQUEST,
  type InitOptions,
  type PlanReadiness,
  type Settings,
  type TimingParams,
} from "../../../server/lsp/protocol";
import { SERVER } from "./build";

export interface StartOptions {
  /** The workspace folder. */
  root?: string;
  /** Use pull diagnostics (textDocument/diagnostic) instead of push. */
  pull?: boolean;
  settings?: Partial<Settings>;
  init?: InitOptions;
  locale?: string;
  /** Another server script (a test bundle). */
  server?: string;
}

type Waiter = { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly registrations: Registration[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly timings: TimingParams[] = [];
  readonly readinessSent: PlanReadiness[] = [];
  refreshes = 0;
  settings: Partial<Settings>;
  private readonly docs = new Map<string, TextDocument>();
  private waiters: Waiter[] = [];
  stderr = "";

  private constructor(
    readonly connection: rpc.MessageConnection,
    private readonly process: ChildProcess,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [options.server ?? SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout!), new rpc.StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child, options);
    child.stderr!.on("data", (d) => (client.stderr += d));
    client.listen();
    connection.listen();
    await connection.sendRequest("initialize", initializeParams(options));
    await connection.sendNotification("initialized", {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      const ready = this.waiters.filter((w) => w.uri === p.uri && w.test(p));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(p);
    });
    c.onNotification("window/showMessage", (m: { type: number; message: string }) => this.messages.push(m));
    c.onNotification("window/logMessage", () => undefined);
    c.onNotification("allianceLint/timing", (t: TimingParams) => this.timings.push(t));
    c.onNotification("$/progress", () => undefined);
    c.onNotification(READINESS_NOTIFICATION, (r: PlanReadiness) => this.readinessSent.push(r));
    c.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === "allianceLint" ? this.settings : null)),
    );
    c.onRequest("client/registerCapability", (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    c.onRequest("client/unregisterCapability", () => null);
    c.onRequest("window/workDoneProgress/create", () => null);
    c.onRequest("window/showMessageRequest", () => null);
    c.onRequest("workspace/diagnostic/refresh", () => {
      this.refreshes++;
      return null;
    });
    c.onRequest("workspace/applyEdit", (p: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(p.edit);
      return { applied: true };
    });
  }

  open(file: string, text: string, languageId = /\.ya?ml$/.test(file) ? "yaml" : "markdown"): string {
    const uri = pathToFileURL(file).href;
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Apply edits to the document and send them as incremental changes; returns the new version. */
  edit(uri: string, edits: TextEdit[]): number {
    const doc = this.doc(uri);
    const contentChanges = edits.map((e) => ({ range: e.range, text: e.newText }));
    // Incremental changes apply one after the other: send them back to front.
    contentChanges.sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    const updated = TextDocument.update(doc, contentChanges, doc.version + 1);
    this.docs.set(uri, updated);
    void this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: updated.version }, contentChanges });
    return updated.version;
  }

  replaceAll(uri: string, text: string): number {
    const doc = this.doc(uri);
    return this.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, newText: text }]);
  }

  save(uri: string): void {
    void this.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  version(uri: string): number {
    return this.doc(uri).version;
  }

  /** The next publish for `uri` that passes `test` (the latest one, if it already does). */
  diagnostics(
    uri: string,
    test: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    const latest = this.published.filter((p) => p.uri === uri).at(-1);
    if (latest && test(latest)) return Promise.resolve(latest);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.filter((p) => p.uri === uri).at(-1))}\n${this.stderr}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Diagnostics for the document's current version. */
  current(uri: string): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.diagnostics(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri }, previousResultId });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only && { only }) },
    });
  }

  readiness(uri: string): Promise<PlanReadiness | null> {
    return this.connection.sendRequest(READINESS_REQUEST, { uri });
  }

  workspaceReadiness(): Promise<PlanReadiness[]> {
    return this.connection.sendRequest(WORKSPACE_READINESS_REQUEST, {});
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position });
  }

  /** The text after applying a WorkspaceEdit's edits for `uri`. */
  applied(uri: string, edit: WorkspaceEdit | undefined): string {
    const edits = edit?.changes?.[uri] ?? [];
    return TextDocument.applyEdits(this.doc(uri), edits);
  }

  watchedFileChanged(file: string, type: 1 | 2 | 3 = 2): void {
    void this.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(file).href, type }] });
  }

  async stop(): Promise<void> {
    await Promise.race([this.connection.sendRequest("shutdown").catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    void this.connection.sendNotification("exit").catch(() => undefined);
    this.connection.dispose();
    setTimeout(() => this.process.kill(), 500).unref();
  }

  get alive(): boolean {
    return this.process.exitCode === null;
  }

  private doc(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }
}

function initializeParams(options: StartOptions): InitializeParams {
  const root = options.root ? pathToFileURL(options.root).href : null;
  return {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: root ? [{ uri: root, name: "workspace" }] : null,
    locale: options.locale ?? "en",
    initializationOptions: { debounceMs: 50, ...options.init },
    capabilities: {
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true, codeDescriptionSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } },
          resolveSupport: { properties: ["edit"] },
          dataSupport: true,
        },
        hover: { contentFormat: ["markdown", "plaintext"] },
        ...(options.pull && { diagnostic: { dynamicRegistration: false } }),
      },
      workspace: {
        configuration: true,
        applyEdit: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        ...(options.pull && { diagnostics: { refreshSupport: true } }),
      },
      window: { workDoneProgress: true },
    },
  };
}
