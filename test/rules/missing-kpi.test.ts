import { describe, expect, it } from "vitest";
import { brief, lint, only } from "../helpers/lint";

const RULE = "missing-kpi";
const check = (text: string, filePath?: string) => only(lint(text, filePath), RULE);

const JA_OBJECTIVE = "# 共同販売計画\n\n## 目的\n\n2027年度末までに共同販売の売上を8億円にする。\n";
const EN_OBJECTIVE = "# Co-marketing plan\n\n## Goals\n\nSign 25 joint enterprise customers by December 2026.\n";

describe("missing-kpi (Japanese)", () => {
  it("no KPI anywhere: one finding on the document's first heading", () => {
    const findings = check(JA_OBJECTIVE);
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noKpi", range: [0, 0, 0, 8] }]);
    expect(findings[0].message).toContain("KPI");
  });

  it("a KPI table with an undecided (未定) or empty target: one finding per such row", () => {
    const text = [
      JA_OBJECTIVE,
      "## 成果指標", // 6
      "",
      "| 指標 | 現状 | 目標 | 期限 |",
      "|---|---|---|---|",
      "| 共同販売の売上 | 0円 | 8億円 | 2027年度末 |",
      "| 新規取引先数 | 12社 | 未定 | 2026年度末 |", // 11
      "| 提案件数 | 40件 | | 2026年度末 |", // 12
      "| 展示会出展 | 1回 | 4回 | 2026年度末 |",
      "",
      "進捗は合同委員会で四半期ごとにレビューする。",
      "",
    ].join("\n");
    const findings = check(text);
    expect(findings.map(brief)).toEqual([
      { ruleId: RULE, messageId: "rowNoTarget", range: [11, 0, 11, 31] },
      { ruleId: RULE, messageId: "rowNoTarget", range: [12, 0, 12, 26] },
    ]);
    expect(findings[0].message).toContain("目標値");
  });

  it("KPIs with no figures (向上, 拡大, 未定) and no review cadence", () => {
    const text = `${JA_OBJECTIVE}\n## KPI\n\n- 顧客満足度の向上\n- 取引先数の拡大\n- 売上：目標値は未定\n`;
    const findings = check(text);
    expect(findings.map(brief)).toEqual([
      { ruleId: RULE, messageId: "noTargets", range: [6, 0, 6, 6] },
      { ruleId: RULE, messageId: "noCadence", range: [6, 0, 6, 6] },
    ]);
    expect(findings[1].message).toContain("頻度");
  });

  it("KGI and KPIs with figures, reviewed monthly in the governance section: silent", () => {
    const text = `${JA_OBJECTIVE}\n## KGI・KPI\n\n- KGI：共同販売の売上 8億円（2027年度末）\n- KPI：新規取引先 30社、提案件数 120件\n\n## 体制\n\n両社の営業責任者による定例会を毎月開き、KPIの進捗を確認する。\n`;
    expect(check(text)).toEqual([]);
  });

  it("YAML plan: a kpis table without a review cadence is reported on the `kpis` key", () => {
    const text =
      "title: 共同配送計画\nobjective: 2027年3月までに積載率を85%にする。\nkpis:\n  - name: 積載率\n    target: 85%\n  - name: 配送コスト削減\n    target: 12%\n";
    expect(check(text, "plan.alliance.yaml").map(brief)).toEqual([{ ruleId: RULE, messageId: "noCadence", range: [2, 0, 2, 4] }]);
    expect(check(`${text}kpi_review: 月次の定例会で確認する\n`, "plan.alliance.yaml")).toEqual([]);
  });

  it("YAML plan: undecided targets are reported on each row's mapping", () => {
    const text =
      "title: 共同配送計画\nobjective: 2027年3月までに積載率を85%にする。\nkpis:\n  - name: 積載率\n    target: 未定\n  - name: 配送コスト削減\n    target: 未定\nkpi_review: 月次\n";
    expect(check(text, "plan.alliance.yaml").map(brief)).toEqual([
      { ruleId: RULE, messageId: "noTargets", range: [2, 0, 2, 4] },
      { ruleId: RULE, messageId: "rowNoTarget", range: [3, 4, 4, 14] },
      { ruleId: RULE, messageId: "rowNoTarget", range: [5, 4, 6, 14] },
    ]);
  });
});

describe("missing-kpi (English)", () => {
  it("no KPI anywhere: one finding on the document's first heading", () => {
    const findings = check(EN_OBJECTIVE);
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noKpi", range: [0, 0, 0, 19] }]);
    expect(findings[0].message).toContain("no KPIs");
  });

  it("success metrics with targets but no review cadence", () => {
    const text = `${EN_OBJECTIVE}\n## Success metrics\n\n- Joint pipeline: $4M by Q2 2026\n- Win rate: 30%\n- Net promoter score: 45\n`;
    const findings = check(text);
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noCadence", range: [6, 0, 6, 18] }]);
    expect(findings[0].message).toContain("cadence");
  });

  it("a KPI line that carries its own review cadence still has a target", () => {
    const text = `${EN_OBJECTIVE}\n## KPIs\n\n- Joint pipeline: $4M by Q2 2026, reviewed monthly\n- Joint customers: 25 by December 2026, reviewed monthly\n`;
    expect(check(text)).toEqual([]);
  });

  it("a KPI table with a TBD target: one finding on that row", () => {
    const text = [
      EN_OBJECTIVE,
      "## KPIs", // 6
      "",
      "| KPI | Baseline | Target | Owner |",
      "|---|---|---|---|",
      "| Joint pipeline | $0 | $4M | Sales |",
      "| Webinar sign-ups | 150 | TBD | Marketing |", // 11
      "| Win rate | 18% | 30% | Sales |",
      "",
      "The steering committee reviews the KPIs monthly.",
      "",
    ].join("\n");
    expect(check(text).map(brief)).toEqual([{ ruleId: RULE, messageId: "rowNoTarget", range: [11, 0, 11, 44] }]);
  });

  it("measures with directions only ('higher', 'to be agreed')", () => {
    const text = `${EN_OBJECTIVE}\n## Measures of success\n\n- Brand awareness: higher\n- Customer satisfaction: to be agreed\n\nWe review these quarterly.\n`;
    expect(check(text).map(brief)).toEqual([{ ruleId: RULE, messageId: "noTargets", range: [6, 0, 6, 22] }]);
  });

  it("a metrics table with targets and a review column: silent", () => {
    const text = `${EN_OBJECTIVE}\n## Measures of success\n\n| Metric | Target | Review |\n|---|---|---|\n| Joint customers | 25 | quarterly |\n| Pipeline | $4M | quarterly |\n`;
    expect(check(text)).toEqual([]);
  });

  it("YAML plan with kpis and a kpi_review field: silent", () => {
    const text =
      "title: Regional cold-chain alliance\nobjective: Reach 99% on-time delivery by March 2027.\nkpis:\n  - name: On-time delivery\n    target: 99%\n  - name: Spoilage\n    target: 0.5%\nkpi_review: quarterly steering committee\n";
    expect(check(text, "plan.alliance.yaml")).toEqual([]);
  });
});
