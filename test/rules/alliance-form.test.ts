import { testRule, turnedOn } from "../helpers/rule-tester";

const RULE = "alliance-form";
/** Lines 0–5; the part under test starts on line 6. */
const JA = (section: string) => `# 提携計画\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n\n${section}\n`;
const EN = (section: string) => `# Alliance plan\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n${section}\n`;

testRule(
  RULE,
  "Japanese",
  turnedOn(RULE, {
    valid: [
      { name: "a business alliance, no equity", text: JA("## 提携の形態\n\n業務提携とし、資本関係は持たない。") },
      { name: "the form in the title", text: "# 共同研究開発計画\n\n## 目的\n\n2027年度末までに試作品を3件完成させる。\n" },
      {
        name: "a capital and business alliance with its stake",
        text: JA("## 提携の形態\n\n資本業務提携とし、当社は提携先の株式の15％を約4,500万円で取得する。"),
      },
      { name: "a JV with its split", text: JA("## 合弁会社\n\n出資比率は当社51％、提携先49％とする。") },
    ],
    invalid: [
      {
        name: "no form anywhere: on the first heading",
        text: JA("## 体制\n\n月次で定例会を開く。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6], contains: ["形態"] }],
      },
      {
        name: "a capital alliance without its stake: on the form heading",
        text: JA("## 提携の形態\n\n資本業務提携とする。"),
        errors: [{ messageId: "noStake", range: [6, 0, 6, 8], contains: ["出資比率"] }],
      },
      {
        name: "a stake left 今後検討",
        text: JA("## 提携の形態\n\n資本業務提携とする。出資比率は今後検討する。"),
        errors: [{ messageId: "deferredStake", range: [6, 0, 6, 8] }],
      },
    ],
  }),
);

testRule(
  RULE,
  "English",
  turnedOn(RULE, {
    valid: [
      { name: "a distribution agreement", text: EN("## Structure\n\nA distribution agreement; no equity either way.") },
      {
        name: "a minority stake with its size",
        text: EN("We take an 18% stake in the partner for SEK 27,000,000, alongside a development agreement."),
      },
      { name: "a JV with its split", text: EN("## Joint venture\n\nThe joint venture is owned 60/40 JV by us and the partner.") },
    ],
    invalid: [
      {
        name: "no form anywhere: on the first heading",
        text: EN("## Governance\n\nA steering committee meets monthly."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "a joint venture without its split: on the first heading",
        text: EN("We will set up a joint venture with the partner."),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 15], contains: ["stake"] }],
      },
      {
        name: "a stake left TBD",
        text: EN("## Structure\n\nA capital alliance: we take a stake in the partner. Size of the stake: TBD."),
        errors: [{ messageId: "deferredStake", range: [6, 0, 6, 12] }],
      },
    ],
  }),
);
