/**
 * fixtures/README.md's Counts table, a rendering of fixtures/expected.json (the headline labels
 * of every bundled plan); `npm run docs` rewrites it when a fixture is added.
 */
const DEFECTS = ["missing-kpi", "missing-exit-clause", "undefined-ip-ownership"] as const;

export interface FixtureLabels {
  lang: "ja" | "en";
  "vague-objective": unknown[];
  "missing-kpi": boolean;
  "missing-exit-clause": boolean;
  "undefined-ip-ownership": boolean;
}

function countRow(lang: string, plans: FixtureLabels[]): string {
  const clean = plans.filter((p) => !p["vague-objective"].length && DEFECTS.every((d) => !p[d])).length;
  const vague = plans.filter((p) => p["vague-objective"].length);
  const lines = vague.reduce((sum, p) => sum + p["vague-objective"].length, 0);
  const defects = DEFECTS.map((d) => plans.filter((p) => p[d]).length);
  return `| ${lang} | ${plans.length} | ${clean} | ${vague.length} / ${lines} | ${defects.join(" | ")} |`;
}

export function renderFixtureCounts(expected: Record<string, FixtureLabels>): string {
  const plans = Object.values(expected);
  return [
    "| lang | docs | clean | vague docs / lines | missing-kpi | missing-exit-clause | undefined-ip-ownership |",
    "|---|---|---|---|---|---|---|",
    ...(["ja", "en"] as const).map((lang) =>
      countRow(
        lang,
        plans.filter((p) => p.lang === lang),
      ),
    ),
  ].join("\n");
}
