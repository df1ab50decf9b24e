/** The texts the status bar, the CodeLens and the plans tree show for a plan's readiness. */
import { describe, expect, it } from "vitest";
import { clientTexts } from "../../client/src/client-texts";
import {
  checklistDescription,
  checklistSummary,
  elementTooltip,
  lensTitle,
  planDescription,
  planIcon,
  problemLines,
  sortPlans,
  stateIcon,
  summary,
  titleLine,
  tooltipMarkdown,
} from "../../client/src/readiness-text";
import type { ElementReadiness, PlanReadiness } from "../../server/lsp/protocol";

const element = (id: string, label: string, state: ElementReadiness["state"], messages: string[] = []): ElementReadiness => ({
  element: id,
  label,
  state,
  line: 3,
  messages,
});

const plan: PlanReadiness = {
  uri: "file:///ws/ja-logistics.alliance.md",
  title: "物流_提携 [案]",
  ready: false,
  readyCount: 1,
  total: 4,
  elements: [
    element("objective", "Objective", "present"),
    element("kpi", "KPIs", "weak", ["The KPI has no target."]),
    element("exit", "Exit clause", "missing"),
    element("ip", "IP ownership", "unfilled", ["Fill in [owner]."]),
  ],
  checklist: [],
};
const ready: PlanReadiness = { ...plan, uri: "file:///ws/b.md", title: "A ready plan", ready: true, readyCount: 4, elements: [] };
/** A ready plan with a checklist under it: one element present, one weak, one missing. */
const checked: PlanReadiness = {
  ...ready,
  checklist: [element("governance", "Governance", "present"), element("form", "Form", "weak"), element("roles", "Roles_", "missing")],
};
const en = clientTexts("en");
const ja = clientTexts("ja");

describe("readiness texts", () => {
  it("summarises the plan as 'Plan 1/4 ready' in both languages", () => {
    expect(summary(plan, en)).toBe("Plan 1/4 ready");
    expect(summary(plan, ja)).toBe("計画 1/4 整備済み");
  });

  it("lists what keeps the plan from being ready: missing, then template not filled, then weak", () => {
    expect(problemLines(plan, en)).toEqual(["Missing: Exit clause", "Template not filled: IP ownership", "Weak: KPIs"]);
    expect(problemLines(plan, ja)).toEqual(["欠落: Exit clause", "テンプレート未記入: IP ownership", "不十分: KPIs"]);
    expect(problemLines(ready, en)).toEqual([]);
  });

  it("writes the tooltip as Markdown with the title escaped", () => {
    expect(tooltipMarkdown(plan, en)).toBe(
      [
        "**物流\\_提携 \\[案\\]**: Plan 1/4 ready — Not ready for review",
        "- Missing: Exit clause",
        "- Template not filled: IP ownership",
        "- Weak: KPIs",
      ].join("\n\n"),
    );
    expect(tooltipMarkdown(ready, ja)).toBe("**A ready plan**: 計画 4/4 整備済み — レビューに出せます");
  });

  it("puts the summary and the problems on the CodeLens's one line", () => {
    expect(lensTitle(plan, en)).toBe("Plan 1/4 ready · Missing: Exit clause · Template not filled: IP ownership · Weak: KPIs");
  });

  it("shows the checklist under the headline verdict: its count, and each element's state; it does not hold a ready plan back", () => {
    expect(checklistSummary(checked, en)).toBe("Checklist: 1/3 present");
    expect(checklistSummary(checked, ja)).toBe("チェックリスト: 1/3 記載あり");
    expect(checklistSummary(plan, en)).toBeUndefined();
    expect(problemLines(checked, en)).toEqual([]);
    expect(tooltipMarkdown(checked, en)).toBe(
      [
        "**A ready plan**: Plan 4/4 ready — Ready for review",
        "**Checklist: 1/3 present**",
        "- Governance: present",
        "- Form: weak",
        "- Roles\\_: missing",
      ].join("\n\n"),
    );
    expect(lensTitle(checked, ja)).toBe("計画 4/4 整備済み · チェックリスト: 1/3 記載あり");
    expect(checklistDescription(checked)).toBe("1/3");
  });

  it("counts a checklist element whose template is not filled among what keeps the plan from being ready", () => {
    const unfilled = { ...checked, ready: false, checklist: [element("governance", "Governance", "unfilled")] };
    expect(problemLines(unfilled, en)).toEqual(["Template not filled: Governance"]);
  });

  it("describes plan and element rows", () => {
    expect(planDescription(plan)).toBe("1/4");
    expect(elementTooltip(plan.elements[3], en)).toBe("IP ownership: template not filled\nFill in [owner].");
    expect(elementTooltip(plan.elements[2], ja)).toBe("Exit clause: 欠落");
  });

  it("gives each state its own icon, and a plan the icon of its worst headline element", () => {
    expect(["present", "weak", "missing", "unfilled"].map((s) => stateIcon(s as ElementReadiness["state"]).id)).toEqual([
      "pass-filled",
      "warning",
      "error",
      "edit",
    ]);
    expect(planIcon(plan).id).toBe("error");
    expect(planIcon({ ...plan, elements: [plan.elements[1], plan.elements[3]] }).id).toBe("edit");
    expect(planIcon(ready).id).toBe("pass-filled");
  });

  it("lists plans that are not ready first, then by title", () => {
    const other = { ...plan, uri: "file:///ws/c.md", title: "Another" };
    expect(sortPlans([ready, plan, other]).map((p) => p.title)).toEqual(["Another", "物流_提携 [案]", "A ready plan"]);
  });
});

describe("titleLine", () => {
  it("is the first heading after the front matter, outside code fences", () => {
    const text = ["---", "title: x", "# not a heading", "---", "", "```", "# code", "```", "# Title", "## 1."].join("\n");
    expect(titleLine(text, false)).toBe(8);
  });

  it("is a YAML plan's title key, else the first line", () => {
    expect(titleLine("lang: en\ntitle: Plan\n", true)).toBe(1);
    expect(titleLine("lang: en\n", true)).toBe(0);
    expect(titleLine("no heading at all\n", false)).toBe(0);
  });
});
