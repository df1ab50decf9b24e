/**
 * The AI-alliance decision (rules/lib/ai-alliance.ts) on the rule's own labelled plans
 * (test/rules/ai-alliance-terms/plans, checklist.json's `ai-alliance`): AI plans of several
 * layouts, and plans that only mention AI, resell an "AI" product, share data without AI or
 * speak of business models and staff training.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isAiAlliance } from "../../rules/lib/ai-alliance";
import { vocabularyFor } from "../../rules/vocab";
import { model } from "../helpers/lint";

const dir = resolve(__dirname, "ai-alliance-terms/plans");
const labels: Record<string, { "ai-alliance": boolean }> = JSON.parse(readFileSync(join(dir, "checklist.json"), "utf8"));

describe("the AI-alliance decision", () => {
  it.each(Object.entries(labels))("%s", (file, label) => {
    const plan = model(readFileSync(join(dir, file), "utf8"), file);
    expect(isAiAlliance(plan, vocabularyFor(undefined))).toBe(label["ai-alliance"]);
  });
});
