/**
 * The elements a team requires (config `elements:`) and a plan's own type (front matter
 * `alliance-type`): which checklist rules run, at what severity, and what readiness tracks.
 */
import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "../../server/config/types";
import type { PlanElement } from "../../server/engine/model";
import { lintText } from "../../server/engine/engine";
import { expandElements } from "../../server/engine/required-elements";
import { config } from "../helpers/lint";
import { READY_PLAN as PLAN } from "../helpers/ready-plan";

const lint = (text: string, patch: Partial<ResolvedConfig> = {}) =>
  lintText(text, { filePath: "/p/plan.alliance.md", config: config(patch) });
const required = (...elements: PlanElement[]) => ({ elements });
const ids = (list: { element: string }[]) => list.map((e) => e.element);
const typed = (type: string) => `---\nalliance-type: ${type}\n---\n${PLAN}`;
const CAPITAL_PLAN = PLAN.replace("## Term and termination", "## Form\n\nA capital and business alliance.\n\n## Term and termination");

describe("presets", () => {
  it("expand to their elements, each once, in the order written", () => {
    expect(expandElements(["recommended"])).toEqual(["objective", "kpi", "exit", "ip"]);
    expect(expandElements(["ai-alliance"])).toEqual(["objective", "kpi", "exit", "ip", "ai"]);
    expect(expandElements(["roles", "capital-alliance", "exit"])).toEqual([
      "roles",
      "objective",
      "kpi",
      "exit",
      "ip",
      "form",
      "governance",
    ]);
  });
});

describe("config elements", () => {
  it("none chosen: the checklist rules, all off by default, stay off; readiness tracks the headline elements only", () => {
    const result = lint(CAPITAL_PLAN);
    expect(result.rulesRun).not.toContain("ai-alliance-terms");
    expect(result.rulesRun).not.toContain("alliance-form");
    expect(result.rulesRun).not.toContain("governance");
    expect(ids(result.readiness!.elements)).toEqual(["objective", "kpi", "exit", "ip"]);
    expect(result.readiness!.checklist).toEqual([]);
  });

  it("a required element turns on the rule that checks it, at warn; readiness shows it on the checklist under the headline ones", () => {
    const result = lint(CAPITAL_PLAN, required("objective", "kpi", "exit", "ip", "form"));
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.severity, f.range.start.line])).toEqual([
      ["alliance-form", "noStake", "warn", 0],
    ]);
    const readiness = result.readiness!;
    expect(ids(readiness.elements)).toEqual(["objective", "kpi", "exit", "ip"]);
    expect(readiness.checklist).toEqual([
      {
        element: "form",
        label: "Form",
        state: "missing",
        line: 8,
        messages: ["The alliance involves equity, but the stake is not stated: shareholding %, amount invested, or the JV split."],
      },
    ]);
    // Headline elements decide readiness: a checklist element missing (at warn) does not hold the plan back.
    expect(readiness).toMatchObject({ ready: true, readyCount: 4, total: 4 });
  });

  it("an element not required is not tracked, though its rule runs", () => {
    const governance = { rules: { governance: { severity: "warn" as const, options: {} } } };
    expect(ids(lint(PLAN, governance).readiness!.checklist)).toEqual(["governance"]);
    const headlineOnly = lint(PLAN, { ...governance, ...required("objective", "kpi", "exit", "ip") });
    expect(headlineOnly.rulesRun).toContain("governance");
    expect(headlineOnly.readiness!.checklist).toEqual([]);
    const result = lint(PLAN, { ...governance, ...required("governance") });
    expect(result.rulesRun).toContain("governance");
    expect(ids(result.readiness!.checklist)).toEqual(["governance"]);
    // Without the headline elements required, none decides readiness.
    expect(result.readiness).toMatchObject({ elements: [], readyCount: 0, total: 0, ready: true });
  });

  it("a rule a config file set keeps its setting; one off only by a preset runs at the preset's severity", () => {
    const off = { rules: { "alliance-form": { severity: "off" as const, options: {} } } };
    const explicit = lint(CAPITAL_PLAN, { ...off, ...required("form") });
    expect(explicit.rulesRun).not.toContain("alliance-form");
    expect(explicit.readiness!.checklist).toEqual([]);
    const strict = { rules: { "alliance-form": { severity: "off" as const, options: {}, whenRequired: "error" as const } } };
    const result = lint(CAPITAL_PLAN, { ...strict, ...required("objective", "kpi", "exit", "ip", "form") });
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([["alliance-form", "error"]]);
    expect(result.readiness).toMatchObject({ ready: false, readyCount: 4 });
  });

  it("an element no rule checks is not tracked", () => {
    expect(lint(PLAN, required("objective", "background")).readiness!).toMatchObject({
      elements: [{ element: "objective" }],
      checklist: [],
    });
  });
});

describe("the plan's type in its front matter", () => {
  it("adds its preset's elements for that plan only", () => {
    const capital = lint(typed("capital-alliance"));
    expect(capital.rulesRun).toEqual(expect.arrayContaining(["alliance-form", "governance"]));
    expect(ids(capital.readiness!.elements)).toEqual(["objective", "kpi", "exit", "ip"]);
    expect(ids(capital.readiness!.checklist)).toEqual(["form", "governance"]);
    expect(lint(PLAN).rulesRun).not.toContain("alliance-form");
    expect(lint(PLAN).rulesRun).not.toContain("governance");
  });

  it("adds to the config's elements; a list of types adds each", () => {
    const roles = lint(typed("capital-alliance"), required("roles"));
    expect(ids(roles.readiness!.checklist)).toEqual(["form", "governance", "roles", "cost"]);
    // Cost is not required, but roles-and-economics, the rule of a required element, reports on it.
    expect(roles.findings.filter((f) => f.element === "cost").map((f) => [f.ruleId, f.messageId])).toEqual([
      ["roles-and-economics", "noEconomics"],
    ]);
    const both = lint(typed("[ai-alliance, capital-alliance]"), required("objective"));
    expect(ids(both.readiness!.elements)).toEqual(["objective", "kpi", "exit", "ip"]);
    expect(ids(both.readiness!.checklist)).toEqual(["ai", "form", "governance"]);
  });

  it("is read under the `alliance:` key too", () => {
    const wrapped = `---\nalliance:\n  alliance-type: capital-alliance\n---\n${PLAN}`;
    expect(ids(lint(wrapped).readiness!.checklist)).toEqual(["form", "governance"]);
  });

  it("an unknown type adds nothing, and the plan schema reports it at its value", () => {
    const result = lint(typed("joint-venture"));
    // As without a type: no checklist rule runs
    expect(result.readiness!.checklist).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.message, f.range.start.line, f.range.start.character])).toEqual([
      ["plan-schema", 'Schema violation: "alliance-type" must be ai-alliance or capital-alliance, or a list of them', 1, 15],
    ]);
  });
});
