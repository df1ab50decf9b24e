import { describe, expect, it } from "vitest";
import { testRule, turnedOn } from "../helpers/rule-tester";
import { lint, only } from "../helpers/lint";

const RULE = "open-decision";
/** A plan whose four headline elements are sound (lines 0–18); the section under test starts on line 19. */
const JA = (section: string, exit = "本提携の有効期間は2026年4月1日から2028年3月31日までとする。") =>
  "# 共同配送計画\n\n## 目的\n\n2027年度末までに積載率を85%にする。\n\n## KPI\n\n- 積載率：85%（2027年度末）\n- 月次の定例会で進捗を確認する。\n\n" +
  `## 期間\n\n${exit}\n\n## 知的財産\n\n各社が従前から保有する知的財産権は各社に帰属し、本提携で生じた成果は両社の共有（持分各50%）とする。\n\n${section}\n`;
const EN = (section: string, exit = "The alliance runs from 1 April 2026 to 31 March 2028.") =>
  "# Joint delivery plan\n\n## Objectives\n\nReach an 85% load factor by March 2028.\n\n## KPIs\n\n- Load factor: 85% by March 2028\n- Reviewed at the monthly steering meeting.\n\n" +
  `## Term\n\n${exit}\n\n## Intellectual property\n\nEach party keeps the background IP it brings; results made under the alliance are owned jointly, 50% each.\n\n${section}\n`;

testRule(
  RULE,
  "Japanese",
  turnedOn(RULE, {
    valid: [
      {
        name: "a deferral that names a headline element (KPI, 撤退, 帰属) is the headline's, reported or not",
        text: JA("## 運営\n\n追加のKPIは、運営委員会で協議の上決定する。\n\n撤退の基準は別途協議とする。\n\nデータの帰属は未定。"),
      },
      {
        name: "a reviewer's demand that a point be settled at a step (開始時に定めるべき) puts nothing off",
        text: JA("## 意見\n\n費用の上限は、いずれも提携開始時に定めるべき事項である。"),
      },
      {
        name: "a term stated, its notice period still open: the exit statement's matter even where the exit rule is silent",
        text: JA("", "本提携の有効期間は2028年3月31日までとする。解約の通知期間は未定。"),
      },
      {
        name: "a step a result decides (「PoCの結果次第で利用契約に移行」) is a rule, not an open point",
        text: JA("## 進め方\n\nまずPoC契約を結び、結果次第で利用契約に移行する。"),
      },
      {
        name: "a Q&A item answers its own question (Q：…？ → A：…), and a bare question item is discussed under it",
        text: JA(
          "## 販促\n\n- Q：店舗で独自の催しを開いてよいか？ → A：運営委員会が承認したものに限る。\n- 販促物はどこまで共通にするか？\n  - 両社のロゴを並べた共通版とする。",
        ),
      },
      {
        name: "a task list's status (タスク｜状況) is how work stands, not an open point: 見積依頼中 there is no decision",
        text: JA("## 準備\n\n| タスク | 担当 | 状況 |\n|---|---|---|\n| 車両の手配 | 当社 | 見積依頼中 |\n| 保険の確認 | 先方 | 完了 |"),
      },
      { name: "a decided cost split", text: JA("## 費用\n\n共同販促の費用は両社が50%ずつ負担する。") },
      {
        name: "an escalation rule for a committee that does not agree (一致しない事項は…協議して決める)",
        text: JA("## 運営\n\n運営委員会の決定は全会一致による。一致しない事項は、両社の担当役員が協議して決める。"),
      },
      {
        name: "boilerplate 誠意をもって協議 defers nothing",
        text: JA("## 協議\n\n本契約に定めのない事項は、両社誠意をもって協議の上決定する。"),
      },
      { name: "a price fixed by a stated rule (基準として算定)", text: JA("## 価格\n\n買取価格は直近の市場価格を基準として算定する。") },
      {
        name: "an escalation rule says who decides what the parties cannot agree",
        text: JA("## 運営\n\n委員会で合意できない事項は、両社の社長が協議して決める。"),
      },
      { name: "a memo's words about itself (未定稿)", text: JA("## 備考\n\n企画メモ（社内検討用・未定稿）") },
      {
        name: "the paper's status line says where the deal stands (ステータス：条件交渉中)",
        text: JA("## 概要\n\nステータス：条件交渉中（第3回打合せ後）"),
      },
      {
        name: "the label over a list of open points is not one itself",
        text: JA("## 進め方\n\n未決事項\n\n- 共同販促の費用は両社が折半する。"),
      },
      {
        name: "an exit clause left to 別途協議: missing-exit-clause reports it, not this rule",
        text: JA("## 費用\n\n費用は各社の負担とする。", "提携の解消については別途協議する。"),
      },
      {
        name: "IP ownership left open: undefined-ip-ownership reports it",
        text: JA("## 成果物\n\n成果物の帰属は別途協議の上定める。"),
      },
      {
        name: "a gate decided by named parties at a named meeting is no bare question (かどうか…決める)",
        text: JA("## 進め方\n\n本開発に進むかどうかは、5月の判断会議で両社が決める。"),
      },
      {
        name: "with the exit reported, the alliance's continuation left open is the exit's (提携のあり方・継続)",
        text: JA("## 今後\n\n今後の提携のあり方（継続・見直し）は別途協議する。", "提携の解消については別途協議する。"),
      },
      {
        name: "a KPI row whose target is 未定: missing-kpi reports the row",
        text: JA("## 追加指標\n\n| 指標 | 目標 |\n|---|---|\n| 会員数 | 未定 |"),
      },
      {
        name: "with the KPIs reported, their target values left open in prose are the KPIs' (目標値は未定)",
        text: JA("## 追加指標\n\n| 指標 | 目標 |\n|---|---|\n| 会員数 | 未定 |\n\n## 運用\n\n- ただし目標値は未定。"),
      },
      {
        name: "with the exit reported, the alliance's length in plain words is the exit's (提携としての期間は未定)",
        text: JA("## 運用\n\n提携としての期間は未定です。", "提携の解消については別途協議する。"),
      },
      {
        name: "with IP reported, the rights in a made thing left open are the IP's (ロゴの権利は未定)",
        text: JA("## 成果物\n\n成果物の帰属は別途協議の上定める。\n\n## 販促\n\n共同LPとロゴの権利は未定。"),
      },
      {
        name: "a follow-on sentence without a subject of its own (決まり次第お知らせします) continues the exit's point",
        text: JA("## 今後\n\n契約期間は別途協議中です。決まり次第お知らせします。", "提携の解消については別途協議する。"),
      },
      {
        name: "an answer whose subject points back (ここはまだ決まっていません) is the question's point: who owns the model",
        text: JA(
          "## 成果物\n\n成果物の帰属は別途協議の上定める。\n\n### Q. 調整したモデルは誰のものですか？\n\nここはまだ決まっていません。",
        ),
      },
      {
        name: "a state that describes something else is no open point: 検討中の案件, 相談中・見積中の顧客, and 最後に決める is the last step, not later",
        text: JA(
          "## 進め方\n\n- 提携先は投資検討中の案件を四半期ごとに当社に紹介する。\n- 相談中・見積中の顧客には両社連名で案内状を送る。\n- 不良品を最後に決めるのは検査員である。",
        ),
      },
    ],
    invalid: [
      {
        name: "a result as the predicate (「…は結果次第」) leaves the point open",
        text: JA("## 進め方\n\n第2期に進むかは結果次第。"),
        errors: [{ messageId: "open", range: [21, 8, 21, 12], contains: ["結果次第"] }],
      },
      {
        name: "a point left to the negotiation ahead (交渉で決める, 交渉事項とする) is open",
        text: JA("## 費用\n\n- 費用の分担は共同研究契約の交渉で決める。\n- 人件費の扱いも交渉事項とする。"),
        errors: [
          { messageId: "open", range: [21, 15, 21, 21], contains: ["交渉で決める"] },
          { messageId: "open", range: [22, 9, 22, 16], contains: ["交渉事項とする"] },
        ],
      },
      {
        name: "still being settled (協議中), and the points 協議中の事項 names, are open",
        text: JA("## 費用\n\n- 費用分担は両社で協議中。\n- 協議中の事項は配送料金の改定である。"),
        errors: [
          { messageId: "open", range: [21, 10, 21, 13], contains: ["協議中"] },
          { messageId: "open", range: [22, 2, 22, 5], contains: ["協議中"] },
        ],
      },
      {
        name: "a list item's question handed to someone after a dash is an open point (…持つか？ — 営業部長が判断)",
        text: JA("## 販促\n\n- 共同販促の窓口はどちらが持つか？ — 営業部長が判断"),
        errors: [{ messageId: "open", range: [21, 2, 21, 18], contains: ["どちらが持つか？"] }],
      },
      {
        name: "a bare question listed under a heading that names its items open points (「## 未決事項」)",
        text: JA("## 未決事項\n\n- 販促物に両社のロゴを並べるか？"),
        errors: [{ messageId: "open", range: [21, 2, 21, 17], contains: ["並べるか？"] }],
      },
      {
        name: "a point named, not said, under a heading of remaining points (「## 残論点」 over 「…の分担（6.参照）」); a statement under it is none",
        text: JA(
          "## 残論点\n\n- 共同販促物の制作費の分担（6.参照）\n- 販促物の配布は店舗ごとに行う。\n- 配送ルートの見直しは、来期も現行どおり。",
        ),
        errors: [{ messageId: "open", range: [21, 2, 21, 14], contains: ["制作費の分担"] }],
      },
      {
        name: "a point named under a label of points not yet sorted or still worked on (「## 未整理事項」「## 未定・検討事項」)",
        text: JA(
          "## 未整理事項\n\n- 販促物の制作費の分担\n- 配送は毎週月曜に行う。\n\n## 未定・検討事項\n\n- 配送車両の塗装の費用（両社の案あり）\n- 車庫の賃料は当社が負担する。",
        ),
        errors: [
          { messageId: "open", range: [21, 2, 21, 12], contains: ["制作費の分担"] },
          { messageId: "open", range: [26, 2, 26, 12], contains: ["塗装の費用"] },
        ],
      },
      {
        name: "YAML plan: a point named in a sequence under the key open_items; a statement or a check in progress (…に確認中) under it is none",
        filePath: "plan.alliance.yaml",
        text: "title: 共同配送\nopen_items:\n  - 配送費の負担方法（当社負担か先方負担か）\n  - 車庫の賃料は当社が負担する\n  - 容器の表示ルールを業界団体に確認中\n",
        errors: [{ messageId: "open", range: [2, 4, 2, 12], contains: ["配送費の負担方法"] }],
      },
      {
        name: "an issues table (論点) without a status key: a status said as a proposal or a reply still owed is open; 合意 and a link to another row are not",
        text: JA(
          "## 交渉状況\n\n| 論点 | 当社案 | 状況 |\n|---|---|---|\n| 販促物の仕様 | 両社ロゴ | 合意 |\n| 配送の頻度 | 週2回 | 先方持ち帰り |\n| 車両の塗装 | 両社ロゴ | 両社ロゴを並べる案 |\n| 塗装の時期 | 4月 | 車両の塗装に連動 |",
        ),
        errors: [
          { messageId: "open", range: [24, 16, 24, 22], contains: ["配送の頻度", "先方持ち帰り"] },
          { messageId: "open", range: [25, 17, 25, 26], contains: ["両社ロゴを並べる案"] },
        ],
      },
      {
        name: "the wish to decide a point at a later time (「次回の定例会で決めたい」)",
        text: JA("## 費用\n\n販促費の分担は次回の定例会で決めたい。"),
        errors: [{ messageId: "open", range: [21, 7, 21, 18], contains: ["決めたい"] }],
      },
      {
        name: "a point under review with the thing reviewed named (法務部で上限額を確認中)",
        text: JA("## 責任\n\n- 賠償の上限：先方案は年間委託料の総額。法務部で上限額を確認中。"),
        errors: [{ messageId: "open", range: [21, 24, 21, 32], contains: ["で上限額を確認中"] }],
      },
      {
        name: "after the exit's point, a sentence with a subject of its own is a point of its own (費用分担も未定)",
        text: JA("## 今後\n\n契約期間は別途協議中です。費用分担も未定です。", "提携の解消については別途協議する。"),
        errors: [{ messageId: "open", range: [21, 18, 21, 20], contains: ["未定"] }],
      },
      {
        name: "a cost split left to 別途協議: one finding on the phrase with its verb",
        text: JA("## 費用\n\n共同販促の費用負担は別途協議する。"),
        errors: [{ messageId: "open", range: [21, 10, 21, 16], contains: ["別途協議する"] }],
      },
      {
        name: "two open points, two findings; two phrases in one statement, one finding",
        text: JA("## 体制\n\n- 定例会の頻度は未定。\n- 議長は今後検討し、追って定める。"),
        errors: [
          { messageId: "open", range: [21, 9, 21, 11], contains: ["未定"] },
          { messageId: "open", range: [22, 5, 22, 9], contains: ["今後検討"] },
        ],
      },
      {
        name: "still to be set, under check, no common ground yet (まだ設定していない, 確認中, 折り合いはついていない)",
        text: JA(
          "## 運営\n\n定例会はまだ設定していない。\n\n## データ\n\n会員データの扱いは法務部が確認中。\n\n## 方針\n\n出店地域は現時点で折り合いはついていない。",
        ),
        errors: [
          { messageId: "open", range: [21, 4, 21, 13] },
          { messageId: "open", range: [25, 12, 25, 16] },
          { messageId: "open", range: [29, 9, 29, 20] },
        ],
      },
      {
        name: "a decision said in plain words to be open (まだ決めていない, 先方次第)",
        text: JA("## 費用\n\n費用をどう分けるかはまだ決めていない。\n\n## 独占\n\n排他条項を入れるかは先方次第。"),
        errors: [
          { messageId: "open", range: [21, 10, 21, 18], contains: ["まだ決めていない"] },
          { messageId: "open", range: [25, 10, 25, 14], contains: ["先方次第"] },
        ],
      },
      {
        name: "a table cell left 要協議",
        text: JA("## 役割分担\n\n| 項目 | 担当 |\n|---|---|\n| 配送センターの運営 | 要協議 |"),
        errors: [{ messageId: "open", range: [23, 14, 23, 17] }],
      },
      {
        name: "a point left to talk over as a bare noun (は相談)",
        text: JA("## 進め方\n\n- 両社の窓口で連絡会を開く（開催頻度は相談）。"),
        errors: [{ messageId: "open", range: [21, 19, 21, 23], contains: ["は相談"] }],
      },
      {
        name: "a yes/no question left as the point itself (かどうか)",
        text: JA("## 残る論点\n\n- 販売代理店に独占権を与えるかどうか"),
        errors: [{ messageId: "open", range: [21, 15, 21, 19], contains: ["かどうか"] }],
      },
      {
        name: "a proposal waiting for approval (でいいか…確認)",
        text: JA("## 体制\n\n- 運営体制は月1回の定例会、でいいか役員に確認"),
        errors: [{ messageId: "open", range: [21, 15, 21, 24], contains: ["でいいか"] }],
      },
      {
        name: "an issues table row whose status code the key defines as open (凡例：×対立); the key line is no open point",
        text: JA(
          "## 論点\n\n凡例：◎合意済　△継続協議　×対立\n\n| No. | 論点 | 当社案 | 状況 |\n|---|---|---|---|\n| 1 | 取締役の数 | 5名 | ◎ |\n| 2 | 配当方針 | 配当性向30％ | × |",
        ),
        errors: [{ messageId: "open", range: [26, 23, 26, 24], contains: ["×"] }],
      },
    ],
  }),
);

testRule(
  RULE,
  "English",
  turnedOn(RULE, {
    valid: [
      {
        name: "a deferral that names a headline element (KPI, exit, ownership) is the headline's, reported or not",
        text: EN(
          "## Operations\n\nFurther KPIs are to be agreed by the committee.\n\nThe exit threshold is TBD.\n\nOwnership of the route data is not yet agreed.",
        ),
      },
      {
        name: "a step a result decides ('depending on the pilot's results, we move to a licence') is a rule, not an open point",
        text: EN("## Next steps\n\nDepending on the pilot's results, we move to a paid licence in October."),
      },
      {
        name: "a Q&A item answers its own question (Q: …? → A: …), and a bare question item is discussed under it",
        text: EN(
          "## Launch\n\n- Q: Can stores run their own events? → A: Only those the steering group approves.\n- Which materials are shared?\n  - One co-branded set with both logos.",
        ),
      },
      {
        name: "a defined-terms line ('terms not defined here have the meanings given in …') leaves nothing open",
        text: EN("## Definitions\n\nCapitalised terms not defined here have the meanings given in the master services agreement."),
      },
      { name: "a decided split", text: EN("## Costs\n\nJoint marketing costs are shared 50/50.") },
      {
        name: "good-faith boilerplate",
        text: EN("## General\n\nAny matter not provided for in this agreement shall be settled in good faith."),
      },
      {
        name: "a price determined by a stated schedule",
        text: EN("## Pricing\n\nPrices shall be determined in accordance with Schedule B."),
      },
      {
        name: "an escalation: what is not resolved goes to named people",
        text: EN("## Governance\n\nEscalation: a supply issue not resolved in 10 working days goes to the two CEOs."),
      },
      {
        name: "an escalation's time limit: a dispute not settled within 10 days goes to a board",
        text: EN("## Governance\n\nA review board meets every second Thursday and rules on any dispute not settled within 10 days."),
      },
      {
        name: "a pointer to the open items listed elsewhere is not an open point itself",
        text: EN("## Recommendation\n\nProceed, subject to resolution of the open items in section 5."),
      },
      {
        name: "a defined-terms line",
        text: EN("## Definitions\n\nCapitalised terms not defined in this plan have the meaning given in the agreement."),
      },
      { name: "an exit left TBD is the exit rule's", text: EN("## Costs\n\nEach party bears its own costs.", "Exit: TBD.") },
      {
        name: "IP ownership to be agreed is the IP rule's",
        text: EN("## Results\n\nOwnership of the jointly developed designs is to be agreed."),
      },
      {
        name: "a meeting to discuss progress is no wish to discuss a point",
        text: EN("## Governance\n\nThe committee meets monthly to discuss progress."),
      },
      {
        name: "the paper's status line says where the deal stands (Status of partnership: under negotiation)",
        text: EN("## Summary\n\nStatus of partnership: under negotiation (only the NDA signed)."),
      },
      {
        name: "a line of shorthand that spells out a deferral's abbreviation ('TBC = to be confirmed') defers nothing",
        text: EN("## Abbreviations\n\nBG = background IP; FG = foreground IP; wk = week; TBC = to be confirmed"),
      },
      {
        name: "a task list's status key: a task in progress is no open decision",
        text: EN("## Tasks\n\nStatus key: ☑ done · ◐ in progress · ☐ not started\n\n| Task | Status |\n|---|---|\n| Sign the NDA | ◐ |"),
      },
      {
        name: "with the exit reported, whether to renew the partnership is the exit's",
        text: EN("## Next steps\n\nWhether to renew the partnership after 2028 is to be agreed.", "Exit: TBD."),
      },
      {
        name: "with the KPIs reported, success metrics to be agreed are the KPIs'",
        text: EN(
          "## Extra KPIs\n\n| KPI | Target |\n|---|---|\n| Members | TBD |\n\n## Development\n\nSuccess metrics: to be agreed in the development plan.",
        ),
      },
      {
        name: "with the exit reported, the contract length left open is the exit's",
        text: EN("## Commercial\n\nContract length: TBD.", "Exit: TBD."),
      },
      {
        name: "with IP reported, the property of new designs decided later is the IP's",
        text: EN(
          "## Results\n\nOwnership of the jointly developed designs is to be agreed.\n\n## Tooling\n\nThe property of the new mould designs will be decided later.",
        ),
      },
      {
        name: "a follow-on sentence whose subject points back ('This is an open point') continues the IP's point",
        text: EN(
          "## Results\n\nOwnership of the jointly developed designs is to be agreed.\n\n## Update\n\nOur partner wants to own the models trained on its data. This is an open point; more next month.",
        ),
      },
    ],
    invalid: [
      {
        name: "a list item's question handed to someone after a dash is an open point (…? — Finance to advise)",
        text: EN("## Launch\n\n- [ ] Who signs off the launch budget? — Finance to advise"),
        errors: [{ messageId: "open", range: [21, 6, 21, 38], contains: ["Who signs off the launch budget?"] }],
      },
      {
        name: "a bare question listed under a heading that names its items open points ('## Open questions')",
        text: EN("## Open questions\n\n- Should the vans carry both logos?"),
        errors: [{ messageId: "open", range: [21, 2, 21, 35], contains: ["both logos?"] }],
      },
      {
        name: "points named, not said, under '## Open points' (a noun phrase, an embedded question); statements under it are none",
        text: EN(
          "## Open points\n\n- Treatment of seconded drivers (TUPE).\n- Who chairs the steering group\n- The van livery is agreed.\n- Driver training starts 1 May (HR lead: A. Shaw).",
        ),
        errors: [
          { messageId: "open", range: [21, 2, 21, 31], contains: ["Treatment of seconded drivers"] },
          { messageId: "open", range: [22, 2, 22, 31], contains: ["Who chairs the steering group"] },
        ],
      },
      {
        name: "a point said to still need agreement ('still needs agreement')",
        text: EN("## Commercial\n\nThe revenue baseline still needs agreement with the partner."),
        errors: [{ messageId: "open", range: [21, 21, 21, 42], contains: ["still needs agreement"] }],
      },
      {
        name: "after the exit's point, a sentence with a subject of its own is a point of its own",
        text: EN("## Commercial\n\nContract length: TBD. The fee schedule is to be agreed.", "Exit: TBD."),
        errors: [{ messageId: "open", range: [21, 42, 21, 54], contains: ["to be agreed"] }],
      },
      {
        name: "a contracted negative: hasn't confirmed, haven't agreed",
        text: EN(
          "## Contributions\n\nThe list is empty because Harland hasn't confirmed what it will commit.\n\nKaren: We haven't agreed anything yet.",
        ),
        errors: [
          { messageId: "open", range: [21, 34, 21, 50], contains: ["hasn't confirmed"] },
          { messageId: "open", range: [23, 10, 23, 24], contains: ["haven't agreed"] },
        ],
      },
      {
        name: "with the exit reported, a cost point 'pending agreement' is still this rule's: 'pending' holds no verb of ending",
        text: EN("## Costs\n\nThe vendor's retrofit cost split is TBD, pending agreement.", "Exit: TBD."),
        errors: [{ messageId: "open", range: [21, 36, 21, 39], contains: ["TBD"] }],
      },
      {
        name: "a form said to be still open",
        text: EN("## Form\n\nThe form of the venture is still open."),
        errors: [{ messageId: "open", range: [21, 27, 21, 37], contains: ["still open"] }],
      },
      {
        name: "a revenue split to be agreed",
        text: EN("## Economics\n\nThe revenue split is to be agreed."),
        errors: [{ messageId: "open", range: [21, 21, 21, 33], contains: ["to be agreed"] }],
      },
      {
        name: "two sentences of one list item, each leaving a point open: two findings; two deferrals in one sentence: one",
        text: EN(
          "## Money\n\n- Pricing of the package is to be agreed with Solvik. The cost split for the trade-show stand is to be agreed.\n- The rebate is TBD and to be agreed.",
        ),
        errors: [
          { messageId: "open", range: [21, 28, 21, 40], contains: ["to be agreed"] },
          { messageId: "open", range: [21, 97, 21, 109], contains: ["to be agreed"] },
          { messageId: "open", range: [22, 16, 22, 19], contains: ["TBD"] },
        ],
      },
      {
        name: "TBD in a list item and an open question",
        text: EN("## Governance\n\n- Chair of the steering committee: TBD\n- Meeting frequency will be decided later."),
        errors: [
          { messageId: "open", range: [21, 35, 21, 38], contains: ["TBD"] },
          { messageId: "open", range: [22, 20, 22, 35], contains: ["will be decided"] },
        ],
      },
      {
        name: "with no KPIs reported, a cost point 'to be agreed' is still this rule's: 'to' names a Target column only in a header",
        text: "# Joint plan\n\n## Money\n\n- Tooling — who pays: to be agreed\n",
        errors: [{ messageId: "open", range: [4, 22, 4, 34], contains: ["to be agreed"] }],
      },
      {
        name: "with the exit reported, a term sheet's 'Term | Proposed terms' header names its label column: an option pool TBD is open; a table titled 'Term and exit' is the exit's",
        text: EN(
          "## Heads of terms\n\n| Term | Proposed terms |\n|---|---|\n| Option pool | TBD |\n\n| Term and exit | |\n|---|---|\n| Contract term | TBD |",
          "Exit: TBD.",
        ),
        errors: [{ messageId: "open", range: [23, 16, 23, 19], contains: ["TBD"] }],
      },
      {
        name: "YAML plan: a cost split left TBD",
        filePath: "plan.alliance.yaml",
        text: "title: Joint delivery\ncosts:\n  split: TBD\n",
        errors: [{ messageId: "open", range: [2, 9, 2, 12] }],
      },
      {
        name: "a point named under a label that says what the points are for, or only that they are open ('Open points for negotiation', 'Still open')",
        text: EN(
          "## Open points for negotiation\n\n- Fuel surcharge beyond the diesel index.\n\n## Still open\n\n- Which depot hosts the first electric van.\n- The pilot van is leased by us.",
        ),
        errors: [
          { messageId: "open", range: [21, 2, 21, 40], contains: ["Fuel surcharge"] },
          { messageId: "open", range: [25, 2, 25, 42], contains: ["Which depot"] },
        ],
      },
      {
        name: "YAML plan: a point named in a sequence under the key open",
        filePath: "plan.alliance.yaml",
        text: "title: Joint delivery\nopen:\n  - pricing for the second year\n",
        errors: [{ messageId: "open", range: [2, 4, 2, 31], contains: ["pricing"] }],
      },
      {
        name: "an issues table without a status key: a status that says a party still owes a reply is open; 'Agreed' and a link to another row are not",
        text: EN(
          "## Negotiation log\n\n| # | Issue | Our position | Status |\n|---|---|---|---|\n| 1 | Van livery | Both logos | Agreed |\n| 2 | Fuel surcharge | Index-linked | Partner to come back with a cap |\n| 3 | Depot hours | 6am start | Linked to #2 |",
        ),
        errors: [{ messageId: "open", range: [24, 38, 24, 69], contains: ["fuel surcharge", "to come back"] }],
      },
      {
        name: "a yes/no question left as the point itself (Whether to …)",
        text: EN("## Open questions\n\n- Whether to admit a third member to the scheme."),
        errors: [{ messageId: "open", range: [21, 2, 21, 9], contains: ["Whether"] }],
      },
      {
        name: "nothing decided, said of the whole point",
        text: EN("## Fleet\n\nThe older vans maybe, nothing decided."),
        errors: [{ messageId: "open", range: [21, 22, 21, 37], contains: ["nothing decided"] }],
      },
      {
        name: "terms not yet on the table (not yet proposed)",
        text: EN("## Money\n\n- Commercials: the pilot fee is quoted; the licence fee not yet proposed."),
        errors: [{ messageId: "open", range: [21, 56, 21, 72], contains: ["not yet proposed"] }],
      },
      {
        name: "an item put off to a later meeting",
        text: EN("## Item 6. Depot lease\n\n6.1 Deferred to the March meeting at the chair's request."),
        errors: [{ messageId: "open", range: [21, 4, 21, 19], contains: ["Deferred to the"] }],
      },
      {
        name: "a reviewer's wish to discuss a clause's wording",
        text: EN("## Publicity\n\nThe partner may not call the scheme carbon neutral. [Note: we'd like to discuss this wording.]"),
        errors: [{ messageId: "open", range: [21, 61, 21, 79], contains: ["like to discuss"] }],
      },
      {
        name: "an issues table row whose status code the key defines as open (P = partly agreed); the key line is no open point",
        text: EN(
          "## Issues\n\nStatus key: A = agreed, O = open, P = partly agreed\n\n| # | Issue | Our position | Status / next step |\n|---|---|---|---|\n| 1 | Board seats | 3 : 2 | A |\n| 2 | Reserved matters | budget and debt | P - they send a mark-up |",
        ),
        errors: [{ messageId: "open", range: [26, 43, 26, 66], contains: ["P - they send a mark-up"] }],
      },
    ],
  }),
);

describe("open-decision suggestions", () => {
  it("offers a placeholder in the document's language for the deferred phrase", () => {
    const on = { rules: { [RULE]: { severity: "warn" as const, options: {} } } };
    const [finding] = only(lint(EN("## Economics\n\nThe revenue split is to be agreed."), undefined, on), RULE);
    expect(finding.suggestions?.map((s) => s.edits[0].newText)).toEqual(["[to fill in: the decision]"]);
  });
});

describe("open-decision default", () => {
  it("is off until its first-contact figures reach the bar (docs/quality.md)", () => {
    expect(only(lint(EN("## Economics\n\nThe revenue split is to be agreed.")), RULE)).toEqual([]);
  });
});
