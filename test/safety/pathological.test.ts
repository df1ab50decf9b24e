/**
 * The regex probes of issue 7, each linted as a whole plan at the size that used to hang
 * (seconds to minutes of backtracking). No timing is asserted: the vitest timeout is the guard,
 * and each plan must still get the findings a plan of that shape gets.
 */
import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "../../server/config/types";
import { lint as lintWith } from "../helpers/lint";
import { plan, PROBES } from "./probes";

/**
 * alliance-form and ai-alliance-terms, on by default, turned off: the probes are on the headline
 * rules' patterns, and the base plan names no form of alliance.
 */
const CHECKLIST_OFF: Partial<ResolvedConfig> = {
  rules: { "alliance-form": { severity: "off", options: {} }, "ai-alliance-terms": { severity: "off", options: {} } },
};
const lint = (text: string) => lintWith(text, undefined, CHECKLIST_OFF);

describe("pathological inputs lint in linear time", () => {
  it.each(["ja", "en"] as const)("the %s base plan is clean", (lang) => {
    expect(lint(plan(lang))).toEqual([]);
  });

  it.each(PROBES.map((p) => [p.name, p] as const))("%s", (_, probe) => {
    const rules = [...new Set(lint(probe.text).map((f) => f.ruleId))].sort();
    expect(rules).toEqual(probe.rules);
  });
});
