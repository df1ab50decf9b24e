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

/** Settings under `allianceLint.*`. */
export interface Settings {
  enable: boolean;
  run: "onType" | "onSave";
  locale: "auto" | Lang;
  /** A config file to use instead of discovery (relative to the workspace folder). */
  configFile: string;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: "onType", locale: "auto", configFile: "" };

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
