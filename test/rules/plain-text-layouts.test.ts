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

testRule(
  "vague-objective",
  "a plain-text sheet titled by lines in capitals, one word or several: each ends the part before (both languages)",
  {
    valid: [],
    invalid: [
      {
        name: "an aim under CLOSE is not part of the ownership section above it (English)",
        filePath: "notes.alliance.txt",
        text: "Speaking notes, 5 March 2026\n\nOPENER\n- A year since the joint service went live.\n\nNUMBERS\n- Orders: 1,200 a month, up from 700.\n\nOwnership of the designs\n- Each side keeps what it brought; joint designs belong to us.\n\nCLOSE\n- Thank the team.\n- Overall aim for the year: strengthen the partnership.\n",
        errors: [{ messageId: "noTarget", range: [13, 2, 13, 55] }],
      },
      {
        name: "an aim under CLOSING is not part of the ownership section above it (Japanese)",
        filePath: "notes.alliance.txt",
        text: "説明会メモ（2026年3月5日）\n\n冒頭のご挨拶\n- 共同サービスの開始から1年が経ちました。\n\nKPI\n- 受注：月1,200件（前年700件）\n\n成果の帰属\n- 各社が持ち込んだものは各社に残り、共同の成果は当社に帰属します。\n\nCLOSING\n- 皆さんへのお礼。\n- 今年の目標：連携をさらに強化していきたい。\n",
        errors: [{ messageId: "noTarget", range: [13, 2, 13, 23] }],
      },
    ],
  },
);

testRule("missing-kpi", "a KPI table aligned with spaces, pasted from a terminal or a sheet (both languages)", {
  valid: [
    {
      name: "its target column has the figures; the unknown baseline beside them is no deferred target (Japanese)",
      text: "# 提携計画\n\n## 目的\n\n2027年3月までに共同配送の売上を12億円にする。\n\n## KPI\n\n指標                現状    2027年3月の目標\n配送件数（月）      未定    5,000件\n積載率              未定    75%\n\n毎月の定例会で確認する。\n",
    },
    {
      name: "its target column has the figures; the unknown baseline beside them is no deferred target (English)",
      text: "# Alliance plan\n\n## Objective\n\nReach 12 million dollars of joint delivery sales by March 2027.\n\n## KPIs\n\nMeasure             Now    Target for March 2027\nDeliveries a month  TBD    5,000\nLoad factor         TBD    75%\n\nReviewed at the monthly steering meeting.\n",
    },
  ],
  invalid: [],
});
