import { describe, expect, it } from "vitest";
import { brief, lint, only } from "../helpers/lint";

const RULE = "undefined-ip-ownership";
const check = (text: string, filePath?: string) => only(lint(text, filePath), RULE);

/** Lines 0–5; the section under test starts on line 6. */
const JA = (section: string) => `# 共同開発計画\n\n## 目的\n\n2027年度末までに試作品を3件完成させる。\n\n${section}\n`;
const EN = (section: string) => `# Joint development plan\n\n## Objectives\n\nFinish 3 prototypes by March 2027.\n\n${section}\n`;

describe("undefined-ip-ownership (Japanese)", () => {
  it("background and results ownership both stated: silent", () => {
    expect(
      check(JA("## 知的財産\n\n各社が従前から保有する知的財産権は各社に帰属し、本提携で生じた成果は両社の共有（持分各50％）とする。")),
    ).toEqual([]);
    expect(
      check(
        JA(
          "## 知的財産権の帰属\n\n- 既存の特許・ノウハウは、それぞれ提供した当事者に帰属する。\n- 共同開発で生じた発明は甲に帰属し、乙は無償で実施できる。",
        ),
      ),
    ).toEqual([]);
  });

  it("IP never mentioned: one finding on the first heading", () => {
    const findings = check(JA("## 体制\n\n月次で定例会を開く。"));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noIp", range: [0, 0, 0, 8] }]);
    expect(findings[0].message).toContain("帰属");
  });

  it("別途協議 makes ownership missing", () => {
    const findings = check(JA("## 知的財産権の帰属\n\n知的財産権の帰属は別途協議の上定める。"));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "deferred", range: [6, 0, 6, 11] }]);
    expect(findings[0].message).toContain("別途協議");
  });

  it("background stated but the results deferred: still missing", () => {
    expect(check(JA("## 知的財産\n\n既存の知的財産は各社に帰属する。本提携の成果の帰属は別途協議する。")).map(brief)).toEqual([
      { ruleId: RULE, messageId: "deferred", range: [6, 0, 6, 7] },
    ]);
  });

  it("a licence (利用できる) is not ownership of the results", () => {
    const findings = check(JA("## 知的財産\n\n既存の知的財産は各社に帰属する。本提携の成果は両社が無償で利用できる。"));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noResults", range: [6, 0, 6, 7] }]);
    expect(findings[0].message).toContain("成果");
  });

  it("results owned but background IP never mentioned", () => {
    expect(check(JA("## 知的財産\n\n本提携の成果は甲に帰属する。")).map(brief)).toEqual([
      { ruleId: RULE, messageId: "noBackground", range: [6, 0, 6, 7] },
    ]);
  });

  it("boilerplate 誠意をもって協議 is not a deferral", () => {
    expect(
      check(
        JA(
          "## 知的財産\n\n各社が従前から保有する知的財産権は各社に帰属し、本提携で生じた成果は両社の共有（持分各50％）とする。本条に定めのない事項は、両社が誠意をもって協議する。",
        ),
      ),
    ).toEqual([]);
  });

  it("contract-style article 第7条（知的財産権の帰属） as a plain paragraph", () => {
    const text =
      "第1条（目的）\n本提携は、2027年度末までに試作品を3件完成させることを目的とする。\n\n第7条（知的財産権の帰属）\n甲および乙が本契約前から保有する知的財産権は、それぞれ甲および乙に帰属する。本共同開発により生じた発明は、甲乙の共有とし、持分は均等とする。\n";
    expect(check(text)).toEqual([]);
  });

  it("YAML plan with background and results keys: silent", () => {
    const ok =
      "title: 共同開発計画\nip:\n  background: 各社が従前から保有する知的財産権は各社に帰属する。\n  results: 本提携で生じた成果は両社の共有（持分各50％）とする。\n";
    expect(check(ok, "plan.alliance.yaml")).toEqual([]);
  });

  it("YAML plan: `results: 別途協議の上定める` under `ip:` is a deferral, reported on the ip key", () => {
    const deferred =
      "title: 共同開発計画\nip:\n  background: 各社が従前から保有する知的財産権は各社に帰属する。\n  results: 別途協議の上定める。\n";
    expect(check(deferred, "plan.alliance.yaml").map(brief)).toEqual([{ ruleId: RULE, messageId: "deferred", range: [1, 0, 1, 2] }]);
  });
});

describe("undefined-ip-ownership (English)", () => {
  it("background and results ownership both stated: silent", () => {
    expect(
      check(
        EN(
          "## Intellectual property\n\nEach party keeps ownership of its background IP. Results developed under the alliance are jointly owned 50/50.",
        ),
      ),
    ).toEqual([]);
  });

  it("IP never mentioned: one finding on the first heading", () => {
    const findings = check(EN("## Governance\n\nMonthly steering meetings."));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noIp", range: [0, 0, 0, 24] }]);
    expect(findings[0].message).toContain("IP ownership");
  });

  it("TBD makes ownership missing", () => {
    const findings = check(EN("## IP\n\nIP ownership: TBD."));
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "deferred", range: [6, 0, 6, 5] }]);
    expect(findings[0].message).toContain("deferred");
  });

  it("a royalty-free right to use is not ownership of the results", () => {
    const findings = check(
      EN("## Intellectual property\n\nBackground IP remains with its owner. Both parties may use the results royalty-free."),
    );
    expect(findings.map(brief)).toEqual([{ ruleId: RULE, messageId: "noResults", range: [6, 0, 6, 24] }]);
    expect(findings[0].message).toContain("results");
  });

  it("results owned but background IP never mentioned", () => {
    expect(check(EN("## Intellectual property\n\nResults developed under the alliance are owned by Northwind.")).map(brief)).toEqual([
      { ruleId: RULE, messageId: "noBackground", range: [6, 0, 6, 24] },
    ]);
  });

  it("'in good faith' boilerplate is not a deferral", () => {
    expect(
      check(
        EN(
          "## Intellectual property\n\nEach party keeps ownership of its background IP. Results developed under the alliance are jointly owned 50/50. Any matter not covered by this plan will be settled by the parties in good faith.",
        ),
      ),
    ).toEqual([]);
  });

  it("**Article 7 (Intellectual Property)** bold line in a contract", () => {
    const text =
      "**Article 7 (Intellectual Property)**\nEach party retains all rights in its pre-existing intellectual property. All inventions made jointly under this Agreement are owned by the parties in equal shares.\n";
    expect(check(text)).toEqual([]);
  });
});
