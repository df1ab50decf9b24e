import { describe, expect, it } from "vitest";
import { brief, lint, only } from "../helpers/lint";

const RULE = "missing-exit-clause";
const check = (text: string, filePath?: string) => only(lint(text, filePath), RULE);

/** Lines 0–5; the section under test starts on line 6. */
const JA = (section: string) => `# 共同配送計画\n\n## 目的\n\n2027年度末までに積載率を85%にする。\n\n${section}\n`;
const EN = (section: string) => `# Alliance plan\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n${section}\n`;

describe("missing-exit-clause (Japanese)", () => {
  it("no exit clause anywhere: one finding on the first heading", () => {
    const findings = check(JA("## 体制\n\n月次で定例会を開く。"));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noExit", range: [0, 0, 0, 8] }]);
    expect(findings[0].message).toContain("出口");
  });

  it("a term with its end date is an exit clause", () => {
    expect(check(JA("## 契約期間\n\n本提携の有効期間は2026年4月1日から2029年3月31日までとする。"))).toEqual([]);
    expect(check(JA("## 期間\n\n本提携は2028年3月31日をもって終了する。"))).toEqual([]);
    expect(check(JA("## 契約期間\n\n契約期間：2026年4月1日〜2028年3月31日"))).toEqual([]);
  });

  it("a termination trigger with notice is an exit clause, wherever it is written", () => {
    expect(check(JA("## 解除\n\nいずれかの当事者が重大な契約違反をした場合、相手方は書面で通知して本提携を解除できる。"))).toEqual([]);
    expect(
      check(
        JA(
          "## 体制\n\n- 月次で定例会を開く。\n- KPIが2四半期連続で目標の50%を下回った場合、各社は60日前までに書面で通知して本提携を終了できる。",
        ),
      ),
    ).toEqual([]);
  });

  it("別途協議 defers the exit: reported on the exit heading", () => {
    const findings = check(JA("## 出口戦略\n\n提携の解消については別途協議する。"));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "deferred", range: [6, 0, 6, 7] }]);
    expect(findings[0].message).toContain("別途協議");
  });

  it("an exit heading with nothing under it", () => {
    expect(check(JA("## 撤退条件\n\n## 体制\n\n月次で定例会を開く。")).map(brief)).toEqual([
      { ruleId: RULE, messageId: "empty", range: [6, 0, 6, 7] },
    ]);
  });

  it("only what happens after the end is no condition for ending", () => {
    expect(check(JA("## 契約の終了\n\n終了後は共有データを30日以内に返還する。")).map(brief)).toEqual([
      { ruleId: RULE, messageId: "noCondition", range: [6, 0, 6, 8] },
    ]);
  });

  it("boilerplate 誠意をもって協議 is not a deferral", () => {
    // Next to an aftermath-only clause it is still "no condition", not "deferred".
    expect(
      check(JA("## 契約の終了\n\n終了後は共有データを30日以内に返還する。本計画に定めのない事項は、両社が誠意をもって協議する。")).map(
        brief,
      ),
    ).toEqual([{ ruleId: RULE, messageId: "noCondition", range: [6, 0, 6, 8] }]);
    // Next to a real trigger it takes nothing away.
    expect(
      check(
        JA(
          "## 解除\n\nいずれかの当事者が重大な契約違反をした場合、相手方は書面で通知して本提携を解除できる。その他の事項は両社が誠意をもって協議する。",
        ),
      ),
    ).toEqual([]);
  });

  it("contract-style article heading 第12条（解除） as a plain paragraph", () => {
    const text =
      "第1条（目的）\n本提携は、2027年度末までに共同配送の積載率を85%にすることを目的とする。\n\n第12条（解除）\n甲または乙は、相手方が本契約に違反し、催告後30日以内に是正しないときは、本契約を解除することができる。\n";
    expect(check(text)).toEqual([]);
  });

  it("a team heading synonym (config `headings`) makes a section the exit section", () => {
    const text = JA("## 手仕舞いの段取り\n\n## 体制\n\n月次で定例会を開く。");
    expect(check(text).map(brief)).toEqual([{ ruleId: RULE, messageId: "noExit", range: [0, 0, 0, 8] }]);
    const withSynonym = only(lint(text, "plan.alliance.md", { headings: { exit: ["手仕舞い"] } }), RULE);
    expect(withSynonym.map(brief)).toEqual([{ ruleId: RULE, messageId: "empty", range: [6, 0, 6, 11] }]);
  });

  it("YAML plan: a term with an end date; a deferred exit on its key", () => {
    expect(check("title: 共同配送計画\nterm:\n  start: 2026-04-01\n  end: 2028-03-31\n", "plan.alliance.yaml")).toEqual([]);
    const findings = check(
      "title: 共同配送計画\nobjective: 2027年3月までに積載率を85%にする。\nexit: 別途協議する\n",
      "plan.alliance.yaml",
    );
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "deferred", range: [2, 0, 2, 4] }]);
  });
});

describe("missing-exit-clause (English)", () => {
  it("no exit clause anywhere: one finding on the first heading", () => {
    const findings = check(EN("## Governance\n\nMonthly steering meetings."));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noExit", range: [0, 0, 0, 15] }]);
    expect(findings[0].message).toContain("No exit clause");
  });

  it("a stated term with its end date is an exit clause", () => {
    expect(check(EN("## Term\n\nThe partnership runs from 1 April 2026 to 31 March 2028."))).toEqual([]);
    expect(check(EN("## Duration\n\nThe partnership ends on 30 September 2027."))).toEqual([]);
  });

  it("a term written as a date range with a dash is an exit clause", () => {
    expect(check(EN("## Term\n\nTerm: 1 April 2026 – 31 March 2028"))).toEqual([]);
  });

  it("a termination right with notice is an exit clause", () => {
    expect(
      check(
        EN(
          "## Termination\n\nEither party may terminate on 90 days' written notice if joint revenue stays below 50% of target for two quarters.",
        ),
      ),
    ).toEqual([]);
  });

  it("TBD and 'will be discussed later' defer the exit", () => {
    expect(check(EN("## Exit\n\nExit: TBD.")).map(brief)).toEqual([{ ruleId: RULE, messageId: "deferred", range: [6, 0, 6, 7] }]);
    expect(check(EN("## Exit strategy\n\nThe terms of any wind-down will be discussed later.")).map(brief)).toEqual([
      { ruleId: RULE, messageId: "deferred", range: [6, 0, 6, 16] },
    ]);
  });

  it("an empty Termination section", () => {
    const findings = check(EN("## Termination\n\n## Governance\n\nMonthly steering meetings."));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "empty", range: [6, 0, 6, 14] }]);
    expect(findings[0].message).toContain("empty");
  });

  it("only what happens on termination is no condition for ending", () => {
    expect(check(EN("## Exit\n\nOn termination, each party returns the other party's data within 30 days.")).map(brief)).toEqual([
      { ruleId: RULE, messageId: "noCondition", range: [6, 0, 6, 7] },
    ]);
  });

  it("'in good faith' boilerplate is not a deferral", () => {
    expect(
      check(
        EN(
          "## Exit\n\nEither party may terminate on 90 days' written notice. Anything not covered here will be resolved by the parties in good faith.",
        ),
      ),
    ).toEqual([]);
  });

  it("**Article 9 (Term and Termination)** bold line in a contract", () => {
    const text =
      "**Article 9 (Term and Termination)**\nThis Agreement remains in force until 31 March 2029 unless terminated earlier under this Article.\n";
    expect(check(text)).toEqual([]);
  });
});
