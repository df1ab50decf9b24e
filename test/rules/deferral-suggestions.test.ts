/**
 * The placeholder suggestion of the rules that judge a deferral: the exact span replaced
 * (the deferred phrase in the deferring statement, the finding itself staying where it was)
 * and the exact text, in Japanese and English; then the phrase finder on its own.
 */
import { describe, expect, it } from "vitest";
import { findDeferrals, placeholder } from "../../rules/lib/deferral-suggestions";
import { BUILT_IN, Vocabulary } from "../../rules/vocab";
import { lint, only } from "../helpers/lint";

/** The suggestions of the rule's one finding: title, replaced text and new text. */
function suggested(text: string, rule: string, filePath?: string) {
  const findings = only(lint(text, filePath), rule);
  expect(findings).toHaveLength(1);
  return (findings[0].suggestions ?? []).map((s) => ({
    title: s.title,
    replaced: s.edits.map((e) => [e.span.start, text.slice(e.span.start, e.span.end), e.newText]),
  }));
}

/** The offset of `phrase` in `text` (which must hold it once). */
function at(text: string, phrase: string): number {
  expect(text.indexOf(phrase)).toBe(text.lastIndexOf(phrase));
  return text.indexOf(phrase);
}

const JA_HEAD = "# 共同配送計画\n\n## 目的\n\n2027年度末までに積載率を85%にする。\n\n";
const EN_HEAD = "# Alliance plan\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n";

describe("undefined-ip-ownership: deferred ownership", () => {
  it("ja: 「別途協議の上定める」 with its verb becomes 〔要記入：権利の帰属先〕", () => {
    const text = `${JA_HEAD}## 知的財産\n\n成果物の知的財産権の帰属は別途協議の上定める。\n`;
    expect(suggested(text, "undefined-ip-ownership")).toEqual([
      {
        title: "「別途協議の上定める」を記入欄 〔要記入：権利の帰属先〕 に置き換え",
        replaced: [[at(text, "別途協議の上定める"), "別途協議の上定める", "〔要記入：権利の帰属先〕"]],
      },
    ]);
  });

  it("en: 'TBD' becomes [to fill in: who owns the IP]", () => {
    const text = `${EN_HEAD}## IP\n\nIP ownership: TBD.\n`;
    expect(suggested(text, "undefined-ip-ownership")).toEqual([
      {
        title: 'Replace "TBD" with the placeholder [to fill in: who owns the IP]',
        replaced: [[at(text, "TBD"), "TBD", "[to fill in: who owns the IP]"]],
      },
    ]);
  });

  it("no deferral, no suggestion", () => {
    expect(suggested(`${EN_HEAD}## IP\n\nWe will build joint tools.\n`, "undefined-ip-ownership")).toEqual([]);
  });
});

describe("missing-exit-clause: deferred termination", () => {
  it("ja: 「別途協議する」 becomes 〔要記入：終了条件・通知期間〕", () => {
    const text = `${JA_HEAD}## 出口戦略\n\n提携の解消については別途協議する。\n`;
    expect(suggested(text, "missing-exit-clause")).toEqual([
      {
        title: "「別途協議する」を記入欄 〔要記入：終了条件・通知期間〕 に置き換え",
        replaced: [[at(text, "別途協議する"), "別途協議する", "〔要記入：終了条件・通知期間〕"]],
      },
    ]);
  });

  it("en: '**TBD**' keeps its emphasis markers, only the phrase is replaced", () => {
    const text = `${EN_HEAD}## Exit\n\nExit: **TBD**.\n`;
    expect(suggested(text, "missing-exit-clause")).toEqual([
      {
        title: 'Replace "TBD" with the placeholder [to fill in: termination conditions and notice period]',
        replaced: [[at(text, "TBD"), "TBD", "[to fill in: termination conditions and notice period]"]],
      },
    ]);
  });

  it("no exit section: nothing to replace", () => {
    expect(suggested(`${EN_HEAD}## Team\n\nTo be decided later.\n`, "missing-exit-clause")).toEqual([]);
  });
});

describe("missing-kpi: deferred target", () => {
  const jaTable = (target: string) =>
    `${JA_HEAD}## KPI\n\n| 指標 | 目標 |\n| --- | --- |\n| 積載率 | 85% |\n| 配送コスト | ${target} |\n\n四半期ごとにレビューする。\n`;
  const enTable = (target: string) =>
    `${EN_HEAD}## KPIs\n\n| KPI | Target |\n| --- | --- |\n| Revenue | $2M |\n| Churn | ${target} |\n\nReviewed quarterly.\n`;

  it("ja: 「未定」 in the target cell becomes 〔要記入：目標値〕", () => {
    const text = jaTable("未定");
    expect(suggested(text, "missing-kpi")).toEqual([
      { title: "「未定」を記入欄 〔要記入：目標値〕 に置き換え", replaced: [[at(text, "未定"), "未定", "〔要記入：目標値〕"]] },
    ]);
  });

  it("en: 'TBD' in the target cell becomes [to fill in: target value]", () => {
    const text = enTable("TBD");
    expect(suggested(text, "missing-kpi")).toEqual([
      {
        title: 'Replace "TBD" with the placeholder [to fill in: target value]',
        replaced: [[at(text, "TBD"), "TBD", "[to fill in: target value]"]],
      },
    ]);
  });

  it("an empty target is reported but has no phrase to replace", () => {
    expect(suggested(enTable(""), "missing-kpi")).toEqual([]);
  });
});

describe("findDeferrals", () => {
  const phrases = (text: string) => findDeferrals(BUILT_IN, text, 0, text.length).map((d) => d.phrase);

  it("takes the verb a Japanese deferral hangs on", () => {
    expect(phrases("帰属は別途協議の上定める。")).toEqual(["別途協議の上定める"]);
    expect(phrases("期間は追って定める。")).toEqual(["追って定める"]);
    expect(phrases("協議の上決定する。")).toEqual(["協議の上決定する"]);
  });

  it("takes a verb a team adds to the deferral-tail vocabulary", () => {
    const text = "価格は別途協議の上確定する。";
    expect(phrases(text)).toEqual(["別途協議の上"]);
    const team = new Vocabulary({ "deferral-tail": { ja: ["確定する"] } });
    expect(findDeferrals(team, text, 0, text.length).map((d) => d.phrase)).toEqual(["別途協議の上確定する"]);
  });

  it("maps matches on normalised text back to the original (full-width, case, emphasis)", () => {
    expect(phrases("Exit: **TBD**.")).toEqual(["TBD"]);
    expect(phrases("期限：ＴＢＤ")).toEqual(["ＴＢＤ"]);
    expect(phrases("Exit: Tbd.")).toEqual(["Tbd"]);
  });

  it("ignores good-faith boilerplate", () => {
    expect(phrases("本契約に定めのない事項は、両当事者が誠実に協議の上決定する。")).toEqual([]);
  });

  it("writes the placeholder in the document's language", () => {
    const hint = { ja: "終了条件・通知期間", en: "the decision" };
    expect(placeholder(hint, "ja")).toBe("〔要記入：終了条件・通知期間〕");
    expect(placeholder(hint, "en")).toBe("[to fill in: the decision]");
  });
});
