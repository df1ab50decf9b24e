/**
 * The part of a file's resolved configuration the engine reads. server/config resolves it
 * (its ResolvedConfig extends this); the engine never learns where it came from.
 */
import type { Lang, PlanElement } from "./model";
import type { ClauseTemplate, SeveritySetting } from "./rule";

export interface ResolvedRuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface EngineConfig {
  rules: Record<string, ResolvedRuleSetting>;
  /** Extra heading synonyms, by element. */
  headings: Partial<Record<PlanElement, string[]>>;
  /** Team templates (built-ins are added by the engine). */
  templates: ClauseTemplate[];
  locale: Lang | "auto";
}
