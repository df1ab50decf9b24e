/**
 * When documents are linted: after a pause in typing (debounced), once per version. A lint
 * whose version has been superseded before it starts is dropped; requests that need the
 * current findings (pull diagnostics, code actions, hover) wait for the pending lint
 * instead of starting another one.
 */
import type { CancellationToken, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { ParseCache } from "../engine/engine";
import type { DocumentLinter, LintOutcome } from "./linter";
import type { Settings } from "./protocol";
import type { SettingsStore } from "./settings";

export interface Linted {
  outcome: LintOutcome;
  /** Changes whenever the findings may have changed (pull diagnostics' resultId). */
  resultId: string;
}

export interface SchedulerHooks {
  /** Every lint that ran (timing, config watching). */
  linted(outcome: LintOutcome): void;
  /** Findings to show (push diagnostics). */
  publish(outcome: LintOutcome): void;
  /** The lint itself threw: never leave the document without an answer. */
  failed(doc: TextDocument, error: unknown): LintOutcome;
}

/**
 * Parse caches kept: one per recently edited document. A cache holds the document's syntax
 * trees (several times its text), and only documents being typed in gain from one; caches
 * for every opened document would only be garbage for the collector to catch up with.
 */
const CACHED_DOCUMENTS = 8;

interface DocState {
  /** Unchanged Markdown chunks are not re-parsed between keystrokes. */
  cache?: ParseCache;
  edited: boolean;
  settings?: Settings;
  timer?: NodeJS.Timeout;
  running: boolean;
  linted?: Linted & { generation: number };
  publishedId?: string;
  waiters: Set<() => void>;
}

export class LintScheduler {
  private readonly states = new Map<string, DocState>();
  /** Documents holding a parse cache, least recently linted first. */
  private readonly cached: DocState[] = [];
  /** Bumped when config or settings change: every earlier result is stale. */
  private generation = 0;
  private serial = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly linter: DocumentLinter,
    private readonly debounceMs: number,
    private readonly hooks: SchedulerHooks,
  ) {}

  /** A document opened (linted at once) or changed (linted after the pause, unless run: onSave). */
  changed(uri: string): void {
    const state = this.states.get(uri);
    if (!state) {
      this.states.set(uri, { running: false, edited: false, waiters: new Set() });
      this.schedule(uri, 0);
      return;
    }
    state.edited = true;
    if (state.settings?.run !== "onSave") this.schedule(uri, this.debounceMs);
  }

  /** Returns whether the save starts a lint (run: onSave). */
  saved(uri: string): boolean {
    if (this.states.get(uri)?.settings?.run !== "onSave") return false;
    this.schedule(uri, 0);
    return true;
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (!state) return;
    clearTimeout(state.timer);
    this.states.delete(uri);
    this.unlistCache(state);
    wake(state);
  }

  /** Config or settings changed: lint every open document again. */
  invalidateAll(): void {
    this.generation++;
    for (const uri of this.states.keys()) this.schedule(uri, 0);
  }

  /** The last result once no lint is pending, even for an older version (run: onSave). */
  async settled(uri: string, token?: CancellationToken): Promise<Linted | undefined> {
    for (;;) {
      const state = this.states.get(uri);
      if (!state || token?.isCancellationRequested) return undefined;
      if (!state.timer && !state.running && state.linted?.generation === this.generation) return state.linted;
      if (!state.timer && !state.running) return this.fresh(uri, token);
      await this.pending(state, token);
    }
  }

  /** The result for the document as it is now; undefined if it closed or the request was cancelled. */
  async fresh(uri: string, token?: CancellationToken): Promise<Linted | undefined> {
    for (;;) {
      const state = this.states.get(uri);
      const doc = this.documents.get(uri);
      if (!state || !doc || token?.isCancellationRequested) return undefined;
      if (this.isFresh(state, doc)) return state.linted;
      if (!state.timer && !state.running) void this.run(uri, false);
      await this.pending(state, token);
    }
  }

  /** Until the pending lint has run (or the request was cancelled). */
  private pending(state: DocState, token?: CancellationToken): Promise<void> {
    return new Promise<void>((resolve) => {
      state.waiters.add(resolve);
      token?.onCancellationRequested(() => resolve());
    });
  }

  private schedule(uri: string, delay: number): void {
    const state = this.states.get(uri);
    if (!state) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void this.run(uri, true), delay);
  }

  private isFresh(state: DocState, doc: TextDocument): boolean {
    return state.linted?.outcome.version === doc.version && state.linted.generation === this.generation;
  }

  private async run(uri: string, publish: boolean): Promise<void> {
    const state = this.states.get(uri);
    if (!state) return;
    if (publish) state.timer = undefined;
    state.running = true;
    const generation = this.generation;
    try {
      state.settings = await this.settings.for(uri);
    } finally {
      state.running = false;
    }
    const doc = this.documents.get(uri);
    // Superseded while the settings were fetched: the newer change has its own timer.
    if (!doc || this.states.get(uri) !== state || generation !== this.generation || state.timer) return wake(state);
    if (!this.isFresh(state, doc)) {
      state.linted = { outcome: this.lint(doc, state), resultId: String(++this.serial), generation };
      this.hooks.linted(state.linted.outcome);
    }
    if (publish && state.publishedId !== state.linted!.resultId) {
      state.publishedId = state.linted!.resultId;
      this.hooks.publish(state.linted!.outcome);
    }
    wake(state);
  }

  private lint(doc: TextDocument, state: DocState): LintOutcome {
    try {
      return this.linter.lint(doc, state.settings!, this.cacheFor(state));
    } catch (error) {
      return this.hooks.failed(doc, error);
    }
  }

  private cacheFor(state: DocState): ParseCache | undefined {
    if (!state.edited) return undefined;
    this.unlistCache(state);
    state.cache ??= new ParseCache();
    this.cached.push(state);
    if (this.cached.length > CACHED_DOCUMENTS) this.cached.shift()!.cache = undefined;
    return state.cache;
  }

  private unlistCache(state: DocState): void {
    const at = this.cached.indexOf(state);
    if (at >= 0) this.cached.splice(at, 1);
  }
}

function wake(state: DocState): void {
  const waiters = [...state.waiters];
  state.waiters.clear();
  for (const resolve of waiters) resolve();
}
