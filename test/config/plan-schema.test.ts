import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { validatePlanData } from "../../rules/lib/plan-data-schema";

describe("validatePlanData: mistakes", () => {
  it("lang must be ja or en", () => {
    expect(validatePlanData({ lang: "japanese" })).toEqual([{ path: ["lang"], message: '"lang" must be one of: ja, en', keyword: "enum" }]);
  });

  it("kpis and partners must be a list or a mapping, not text", () => {
    expect(validatePlanData({ kpis: "TBD", partners: "A社、B社" })).toEqual([
      { path: ["partners"], message: '"partners" must be a list or a mapping', keyword: "type" },
      { path: ["kpis"], message: '"kpis" must be a list or a mapping', keyword: "type" },
    ]);
  });

  it("the alliance-plan marker must be true or false", () => {
    expect(validatePlanData({ "alliance-plan": "yes" })).toEqual([
      { path: ["alliance-plan"], message: '"alliance-plan" must be true or false', keyword: "type" },
    ]);
  });

  it("reports a wrong type inside a KPI with its full path", () => {
    expect(
      validatePlanData({
        kpis: [
          { name: "売上", target: "10億円" },
          { name: ["売上", "利益"], due: { q: 3 } },
        ],
      }),
    ).toEqual([
      { path: ["kpis", 1, "name"], message: '"kpis[1].name" must be text', keyword: "type" },
      { path: ["kpis", 1, "due"], message: '"kpis[1].due" must be text', keyword: "type" },
    ]);
  });

  it("objectives are a statement or a list; a title is text", () => {
    expect(validatePlanData({ objectives: { primary: "x" }, title: ["a"], term: true })).toEqual([
      { path: ["title"], message: '"title" must be text', keyword: "type" },
      { path: ["objectives"], message: '"objectives" must be text or a list', keyword: "type" },
      { path: ["term"], message: '"term" must be text or a mapping', keyword: "type" },
    ]);
  });

  it("checks the fields under an alliance: or plan: wrapper the same way", () => {
    expect(validatePlanData({ plan: { lang: "EN", kpis: 3 }, alliance: { partners: 2 } })).toEqual([
      { path: ["alliance", "partners"], message: '"alliance.partners" must be a list or a mapping', keyword: "type" },
      { path: ["plan", "lang"], message: '"plan.lang" must be one of: ja, en', keyword: "enum" },
      { path: ["plan", "kpis"], message: '"plan.kpis" must be a list or a mapping', keyword: "type" },
    ]);
  });

  it("data that is not a mapping", () => {
    expect(validatePlanData(["a"])).toEqual([{ path: [], message: "the plan data must be a mapping", keyword: "type" }]);
  });
});

describe("validatePlanData: the shapes real plans use", () => {
  it("accepts extra keys, empty values, and lists or mappings where plans vary", () => {
    const data = {
      title: "ひだまりケア × まんぷく配膳",
      lang: "ja",
      "alliance-plan": true,
      version: 1.2,
      date: "2025-04-18",
      owner: ["経営企画部", "事業開発部"],
      partners: { basketly: { what: "grocery" }, hearth: { contributes: ["recipes"] } },
      form: "業務提携",
      objective: [{ statement: "2026年3月末までに利用者を320人にする", target: "320人", due: "2026-03-31", kpi: ["利用者数"] }],
      kgi: null,
      kpis: { 利用者数: { baseline: 85, target: 320, unit: "人", cadence: "月次", owner: ["A", "B"] }, 満足度: "4.5以上" },
      kpi_review: { cadence: "monthly", forum: "連絡会議" },
      exit: ["満了時に協議", "重大な違反で解除"],
      term: { start: "2025-10-01", end: "2028-09-30", renewal: { auto: true }, termination: ["6か月前通知"] },
      ip: { background: { a: "各社に帰属" }, results: [{ owner: "A", assets: ["レシピ"] }] },
      governance: "月次連絡会議",
      roles: { a: ["配送"] },
      risks: [{ risk: "人手不足", mitigation: "採用" }],
      data: { ownership: "A" },
      stage_gates: [{ stage: "pilot" }],
      plan: "2025年度計画",
    };
    expect(validatePlanData(data)).toEqual([]);
  });

  it("accepts the front matter and YAML of every plan in fixtures/", () => {
    const root = path.resolve(__dirname, "../../fixtures");
    const plans = ["ja", "en"].flatMap((lang) => readdirSync(path.join(root, lang)).map((f) => path.join(root, lang, f)));
    const withData = plans.map((file) => ({ file: path.relative(root, file), data: planData(file) })).filter((p) => p.data !== undefined);
    expect(withData.length).toBeGreaterThan(5);
    expect(withData.filter((p) => validatePlanData(p.data).length > 0).map((p) => p.file)).toEqual([]);
  });
});

/** A YAML plan's data, or a Markdown plan's front matter. */
function planData(file: string): unknown {
  const text = readFileSync(file, "utf8");
  if (/\.ya?ml$/.test(file)) return parse(text);
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  return frontMatter === undefined ? undefined : parse(frontMatter);
}
