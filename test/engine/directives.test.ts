/** Inline control comments: disable / enable / disable-line / disable-next-line, with and without rule ids. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../server/engine/finding";
import type { ResolvedConfig } from "../../server/config/types";
import { lint as lintWith } from "../helpers/lint";

/**
 * alliance-form and ai-alliance-terms, on by default, turned off: these tests are about the
 * directives on the headline rules, and the plans name no form of alliance.
 */
const CHECKLIST_OFF: Partial<ResolvedConfig> = {
  rules: { "alliance-form": { severity: "off", options: {} }, "ai-alliance-terms": { severity: "off", options: {} } },
};
const lint = (text: string, filePath?: string) => lintWith(text, filePath, CHECKLIST_OFF);

/** [ruleId, line] of each finding. */
const where = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.range.start.line]);
/** The document-level findings of a plan with objectives only: the headline rules. */
const HEADLINE_AT_TOP = [
  ["missing-exit-clause", 0],
  ["missing-kpi", 0],
  ["undefined-ip-ownership", 0],
];

describe("directives in Markdown", () => {
  it("without directives every vague line is reported", () => {
    const text = "# Alliance plan\n\n## Objectives\n\nExplore new markets together.\n\nDeepen ties with the partner's dealers.\n";
    expect(where(lint(text))).toEqual([...HEADLINE_AT_TOP, ["vague-objective", 4], ["vague-objective", 6]]);
  });

  it("disable-next-line (all rules) and disable-line with an id", () => {
    const text = [
      "# Alliance plan", // 0
      "",
      "## Objectives", // 2
      "",
      "<!-- alliance-lint-disable-next-line -->", // 4
      "Explore new markets together.", // 5
      "",
      "Deepen ties with the partner's dealers. <!-- alliance-lint-disable-line vague-objective -->", // 7
      "",
      "Strengthen the joint brand in Asia. <!-- alliance-lint-disable-line missing-kpi -->", // 9
      "",
    ].join("\n");
    const findings = lint(text);
    expect(where(findings)).toEqual([...HEADLINE_AT_TOP, ["vague-objective", 9]]);
    // The comment is neither part of the finding's range nor a statement of its own.
    const last = findings.at(-1)!;
    expect(last.range).toEqual({ start: { line: 9, character: 0 }, end: { line: 9, character: 35 } });
  });

  it("disable-next-line with several ids leaves the other rules on", () => {
    const text = [
      "<!-- alliance-lint-disable-next-line missing-kpi, undefined-ip-ownership -->", // 0
      "# Alliance plan", // 1
      "",
      "## Objectives",
      "",
      "Explore new markets together.", // 5
      "",
    ].join("\n");
    expect(where(lint(text))).toEqual([
      ["missing-exit-clause", 1],
      ["vague-objective", 5],
    ]);
  });

  it("disable … enable for one rule covers only the lines between", () => {
    const text = [
      "# Alliance plan", // 0
      "",
      "## Objectives", // 2
      "",
      "<!-- alliance-lint-disable vague-objective -->", // 4
      "",
      "Explore new markets together.", // 6
      "",
      "Deepen ties with the partner's dealers.", // 8
      "",
      "<!-- alliance-lint-enable vague-objective -->", // 10
      "",
      "Strengthen the joint brand in Asia.", // 12
      "",
    ].join("\n");
    expect(where(lint(text))).toEqual([...HEADLINE_AT_TOP, ["vague-objective", 12]]);
  });

  it("disable without ids switches everything off; enable with an id switches that rule back on", () => {
    const text = [
      "<!-- alliance-lint-disable -->", // 0
      "# Alliance plan", // 1
      "",
      "## Objectives",
      "",
      "Explore new markets together.", // 5
      "",
      "<!-- alliance-lint-enable vague-objective -->", // 7
      "",
      "Deepen ties with the partner's dealers.", // 9
      "",
    ].join("\n");
    expect(where(lint(text))).toEqual([["vague-objective", 9]]);
  });

  it("enable without ids ends a disable of every rule", () => {
    const text = [
      "# Alliance plan", // 0
      "",
      "## Objectives",
      "",
      "<!-- alliance-lint-disable -->", // 4
      "Explore new markets together.",
      "<!-- alliance-lint-enable -->", // 6
      "",
      "Deepen ties with the partner's dealers.", // 8
      "",
    ].join("\n");
    expect(where(lint(text))).toEqual([...HEADLINE_AT_TOP, ["vague-objective", 8]]);
  });

  it("a directive for another rule changes nothing", () => {
    const text =
      "# Alliance plan\n\n## Objectives\n\n<!-- alliance-lint-disable-next-line missing-kpi -->\nExplore new markets together.\n";
    expect(where(lint(text))).toEqual([...HEADLINE_AT_TOP, ["vague-objective", 5]]);
  });

  it("works in Japanese plans and with CRLF line ends", () => {
    const text = [
      "# 提携計画",
      "",
      "## 目的",
      "",
      "<!-- alliance-lint-disable-next-line vague-objective -->",
      "協力して新規事業を模索する。",
      "",
      "両社の強みを活かしてシナジーの最大化を図る。",
      "",
    ].join("\r\n");
    expect(where(lint(text))).toEqual([...HEADLINE_AT_TOP, ["vague-objective", 7]]);
  });

  it("the YAML form `# alliance-lint-…` is no directive in Markdown text", () => {
    const text = "# Alliance plan\n\n## Objectives\n\nExplore new markets together. # alliance-lint-disable-line\n";
    expect(where(lint(text)).filter(([id]) => id === "vague-objective")).toEqual([["vague-objective", 4]]);
  });
});

describe("directives in YAML", () => {
  const plan = (lines: string[]) => `${lines.join("\n")}\n`;

  it("# alliance-lint-disable-next-line with an id, in a pure YAML plan", () => {
    const text = plan([
      "title: Cold-chain alliance", // 0
      "# alliance-lint-disable-next-line vague-objective", // 1
      "objective: Explore synergies in cold-chain logistics.", // 2
      "goal: Strengthen our joint presence in Hokkaido.", // 3
      "kpis:",
      "  - name: On-time delivery",
      "    target: 99%",
      "kpi_review: quarterly",
    ]);
    expect(where(lint(text, "plan.alliance.yaml"))).toEqual([
      ["missing-exit-clause", 0],
      ["undefined-ip-ownership", 0],
      ["vague-objective", 3],
    ]);
  });

  it("# alliance-lint-disable-next-line without ids; disable-line as a trailing comment", () => {
    const text = plan([
      "title: 共同配送計画", // 0
      "# alliance-lint-disable-next-line", // 1
      "objective: 両社の物流網を活かしてシナジーを追求する。", // 2
      "goal: 地域の配送網の強化を図る。 # alliance-lint-disable-line vague-objective", // 3
      "purpose: 新たな顧客層の開拓を模索する。 # alliance-lint-disable-line missing-kpi", // 4
    ]);
    expect(where(lint(text, "plan.alliance.yaml"))).toEqual([
      ["missing-exit-clause", 0],
      ["missing-kpi", 0],
      ["undefined-ip-ownership", 0],
      ["vague-objective", 4],
    ]);
  });

  it("# alliance-lint-disable / enable in YAML", () => {
    const text = plan([
      "# alliance-lint-disable missing-exit-clause, undefined-ip-ownership, missing-kpi", // 0
      "title: 共同配送計画", // 1
      "# alliance-lint-disable vague-objective", // 2
      "objective: 両社の物流網を活かしてシナジーを追求する。", // 3
      "# alliance-lint-enable vague-objective", // 4
      "goal: 地域の配送網の強化を図る。", // 5
    ]);
    expect(where(lint(text, "plan.alliance.yaml"))).toEqual([["vague-objective", 5]]);
  });

  it("the YAML form inside Markdown front matter", () => {
    const text = [
      "---", // 0
      "title: 共同配送計画",
      "# alliance-lint-disable-next-line vague-objective",
      "objective: 両社の物流網を活かしてシナジーを追求する。", // 3
      "---",
      "# 共同配送計画", // 5
      "",
      "## 目的",
      "",
      "地域の配送網の強化を図る。", // 9
      "",
    ].join("\n");
    expect(where(lint(text))).toEqual([
      ["missing-exit-clause", 5],
      ["missing-kpi", 5],
      ["undefined-ip-ownership", 5],
      ["vague-objective", 9],
    ]);
  });
});
