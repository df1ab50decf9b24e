/** "New alliance plan…": the scaffold is a plan the engine reads, its sections from the templates. */
import { describe, expect, it } from "vitest";
import { clientTexts } from "../../client/src/client-texts";
import { scaffoldPlan } from "../../client/src/scaffold";
import { BUILT_IN_TEMPLATES } from "../../rules/templates";
import { lintText } from "../../server/engine/engine";
import { config } from "../helpers/lint";
import type { Lang } from "../../server/engine/model";

const scaffold = (lang: Lang) => scaffoldPlan(lang, BUILT_IN_TEMPLATES, clientTexts(lang).newPlan);

describe("scaffoldPlan", () => {
  it("numbers the objective and the templates' sections in order, after the marker and the title", () => {
    const headings = scaffold("ja")
      .split("\n")
      .filter((l) => l.startsWith("#"));
    expect(headings).toEqual([
      "# 〔提携名〕提携計画",
      "## 1. 目的",
      "## 2. KPI（成果指標）",
      "## 3. 提携の終了（出口戦略）",
      "## 4. 知的財産権の帰属",
    ]);
    const head = "---\nalliance-plan: true\nlang: en\nstatus: draft\n---\n\n# [insert alliance name] alliance plan\n\n## 1. Objective\n\n";
    expect(scaffold("en").startsWith(`${head}[insert what the alliance achieves] ([KPI] to reach`)).toBe(true);
  });

  it("takes a team template over the built-in one of the same name", () => {
    const team = { name: "exit-clause", lang: "en" as const, source: "team" as const, body: "## Exit\n\nOur exit." };
    const text = scaffoldPlan("en", [team, ...BUILT_IN_TEMPLATES], clientTexts("en").newPlan);
    expect(text).toContain("## 3. Exit\n\nOur exit.\n\n## 4. ");
  });

  it.each(["ja", "en"] as const)("is a plan whose headline elements are all there, templates not filled (%s)", (lang) => {
    const result = lintText(scaffold(lang), { filePath: "new.alliance.md", config: config() });
    const headline = result.readiness?.elements.map((e) => [e.element, e.state]);
    expect(headline).toEqual([
      ["objective", "unfilled"],
      ["kpi", "unfilled"],
      ["exit", "unfilled"],
      ["ip", "unfilled"],
    ]);
    expect(result.readiness?.ready).toBe(false);
  });
});
