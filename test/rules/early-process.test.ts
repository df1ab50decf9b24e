import { describe, expect, it } from "vitest";
import { fixtureFindings, testRule, turnedOn } from "../helpers/rule-tester";
import { brief, lint, only } from "../helpers/lint";

const RULE = "early-process";
/** A 稟議 (before signing): lines 0–4; the part under test starts on line 6. */
const JA = (body: string) => `# 業務提携契約締結の件（稟議）\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n\n${body}\n`;
/** A board paper asking for approval: lines 0–4. */
const EN = (body: string) =>
  `# Proposed partnership with Northwind — for approval\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n${body}\n`;
const JA_ALL =
  "- 2026年3月に秘密保持契約を締結済み。\n- 4月に財務・法務・知財のデューデリジェンスを行う。\n- 3店舗で3か月のパイロットを行い、客単価が10%以上伸びた場合に全店展開を判断する。";
const EN_ALL =
  "- A mutual NDA was signed on 3 February.\n- Financial, legal and IP due diligence by May.\n- A 90-day pilot at two sites; we roll out only if pick accuracy is at least 99%.";

testRule(
  RULE,
  "Japanese",
  turnedOn(RULE, {
    valid: [
      {
        name: "a report on joint work done, by its title (共同検証報告書), is of a running alliance",
        text: "# 共同検証報告書：配送ルート最適化AI\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n\n## 今後の進め方\n\n本番運用に向けて、業務提携契約の締結を目指す。\n",
      },
      {
        name: "the unwinding of a joint venture, by its title (合弁解消の検討), is of a running alliance",
        text: "# 合弁解消の検討\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n\n## 今後の進め方\n\n解消に向けて、合意書の締結を目指す。\n",
      },
      {
        name: "a disclosure (「…に関するお知らせ」) reports an alliance decided, whatever signing its timetable lists",
        text: "# 資本業務提携に関するお知らせ\n\n当社は、本日開催の取締役会において、B社との資本業務提携を決議しました。\n\n| 日程 | 日付 |\n|---|---|\n| 契約締結日 | 2026年6月1日 |\n",
      },
      {
        name: "a check's items listed under its lead-in: the partner's last years of accounts, its ties to organised crime",
        text: JA(
          "- 2026年3月に秘密保持契約を締結済み。\n- 先方の審査：リスク統括部が以下を確認する。\n  - 直近3期の財務内容\n  - 反社会的勢力との関係の有無\n- 3店舗で3か月のパイロットを行い、客単価が10%以上伸びた場合に全店展開を判断する。",
        ),
      },
      {
        name: "a preliminary trial (予備試験) with its threshold for going on",
        text: JA(
          "- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n- 温室で予備試験を行い、対照区を5%以上上回った場合に限り圃場試験に進む。",
        ),
      },
      { name: "a 稟議 with all three (NDA already signed counts)", text: JA(JA_ALL) },
      {
        name: "a contract is not before signing",
        text: "# 業務提携契約書\n\n株式会社A（以下「甲」）と株式会社B（以下「乙」）は、次のとおり契約（以下「本契約」という）を締結する。\n\n第1条（目的）甲及び乙は共同で販売を行う。\n",
      },
      {
        name: "a plan for an alliance already signed",
        text: "# 2027年度 提携運営計画\n\n2025年4月に業務提携契約を締結した。本年度は販売店を20店に広げる。\n",
      },
      { name: "a progress report by its title", text: "# 業務提携 第2期 進捗報告\n\n販売店は12店になった。来期は承認をお願いしたい。\n" },
      { name: "no mark of the stage either way", text: "# 業務提携計画\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n" },
      {
        name: "a signing dated as a record (「（2025年3月3日締結）」「…日締結の契約」) is behind the plan, not ahead",
        text: "# 2027年度 運営計画\n\n- 形態：業務提携契約（2025年3月3日締結、資本関係なし）\n- 根拠：2026年3月25日締結の業務提携契約\n",
      },
      {
        name: "a partner's request to change terms (「…したい」との打診) is not an approach",
        text: "# 月次報告\n\n先方から「来年度から料金体系を変えたい」との打診あり。\n",
      },
      {
        name: "checks of the partner's books and standing, a 実証 and a 試験使用 with criteria",
        text: JA(
          "- 秘密保持契約を締結済み。\n- 双方の直近3期の決算書と反社会的勢力との関係の有無を相互に確認する。\n- 3駅で共同実証を行い、稼働率35%以上で継続を判断する。\n- 試作ロット50台を3社で試験使用し、不良率1%以下を量産移行の条件とする。",
        ),
      },
      {
        name: "the check first, its items in brackets (「確認（…財務…）」)",
        text: JA(
          "- 秘密保持契約を締結済み。\n- 越路ロジの確認（運輸安全、直近3期の財務、事故歴）\n- 3店舗でパイロットを行い、客単価が10%以上伸びた場合に全店展開を判断する。",
        ),
      },
      {
        name: "the alliance's agreement signed before the plan's own date, in a history list: running",
        text: "検討メモ\n\n日付：2026年11月27日\n\n■ これまでの経緯\n・2024年4月、株式会社ハコニワと物流業務提携契約を締結。\n・料金改定を打診する。\n",
      },
      {
        name: "a memo whose subject line revises the alliance (「件名：…の見直し」): running",
        text: "検討メモ（社内限り）\n\n件名：ハコニワ社とのフルフィルメント提携の見直しについて\n\n起案：営業企画部\n",
      },
      {
        name: "confidentiality paired with another subject in one 覚書, and a テスト出荷 with its criterion",
        text: JA(
          "- 秘密保持及び個人情報の取扱いに関する覚書を締結する。\n- 財務・法務デューデリジェンスを行う。\n- テスト出荷を行い、歩留まり90%以上で本格取引へ進める。",
        ),
      },
      {
        name: "a 稟議 whose subject, in its header table, renews the alliance's agreement (「| 件名 | …契約の更新について |」): running",
        text: "# 稟議書\n\n| 項目 | 内容 |\n|---|---|\n| 稟議番号 | 営推-2026-014 |\n| 起案日 | 2026年2月16日 |\n| 起案部署 | 営業推進部 |\n| 起案者 | 課長 今泉 |\n| 決裁者 | 常務取締役 |\n| 決裁期限 | 2025年度内 |\n| 件名 | 株式会社Aとの販売代理店契約の更新について |\n\n2026年度の販売計画の承認を求めます。\n",
      },
      {
        name: "「…を締結し、」 ending in the past (「…取得した。」) is a signing done: running",
        text: "# 2027年度 事業計画\n\n- 2026年4月、コスモ住建と資本業務提携を締結し、当社が同社株式の一部を取得した。\n",
      },
      {
        name: "a trial under another name (「無償評価」) and checks of the partner's patents and conflicts far from the verb",
        text: JA(
          "- 秘密保持契約を締結済み。\n- 大学の産学連携本部を通じて、研究室の過去の共同研究実績、関連特許、利益相反マネジメント及び安全保障輸出管理の手続を確認した。\n- 協力病院3施設で無償評価を行い、医師アンケートで「役立つ」が70%以上なら契約締結に進む。",
        ),
      },
      {
        name: "the criterion in the pilot's own section",
        text: JA(
          "秘密保持契約を締結する。与信調査を行う。\n\n## PoCの進め方\n\n- 2拠点で3か月実施する。\n- 認識精度95%以上で本格導入の可否を判断する。",
        ),
      },
      {
        name: "an investor's periodic report on its holdings (ポートフォリオ報告) is a review, its 付議事項 notwithstanding",
        text: "# コトリ・キャピタル ポートフォリオ報告（2026年度下期）\n\n## 投資委員会への付議事項\n\n- 投資先1社への追加投資\n",
      },
      {
        name: "a summary that yields to the signed agreement (締結済みの契約書が優先) is of a running alliance",
        text: "# 青葉製作所とのライセンス 要点まとめ\n\n> 本書と締結済みの契約書の内容が異なる場合は、契約書が優先する。\n\n## 今後\n\n- 対象地域を東北に広げることをご提案します。\n",
      },
      {
        name: "the partner's data handling checked (個人情報保護の審査, a 委託先チェックシート) is a check of the partner",
        text: JA(
          "- 秘密保持契約を締結済み。\n- 先方の個人情報保護の審査を法務部が行い、委託先チェックシートへの回答を受ける。\n- 3店舗でパイロットを行い、客単価が10%以上伸びた場合に全店展開を判断する。",
        ),
      },
      {
        name: "the first unit as the trial: the next store waits on its result",
        text: JA(
          "- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n- 開業1年時点で営業利益が黒字にならない場合は2号店の出店を見送る。",
        ),
      },
      {
        name: "a threshold that is the condition itself (「定時率98%で次段階へ」)",
        text: JA(
          "- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n- 2地区で3か月の共同実証を行う。欠品ゼロ・定時率98%で次段階へ進む。",
        ),
      },
    ],
    invalid: [
      {
        name: "the definitive agreement still ahead after a basic agreement (「最終契約は来年3月の締結を目指す」)",
        text: "# 取材メモ：青葉運輸との提携\n\n- 両社は基本合意書を交わした。最終契約は来年3月の締結を目指す。\n- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 15] }],
      },
      {
        name: "a status that says the agreement is not signed yet (`status: 検討中（合弁契約 未締結）`)",
        text: "# 共同物流会社の計画\n\nstatus: 検討中（合弁契約 未締結）\n\n- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 11] }],
      },
      {
        name: "the alliance still ahead, said with no proposal mark: an entity named provisionally (（仮称）)",
        text: "# 合弁会社「みなと便」（仮称）の概要\n\n- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 19] }],
      },
      {
        name: "a start in the volitional (「始めようとしている提携」) is before signing",
        text: "# 配送の件\n\n春から始めようとしている青葉運輸との提携について説明します。\n\n- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 6] }],
      },
      {
        name: "partners still candidates (「候補企業2社」) are before signing",
        text: "# 役員合宿メモ\n\n候補企業2社と面談した。\n\n- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 8] }],
      },
      {
        name: "a second store opened on a date, with no result it waits on, is no trial",
        text: JA("- 秘密保持契約を締結済み。\n- 財務・法務のデューデリジェンスを行う。\n- 2027年4月に2号店を開業する。"),
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 16] }],
      },
      {
        name: "an issues list under another name (論点一覧) is before signing",
        text: "# 合弁契約 論点一覧\n\n| No. | 論点 | 当社案 |\n|---|---|---|\n| 1 | 秘密保持 | 秘密保持契約を適用 |\n| 2 | デューデリジェンス | 財務を確認 |\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 11] }],
      },
      {
        name: "an issues list (論点整理表) is before signing: the agreement is still negotiated",
        text: "# 株主間契約 論点整理表\n\n| No. | 論点 | 当社案 |\n|---|---|---|\n| 1 | 秘密保持 | 秘密保持契約を適用 |\n| 2 | デューデリジェンス | 財務を確認 |\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 13] }],
      },
      {
        name: "nothing of the early process: one finding per item, on the first heading",
        text: JA("当社は販売を担当する。"),
        errors: [
          { messageId: "missingNda", range: [0, 0, 0, 16], contains: ["秘密保持契約"] },
          { messageId: "missingDueDiligence", range: [0, 0, 0, 16], contains: ["デューデリジェンス"] },
          { messageId: "missingPilot", range: [0, 0, 0, 16], contains: ["パイロット"] },
        ],
      },
      {
        name: "a pilot without a go/no-go criterion",
        text: JA("秘密保持契約を締結する。法務・財務デューデリジェンスを行う。3店舗で試験販売を行う。"),
        errors: [{ messageId: "pilotWithoutCriterion", range: [0, 0, 0, 16], contains: ["判断基準"] }],
      },
      {
        name: "a due diligence left 今後検討 is none",
        text: JA(
          `## 締結前のプロセス\n\n- デューデリジェンスの範囲は今後検討する。\n- ${JA_ALL.split("\n- ")[0].slice(2)}\n- 3店舗で3か月のパイロットを行い、客単価が10%以上伸びた場合に全店展開を判断する。`,
        ),
        errors: [{ messageId: "missingDueDiligence", range: [6, 0, 6, 11] }],
      },
      {
        name: "a check of the partner said not done yet is none",
        text: JA(
          "- 秘密保持契約を締結済み。\n- 先方の財務状況は、まだ確認していない。\n- 3店舗でパイロットを行い、客単価が10%以上伸びた場合に全店展開を判断する。",
        ),
        errors: [{ messageId: "missingDueDiligence", range: [0, 0, 0, 16] }],
      },
      {
        name: "「…を締結し、…したい」 takes the tense of its end: the signing is ahead, not done",
        text: "# 新規提携について（稟議）\n\n株式会社Bと業務提携契約を締結し、専用の翻訳モデルを構築・運用したい。\n\n秘密保持契約（締結済み）。反社チェックを実施した。\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 14] }],
      },
      {
        name: "a 基本合意書 is before signing the definitive agreement, whatever its preamble (「以下「甲」という」)",
        text: "# 業務提携に関する基本合意書\n\n株式会社A（以下「甲」という。）と株式会社B（以下「乙」という。）は、最終契約の締結に向けた基本事項を確認する。\n\n甲及び乙は秘密保持契約に従って情報を取り扱う。\n",
        errors: [
          { messageId: "missingDueDiligence", range: [0, 0, 0, 15] },
          { messageId: "missingPilot", range: [0, 0, 0, 15] },
        ],
      },
      {
        name: "a head that calls the document a 企画書 or a 構想",
        text: "# 企画書　生成AI応対支援の共同サービス化\n\n## 目的\n\n問い合わせ対応を自動化する。\n",
        errors: [
          { messageId: "missingNda", range: [0, 0, 0, 22] },
          { messageId: "missingDueDiligence", range: [0, 0, 0, 22] },
          { messageId: "missingPilot", range: [0, 0, 0, 22] },
        ],
      },
      {
        name: "a signing still ahead in the schedule marks the plan as before signing",
        text: "# 業務提携計画\n\n## スケジュール\n\n- 2026年4月：業務提携契約の締結\n",
        errors: [
          { messageId: "missingNda", range: [2, 0, 2, 9] },
          { messageId: "missingDueDiligence", range: [2, 0, 2, 9] },
          { messageId: "missingPilot", range: [2, 0, 2, 9] },
        ],
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
        name: "a report on joint work done, by its title (evaluation report), is of a running alliance",
        text: "# Joint Evaluation Report: Route Optimisation AI\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n## Next steps\n\nWe propose to sign the agreement for live operation.\n",
      },
      {
        name: "the unwinding of a joint venture, by its title (JV unwind), is of a running alliance",
        text: "# Joint Venture Unwind Assessment\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n## Next steps\n\nWe propose to sign the termination agreement.\n",
      },
      {
        name: "a filing that records the agreement entered into (any party the subject) is of a running alliance",
        text: "# Current report\n\n## Item 1.01\n\nOn 3 March 2026 Harlow Devices, Inc. entered into a Strategic Alliance Agreement with Orrin Labs.\n",
      },
      {
        name: "a press release reports an alliance agreed, whatever signing its timetable lists",
        text: "FOR IMMEDIATE RELEASE\n\n# Notice Concerning a Capital and Business Alliance\n\nThe two companies announce an alliance.\n\n| Event | Date |\n|---|---|\n| Signing of the Alliance Agreement | 30 May 2026 |\n",
      },
      {
        name: "a buyer's vendor review of its partner is a check of the partner",
        text: EN(
          "- A mutual NDA was signed on 3 February.\n- Security's vendor review of the partner is complete.\n- A 90-day pilot at two sites; we roll out only if pick accuracy is at least 99%.",
        ),
      },
      {
        name: "several years of audited financial statements and anti-bribery checks are checks of the partner",
        text: EN(
          "- A mutual NDA was signed on 3 February.\n- The partner submits three years of audited financial statements; we completed anti-bribery checks on it.\n- A 90-day pilot at two sites; we roll out only if pick accuracy is at least 99%.",
        ),
      },
      { name: "a board paper with all three", text: EN(EN_ALL) },
      {
        name: "an agreement is not before signing",
        text: '# Distribution Agreement\n\nThis Distribution Agreement (the "Agreement") is made between Langstroth Ltd and Savanna Ltd.\n\n## 1. Appointment\n\nThe Supplier appoints the Distributor.\n',
      },
      {
        name: "a running alliance's review by its title",
        text: "# Q3 progress review — Northwind alliance\n\nWe recommend extending the pilot to four stores.\n",
      },
      { name: "the NDA signed is not the alliance signed", text: EN(`The NDA was signed in April.\n\n${EN_ALL}`) },
      {
        name: "a signing dated before the plan's own date is behind it",
        text: "# Programme review\n\nDate: 30 September 2026\n\n## Schedule\n\n- 1 April 2026: alliance agreement signing and launch\n",
      },
      {
        name: "the alliance's licence signed before the memo's date: a follow-on, not before signing",
        text: "**Follow-on investment memo**\n\nMemo date: 25 November 2026\n\nWe recommend the follow-on. Trevalon and Routewise signed a commercial licence and deployment agreement in January 2025.\n",
      },
      {
        name: "a beta and an evaluation licence are pilots; accounts named before their check, company and litigation searches are due diligence",
        text: EN(
          "- Mutual NDA signed 18 September.\n- The partner's last two years' accounts reviewed by Finance; company, charge and litigation searches done.\n- Evaluation licence: 90 days; we move to a full licence only if intelligibility improves by at least 3 dB.\n- A beta with 20 firms; go if citation accuracy is at least 92%.",
        ),
      },
      {
        name: 'a pilot whose decision is a step of the stage line ("pilot → decision at July ExCo"), its go criterion "go if …"',
        text: EN("- NDA signed.\n- Due diligence done.\n- Pilot (Apr–Jun 2026) → decision at July ExCo → full range."),
      },
      {
        name: "a date far from the signing dates something else: an onboarding guide thanks the partner for signing",
        text: "# Welcome to the partnership\n\nThank you for signing the **Certified Installer Agreement** (a distribution and installation agreement, no equity on either side), effective 1 April 2026.\n",
      },
      {
        name: '"draft" as a verb in the head is no draft: "draft responses"',
        text: "# Press release\n\nHalberd Bank will use the assistant to summarise customer conversations, draft responses for colleague review and prepare memos.\n",
      },
      {
        name: "a memo whose subject is the agreement's renewal, and a pilot's results by the title",
        text: "MEMO\n\nDate: 2 December 2026\nRe: Renewal of the SmileDesk reseller agreement\n\nI recommend that we renew.\n\n# Shelf-gap pilot — results and next steps\n",
      },
      {
        name: "a YAML key names the due diligence (`due_diligence:` over its value)",
        text: "status: proposed\nearly_process:\n  nda: Mutual NDA signed 14 October 2026.\n  due_diligence: Supplier assurance completed 18 November 2026.\n  pilot: A 90-day pilot; we roll out only if accuracy is at least 98%.\n",
        filePath: "plan.alliance.yaml",
      },
      {
        name: "an antitrust review is a legal check of the partners",
        text: EN(
          "- Mutual NDA signed.\n- An antitrust review under the EU consortia rules.\n- A 90-day trial rotation; we proceed only if utilisation is at least 85%.",
        ),
      },
      {
        name: "a spray recommendation is not the paper's recommendation",
        text: "# Blight alerts — season plan\n\nAn agronomist checks every alert before any spray recommendation goes to a member.\n",
      },
      {
        name: "the partner's accounts reviewed, and test sales with a go criterion",
        text: EN(
          "- Mutual NDA signed.\n- We have reviewed Veltro's last three years of accounts.\n- Test sales in 5 showrooms; if we sell 8,000 m2 in six months, we proceed to the investment.",
        ),
      },
      {
        name: "a contract that calls itself this Agreement throughout, its approvals notwithstanding",
        text:
          "# Reseller terms\n\n" +
          Array.from(
            { length: 5 },
            (_, i) => `${i + 1}. This Agreement covers item ${i + 1}; changes go to the supplier for approval.`,
          ).join("\n\n"),
      },
      {
        name: "an investor's periodic report on its holdings (portfolio update) is a review, its options paper notwithstanding",
        text: "# Kestrel Capital — Portfolio Update, H2 2026\n\n## Decisions ahead\n\n- Larkspur: options paper to the March committee.\n",
      },
      {
        name: "a summary that yields to the signed agreement is of a running alliance",
        text: "# Licence with Oakridge — summary of key terms\n\n> Where this summary conflicts with the signed licence, the licence governs.\n\n## Next steps\n\n- We recommend extending the licence to two more regions.\n",
      },
      {
        name: "the partner's data handling checked (a privacy review, our security questionnaire) is a check of the partner",
        text: EN(
          "- Mutual NDA signed.\n- Privacy review: our DPO checks the agency's consent records; the agency completes our supplier security questionnaire.\n- A 90-day pilot at two sites; we roll out only if pick accuracy is at least 99%.",
        ),
      },
      {
        name: "the first unit as the trial: the second store waits on its result",
        text: EN(
          "- Mutual NDA signed.\n- Financial and legal due diligence by May.\n- We open the second store only if the first breaks even within twelve months.",
        ),
      },
    ],
    invalid: [
      {
        name: "the alliance named as proposed in a memo's subject line ('Re: Proposed capital and business alliance with …')",
        text: "# Memo\n\n**Re:** Proposed capital and business alliance with Harbour Freight\n\n- A mutual NDA was signed on 3 February.\n- Financial, legal and IP due diligence by May.\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 6] }],
      },
      {
        name: "the definitive agreement still ahead after a letter of intent ('definitive agreement expected by the end of Q3')",
        text: "# Interview notes\n\n- The two firms signed a letter of intent in May; definitive agreement expected by the end of Q3.\n- A mutual NDA was signed on 3 February.\n- Financial, legal and IP due diligence by May.\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 17] }],
      },
      {
        name: "checks said not done, a check only suggested: 'no other checks done on them yet beyond …; worth a credit check'",
        text: EN(
          "- A mutual NDA was signed on 3 February.\n- No other checks done on them yet beyond the company registry; worth a credit check.\n- A 90-day pilot at two sites; we roll out only if pick accuracy is at least 99%.",
        ),
        errors: [{ messageId: "missingDueDiligence", range: [0, 0, 0, 52] }],
      },
      {
        name: "the alliance still ahead, said with no proposal mark: 'nothing has been signed'",
        text: "# About the bakery corner\n\nWe have met Crumb & Co twice; nothing has been signed.\n\nA mutual NDA was signed on 3 May. Financial and legal due diligence by June.\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 25] }],
      },
      {
        name: "a venture the parties plan to form is before signing",
        text: "# Field robotics note\n\nOrchardBot and the university plan to form a joint venture next year.\n\nA mutual NDA was signed on 3 May. Financial and legal due diligence by June.\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 21] }],
      },
      {
        name: "a second store opened on a date, with no result it waits on, is no trial",
        text: EN("- Mutual NDA signed.\n- Financial and legal due diligence by May.\n- The second store opens in May 2027."),
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 52] }],
      },
      {
        name: "a line running at a rate ('has been running at about 65% of capacity') is not the alliance running",
        text: EN(
          "Our carton line has been running at about 65% of capacity.\n\nA 20,000-litre trial run in July; we proceed only if the reject rate stays under 1%.",
        ),
        errors: [
          { messageId: "missingNda", range: [0, 0, 0, 52] },
          { messageId: "missingDueDiligence", range: [0, 0, 0, 52] },
        ],
      },
      {
        name: "an issues list under another name (an issues table) is before signing",
        text: "# JV Agreement: Issues Table\n\n| # | Clause | Position |\n|---|---|---|\n| 1 | Confidentiality | existing confidentiality agreement applies |\n| 2 | Diligence | financial due diligence complete |\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 28] }],
      },
      {
        name: "an issues list marked 'subject to contract' is before signing",
        text: "# Shareholders' Agreement: Issues List\n\nSubject to contract\n\n| # | Clause | Position |\n|---|---|---|\n| 1 | Confidentiality | existing confidentiality agreement applies |\n",
        errors: [
          { messageId: "missingDueDiligence", range: [0, 0, 0, 38] },
          { messageId: "missingPilot", range: [0, 0, 0, 38] },
        ],
      },
      {
        name: "an approval request to approve the signature is before signing",
        text: "# APPROVAL REQUEST AR-2026-014\n\n| Field | Entry |\n|---|---|\n| Request | Approve signature of a distribution agreement with Nordvik |\n\nConfidential disclosure agreement with Nordvik signed 10 November 2025. Distributor due diligence is complete.\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 30] }],
      },
      {
        name: "approval sought, nothing of the early process",
        text: EN("We supply the bells; they install them."),
        errors: [
          { messageId: "missingNda", range: [0, 0, 0, 52], contains: ["NDA"] },
          { messageId: "missingDueDiligence", range: [0, 0, 0, 52], contains: ["due diligence"] },
          { messageId: "missingPilot", range: [0, 0, 0, 52], contains: ["pilot"] },
        ],
      },
      {
        name: "a pilot with no criterion for going on",
        text: EN("Mutual NDA in place. Reference checks 3 of 3 positive. We start with a pilot at two banks."),
        errors: [{ messageId: "pilotWithoutCriterion", range: [0, 0, 0, 52], contains: ["go/no-go"] }],
      },
      {
        name: "a Recommendation heading marks a board paper",
        text: "# Tellwise partnership\n\n## 2. Recommendations\n\nApprove the contract. Mutual NDA signed. Procurement carried out financial standing checks.\n",
        errors: [{ messageId: "missingPilot", range: [0, 0, 0, 22] }],
      },
      {
        name: 'a head line that calls the document a proposal ("Sponsorship proposal: …") or a draft ("Draft v0.6 for partner comment")',
        text: "HARROWGATE ROVERS — COMMERCIAL\nSponsorship proposal: Quillon Mobile as Principal Partner\nDraft v0.6 for partner comment, 3 February 2026\n\nMutual NDA signed. We start with a two-match trial; we go on only if at least 5,000 offers are redeemed.\n",
        errors: [{ messageId: "missingDueDiligence", range: [0, 0, 0, 30] }],
      },
      {
        name: 'a term sheet is before signing, and a signing denied ("no agreement has been signed") is no signing',
        text: '# NON-BINDING TERM SHEET\n\nStatus: proposal; no agreement has been signed.\n\nThis Agreement (the "Agreement") is for discussion.\n',
        errors: [
          { messageId: "missingNda", range: [0, 0, 0, 24] },
          { messageId: "missingDueDiligence", range: [0, 0, 0, 24] },
          { messageId: "missingPilot", range: [0, 0, 0, 24] },
        ],
      },
      {
        name: "on the due diligence heading when the plan has one",
        text: EN("Mutual NDA signed. A 90-day pilot; we roll out only if churn is below 3%.\n\n## Due diligence\n\nTBD."),
        errors: [{ messageId: "missingDueDiligence", range: [8, 0, 8, 16] }],
      },
    ],
  }),
);

describe("early-process", () => {
  it("is off by default", () => {
    expect(only(lint(EN("We supply the bells.")), RULE)).toEqual([]);
  });

  it("the three findings offer one template, inserted once", () => {
    const on = { rules: { [RULE]: { severity: "warn" as const, options: {} } } };
    const findings = only(lint(EN("We supply the bells."), "plan.alliance.md", on), RULE);
    expect(findings.map(brief).map((f) => f.messageId)).toEqual(["missingNda", "missingDueDiligence", "missingPilot"]);
    expect(new Set(findings.map((f) => JSON.stringify(f.fix?.edits))).size).toBe(1);
    expect(findings[0].fix?.edits[0].newText).toContain("## Before signing");
  });
});

describe("early-process on the fixtures of its kind", () => {
  const findings = (file: string) => fixtureFindings(RULE, file);

  it("a 稟議 with the NDA signed and due diligence done, no pilot (ja): missingPilot, on 締結までの経緯", () => {
    expect(findings("ja/early-process-ringi-no-pilot-pharmacy-app.alliance.md")).toEqual([
      { ruleId: RULE, messageId: "missingPilot", range: [48, 0, 48, 13] },
    ]);
  });

  it("a board paper with all three steps (en): nothing", () => {
    expect(findings("en/early-process-board-paper-all-steps-kayak-rental.alliance.md")).toEqual([]);
  });

  it("contracts and MOUs are not before signing (ja, en): nothing", () => {
    for (const file of [
      "ja/keiyaku-headings-joint-rd-ip-sonotsudo.alliance.md",
      "ja/mou-same-line-articles-results-case-by-case.alliance.md",
      "ja/clean-license-contract-plain-articles.alliance.md",
      "en/clean-variety-licence-bold-articles.alliance.md",
    ])
      expect(findings(file)).toEqual([]);
  });
});
