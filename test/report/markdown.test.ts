import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { Heading, Link, List, Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, test } from "vitest";
import { markdown, markdownFormatter } from "../../server/report/markdown";
import { GOLDEN_PLANS, lintPlans, lintTexts, reportContext } from "./report-fixtures";
import { NASTY_MESSAGE, NASTY_PATH, finding, result } from "./synthetic-results";
import { lintText } from "../../server/engine/engine";
import { config } from "../helpers/lint";
import { READY_PLAN } from "../helpers/ready-plan";

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

const MARK = { present: "✅", weak: "⚠️", missing: "❌", unfilled: "📝" } as const;

describe.each([
  [
    "en",
    ["Plan", "Status", "Elements", "Objective", "KPIs", "Exit clause", "IP ownership", "Findings"],
    ["Plan", "Checklist", "Governance", "AI terms"],
  ],
  ["ja", ["計画", "判定", "充足", "目的", "KPI", "出口条項", "知財の帰属", "指摘"], ["計画", "チェックリスト", "体制", "AI条件"]],
] as const)("scorecard (%s)", (lang, header, checklistHeader) => {
  const { results, context } = lintPlans(GOLDEN_PLANS[lang], lang);
  const root = tree(markdown(results, context));

  test("renders as one table: a header, then one row per plan; the checklist (governance and ai-alliance-terms turned on) is a second", () => {
    const tables = only<Table>(root, "table");
    expect(tables).toHaveLength(2);
    expect(cells(tables[1])[0]).toEqual([...checklistHeader]);
    expect(
      cells(tables[1])
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(GOLDEN_PLANS[lang]);
    const rows = cells(tables[0]);
    expect(rows[0]).toEqual([...header]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(GOLDEN_PLANS[lang]);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(header.length);
      expect(row[2]).toMatch(/^\d\/4$/);
      for (const mark of row.slice(3, -1)) expect(["✅", "⚠️", "❌", "📝", "–"]).toContain(mark);
    }
  });

  test("each element's mark and the status are the engine's readiness", () => {
    const rows = cells(only<Table>(root, "table")[0]).slice(1);
    results.forEach((r, i) => {
      const { elements, ready, readyCount, total } = r.readiness!;
      expect(rows[i].slice(3, 7)).toEqual(elements.slice(0, 4).map((e) => MARK[e.state]));
      expect(rows[i][1]).toBe(ready ? (lang === "en" ? "✅ Ready" : "✅ レビュー可") : lang === "en" ? "❌ Not ready" : "❌ 要修正");
      expect(rows[i][2]).toBe(`${readyCount}/${total}`);
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
  const ready = results.filter((r) => r.readiness!.ready).length;
  expect(headings[0]).toBe(`alliance-lint: 2件中${ready}件の計画がレビュー可能`);
  expect(headings.slice(1, 3)).toEqual(["チェックリスト", "指摘"]);
});

/** The exit clause still holds the template's blanks. */
const PLAN = READY_PLAN.replace("until 31 March 2028", "from [start date] to [end date]");

test("a plan whose exit clause still holds template blanks: 📝, not ready, whatever else passes", () => {
  const { results, context } = lintTexts({ "plan.alliance.md": PLAN });
  const [row] = cells(only<Table>(tree(markdown(results, context)), "table")[0]).slice(1);
  expect(row.slice(1, 7)).toEqual(["❌ Not ready", "3/4", "✅", "✅", "📝", "✅"]);
  const filled = lintTexts({ "plan.alliance.md": PLAN.replace("[start date]", "1 April 2026").replace("[end date]", "31 March 2028") });
  const [after] = cells(only<Table>(tree(markdown(filled.results, filled.context)), "table")[0]).slice(1);
  expect(after.slice(1, 7)).toEqual(["✅ Ready", "4/4", "✅", "✅", "✅", "✅"]);
});

test("an element whose rule is off shows –, and does not count", () => {
  const filePath = "/checkout/plan.alliance.md";
  const rules = { "missing-kpi": { severity: "off" as const, options: {} } };
  const results = [
    lintTexts({ "full.alliance.md": READY_PLAN }).results[0],
    lintText(READY_PLAN, { filePath, config: config({ rules }), locale: "en" }),
  ];
  const rows = cells(only<Table>(tree(markdown(results, reportContext("en"))), "table")[0]).slice(1);
  expect(rows.map((r) => r.slice(1, 7))).toEqual([
    ["✅ Ready", "4/4", "✅", "✅", "✅", "✅"],
    ["✅ Ready", "3/3", "✅", "–", "✅", "✅"],
  ]);
});

test("an unreadable plan: not ready, nothing checked", () => {
  const { results, context } = lintTexts({ "broken.alliance.yaml": "lang: en\nobjectives: [never closed\n" });
  const [row] = cells(only<Table>(tree(markdown(results, context)), "table")[0]).slice(1);
  expect(row).toEqual(["broken.alliance.yaml (cannot be read)", "❌ Not ready", "–", "1 error, 0 warnings"]);
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
