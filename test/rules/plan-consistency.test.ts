import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { testRule, turnedOn } from "../helpers/rule-tester";
import { brief, lint, only } from "../helpers/lint";

const RULE = "plan-consistency";
/** The rule ships off by default: every case turns it on. */
const ON = { rules: { [RULE]: { severity: "warn" as const, options: {} } } };

testRule(
  RULE,
  "Japanese",
  turnedOn(RULE, {
    valid: [
      {
        name: "a fiscal-year deadline is the end of March of the next year: 2026年度末 is not before 2027-03-01",
        text: "# 提携計画\n\n作成日：2027年3月1日\n\n## 目的\n\n2026年度末までに共同商品を3品発売する。\n",
      },
      {
        name: "what is already done or happened before is no deadline (済み, した, background)",
        text: "# 提携計画\n\n作成日：2026年4月1日\n\n## 経緯\n\n- 2026年2月末までにNDAを締結済み。\n\n## 計画\n\n- 2026年3月までにDDを完了した。\n",
      },
      {
        name: "no date of its own, but the schedule names this paper's step: the steps before it are history",
        text: "# 提携の基本方針\n\n## 今後のスケジュール\n\n| 時期 | 事項 |\n|---|---|\n| 2025年5月 | 本経営会議（基本方針） |\n| 2025年6月〜8月 | デューデリジェンス |\n| 2025年10月 | 契約締結 |\n",
        today: "2027-06-01",
      },
      {
        name: "a chronology (| 時期 | 出来事 |) tells what happened when: its dates are history, not deadlines",
        text: "# 提携計画\n\n作成日：2026年11月1日\n\n## これまで\n\n| 時期 | 出来事 |\n|---|---|\n| 2025年11月 | 両社の社長が初めて面談 |\n| 2026年4月 | 3店で試験販売 |\n",
      },
      {
        name: "a schedule step marked （本資料） dates the plan",
        text: "# 提携計画\n\n## スケジュール\n\n| 時期 | 事項 |\n|---|---|\n| 2025年11月 | 館内協議（本資料） |\n| 2026年2月 | トライアル |\n",
        today: "2027-06-01",
      },
      {
        name: "no date of its own: a deadline less than a year before today is not surely past",
        text: "# 提携計画\n\n## スケジュール\n\n2026年3月末までにPoCを完了する。\n",
        today: "2026-12-01",
      },
      {
        name: "a KPI due at 2027年度末 (2028-03-31) is inside a term that ends 2028-03-31",
        text: "# 提携計画\n\n## 目的\n\n2027年度末までに導入店舗数100店を達成する。\n\n## 期間\n\n本提携の期間は2028年3月31日までとする。\n",
      },
      {
        name: "a term that renews itself: a target after its first end is no contradiction",
        text: "# 提携計画\n\n## 目的\n\n2029年3月末までに導入店舗数100店を達成する。\n\n## 期間\n\n本提携の期間は2028年3月31日までとし、以後1年ごとに自動更新する。\n",
      },
      {
        name: "a term given as a start and a length (2026年4月1日から2年間) ends 2028-03-31",
        text: "# 提携計画\n\n## 目的\n\n2027年12月末までに参加者数3,000人とする。\n\n## 期間\n\n本契約の有効期間は、2026年4月1日から2年間とする。\n",
      },
      { name: "a range in order", text: "# 提携計画\n\n## スケジュール\n\nPoCは2026年10月から2027年3月まで実施する。\n" },
      { name: "shares that add up to 100%", text: "# 提携計画\n\n## 出資\n\n出資比率は当社51％、提携先49％とする。\n" },
      {
        name: "a lead-in that names a split over a table by year: its rows are rates per year, not a split",
        text: "# 提携計画\n\n## 費用\n\n当社の負担割合は次のとおり段階的に下げる。\n\n| 費目 | 2026年度 | 2027年度 |\n|---|---|---|\n| 開発費 | 60％ | 50％ |\n",
      },
      {
        name: "a ratio down the years (自己資本比率 by 期) is a series, not a split",
        text: "# 与信調査\n\n## 財務状況\n\n| 項目 | 2023年3月期 | 2024年3月期 | 2025年3月期 |\n|---|---|---|---|\n| 自己資本比率 | 28.4% | 30.1% | 31.9% |\n",
      },
      {
        name: "a threshold (5％以下) beside a share word is a gate, not a split",
        text: "# 提携計画\n\n## 段階\n\n実証で検出率92％、誤検知率5％以下なら、出資比率の協議に進む。\n",
      },
      {
        name: "cells that each hold a whole split of 100%",
        text: "# 提携計画\n\n## 変更点\n\n| 項目 | 現行 | 変更後 |\n|---|---|---|\n| 収益配分 | 当社50％、提携先50％ | 当社60％、提携先40％ |\n",
      },
      {
        name: "shares beside a remainder (残り) are not the whole",
        text: "# 提携計画\n\n## 出資\n\n出資比率は当社60％、提携先30％とし、残りは従業員持株会が保有する。\n",
      },
      {
        name: "shares split across two tables add up together",
        text: "# 提携計画\n\n## 出資\n\n| 株主 | 出資比率 |\n|---|---|\n| 当社 | 60% |\n\n## 第三者割当\n\n| 株主 | 出資比率 |\n|---|---|\n| 提携先 | 40% |\n",
      },
      {
        name: "one party's share of each item per table: row by row the two tables make 100%",
        text: "# 提携計画\n\n## 費用負担\n\n| 費用負担（当社分） | 割合 |\n|---|---|\n| 運行費 | 60% |\n| 運営費 | 60% |\n\n| 費用負担（提携先分） | 割合 |\n|---|---|\n| 運行費 | 40% |\n| 運営費 | 40% |\n",
      },
      {
        name: "a ratio and a rise in one line are no split",
        text: "# 提携計画\n\n## 現状\n\n- ピッキング人員：派遣比率 72％、時給は3年で+18％\n",
      },
      {
        name: "a notice period shorter than the term",
        text: "# 提携計画\n\n## 期間と解約\n\n本契約の有効期間は2年間とする。\n\nいずれの当事者も、3か月前までに書面で通知することにより解約できる。\n",
      },
      {
        name: "the notice period and a term ending on the 31st: 31日 is a day of the month, not a length",
        text: "# 覚書\n\n第6条（有効期間）本覚書の有効期間は、締結日から2028年3月31日までとする。ただし、3か月前までに書面で通知することにより終了できる。\n",
      },
      {
        name: "a final report restates the objective it was measured against: its date is history, not a slip",
        text: "# AI査定 共同実証 最終報告\n\n報告日：2026年11月30日\n\n## 実証の枠組み\n\n- 目的：2026年10月末までに、初回概算提示までの日数を平均6.2日から2日以内に短縮すること。\n",
      },
      {
        name: "a pilot's period (`試行.期間`) is not the alliance's term: its 6-month notice is no contradiction",
        filePath: "plan.alliance.yaml",
        text: "期間と終了:\n  開始: 2027年3月1日\n  終了: 2030年2月28日\n  中途解約: 6か月前の書面通知により、いずれからも解約できる\n試行:\n  期間: 2027年3月1日〜2027年5月31日\n",
      },
      {
        name: "KPI targets for other dates than the objective's",
        text: "# 提携計画\n\n## 目的\n\n2027年度末までに導入店舗数を100店にする。\n\n## KPI\n\n- 導入店舗数：2026年度末までに40店\n- 導入店舗数：2027年度末までに100店\n",
      },
    ],
    invalid: [
      {
        name: "a deadline before the memo's own date (作成日), pointing at the date",
        text: "# 提携計画\n\n作成日：2026年4月1日\n\n## スケジュール\n\n- 2026年3月末までにNDAを締結する。\n- 2026年9月末までにPoCを完了する。\n",
        errors: [{ messageId: "pastDeadline", range: [6, 2, 6, 10], contains: ["2026-03-31", "計画の日付（2026-04-01）"] }],
      },
      {
        name: "a report still announcing a step dated before it: the step is a slip, the restated target is not",
        text: "# 実証 最終報告\n\n報告日：2026年11月30日\n\n- 目的：2026年10月末までに査定日数を2日以内に短縮する。\n- 判定会議は2026年10月15日までに本番移行を判断する。\n",
        errors: [{ messageId: "pastDeadline", range: [5, 7, 5, 18], contains: ["2026-10-15"] }],
      },
      {
        name: "a date with its weekday (（水）) alone at the top dates the plan",
        text: "# 取締役会議事録\n\n2026年6月24日（水）\n\n## 決議事項\n\n- 2026年5月末までにNDAを締結する。\n",
        errors: [{ messageId: "pastDeadline", range: [6, 2, 6, 10], contains: ["2026-05-31"] }],
      },
      {
        name: "a fiscal year that ended before the plan: 2025年度末 is 2026-03-31",
        text: "# 提携計画\n\n作成日：2026年4月10日\n\n## 目的\n\n2025年度末までに共同商品を3品発売する。\n",
        errors: [{ messageId: "pastDeadline", range: [6, 0, 6, 7] }],
      },
      {
        name: "dates in 和暦 and kanji numerals",
        text: "# 提携計画\n\n作成日：令和8年4月1日\n\n## 目的\n\n令和七年度末までに新商品を二品発売する。\n",
        errors: [{ messageId: "pastDeadline", range: [6, 0, 6, 6] }],
      },
      {
        name: "no date of its own: a deadline more than a year before today",
        text: "# 提携計画\n\n## スケジュール\n\n2026年3月末までにPoCを完了する。\n",
        today: "2027-06-01",
        errors: [{ messageId: "pastDeadline", range: [4, 0, 4, 8], contains: ["本日（2027-06-01）の1年前"] }],
      },
      {
        name: "an objective due after the term ends",
        text: "# 提携計画\n\n## 目的\n\n2029年3月末までに導入店舗数100店を達成する。\n\n## 期間\n\n本提携の期間は2026年4月1日から2028年3月31日までとする。\n",
        errors: [{ messageId: "kpiAfterTerm", range: [4, 0, 4, 8], contains: ["2029-03-31", "2028-03-31"] }],
      },
      {
        name: "a KPI row whose 期限 is after the term (〜 range in a 提携期間 line); the fiscal-year row is inside it",
        text: "# 提携計画\n\n## KPI\n\n| 指標 | 目標 | 期限 |\n|---|---|---|\n| 導入店舗数 | 100店 | 2028年9月末 |\n| 会員数 | 5万人 | 2027年度末 |\n\n## 期間\n\n提携期間：2026年4月1日〜2028年3月31日\n",
        errors: [{ messageId: "kpiAfterTerm", range: [6, 0, 6, 27] }],
      },
      {
        name: "a goal due after a joint research project's own period (研究期間：…まで) ends",
        text: "# 共同研究計画\n\n## 目的\n\n研究成果を2028年9月までに当社の全部門に展開する。\n\n## 研究期間\n\n- 研究期間：2026年4月1日から2028年3月31日まで。\n",
        errors: [{ messageId: "kpiAfterTerm", range: [4, 5, 4, 12] }],
      },
      {
        name: "a term counted from the signing (締結日から2年間), dated by the contract's date at its end",
        text: "# 業務提携契約書\n\n第1条（目的）\n本契約は、2029年3月末までに共同開発品の累計販売数を5万台とすることを目的とする。\n\n第2条（有効期間）\n本契約の有効期間は、本契約締結日から2年間とする。\n\n2026年4月1日\n",
        errors: [{ messageId: "kpiAfterTerm", range: [3, 5, 3, 13] }],
      },
      {
        name: "a range that ends before it starts, on the end",
        text: "# 提携計画\n\n## スケジュール\n\nPoCの実施期間は2026年10月1日〜2026年3月31日とする。\n",
        errors: [{ messageId: "endBeforeStart", range: [4, 20, 4, 30], contains: ["2026-03-31", "2026-10-01"] }],
      },
      {
        name: "labelled start and end dates",
        text: "# 提携計画\n\n## PoC\n\n- 開始日：2026年10月1日\n- 終了日：2026年9月30日\n",
        errors: [{ messageId: "endBeforeStart", range: [5, 6, 5, 16] }],
      },
      {
        name: "shares listed under the cost item they split, under a 費用分担 heading",
        text: "# 提携計画\n\n## 費用分担\n\n- 金型費（約2,800万円）\n  - 当社：60％\n  - 提携先：50％\n- 販促費：各社の負担\n",
        errors: [{ messageId: "sharesNot100", range: [6, 4, 6, 11], message: "比率の合計が110％で、100％になりません。" }],
      },
      {
        name: "two shares in one clause that add up to 110%",
        text: "# 提携計画\n\n## 費用負担\n\n開発費は当社60％、提携先50％の割合で負担する。\n",
        errors: [{ messageId: "sharesNot100", range: [4, 13, 4, 16], message: "比率の合計が110％で、100％になりません。" }],
      },
      {
        name: "a share table whose total row says 100% but its rows make 90%: on the total",
        text: "# 提携計画\n\n## 出資\n\n| 株主 | 出資比率 |\n|---|---|\n| 当社 | 60% |\n| 提携先 | 30% |\n| 合計 | 100% |\n",
        errors: [{ messageId: "sharesNot100", range: [8, 7, 8, 11] }],
      },
      {
        name: "a cost row across the parties' columns",
        text: "# 提携計画\n\n## 費用と収益\n\n| 項目 | 当社 | 提携先 |\n|---|---|---|\n| 役割 | 販売 | 製造 |\n| 費用負担 | 70% | 40% |\n| 収益配分 | 50% | 50% |\n",
        errors: [{ messageId: "sharesNot100", range: [7, 15, 7, 18] }],
      },
      {
        name: "a cost table across the parties' columns whose lead-in names the split (負担割合), its row unlabelled",
        text: "# 提携計画\n\n## 役割と費用\n\n初年度の開発費の負担割合は次のとおりとする。\n\n| 費目 | 当社 | 提携先 |\n|---|---|---|\n| 開発費（約1億円） | 70％ | 40％ |\n",
        errors: [{ messageId: "sharesNot100", range: [8, 20, 8, 23], message: "比率の合計が110％で、100％になりません。" }],
      },
      {
        name: "a split in brackets right after the words that name it (出資比率（当社55％、提携先40％）)",
        text: "# 提携計画\n\n## 費用\n\n運営資金の不足は、出資比率（当社55％、提携先40％）に応じて負担する。\n",
        errors: [{ messageId: "sharesNot100", range: [4, 23, 4, 26], message: "比率の合計が95％で、100％になりません。" }],
      },
      {
        name: "a split's figures without % signs, the parties named after them (60：35（当社：提携先）), in a row that names it",
        text: "# 提携計画\n\n## 条件\n\n| 項目 | 内容 |\n|---|---|\n| 出資比率 | 60：35（当社：提携先） |\n| 期間 | 3年 |\n",
        errors: [{ messageId: "sharesNot100", range: [6, 12, 6, 14] }],
      },
      {
        name: "a cell that holds a whole split (当社55％、提携先35％) in a row that names it",
        text: "# 条件変更のお願い\n\n## 変更点\n\n| 項目 | 現行 | 変更後 |\n|---|---|---|\n| 販促費の負担 | 当社50％、提携先50％ | 当社55％、提携先35％ |\n",
        errors: [{ messageId: "sharesNot100", range: [6, 35, 6, 38], message: "比率の合計が90％で、100％になりません。" }],
      },
      {
        name: "a term renewable by the parties' agreement (合意により更新できる) still ends before the target",
        text: "# 提携計画\n\n## 目的\n\n2029年3月末までに導入店舗数100店を達成する。\n\n## 期間\n\n本提携の期間は2028年3月31日までとし、両社の合意により更新できる。\n",
        errors: [{ messageId: "kpiAfterTerm", range: [4, 0, 4, 8] }],
      },
      {
        name: "a KPI table's 日付 column beside its 目標 column: when the target is due, after the term",
        text: "# 提携計画\n\n## KPI\n\n| 指標 | 目標 | 日付 |\n|---|---|---|\n| 導入店舗数 | 120店 | 2028年6月30日 |\n\n## 期間\n\n本提携の期間は2028年3月31日までとする。\n",
        errors: [{ messageId: "kpiAfterTerm", range: [6, 0, 6, 29] }],
      },
      {
        name: "a notice period longer than the term",
        text: "# 提携計画\n\n## 期間と解約\n\n本契約の有効期間は6か月間とする。\n\nいずれの当事者も、12か月前までに書面で通知することにより解約できる。\n",
        errors: [{ messageId: "noticeLongerThanTerm", range: [6, 9, 6, 13] }],
      },
      {
        name: "notice given as 予告 or 申し入れ is a notice period too",
        text: "# 提携計画\n\n## 期間と解約\n\n本覚書の有効期間は、2027年1月1日から2027年3月31日までとする。\n\n甲又は乙は、相手方に対し6か月前までに書面で予告することにより、本覚書を解約することができる。\n",
        errors: [{ messageId: "noticeLongerThanTerm", range: [6, 12, 6, 15] }],
      },
      {
        name: "notice given as 申し入れ",
        text: "# 提携計画\n\n## 期間と解約\n\n本契約の有効期間は1年間とする。\n\n解約する場合は、相手方に18か月前までに書面で申し入れる。\n",
        errors: [{ messageId: "noticeLongerThanTerm", range: [6, 12, 6, 16] }],
      },
      {
        name: "a header line that opens with its date and names the paper (付議資料) dates the plan",
        text: "2026年11月20日 取締役会 付議資料 No.4\n\n# 提携計画\n\n## スケジュール\n\n- 2026年10月30日までにDDを完了する。\n",
        errors: [{ messageId: "pastDeadline", range: [6, 2, 6, 13] }],
      },
      {
        name: "a byline's date after a slash (まとめた人：…／日付) dates the plan",
        text: "# 提携の検討メモ\n\nまとめた人：佐伯（事業開発）／ 2026年11月20日\n\n## スケジュール\n\n- 2026年10月30日までにDDを完了する。\n",
        errors: [{ messageId: "pastDeadline", range: [6, 2, 6, 13] }],
      },
      {
        name: "an objective and a KPI with different targets for one measure and date",
        text: "# 提携計画\n\n## 目的\n\n2027年度末までに導入店舗数を100店にする。\n\n## KPI\n\n- 導入店舗数：2027年度末までに80店\n",
        errors: [{ messageId: "conflictingTargets", range: [8, 2, 8, 21], contains: ["80店", "100店"] }],
      },
      {
        name: "an objective measured from a baseline year (2024年度比) and named with の: the KPI row's other target",
        text: "# 提携計画\n\n## 目的\n\n2030年度までに、沿線の定住人口を2024年度比で1.2万人増やす。\n\n## KPI\n\n| 指標 | 現状 | 目標 | 期限 |\n|---|---|---|---|\n| 沿線定住人口 | 46.8万人 | +1.0万人 | 2030年度 |\n",
        errors: [{ messageId: "conflictingTargets", range: [10, 0, 10, 37], contains: ["1.0万人", "1.2万人"] }],
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
        name: "a chronology (| When | Event |) tells what happened when: its dates are history, not deadlines",
        text: "# Alliance plan\n\nDate: 1 November 2026\n\n## So far\n\n| When | Event |\n|---|---|\n| November 2025 | First meeting of the two CEOs |\n| April 2026 | Trial sale in 3 stores |\n",
      },
      {
        name: "an English FY may end as late as March of the next year: end of FY2026 is not surely past in May 2026",
        text: "# Alliance plan\n\nPrepared: 10 May 2026\n\n## Timeline\n\n- Launch by the end of FY2026.\n",
      },
      {
        name: "done and signed are records, not deadlines",
        text: "# Alliance plan\n\nDate: 1 April 2026\n\n## Timeline\n\n- NDA signed by 31 January 2026.\n- Pilot completed by March 2026.\n",
      },
      {
        name: "a KPI due on the term's last month",
        text: "# Alliance plan\n\n## KPIs\n\n- 100 stores live by March 2028.\n\n## Term\n\nThe agreement runs from 1 April 2026 until 31 March 2028.\n",
      },
      {
        name: "a term that renews itself: a target after its first end is no contradiction",
        text: "# Alliance plan\n\n## KPIs\n\n- 100 stores live by March 2029.\n\n## Term\n\nThe agreement runs until 31 March 2028 and then renews automatically for 12-month periods.\n",
      },
      {
        name: "an NDA's date is not the alliance's term",
        text: "# Alliance plan\n\n## KPIs\n\n- 100 stores live by March 2029.\n\n## Confidentiality\n\nThe Mutual Non-Disclosure Agreement dated 15 January 2026 continues to apply.\n",
      },
      {
        name: "splits that add up, and 33.3% three times",
        text: "# Alliance plan\n\n## Economics\n\nGross profit is split 50% / 50%; costs are borne 70% by us and 30% by the partner. Booking fees are split Brightbite 33.3%, Smilepath 33.3% and the clinic 33.3%.\n",
      },
      {
        name: "a gate's thresholds (93% detection, below 3% false rejects) on a hold-out set are no split",
        text: "# Alliance plan\n\n## Stages\n\nGate A: go on if the pilot reaches 93% detection and below 3% false rejects on the hold-out set.\n",
      },
      {
        name: "fees are no split",
        text: "# Alliance plan\n\n## Economics\n\nThe partner receives a 10% referral fee and a 5% bonus share above plan.\n",
      },
      {
        name: "a notice period shorter than the term",
        text: "# Alliance plan\n\n## Term\n\nThe term is two years. Either party may terminate on 90 days' written notice.\n",
      },
      {
        name: "a progress review: past milestones marked done, the open one still ahead",
        text: "# Progress review\n\nDate: 1 October 2026\n\n## Milestones\n\n| Milestone | Due | Status |\n|---|---|---|\n| NDA | 2026-04-30 | done |\n| Pilot | 2026-12-31 | on track |\n",
      },
      {
        name: "a year that names something is no deadline (by the 2027 pilot)",
        text: "# Memo\n\nDate: 2 February 2028\n\n## Case\n\n- Energy cost falls to 24%, supported by the 2027 pilot at Perth.\n",
      },
      {
        name: "Q1 2026 may be a fiscal quarter that ends in June 2026",
        text: "# Plan\n\nTo: Board | From: Partnerships | Date: 1 May 2026\n\n## Timeline\n\n- Pilot report due by Q1 2026.\n",
      },
      {
        name: "the notes' byline date is not the agreement's end; a year before a noun in a Target column is no deadline",
        text: "# Shared logistics\n\nNotes from the agreement walk-through, Albany office — 8 April 2027\n\n## KPIs\n\n| KPI | Target (by 31 Mar 2028) |\n|---|---|\n| Delivery miles | -18% vs 2025 baseline |\n\nCut delivery miles by 18% by 31 March 2028.\n",
      },
      {
        name: "no date of its own, but the schedule names this paper's meeting: the steps before it are history",
        text: "# Alliance plan\n\n## Next steps\n\n| When | Step |\n|---|---|\n| 3 March 2025 | ExCo (this paper) |\n| April 2025 | Heads of terms |\n| June 2025 | Signing |\n",
        today: "2027-06-01",
      },
      {
        name: "a pilot's range in the term section is not the term",
        text: "# Alliance plan\n\n## KPIs\n\n- 40 stores live by 31 March 2027.\n\n## Term and exit\n\n- Pilot: from 1 April 2026 to 30 September 2026.\n- The agreement runs until 31 March 2028.\n",
      },
      {
        name: "a start date is not the plan's own date",
        text: "# Alliance plan\n\n## Pilot\n\n- Start date: 1 October 2026\n- Pilot report due by 30 September 2026.\n",
        today: "2026-11-01",
      },
    ],
    invalid: [
      {
        name: "a deadline before the schedule step that is this paper: the step dates the plan",
        text: "# Alliance plan\n\n## Next steps\n\n| When | Step |\n|---|---|\n| 3 March 2026 | ExCo (this paper) |\n| April 2026 | Heads of terms |\n\n- Sign the NDA by 31 January 2026.\n",
        today: "2026-04-01",
        errors: [{ messageId: "pastDeadline", range: [9, 18, 9, 33], contains: ["2026-03-03"] }],
      },
      {
        name: "an e-mail header's date with its weekday first dates the plan (Date: Mon, 3 Nov 2025)",
        text: "**From:** Dana\n**Date:** Mon, 3 Nov 2025 07:12\n**Subject:** Alliance update\n\n# Alliance update\n\n- We expect to sign the term sheet by 15 October 2025.\n",
        today: "2025-11-04",
        errors: [{ messageId: "pastDeadline", range: [6, 38, 6, 53], contains: ["2025-11-03"] }],
      },
      {
        name: "a header line that opens with its date and names the paper (board paper) dates the plan",
        text: "20 November 2026 board paper\n\n# Alliance plan\n\n## Timeline\n\n- Sign the NDA by 31 October 2026.\n",
        errors: [{ messageId: "pastDeadline", range: [6, 18, 6, 33] }],
      },
      {
        name: "a deadline before the plan's own date (Date: …)",
        text: "# Alliance plan\n\nDate: 1 April 2026\n\n## Timeline\n\n- Sign the NDA by 31 March 2026.\n- Finish the pilot by September 2026.\n",
        errors: [{ messageId: "pastDeadline", range: [6, 18, 6, 31], contains: ["2026-03-31", "the plan's own date (2026-04-01)"] }],
      },
      {
        name: "a plan dated by a byline, a 'Last edited' line or a field after a middle dot",
        text: "# Year-2 review\n\nNotes from the year-2 review, Brightwater Pumps, 10 November 2026\n\n## Actions\n\n- Submit the demand forecast by 30 September 2026.\n",
        errors: [{ messageId: "pastDeadline", range: [6, 32, 6, 49], contains: ["2026-09-30", "2026-11-10"] }],
      },
      {
        name: "'Last edited' dates the plan",
        text: "# Scribe OKRs\n\n_Last edited 8 January 2027_\n\n## Key results\n\n- 250 licences cancelled by 30 November 2026.\n",
        errors: [{ messageId: "pastDeadline", range: [6, 28, 6, 44], contains: ["2026-11-30", "2027-01-08"] }],
      },
      {
        name: "a Date field after a middle dot",
        text: "# ExCo paper\n\n**Author:** Head of Fleet · **Date:** 17 August 2026\n\n## Pilot\n\nTarget: pilot results to ExCo by 31 May 2026.\n",
        errors: [{ messageId: "pastDeadline", range: [6, 33, 6, 44], contains: ["2026-05-31", "2026-08-17"] }],
      },
      {
        name: "a quarter over however it is counted (calendar, April or October fiscal year): Q4 2025",
        text: "# Plan\n\nDate: 1 May 2026\n\n## Timeline\n\n- Pilot report due by Q4 2025.\n",
        errors: [{ messageId: "pastDeadline", range: [6, 22, 6, 29] }],
      },
      {
        name: "a KPI due after the agreement runs out",
        text: "# Alliance plan\n\n## KPIs\n\n- 100 stores live by March 2029.\n\n## Term\n\nThe agreement runs from 1 April 2026 until 31 March 2028.\n",
        errors: [{ messageId: "kpiAfterTerm", range: [4, 21, 4, 31] }],
      },
      {
        name: "a bare range in the term-and-exit section is the term (no subject named)",
        text: "# Sponsorship proposal\n\n## KPIs\n\n- 5,000 members on the bundle by 30 June 2030.\n\n## 9. Term and exit\n\n- Three seasons, from 1 July 2026 to 30 June 2029.\n",
        errors: [{ messageId: "kpiAfterTerm", range: [4, 33, 4, 45] }],
      },
      {
        name: "a YAML term whose end is before its start, and a KPI due after that end",
        filePath: "plan.alliance.yaml",
        text: "lang: en\nterm:\n  start: 2026-04-01\n  end: 2025-03-31\nkpis:\n  - name: Stores live\n    target: 100 stores\n    due: 2027-03-31\n",
        errors: [
          { messageId: "endBeforeStart", range: [3, 7, 3, 17] },
          { messageId: "kpiAfterTerm", range: [5, 4, 7, 19] },
        ],
      },
      {
        name: "a term given as a length from its start date (Term: 24 months from 1 May 2026 ends 30 April 2028)",
        text: "# Alliance plan\n\nDate: 1 April 2026\n\n## Objectives\n\n- 2,000 subscribers by June 2028.\n\n## Term\n\nTerm: 24 months from 1 May 2026. Either party may terminate on 60 days' written notice.\n",
        errors: [{ messageId: "kpiAfterTerm", range: [6, 23, 6, 32], contains: ["2028-04-30"] }],
      },
      {
        name: "a pilot from October to the March before",
        text: "# Alliance plan\n\n## Pilot\n\nThe pilot runs from 1 October 2026 to 31 March 2026.\n",
        errors: [{ messageId: "endBeforeStart", range: [4, 38, 4, 51] }],
      },
      {
        name: "shares nested under the item that names the split",
        text: "# Alliance plan\n\n## Economics\n\n- Royalty: €7.50 per device.\n- Cloud subscription, net revenue split:\n  - Veltro: 65%\n  - Lingbridge: 30%\n",
        errors: [{ messageId: "sharesNot100", range: [7, 4, 7, 19], message: "These shares add up to 95%, not 100%." }],
      },
      {
        name: "cost shares of 60% and 30%",
        text: "# Alliance plan\n\n## Economics\n\nCosts are borne 60% by us and 30% by the partner.\n",
        errors: [{ messageId: "sharesNot100", range: [4, 30, 4, 33], message: "These shares add up to 90%, not 100%." }],
      },
      {
        name: "a list of shares under a revenue-share heading",
        text: "# Alliance plan\n\n## Revenue share\n\n- Northwind: 55%\n- Harbor Labs: 55%\n",
        errors: [{ messageId: "sharesNot100", range: [5, 2, 5, 18] }],
      },
      {
        name: "a split in brackets right after the words that name it (the equity split (us 55%, them 40%))",
        text: "# Plan\n\n## Costs\n\nStart-up losses are met according to the equity split (us 55%, them 40%).\n",
        errors: [{ messageId: "sharesNot100", range: [4, 68, 4, 71], message: "These shares add up to 95%, not 100%." }],
      },
      {
        name: "a split's figures without % signs, the parties named after them (60 / 45 (us / them)), in a row that names it; a board's seats are no split",
        text: "# Plan\n\n## Terms\n\n| Term | Option A |\n|---|---|\n| Equity split | 60 / 45 (us / them) |\n| Board seats | 3 / 2 |\n",
        errors: [{ messageId: "sharesNot100", range: [6, 22, 6, 24] }],
      },
      {
        name: "a cell that holds a whole split (66% / 44%) in a row that names it",
        text: "# Change note\n\n## What changes\n\n| Item | Today | Proposed |\n|---|---|---|\n| Share of profits | 50% / 50% | 66% / 44% |\n",
        errors: [{ messageId: "sharesNot100", range: [6, 39, 6, 42], message: "These shares add up to 110%, not 100%." }],
      },
      {
        name: "a funding table across the parties' columns under a heading that names the split",
        text: "# Alliance plan\n\n## Cost sharing\n\n| Item | Harbor Labs | Northwind |\n|---|---|---|\n| Tooling (£2M) | 65% | 45% |\n",
        errors: [{ messageId: "sharesNot100", range: [6, 24, 6, 27] }],
      },
      {
        name: "revenue shared between two parties in one clause",
        text: "# Alliance plan\n\n## Economics\n\nRevenue from third-party sales is shared 60% Northwind / 45% Harbor Labs.\n",
        errors: [{ messageId: "sharesNot100", range: [4, 57, 4, 60] }],
      },
      {
        name: "a term that may be extended by agreement still ends before the target: only a renewal by itself would carry it",
        text: "# Alliance plan\n\n## KPIs\n\n- 100 stores live by March 2029.\n\n## Term\n\nThe agreement runs until 31 March 2028 and may be extended by mutual agreement.\n",
        errors: [{ messageId: "kpiAfterTerm", range: [4, 21, 4, 31] }],
      },
      {
        name: "a term that runs for an initial length (runs for an initial 12 months) and a longer notice",
        text: "# Alliance plan\n\n## Term\n\nThe agreement runs for an initial 12 months from opening. Either party may end it by giving 18 months' written notice.\n",
        errors: [{ messageId: "noticeLongerThanTerm", range: [4, 92, 4, 101] }],
      },
      {
        name: "a KPI table's Date column beside its Target column: when the target is due, after the term",
        text: "# Alliance plan\n\n## KPIs\n\n| KPI | Target | Date |\n|---|---|---|\n| Partner stores | 120 stores | 30 June 2028 |\n\n## Term\n\nTerm: to 31 March 2028.\n",
        errors: [{ messageId: "kpiAfterTerm", range: [6, 0, 6, 46] }],
      },
      {
        name: "six months' notice on a three-month term",
        text: "# Alliance plan\n\n## Term\n\nThe initial term is 3 months. Either party may terminate on 6 months' written notice.\n",
        errors: [{ messageId: "noticeLongerThanTerm", range: [4, 60, 4, 68] }],
      },
      {
        name: "an objective of 100 partner stores and a KPI row of 80 for the same month",
        text: "# Alliance plan\n\n## Objectives\n\nReach 100 partner stores by March 2028.\n\n## KPIs\n\n| KPI | Target | Due |\n|---|---|---|\n| Partner stores | 80 stores | March 2028 |\n",
        errors: [{ messageId: "conflictingTargets", range: [10, 0, 10, 43] }],
      },
      {
        name: "an objective measured against a baseline year (vs 2025): the KPI's other target for the same date",
        text: "# Alliance plan\n\n## Objectives\n\nGrow partner store visits by 12,000 visits by 31 March 2028 vs 2025.\n\n## KPIs\n\n- Partner store visits: 10,000 visits by 31 March 2028\n",
        errors: [{ messageId: "conflictingTargets", range: [8, 2, 8, 54] }],
      },
    ],
  }),
);

describe("plan-consistency points at both places", () => {
  const related = (text: string, filePath = "plan.alliance.md") =>
    only(lint(text, filePath, ON, { today: "2026-06-01" }), RULE).map((f) => ({
      ...brief(f),
      related: f.related?.map((r) => ({
        range: [r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character],
        message: r.message,
      })),
    }));

  it("a KPI after the term: the term's end, with its date (ja)", () => {
    const text =
      "# 提携計画\n\n## 目的\n\n2029年3月末までに導入店舗数100店を達成する。\n\n## 期間\n\n本提携の期間は2026年4月1日から2028年3月31日までとする。\n";
    expect(related(text)).toEqual([
      {
        ruleId: RULE,
        messageId: "kpiAfterTerm",
        range: [4, 0, 4, 8],
        related: [{ range: [8, 18, 8, 28], message: "提携期間の終了（2028-03-31）" }],
      },
    ]);
  });

  it("shares that do not add up: the other shares of the split (en)", () => {
    const text = "# Alliance plan\n\n## Economics\n\nCosts are borne 60% by us and 30% by the partner.\n";
    expect(related(text)[0].related).toEqual([{ range: [4, 16, 4, 19], message: "Another share of the same split" }]);
  });

  it("a past deadline in an undated plan has no other place to point at", () => {
    const text = "# 提携計画\n\n## スケジュール\n\n2024年3月末までにPoCを完了する。\n";
    expect(related(text)).toEqual([{ ruleId: RULE, messageId: "pastDeadline", range: [4, 0, 4, 8], related: undefined }]);
  });

  it("is off by default: no finding without the config", () => {
    const text = "# Alliance plan\n\n## Economics\n\nCosts are borne 60% by us and 30% by the partner.\n";
    expect(only(lint(text), RULE)).toEqual([]);
  });
});

describe("plan-consistency on the fixtures of its kind", () => {
  const findings = (file: string) =>
    only(lint(readFileSync(resolve(__dirname, "../../fixtures", file), "utf8"), file, ON, { today: "2026-12-01" }), RULE).map((f) => [
      f.range.start.line + 1,
      f.messageId,
      ...(f.related ?? []).map((r) => r.range.start.line + 1),
    ]);

  it("稟議書: an objective after the 契約期間, a cost row of 60％ and 50％; the 年度末 KPI and the NDA 締結済み are sound", () => {
    expect(findings("ja/consistency-ringi-kpi-after-term-cost-row.alliance.md")).toEqual([
      [12, "kpiAfterTerm", 22],
      [40, "sharesNot100", 40],
    ]);
  });

  it("contract: an obligation due before the signing date at the end; start plus 2年間 and 30％/残り are sound", () => {
    expect(findings("ja/consistency-contract-past-deadline-start-plus-term.alliance.md")).toEqual([[11, "pastDeadline", 33]]);
  });

  it("memo: a pilot ending before it starts, a KPI target unlike the objective's; FY2026 and 33.3% ×3 are sound", () => {
    expect(findings("en/consistency-memo-pilot-end-before-start-targets.alliance.md")).toEqual([
      [16, "endBeforeStart", 16],
      [22, "conflictingTargets", 11],
    ]);
  });

  it("YAML: a launch before the plan's date, a 55%/55% commission split", () => {
    expect(findings("en/consistency-yaml-commission-split-past-launch.alliance.yaml")).toEqual([
      [11, "pastDeadline", 3],
      [23, "sharesNot100", 22],
    ]);
  });
});

describe("plan-consistency: a notice against its own period, and terms beside other sentences", () => {
  const found = (text: string, filePath = "plan.alliance.md") =>
    only(lint(text, filePath, ON, { today: "2026-06-01" }), RULE).map((f) => [
      ...brief(f).range,
      f.messageId,
      ...(f.related ?? []).map((r) => r.range.start.line),
    ]);

  it("a term followed by a sentence about its expiry is still the term (ja): the notice is longer than it", () => {
    const text =
      "# 運用計画\n\n## 期間\n\n- 有効期間：2026年7月1日から2026年12月31日まで。期間満了後は改めて協議する。\n- 解約は8か月前までに書面で通知する。\n";
    expect(found(text)).toEqual([[5, 5, 5, 8, "noticeLongerThanTerm", 4]]);
  });

  it("a term followed by a sentence about its expiry is still the term (en)", () => {
    const text =
      "# Operating plan\n\n## Term\n\nThe agreement runs from 1 July 2026 to 31 December 2026. After expiry the parties review the service.\nEither party may end it on 8 months' written notice.\n";
    expect(found(text)).toEqual([[5, 27, 5, 35, "noticeLongerThanTerm", 4]]);
  });

  it("a statement that gives a period and its notice: the notice against that period, not the longest term (ja)", () => {
    const text =
      "# 契約の確認\n\n- 試用契約：期間は2026年8月1日から2か月。解約は4か月前までに書面で通知する。\n- 本契約：期間は本番開始から3年間。解約は6か月前までに書面で通知する。\n";
    expect(found(text)).toEqual([[2, 28, 2, 31, "noticeLongerThanTerm", 2]]);
  });

  it("a contract's number words with their digits: an evaluation period of three (3) months ended on six (6) months' notice (en)", () => {
    const text =
      "# License review\n\nThe licence runs until the last patent expires. It opens with an evaluation period of three (3) months, which either party may end on six (6) months' written notice.\n";
    expect(found(text)).toEqual([[2, 134, 2, 148, "noticeLongerThanTerm", 2]]);
  });

  it("a notice shorter than the period its statement gives is sound, though another term is shorter (ja, en)", () => {
    expect(found("# 契約の確認\n\n- 本契約：期間は本番開始から3年間。解約は6か月前までに書面で通知する。\n")).toEqual([]);
    expect(found("# Review\n\nAn evaluation period of twelve (12) months, ended on thirty (30) days' written notice.\n")).toEqual([]);
  });

  it("a snake_case YAML key names a trial (trial_sale.period): not the term the notice is held against", () => {
    const text =
      "alliance-plan: true\ntrial_sale:\n  period: 2026-03-01 〜 2026-04-30\nterm:\n  end: 2029-03-31\n  termination: いずれかの当事者が90日前に通知して解除できる\n";
    expect(found(text, "plan.alliance.yaml")).toEqual([]);
  });
});

describe("plan-consistency: a term given as a length from its start, without a verb of ending", () => {
  const found = (text: string) =>
    only(lint(text, "plan.alliance.md", ON, { today: "2026-06-01" }), RULE).map((f) => [...brief(f).range, f.messageId]);

  it("an initial term of a length from a start date is the term: the notice longer than it is reported (en)", () => {
    const text =
      "# Buying group\n\n## Term\n\nThe Agreement starts on 1 March 2027 and has an initial term of 9 months from 1 March 2027.\nEither Party may end it on not less than 12 months' written notice.\nEach Party keeps the other's data confidential during its term and for four years afterwards.\n";
    expect(found(text)).toEqual([[5, 41, 5, 50, "noticeLongerThanTerm"]]);
  });

  it("the new term, not the background's current contract, bounds the targets (en)", () => {
    const text =
      "# From supplier to partner\n\n## Where we are\n\nWe have cleaned the depots since 2022; the present contract ends on 30 June 2027.\n\n## Targets\n\n- Cut energy use by 15% by 30 June 2030.\n\n## Term\n\n- Initial term of four years from 1 July 2027.\n";
    expect(found(text)).toEqual([]);
  });

  it("a term of a length from its start date bounds the targets (ja)", () => {
    const text =
      "# 提携計画\n\n## 目標\n\n- 2029年3月末までに加盟店を200店にする。\n\n## 期間\n\n- 本提携の期間は2027年4月1日から1年間とする。\n";
    expect(found(text)).toEqual([[4, 2, 4, 10, "kpiAfterTerm"]]);
  });
});

describe("plan-consistency: the plan's own date in a header's fields, and labelled deadlines", () => {
  const found = (text: string) =>
    only(lint(text, "plan.alliance.md", ON, { today: "2027-06-01" }), RULE).map((f) => [...brief(f).range, f.messageId]);

  it("a 'Date of paper:' field after a middle dot dates the plan (en)", () => {
    const text =
      "# Board paper\n\nAuthor: R. Finch, Sales · Date of paper: 4 March 2027\n\n## Next steps\n\n- Data room to be completed by 15 February 2027.\n";
    expect(found(text)).toEqual([[6, 31, 6, 47, "pastDeadline"]]);
  });

  it("a date between middle dots on a header line dates the plan (en)", () => {
    const text = "# Joint stand plan\n\nVersion 2 · 3 March 2027 · Owner: P. Lane\n\n## Budget\n\n- Deposit deadline: 10 February 2027.\n";
    expect(found(text)).toEqual([[6, 20, 6, 36, "pastDeadline"]]);
  });

  it("the meeting a paper is put to, in its header, dates it (en, ja)", () => {
    expect(
      found(
        "Proposal to the club\nFor: Club Board, meeting 12 March 2027\n\n## Timeline\n\n- The licence is to be signed by 28 February 2027.\n",
      ),
    ).toEqual([[5, 33, 5, 49, "pastDeadline"]]);
    expect(found("共同販売の提案（経営会議 2027年3月12日 提出）\n\n## 日程\n\n- 2027年2月末までに条件を取りまとめる。\n")).toEqual([
      [4, 2, 4, 10, "pastDeadline"],
    ]);
  });

  it("a 付議日 dates the plan; a field or row labelled 期限 / 期日 is a deadline, a 有効期限 is not (ja)", () => {
    const text =
      "# 投資委員会付議資料\n\n- 付議日：2027年3月10日\n\n## 条件\n\n| 項目 | 内容 |\n|---|---|\n| 払込期日 | 2027年2月26日 |\n| 有効期限 | 2027年1月31日 |\n\n基本合意の締結期限：2027年2月15日（量産日程から逆算）。\n";
    expect(found(text)).toEqual([
      [8, 9, 8, 19, "pastDeadline"],
      [11, 10, 11, 20, "pastDeadline"],
    ]);
  });
});
