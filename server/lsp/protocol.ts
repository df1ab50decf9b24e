/**
 * The server's own protocol additions, shared with the VS Code client (which imports only
 * this file from the server, so it must stay free of server dependencies).
 */
import type { Lang } from "../engine/model";
import type { Readiness } from "../engine/readiness-types";

export const SOURCE = "alliance-lint";

/** Custom request: the clause templates (built-in and team) available for a document. */
export const TEMPLATES_REQUEST = "allianceLint/templates";

export interface TemplatesParams {
  /** The document the template is for: its config decides the team templates. */
  uri?: string;
}

export interface TemplateInfo {
  name: string;
  lang: Lang;
  source: "built-in" | "team";
  body: string;
  /** The file a team template came from. */
  file?: string;
}

export interface TemplatesResult {
  /** The document's language, so a client can offer matching templates first. */
  lang?: Lang;
  templates: TemplateInfo[];
}

/**
 * The code of the Information diagnostic on a Markdown/YAML file that looks like a plan but
 * is not linted as one; its quick fix adds `alliance-plan: true` to the front matter.
 */
export const NOT_A_PLAN = "not-a-plan";

/** Server commands (workspace/executeCommand), usable from any editor. */
export const LINT_WORKSPACE_COMMAND = "allianceLint.lintWorkspace";
export const APPLY_TEMPLATE_COMMAND = "allianceLint.applyTemplate";

export interface ApplyTemplateArgs {
  uri: string;
  position: { line: number; character: number };
  name: string;
  lang?: Lang;
}

export interface LintWorkspaceResult {
  files: number;
  problems: number;
}

/**
 * Applies every safe fix (what `--fix` applies, never a suggestion) in every plan of the
 * workspace, open or not, as one workspace/applyEdit.
 */
export const FIX_WORKSPACE_COMMAND = "allianceLint.fixWorkspace";

export interface FixWorkspaceResult {
  /** Plans looked at. */
  files: number;
  /** Plans changed, and the fixes applied in them. */
  changed: number;
  fixes: number;
  /** Did the client apply the edit (false also when there was nothing to fix)? */
  applied: boolean;
}

/** Notification sent after each lint when `initializationOptions.timing` is true. */
export const TIMING_NOTIFICATION = "allianceLint/timing";

export interface TimingParams {
  uri: string;
  version: number;
  /** Wall time of lintText (or isPlanFile only, for documents that are not plans). */
  lintMs: number;
  findings: number;
}

/**
 * Readiness (issue 10): how each plan element stands. The engine computes it (one source for
 * the reports, the hover and the editor views; server/engine/readiness-types.ts, which imports
 * nothing); the server sends it after each lint of a plan and answers requests for it.
 */
export type { ElementState, ElementReadiness } from "../engine/readiness-types";

export interface PlanReadiness extends Readiness {
  uri: string;
}

/** Notification, server → client, after each lint of a plan document. */
export const READINESS_NOTIFICATION = "allianceLint/readiness";
/** Request: `{uri}` → `PlanReadiness | null` (null: not a plan). */
export const READINESS_REQUEST = "allianceLint/planReadiness";
/** Request: `{}` → `PlanReadiness[]` for every plan in the workspace, open or not. */
export const WORKSPACE_READINESS_REQUEST = "allianceLint/workspaceReadiness";

/** A rule's severity in `allianceLint.rules`; `warning` is read as `warn`. */
export type RuleSeverity = "off" | "warn" | "error";

/** Settings under `allianceLint.*`. */
export interface Settings {
  enable: boolean;
  run: "onType" | "onSave";
  locale: "auto" | Lang;
  /** A config file to use instead of discovery (relative to the workspace folder). */
  configFile: string;
  /**
   * Rule severities, `{ "missing-kpi": "off" | "warn" | "warning" | "error" }`: over the built-in
   * defaults and under the config file, so a rule the config file sets keeps the config's
   * severity (the editor and CI agree on it) and these decide only the rules it leaves alone.
   */
  rules: Record<string, RuleSeverity>;
  /**
   * More files to lint as plans: globs relative to the workspace folder, added to the config
   * file's `include` (or the default globs). The config's `ignore` still applies.
   */
  include: string[];
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: "onType", locale: "auto", configFile: "", rules: {}, include: [] };

/** `initializationOptions` the server understands. */
export interface InitOptions {
  /** Untrusted workspace: no config or team templates are read from it (default true). */
  trusted?: boolean;
  /** A fixed delay between the last change and the lint (default: it follows the lint time). */
  debounceMs?: number;
  /** How long one lint may run before it is stopped and reported as too slow (default 5000 ms). */
  timeBudgetMs?: number;
  /** Send `allianceLint/timing` notifications. */
  timing?: boolean;
  /** Settings for clients without `workspace/configuration`. */
  settings?: Partial<Settings>;
}
