/**
 * Lints one document the way the CLI does: the same config, the same isPlanFile decision,
 * the same lintText. Only the ParseCache (one per open document) is the editor's own.
 */
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { isPlanFile } from "../config/load-config";
import { lintText, type LintOptions, type ParseCache } from "../engine/engine";
import { detectLang } from "../engine/detect-lang";
import type { LintResult } from "../engine/finding";
import type { Rule } from "../engine/rule";
import type { ConfigService } from "./config-service";
import { planConfigDiagnostic, type ConfigErrorReporter } from "./config-errors";
import { toDiagnostic } from "./diagnostics";
import { Positions } from "./positions";
import type { Settings } from "./protocol";

export interface LintOutcome {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  /** Set when the document is a plan and was linted. */
  plan?: { result: LintResult; options: LintOptions };
  lintMs: number;
}

export class DocumentLinter {
  constructor(
    private readonly configs: ConfigService,
    private readonly errors: ConfigErrorReporter,
    private readonly rules: readonly Rule[],
  ) {}

  lint(doc: TextDocument, settings: Settings, cache?: ParseCache): LintOutcome {
    const started = performance.now();
    const outcome: LintOutcome = { uri: doc.uri, version: doc.version, diagnostics: [], lintMs: 0 };
    const filePath = filePathOf(doc.uri);
    if (!settings.enable || !filePath) return outcome;
    const text = doc.getText();
    const resolution = this.configs.resolve(filePath, settings.configFile);
    if (resolution.error) {
      this.errors.report(resolution.error);
      if (this.looksLikePlan(filePath, text)) {
        const lang = settings.locale === "auto" ? detectLang(text) : settings.locale;
        outcome.diagnostics = [planConfigDiagnostic(resolution.error, lang)];
      }
    } else if (isPlanFile(filePath, resolution.config, text)) {
      // Kept with the result for fix-all, without the cache: the scheduler decides how long that lives.
      const options: LintOptions = { filePath, config: resolution.config, rules: this.rules };
      if (settings.locale !== "auto") options.locale = settings.locale;
      const result = lintText(text, { ...options, cache });
      const positions = new Positions(doc);
      outcome.diagnostics = result.findings.map((f) => toDiagnostic(f, positions, this.rules));
      outcome.plan = { result, options };
    }
    outcome.lintMs = performance.now() - started;
    return outcome;
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

export function filePathOf(uri: string): string | undefined {
  return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
}
