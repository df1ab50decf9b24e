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
