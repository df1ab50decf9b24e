/**
 * Lints one document the way the CLI does: the same config, the same isPlanFile decision,
 * the same engine, on the worker pool. Only the parse cache kept for a document being
 * edited is the editor's own.
 */
import { fileURLToPath } from "node:url";
import type { Diagnostic, TextEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { isPlanFile } from "../config/plan-files";
import type { ResolvedConfig } from "../config/types";
import type { LintOptions } from "../engine/engine";
import { detectLang } from "../engine/detect-lang";
import type { LintResult } from "../engine/finding";
import type { Lang } from "../engine/model";
import type { Rule } from "../engine/rule";
import type { LintPool } from "../worker/pool";
import type { ConfigService } from "./config-service";
import { planConfigDiagnostic, type ConfigErrorReporter } from "./config-errors";
import { toDiagnostic } from "./diagnostics";
import { planHint } from "./plan-hint";
import { minimalEdit, Positions } from "./positions";
import type { Settings } from "./protocol";

export interface LintOutcome {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  /** Set when the document is a plan and was linted. */
  plan?: { result: LintResult; options: PlanLintOptions };
  lintMs: number;
}

/** The engine's options, with the whole resolved config (its files are watched). */
export type PlanLintOptions = LintOptions & { config: ResolvedConfig };

/** A linted plan, as code actions need it. */
export type PlanOutcome = LintOutcome & { plan: NonNullable<LintOutcome["plan"]> };

/** A plan's fix-all edit, and how many fixes it applies. */
export interface FixedPlan {
  edits: TextEdit[];
  fixed: number;
}

export interface LintWork {
  /** The document is being edited: its worker keeps a parse cache under this key. */
  cacheKey?: string;
  /** Aborting stops the lint (its worker is terminated) and the lint rejects. */
  signal?: AbortSignal;
}

export class DocumentLinter {
  constructor(
    private readonly configs: ConfigService,
    private readonly errors: ConfigErrorReporter,
    private readonly rules: readonly Rule[],
    private readonly pool: LintPool,
  ) {}

  async lint(doc: TextDocument, settings: Settings, work: LintWork = {}): Promise<LintOutcome> {
    let started = performance.now();
    // The document object is updated in place as edits arrive: keep this version's text.
    const linted = snapshot(doc);
    const outcome: LintOutcome = { uri: doc.uri, version: doc.version, diagnostics: [], lintMs: 0 };
    const filePath = filePathOf(doc.uri);
    if (!settings.enable || !filePath) return outcome;
    const text = linted.getText();
    const resolution = this.configs.resolve(filePath, settings);
    if (resolution.error) {
      this.errors.report(resolution.error);
      if (this.looksLikePlan(filePath, text))
        outcome.diagnostics = [planConfigDiagnostic(resolution.error, messageLocale(settings, undefined, text))];
    } else if (isPlanFile(filePath, resolution.config, text)) {
      // Kept with the result for code actions (rules, vocabulary) and fix-all.
      const options: PlanLintOptions = { filePath, config: resolution.config, rules: this.rules };
      if (settings.locale !== "auto") options.locale = settings.locale;
      const sent = performance.now();
      const job = { text, filePath, config: options.config, locale: options.locale, cacheKey: work.cacheKey, outline: true };
      const { result, ms } = await this.pool.lint(job, work.signal);
      // Not the time spent waiting for a worker (busy, or starting): this is what the lint costs.
      started += performance.now() - sent - ms;
      const positions = new Positions(linted);
      outcome.diagnostics = result.findings.map((f) => toDiagnostic(f, positions, this.rules));
      outcome.plan = { result, options };
    } else {
      const hint = planHint(filePath, text, resolution.config, messageLocale(settings, resolution.config, text), doc.version);
      if (hint) outcome.diagnostics = [hint];
    }
    outcome.lintMs = performance.now() - started;
    return outcome;
  }

  /** The not-a-plan hint for the document as it is now, if it gets one. */
  hint(doc: TextDocument, settings: Settings): Diagnostic | undefined {
    const filePath = filePathOf(doc.uri);
    const { config } = filePath ? this.configs.resolve(filePath, settings) : {};
    const text = doc.getText();
    if (!filePath || !config || !settings.enable || isPlanFile(filePath, config, text)) return undefined;
    return planHint(filePath, text, config, messageLocale(settings, config, text), doc.version);
  }

  /** The fix-all edit for the document as it is: what the CLI's --fix writes. */
  async fixAll(doc: TextDocument, outcome: PlanOutcome): Promise<TextEdit[]> {
    return (await this.fix(doc, outcome.plan.options)).edits;
  }

  /** Every fix of a document, if its config and name make it a plan, and how many there were. */
  async fixPlan(doc: TextDocument, settings: Settings): Promise<FixedPlan | undefined> {
    const filePath = filePathOf(doc.uri);
    const resolution = filePath && this.configs.resolve(filePath, settings);
    if (!filePath || !resolution || resolution.error || !isPlanFile(filePath, resolution.config, doc.getText())) return undefined;
    return this.fix(doc, { filePath, config: resolution.config, locale: settings.locale === "auto" ? undefined : settings.locale });
  }

  private async fix(
    doc: TextDocument,
    { filePath, config, locale }: Pick<PlanLintOptions, "filePath" | "config" | "locale">,
  ): Promise<FixedPlan> {
    const before = snapshot(doc);
    const fixed = await this.pool.fix({ text: before.getText(), filePath, config, locale });
    const edit = minimalEdit(before, fixed.result.output);
    return { edits: edit ? [edit] : [], fixed: fixed.result.fixed };
  }

  /** With the config broken, the built-in defaults decide whether to complain on a document. */
  private looksLikePlan(filePath: string, text: string): boolean {
    try {
      return isPlanFile(filePath, this.configs.defaultsFor(filePath), text);
    } catch {
      return false;
    }
  }
}

/** As the engine chooses it: the setting, else the config's locale, else the document's language. */
export function messageLocale(settings: Settings, config: ResolvedConfig | undefined, text: string): Lang {
  if (settings.locale !== "auto") return settings.locale;
  return config && config.locale !== "auto" ? config.locale : detectLang(text);
}

function snapshot(doc: TextDocument): TextDocument {
  return TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
}

export function filePathOf(uri: string): string | undefined {
  return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
}
