/**
 * The part of a file's resolved configuration the engine reads. server/config resolves it
 * (its ResolvedConfig extends this); the engine never learns where it came from.
 */
import type { Lang, PlanElement } from "./model";
import type { ClauseTemplate, Severity, SeveritySetting } from "./rule";
import type { TeamVocabulary } from "../../rules/vocab";

export interface ResolvedRuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
  /**
   * Set when the rule is off only by its default or a preset (no config file set it): the
   * severity it runs at in a plan that requires its element (warn; error under `strict`).
   */
  whenRequired?: Severity;
}

export interface EngineConfig {
  rules: Record<string, ResolvedRuleSetting>;
  /** The team's words, added to the built-in vocabularies (config `vocabulary`, and `headings`). */
  vocabulary: TeamVocabulary;
  /** Team templates (built-ins are added by the engine). */
  templates: ClauseTemplate[];
  locale: Lang | "auto";
  /** The elements the team requires (config `elements:`, presets expanded); absent: not chosen. */
  elements?: PlanElement[];
}
