/**
 * The part of a file's resolved configuration the engine reads. server/config resolves it
 * (its ResolvedConfig extends this); the engine never learns where it came from.
 */
import type { Lang } from "./model";
import type { ClauseTemplate, SeveritySetting } from "./rule";
import type { TeamVocabulary } from "../../rules/vocab";

export interface ResolvedRuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface EngineConfig {
  rules: Record<string, ResolvedRuleSetting>;
  /** The team's words, added to the built-in vocabularies (config `vocabulary`, and `headings`). */
  vocabulary: TeamVocabulary;
  /** Team templates (built-ins are added by the engine). */
  templates: ClauseTemplate[];
  locale: Lang | "auto";
}
