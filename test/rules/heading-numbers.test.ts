/** The next heading number in the style of the last one: what an inserted section is titled. */
import { describe, expect, it } from "vitest";
import { nextNumberedTitle } from "../../rules/lib/heading-numbers";

describe("nextNumberedTitle", () => {
  it.each([
    ["5. 提携期間と終了", "6. 知的財産権の帰属"],
    ["5) Term", "6) 知的財産権の帰属"],
    ["９．提携期間", "１０．知的財産権の帰属"],
    ["3.2 KPI", "3.3 知的財産権の帰属"],
    ["3.2. KPI", "3.3. 知的財産権の帰属"],
    ["第5条（提携期間）", "第6条（知的財産権の帰属）"],
    ["第５条 提携期間", "第６条 知的財産権の帰属"],
    ["第十二条（提携期間）", "第十三条（知的財産権の帰属）"],
    ["第3章", "第4章（知的財産権の帰属）"],
    ["Article 5 Term", "Article 6 知的財産権の帰属"],
    ["Section 5: Term", "Section 6: 知的財産権の帰属"],
    ["ARTICLE 9. TERM", "ARTICLE 10. 知的財産権の帰属"],
  ])("%s → %s", (previous, expected) => {
    expect(nextNumberedTitle(previous, "知的財産権の帰属")).toBe(expected);
  });

  it.each(["提携期間と終了", "2026 Roadmap", "2026年度の計画", "KPI 3", "Q3 goals"])("%s has no number to follow", (title) => {
    expect(nextNumberedTitle(title, "IP")).toBeUndefined();
  });
});
