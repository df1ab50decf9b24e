import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { Heading, Link, List, Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, test } from "vitest";
import { markdown, markdownFormatter } from "../../server/report/markdown";
import { GOLDEN_PLANS, lintPlans, lintTexts, reportContext } from "./report-fixtures";
import { NASTY_MESSAGE, NASTY_PATH, finding, result } from "./synthetic-results";

function tree(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

function only<T extends Root["children"][number]>(root: Root, type: T["type"]): T[] {
  return root.children.filter((n): n is T => n.type === type);
}

/** The table as text cells, header row first. */
function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

describe.each([
  ["en", ["Plan", "Status", "Readiness", "Objective", "KPI", "Exit", "IP", "Other", "Findings"]],
  ["ja", ["計画", "判定", "充足度", "目的", "KPI", "出口", "知財", "その他", "指摘"]],
] as const)("scorecard (%s)", (lang, header) => {
  const { results, context } = lintPlans(GOLDEN_PLANS[lang], lang);
  const root = tree(markdown(results, context));

  test("renders as one table: a header, then one row per plan", () => {
    const tables = only<Table>(root, "table");
    expect(tables).toHaveLength(1);
    const rows = cells(tables[0]);
    expect(rows[0]).toEqual([...header]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(GOLDEN_PLANS[lang]);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(header.length);
      expect(row[2]).toMatch(/^\d+%$/);
      for (const mark of row.slice(3, -1)) expect(["✅", "⚠️", "❌", "–"]).toContain(mark);
    }
  });

  test("each element's mark follows its rules' findings", () => {
    const rows = cells(only<Table>(root, "table")[0]).slice(1);
    results.forEach((r, i) => {
      const has = (ruleId: string) => r.findings.some((f) => f.ruleId === ruleId);
      expect(rows[i][3]).toBe(has("vague-objective") ? "❌" : "✅");
      expect(rows[i][4]).toBe(has("missing-kpi") ? "❌" : "✅");
      expect(rows[i][5]).toBe(has("missing-exit-clause") ? "❌" : "✅");
      expect(rows[i][6]).toBe(has("undefined-ip-ownership") ? "❌" : "✅");
    });
  });

  test("findings are grouped by plan, each linking file:line", () => {
    const lists = only<List>(root, "list");
    const withFindings = results.filter((r) => r.findings.length > 0);
    expect(lists).toHaveLength(withFindings.length);
    lists.forEach((list, i) => {
      const links = list.children.map((item) => (item.children[0] as { children: Link[] }).children.find((n) => n.type === "link")!);
      const file = withFindings[i].filePath.replace("/checkout/", "");
      expect(links.map((l) => l.url)).toEqual(withFindings[i].findings.map((f) => `${file}#L${f.range.start.line + 1}`));
      expect(toString(links[0])).toBe(`${file.split("/").pop()}:${withFindings[i].findings[0].range.start.line + 1}`);
    });
  });
});

test("Japanese headings with --locale ja", () => {
  const { results, context } = lintPlans(GOLDEN_PLANS.ja, "ja");
  const headings = only<Heading>(tree(markdown(results, context)), "heading").map((h) => toString(h));
  const ready = results.filter((r) => r.findings.every((f) => f.severity !== "error")).length;
  expect(headings[0]).toBe(`alliance-lint: 2件中${ready}件の計画がレビュー可能`);
  expect(headings[1]).toBe("指摘");
});

test("readiness: ✅ counts 1, ⚠️ ½, ❌ 0, over the elements checked", () => {
  const findings = [finding("unfilled-placeholder", "w", 1, "warn"), finding("missing-kpi", "e", 2)];
  const rulesRun = ["vague-objective", "missing-kpi", "missing-exit-clause", "undefined-ip-ownership", "unfilled-placeholder"];
  const root = tree(markdown([result("plan.alliance.md", findings, rulesRun)], reportContext("en")));
  const [row] = cells(only<Table>(root, "table")[0]).slice(1);
  // Objective ✅, KPI ❌, Exit ✅, IP ✅, Other ⚠️ → 3.5 of 5.
  expect(row.slice(1, 8)).toEqual(["❌ Not ready", "70%", "✅", "❌", "✅", "✅", "⚠️"]);
});

test("rules that did not run show –, and do not count", () => {
  const root = tree(markdown([result("plan.alliance.md", [], ["missing-kpi"])], reportContext("en")));
  const [row] = cells(only<Table>(root, "table")[0]).slice(1);
  expect(row.slice(1, 8)).toEqual(["✅ Ready", "100%", "–", "✅", "–", "–", "–"]);
});

test("an unreadable plan: 0%, nothing checked", () => {
  const { results, context } = lintTexts({ "broken.alliance.yaml": "lang: en\nobjectives: [never closed\n" });
  const [row] = cells(only<Table>(tree(markdown(results, context)), "table")[0]).slice(1);
  expect(row.slice(0, 8)).toEqual(["broken.alliance.yaml (cannot be read)", "❌ Not ready", "0%", "–", "–", "–", "–", "–"]);
});

test("messages and paths with Markdown syntax stay inside their cell and item", () => {
  const root = tree(markdown([result(NASTY_PATH, [finding("vague-objective", NASTY_MESSAGE, 0)])], reportContext("en")));
  const rows = cells(only<Table>(root, "table")[0]);
  expect(rows).toHaveLength(2);
  expect(rows[1][0]).toBe(NASTY_PATH);
  const [list] = only<List>(root, "list");
  expect(list.children).toHaveLength(1);
  // Line breaks fold to spaces; every other character comes back as written.
  expect(toString(list.children[0])).toContain(NASTY_MESSAGE.replace(/\r\n/, " "));
});

test("a plan's list stops after 20 findings, saying how many more there are", () => {
  const findings = Array.from({ length: 23 }, (_, i) => finding("unfilled-placeholder", `blank ${i}`, i, "warn"));
  const [list] = only<List>(tree(markdown([result("p.alliance.md", findings)], reportContext("en"))), "list");
  expect(list.children).toHaveLength(21);
  expect(toString(list.children[20])).toBe("… and 3 more (see the annotations or the SARIF report)");
});

test("a link base makes links absolute (for PR comments)", () => {
  const format = markdownFormatter({ linkBase: "https://github.com/o/r/blob/abc123/" });
  const root = tree(format([result("plans/p.alliance.md", [finding("missing-kpi", "e", 4)])], reportContext("en")));
  const [list] = only<List>(root, "list");
  const link = (list.children[0].children[0] as { children: Link[] }).children.find((n) => n.type === "link")!;
  expect(link.url).toBe("https://github.com/o/r/blob/abc123/plans/p.alliance.md#L5");
});

test("no plans", () => {
  expect(markdown([], reportContext("en"))).toBe("## alliance-lint: 0 of 0 plans ready\n\nNo plans were linted.\n");
});
