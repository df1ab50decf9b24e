/** Minimal helpers for engine and rule tests: lint/fix a text with a default config. */
import type { ResolvedConfig } from "../../server/config/types";
import type { Finding } from "../../server/engine/finding";
import type { PlanModel } from "../../server/engine/model";
import { fixText, lintText, type FixOutcome, type LintOptions } from "../../server/engine/engine";
import { buildModel } from "../../server/engine/build-model";
import { vocabularyFor } from "../../rules/vocab";

export function config(patch: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { rules: {}, vocabulary: {}, templates: [], include: [], ignore: [], locale: "auto", files: [], baseDir: "/", ...patch };
}

export function lint(
  text: string,
  filePath = "plan.alliance.md",
  configPatch?: Partial<ResolvedConfig>,
  extra: Partial<LintOptions> = {},
): Finding[] {
  return lintText(text, { filePath, config: config(configPatch), ...extra }).findings;
}

export function fix(text: string, filePath = "plan.alliance.md", configPatch?: Partial<ResolvedConfig>): FixOutcome {
  return fixText(text, { filePath, config: config(configPatch) });
}

export function model(text: string, filePath = "plan.alliance.md", team?: ResolvedConfig["vocabulary"]): PlanModel {
  return buildModel(text, { filePath, vocabulary: vocabularyFor(team) });
}

/** Findings of one rule. */
export function only(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** A finding reduced to what tests compare: rule, message id and 0-based range. */
export function brief(f: Finding): { ruleId: string; messageId: string; range: [number, number, number, number] } {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    range: [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character],
  };
}
