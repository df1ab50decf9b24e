/**
 * Findings for the report tests: fixture plans linted with the default config and two checklist
 * rules turned on, `governance` and `ai-alliance-terms` (so the formats show the checklist beside
 * the headline rules; every checklist rule ships off), as if the checkout
 * were at ROOT, so no output holds this machine's paths. The expect-marks are left out.
 */
import path from "node:path";
import type { LintResult } from "../../server/engine/finding";
import type { Lang } from "../../server/engine/model";
import type { ResolvedConfig } from "../../server/config/types";
import type { ReportContext } from "../../server/report/types";
import { lintText } from "../../server/engine/engine";
import { RULES } from "../../rules";
import { readFixture } from "../helpers/expect-marks";
import { config } from "../helpers/lint";

export const REPO = path.resolve(__dirname, "../..");
/** The virtual checkout the goldens are made in. */
export const ROOT = "/checkout";
/** A fixed version, so a release does not rewrite every golden. */
export const VERSION = "1.0.0";

/**
 * Two plans per language: Markdown with document-level gaps and fixes, and a YAML plan (clean
 * in Japanese, with findings in English). Warnings are covered by made-up results: no fixture
 * has one.
 */
export const GOLDEN_PLANS: Record<Lang, string[]> = {
  ja: ["fixtures/ja/onepager-cvc-solar-annual-review-only.alliance.md", "fixtures/ja/clean-ai-bank-ringi-ip-keys.alliance.yaml"],
  en: ["fixtures/en/call-summary-insurer-drone-poc.alliance.md", "fixtures/en/vague-objectives-exit-tbd-grocery.alliance.yaml"],
};

export interface Linted {
  results: LintResult[];
  context: ReportContext;
}

/** A team's config that turns on two checklist rules, which ship off. */
const CHECKLIST_ON: Partial<ResolvedConfig> = {
  rules: { governance: { severity: "warn", options: {} }, "ai-alliance-terms": { severity: "warn", options: {} } },
};

/** Lint files (paths relative to the repository) as plans under ROOT, with those two on or another change to the default config. */
export function lintPlans(relativePaths: string[], locale: Lang, patch: Partial<ResolvedConfig> = CHECKLIST_ON): Linted {
  const sources = new Map<string, string>();
  const results = relativePaths.map((rel) => {
    const filePath = path.posix.join(ROOT, rel);
    const text = readFixture(path.join(REPO, rel));
    sources.set(filePath, text);
    return lintText(text, { filePath, config: config(patch), locale });
  });
  return { results, context: reportContext(locale, sources) };
}

/** Lint texts given inline (for edge cases the fixtures do not have). */
export function lintTexts(files: Record<string, string>, locale: Lang = "en"): Linted {
  const sources = new Map<string, string>();
  const results = Object.entries(files).map(([rel, text]) => {
    const filePath = path.posix.join(ROOT, rel);
    sources.set(filePath, text);
    return lintText(text, { filePath, config: config(), locale });
  });
  return { results, context: reportContext(locale, sources) };
}

export function reportContext(locale: Lang, sources?: ReadonlyMap<string, string>): ReportContext {
  return { cwd: ROOT, locale, rules: RULES.map((r) => r.meta), version: VERSION, color: false, sources };
}
