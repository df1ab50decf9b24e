/**
 * When documents are linted: after a pause in typing (debounced; the pause follows how long
 * the document takes to lint), once per version, one lint at a time per document, on the
 * worker pool, so no document holds up another or the server. A lint superseded before it
 * starts is dropped. One superseded while it runs is stopped (its worker terminated) when
 * the document is slow to lint; a quick one finishes first, so its worker keeps the
 * document's parse cache. Pull diagnostics wait for the pending lint; hover and code
 * actions wait only when it is quick, and are otherwise answered from the last result.
 */
import type { CancellationToken, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
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
  /** The lint itself failed: never leave the document without an answer. */
  failed(doc: TextDocument, error: unknown): LintOutcome;
}

/**
 * A lint expected to take this long is stopped when superseded, and a hover does not wait
 * for it: a quarter second is about where an editor starts to feel stuck.
 */
const SLOW_LINT_MS = 250;
/**
 * The pause after typing is half the lint time, within bounds: a lint runs on a worker, so
 * one that ends before the next keystroke costs the editor nothing; the pause only saves
 * lints that the next keystroke would supersede at once.
 */
const DEBOUNCE_SHARE = 0.5;
const MIN_DEBOUNCE_MS = 20;
const MAX_DEBOUNCE_MS = 2000;
/** Before a document's first lint, its lint time is guessed from its size (about 100 KB/s). */
const GUESSED_CHARS_PER_MS = 100;

interface DocState {
  edited: boolean;
  settings?: Settings;
  timer?: NodeJS.Timeout;
  /** A lint asked for and not started yet; `publish` when a change or a save asked. */
  wanted?: { publish: boolean };
  /** The lint in progress (from fetching the settings on); aborting it stops its worker. */
  running?: AbortController;
  linted?: Linted & { generation: number };
  publishedId?: string;
  waiters: Set<() => void>;
  /** How long this document's lints take (a moving average), once one has run. */
  lintMs?: number;
}

export class LintScheduler {
  private readonly states = new Map<string, DocState>();
  /** Bumped when config or settings change: every earlier result is stale. */
  private generation = 0;
  private serial = 0;

  /** `debounceMs`: a fixed pause after typing; without it, the pause follows the lint time. */
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly linter: DocumentLinter,
    private readonly debounceMs: number | undefined,
    private readonly hooks: SchedulerHooks,
  ) {}

  /** A document opened (linted at once) or changed (linted after the pause, unless run: onSave). */
  changed(uri: string): void {
    const state = this.states.get(uri);
    if (!state) {
      this.states.set(uri, { edited: false, waiters: new Set() });
      this.schedule(uri, 0);
      return;
    }
    state.edited = true;
    if (state.settings?.run === "onSave") return;
    // A slow lint of the text before this change is wasted work: stop it now.
    if (this.slow(uri, state)) state.running?.abort();
    this.schedule(uri, this.debounce(uri, state));
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
    state.running?.abort();
    this.states.delete(uri);
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
      const idle = !state.timer && !state.wanted && !state.running;
      if (idle && state.linted?.generation === this.generation) return state.linted;
      if (idle) return this.fresh(uri, token);
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
      if (!state.timer && !state.wanted && !state.running) this.request(uri, state, false);
      await this.pending(state, token);
    }
  }

  /** The fresh result if it comes quickly; else at once the last one there is, of any version. */
  latest(uri: string, token?: CancellationToken): Promise<Linted | undefined> {
    const state = this.states.get(uri);
    const doc = this.documents.get(uri);
    if (!state || !doc || this.isFresh(state, doc) || !this.slow(uri, state)) return this.fresh(uri, token);
    return Promise.resolve(state.linted);
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
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.request(uri, state, true);
    }, delay);
  }

  /** Ask for a lint of the current text: it starts when the document's previous lint is over. */
  private request(uri: string, state: DocState, publish: boolean): void {
    state.wanted = { publish: publish || Boolean(state.wanted?.publish) };
    if (!state.running) void this.drain(uri, state);
    else if (this.slow(uri, state)) state.running.abort();
  }

  private async drain(uri: string, state: DocState): Promise<void> {
    while (state.wanted && this.states.get(uri) === state) {
      const { publish } = state.wanted;
      state.wanted = undefined;
      const work = new AbortController();
      state.running = work;
      try {
        await this.run(uri, state, publish, work.signal);
      } finally {
        state.running = undefined;
      }
      wake(state);
    }
  }

  private async run(uri: string, state: DocState, publish: boolean, signal: AbortSignal): Promise<void> {
    const generation = this.generation;
    state.settings = await this.settings.for(uri);
    const doc = this.documents.get(uri);
    // Superseded while the settings were fetched: the newer change has its own timer.
    if (!doc || signal.aborted || this.states.get(uri) !== state || generation !== this.generation || state.timer) return;
    if (!this.isFresh(state, doc)) {
      const outcome = await this.lint(doc, state, signal);
      // Stopped: the lint that superseded it follows.
      if (!outcome) return;
      state.lintMs = state.lintMs === undefined ? outcome.lintMs : (state.lintMs + outcome.lintMs) / 2;
      state.linted = { outcome, resultId: String(++this.serial), generation };
      this.hooks.linted(outcome);
    }
    if (publish && generation === this.generation && state.publishedId !== state.linted!.resultId) {
      state.publishedId = state.linted!.resultId;
      this.hooks.publish(state.linted!.outcome);
    }
  }

  private isFresh(state: DocState, doc: TextDocument): boolean {
    return state.linted?.outcome.version === doc.version && state.linted.generation === this.generation;
  }

  private async lint(doc: TextDocument, state: DocState, signal: AbortSignal): Promise<LintOutcome | undefined> {
    const version = doc.version;
    try {
      // Only documents being typed in gain from a parse cache.
      return await this.linter.lint(doc, state.settings!, { cacheKey: state.edited ? doc.uri : undefined, signal });
    } catch (error) {
      if (signal.aborted) return undefined;
      return { ...this.hooks.failed(doc, error), version };
    }
  }

  /** How long a lint of the document is expected to take. */
  private expectedMs(uri: string, state: DocState): number {
    return state.lintMs ?? (this.documents.get(uri)?.getText().length ?? 0) / GUESSED_CHARS_PER_MS;
  }

  private slow(uri: string, state: DocState): boolean {
    return this.expectedMs(uri, state) >= SLOW_LINT_MS;
  }

  private debounce(uri: string, state: DocState): number {
    return this.debounceMs ?? Math.min(MAX_DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, DEBOUNCE_SHARE * this.expectedMs(uri, state)));
  }
}

function wake(state: DocState): void {
  const waiters = [...state.waiters];
  state.waiters.clear();
  for (const resolve of waiters) resolve();
}
