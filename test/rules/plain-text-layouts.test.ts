/** The headline rules on plain-text layouts the engine reads as structure (kinds of batch z, invented text). */
import { testRule } from "../helpers/rule-tester";

testRule("vague-objective", "a plain-text mail's numbered titles framed by drawn rules each end the part before (both languages)", {
  valid: [
    {
      name: "the terms under a second framed title are not part of the objective above them (Japanese)",
      filePath: "mail.alliance.txt",
      text: "宮田様\n\nお世話になっております。条件を下記に整理しました。\n\n━━━━━━━━━━━━\n1. 提携の目的\n━━━━━━━━━━━━\n2027年3月までに共同ブランド商品を40店舗で発売し、売上3億円を達成する。\n\n━━━━━━━━━━━━\n2. 取引の形態\n━━━━━━━━━━━━\n・形態：非独占、再委託不可\n・拠点：当社の札幌工場\n",
    },
    {
      name: "the terms under a second framed title are not part of the objective above them (English)",
      filePath: "mail.alliance.txt",
      text: "Hi Dana,\n\nHere are our terms.\n\n────────────\n1. Purpose\n────────────\nLaunch the co-branded kit in 40 stores and reach 3 million dollars in sales by March 2027.\n\n────────────\n2. Form of the deal\n────────────\n- Form: non-exclusive, no sublicensing\n- Site: our Leeds plant\n",
    },
  ],
  invalid: [],
});

testRule("vague-objective", "a vague aim typed right after a list of concrete objectives is judged on its own (both languages)", {
  valid: [],
  invalid: [
    {
      name: "a wish on the line after the last objective, not indented, is no part of that objective (Japanese)",
      text: "# 提携計画\n\n## 目的\n\n- 2027年3月までに共同商品の売上を10億円にする\n- 2027年3月までに取扱店舗を40店にする\n両社の連携を一層強化していきたい。\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 17] }],
    },
    {
      name: "an aim on the line after the last objective, not indented, is no part of that objective (English)",
      text: "# Alliance plan\n\n## Objectives\n\n- Reach 10 million dollars of joint sales by March 2027\n- Stock the kit in 40 stores by March 2027\nStrengthen the relationship between both companies.\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 51] }],
    },
  ],
});
