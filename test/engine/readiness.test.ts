/**
 * The readiness model: each element's state from the findings (rules' `states`, else weak),
 * the template-not-filled state from the placeholders in its section or the template they came
 * from, what makes a plan ready, its title and the lines to jump to.
 */
import { describe, expect, it } from "vitest";
import { lintText } from "../../server/engine/engine";
import { resultReadiness } from "../../server/engine/readiness";
import type { ResolvedConfig } from "../../server/config/types";
import { config } from "../helpers/lint";
import { READY_PLAN as PLAN } from "../helpers/ready-plan";

const readiness = (text: string, patch: Partial<ResolvedConfig> = {}, filePath = "/p/plan.alliance.md") =>
  lintText(text, { filePath, config: config(patch) }).readiness!;
const states = (text: string, patch?: Partial<ResolvedConfig>) =>
  Object.fromEntries(readiness(text, patch).elements.map((e) => [e.element, e.state]));

describe("readiness", () => {
  it("a complete plan: four headline elements present, ready, with their section lines", () => {
    const r = readiness(PLAN);
    expect(r).toMatchObject({ title: "Co-marketing plan", ready: true, readyCount: 4, total: 4 });
    expect(r.elements.map((e) => [e.element, e.state, e.line])).toEqual([
      ["objective", "present", 2],
      ["kpi", "present", 6],
      ["exit", "present", 10],
      ["ip", "present", 14],
    ]);
    // Every checklist rule ships off: the checklist is empty until a team or the plan's type turns one on.
    expect(r.checklist).toEqual([]);
  });

  it("missing (no section, or deferred), weak (there but wanting), and the message that says so", () => {
    const text = PLAN.replace("Reach 1,200 joint customers by March 2028.", "Explore new opportunities together.")
      .replace(/## Term and termination\n\n.*\n/, "")
      .replace("- Each party keeps its background IP; results are jointly owned 50/50.", "- IP ownership: to be agreed.");
    const r = readiness(text);
    expect(Object.fromEntries(r.elements.map((e) => [e.element, e.state]))).toEqual({
      objective: "weak",
      kpi: "present",
      exit: "missing",
      ip: "missing",
    });
    expect(r).toMatchObject({ ready: false, readyCount: 1, total: 4 });
    expect(r.elements.find((e) => e.element === "ip")?.messages).toEqual([
      "IP ownership is deferred ('to be agreed', 'will be discussed').",
    ]);
    // No exit section: the line is where the exit template would go (after the KPI section).
    expect(r.elements.find((e) => e.element === "exit")?.line).toBe(8);
  });

  it("template not filled: a placeholder in the element's section, whatever its other findings", () => {
    expect(states(PLAN.replace("until 31 March 2028", "until [end date]"))).toMatchObject({ exit: "unfilled" });
  });

  it("a placeholder outside the headline sections puts that element on the checklist, and the plan not ready", () => {
    const r = readiness(`${PLAN}\n## Governance\n\nA steering committee chaired by [chair].\n`, {
      templates: [{ name: "governance", lang: "en", body: "## Governance\n\nChaired by [chair].\n", source: "team" }],
    });
    expect(r.checklist).toMatchObject([{ element: "governance", state: "unfilled", line: 18 }]);
    expect(r).toMatchObject({ ready: false, readyCount: 4, total: 4 });
  });

  it("a weakness by a warning does not hold the plan back; a placeholder as a warning still does", () => {
    const vague = PLAN.replace("Reach 1,200 joint customers by March 2028.", "Explore new opportunities together.");
    const warnOnly = { rules: { "vague-objective": { severity: "warn" as const, options: {} } } };
    expect(readiness(vague, warnOnly)).toMatchObject({ ready: true, readyCount: 4 });
    const blankWarn = { rules: { "unfilled-placeholder": { severity: "warn" as const, options: {} } } };
    expect(readiness(PLAN.replace("until 31 March 2028", "until [end date]"), blankWarn)).toMatchObject({ ready: false, readyCount: 3 });
  });

  it("an element whose rule is off is not judged", () => {
    const off = { rules: { "missing-kpi": { severity: "off" as const, options: {} } } };
    expect(readiness(PLAN, off).elements.map((e) => e.element)).toEqual(["objective", "exit", "ip"]);
  });

  it("the title: front matter, else the first heading, else the file name; a Japanese plan's labels", () => {
    expect(readiness(`---\ntitle: 共同配送計画\n---\n${PLAN}`).title).toBe("共同配送計画");
    expect(readiness("Plain text.\n", {}, "/p/notes.alliance.md").title).toBe("notes.alliance.md");
    expect(readiness("# 計画\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n").elements.map((e) => e.label)).toEqual([
      "目的",
      "KPI",
      "出口条項",
      "知財の帰属",
    ]);
  });

  it("an unreadable plan: not ready, nothing checked", () => {
    const result = lintText("lang: en\nobjectives: [never closed\n", { filePath: "/p/broken.alliance.yaml", config: config() });
    expect(result.readiness).toBeUndefined();
    expect(resultReadiness(result)).toEqual({
      title: "broken.alliance.yaml",
      ready: false,
      readyCount: 0,
      total: 0,
      elements: [],
      checklist: [],
    });
  });
});
