/** Configuration as written in `.alliance-lint.{yaml,yml,json}` and as resolved for one file. */
import type { Lang, PlanElement } from "../engine/model";
import type { SeverityInput } from "../engine/rule";
import type { EngineConfig } from "../engine/engine-config";
import type { ElementEntry } from "../engine/required-elements";
import type { TeamVocabulary } from "../../rules/vocab";

/** As written: `warning` is accepted for `warn` (see SEVERITY_SPELLINGS). */
export type RuleSetting = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

/** A template path, or one path per language; relative to the config file. */
export type TemplateSetting = string | Partial<Record<Lang, string>>;

export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleSetting>;
  /** The elements these files need: element names and presets (a later list replaces an earlier one). */
  elements?: ElementEntry[];
  /** Older form of `vocabulary` for heading words: `headings: { exit: [...] }` adds to exit-heading. */
  headings?: Partial<Record<PlanElement, string[]>>;
  vocabulary?: TeamVocabulary;
  locale?: Lang | "auto";
}

/** One config file, as written (validated against schemas/alliance-lint.schema.json). */
export interface ConfigFile {
  root?: boolean;
  extends?: string | string[];
  locale?: Lang | "auto";
  rules?: Record<string, RuleSetting>;
  /** The elements the team's plans need: element names and presets (recommended, ai-alliance, capital-alliance). */
  elements?: ElementEntry[];
  /** Older form of `vocabulary` for heading words: `headings: { exit: [...] }` adds to exit-heading. */
  headings?: Partial<Record<PlanElement, string[]>>;
  vocabulary?: TeamVocabulary;
  templates?: Record<string, TemplateSetting>;
  include?: string[];
  ignore?: string[];
  overrides?: ConfigOverride[];
}

/** The effective configuration for one file: what the engine needs, and which files to lint. */
export interface ResolvedConfig extends EngineConfig {
  include: string[];
  ignore: string[];
  /** Config files that contributed, nearest last (for cache keys and watching). */
  files: string[];
  /** Directory the include/ignore globs are relative to (the outermost config's, or cwd). */
  baseDir: string;
}

/** An invalid config: names the file, and where known the line, column and key. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
    readonly key?: string,
  ) {
    super(message);
    this.name = "ConfigError";
  }

  /** `file:line:column: message` — the form the CLI prints. */
  format(): string {
    const where = this.line ? `${this.file}:${this.line}:${this.column ?? 1}` : this.file;
    return `${where}: ${this.message}`;
  }
}
