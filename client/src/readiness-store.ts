/**
 * The plans' readiness as the server last reported it: the whole workspace on start, on a
 * restart and on "Refresh", then each plan as the server lints it. The views listen to
 * `onDidChange`.
 */
import * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";
import { READINESS_NOTIFICATION, READINESS_REQUEST, WORKSPACE_READINESS_REQUEST, type PlanReadiness } from "../../server/lsp/protocol";
import { uiTexts } from "./ui-lang";

export class ReadinessStore implements vscode.Disposable {
  private readonly plans = new Map<string, PlanReadiness>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: LanguageClient,
    private readonly output: vscode.OutputChannel,
  ) {
    // Registered before start: the client keeps the handler across restarts.
    this.disposables.push(
      client.onNotification(READINESS_NOTIFICATION, (plan: PlanReadiness) => this.set(plan.uri, plan)),
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) void this.refresh();
      }),
      vscode.workspace.onDidDeleteFiles(({ files }) => files.forEach((f) => this.set(f.toString(), null))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // After every listener, the client library's too: the server hears of the change first.
        if (event.affectsConfiguration("allianceLint")) setTimeout(() => void this.refresh(), 0);
      }),
    );
  }

  all(): PlanReadiness[] {
    return [...this.plans.values()];
  }

  get(uri: vscode.Uri): PlanReadiness | undefined {
    return this.plans.get(uri.toString());
  }

  /** Every plan of the workspace, from the server. */
  async refresh(): Promise<void> {
    const plans = await this.request<PlanReadiness[]>(WORKSPACE_READINESS_REQUEST, {});
    if (!plans) return;
    this.plans.clear();
    for (const plan of plans) this.plans.set(plan.uri, plan);
    this.changed.fire();
  }

  /** One document, from the server (null: it is not a plan, or no longer one). */
  async refreshDocument(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const plan = await this.request<PlanReadiness | null>(READINESS_REQUEST, { uri: key });
    if (plan !== undefined) this.set(key, plan);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private set(uri: string, plan: PlanReadiness | null): void {
    if (plan) this.plans.set(uri, plan);
    else if (!this.plans.delete(uri)) return;
    this.changed.fire();
  }

  /** A request to a running server; undefined (and a line in the output) when it fails. */
  private async request<T>(method: string, params: object): Promise<T | undefined> {
    if (!this.client.isRunning()) return undefined;
    try {
      return await this.client.sendRequest<T>(method, params);
    } catch (error) {
      this.output.appendLine(uiTexts().readinessUnavailable(error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  }
}
