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
      {
        name: "a licence named by what is paid for it (「ロイヤルティ」「ライセンス料」)",
        text: JA("## 条件\n\n当社はアサギ社から売上の3%のロイヤルティを受け取る。"),
      },
      {
        name: "a licence named by a compound agreement (「ライセンス及び保守契約」)",
        text: JA("## 概要\n\nアサギ社とのライセンス及び保守契約は2026年4月に発効する。"),
      },
      {
        name: "an agreement named by two kinds, one of them a form (「製造及び品質保証契約」)",
        text: JA("## 概要\n\nアサギ社とは製造及び品質保証契約を結ぶ。"),
      },
      {
        name: "a subscription for the partner's new shares, the share subscribed between (「新株式の20%を…引き受ける」), its stake stated",
        text: JA("## 概要\n\n当社はアサギ社の新株式の20%を3,000万円で引き受ける。"),
      },
      {
        name: "a consortium is a form (「コンソーシアム」)",
        text: JA("## 体制\n\n県内の6社でコンソーシアムを組成し、配送網を共同で運営する。"),
      },
      {
        name: "a row label that says the deal is proposed (「検討中の取引」) leaves the stake in its value stated",
        text: JA("## 概要\n\n| 項目 | 内容 |\n|---|---|\n| 検討中の取引 | 資本業務提携（当社による出資8,000万円、持分比率15%） |"),
      },
      {
        name: "the value of a form label in a table row, whatever its words (「契約形態 | 非独占の利用許諾（クラウド）」)",
        text: JA(
          "## 条件整理\n\n| 項目 | 当社案 | 先方案 | 状況 |\n|---|---|---|---|\n| 契約形態 | 非独占の利用許諾（クラウド型） | 同左 | 合意 |",
        ),
      },
      {
        name: "the value of a form label at the start of a line (「契約の種類：…」)",
        text: JA("## 概要\n\n- 契約の種類：月額課金のクラウドサービス利用（出資なし）"),
      },
      {
        name: "a detail deferred to an agreement of a named kind: the kind is decided (「…は業務委託契約で定める」)",
        text: JA("## 期間\n\n契約期間と終了条件は、別途締結する業務委託契約で定める。"),
      },
      {
        name: "a demonstration agreement (実証協定, as 'pilot agreement')",
        text: JA("## 日程\n\n- 2026年6月：参加農家と実証協定を締結する"),
      },
      {
        name: "a form qualified as without capital (「業務提携（資本なし）」) beside equity words",
        text: JA("## 形\n\n業務提携（資本なし）。将来の出資も視野に入れる。"),
      },
      {
        name: "a resale contract is the form (再販契約, the Japanese of 'reseller agreement')",
        text: JA("## 条件\n\n個別の再販契約に定めるマージンで販売する。"),
      },
      { name: "a business alliance, no equity", text: JA("## 提携の形態\n\n業務提携とし、資本関係は持たない。") },
      { name: "the form in the title", text: "# 共同研究開発計画\n\n## 目的\n\n2027年度末までに試作品を3件完成させる。\n" },
      {
        name: "a capital and business alliance with its stake",
        text: JA("## 提携の形態\n\n資本業務提携とし、当社は提携先の株式の15％を約4,500万円で取得する。"),
      },
      { name: "a JV with its split", text: JA("## 合弁会社\n\n出資比率は当社51％、提携先49％とする。") },
      {
        name: "buying together is the form when the parties are the buyers (共同調達)",
        text: JA("## 概要\n\n3市によるAIチャットボットの共同調達とする。"),
      },
      {
        name: "a data supply contract that says it carries no equity: a form, and no stake wanted",
        text: JA("## 条件\n\n取引の形態：有償のデータ提供契約（出資・役員派遣は伴わない）"),
      },
      { name: "no capital relation, stated", text: JA("## 販売代理店契約\n\n出資などの資本関係はありません。") },
      {
        name: "equity put out of scope beside the contract form",
        text: JA("## 形態\n\n形態はデータ提供契約。出資や共同開発は今回の交渉の対象外。"),
      },
      {
        name: "equity left to a decision on the PoC's results is a candidate, not the form",
        text: JA("## 提携の形態\n\n実証実験契約（有償）。出資や業務委託の継続契約は、PoCの結果を見て別途判断する。"),
      },
      {
        name: "a JV's stake in its shareholding table",
        text: JA("## 合弁会社の設立\n\n| 出資者 | 出資比率 | 出資額 |\n|---|---|---|\n| 当社 | 60% | 6億円 |\n| 提携先 | 40% | 4億円 |"),
      },
      {
        name: "a stake stated beside a detail left open in brackets",
        text: JA("## 合弁会社\n\n新会社（社名は未定）の出資比率は当社51％、提携先49％とする。"),
      },
      {
        name: "a master trading agreement (「取引基本契約」) is a supply deal",
        text: JA("## 契約\n\n両社は野菜の産地直送について取引基本契約を結ぶ。"),
      },
      {
        name: "a data licence as the deal (「データ利活用契約」)",
        text: JA("## 契約\n\n当社の購買データについて、提携先とデータ利活用契約を締結する。"),
      },
      {
        name: "equity set aside in the sentence after the form (「まずは業務提携です。出資は考えていません。」)",
        text: JA("## Q2. 出資の話ですか？\n\nまずは業務提携です。出資は現時点で考えていません。"),
      },
    ],
    invalid: [
      {
        name: "a licence received as a right, with nothing paid, names no form (「ライセンスを受ける」)",
        text: JA("## 権利\n\n当社は成果物のライセンスを受ける。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "a form label whose value is still open is no form (「契約形態 | 未定」)",
        text: JA("## 条件整理\n\n| 項目 | 当社案 | 状況 |\n|---|---|---|\n| 契約形態 | 未定 | 協議中 |"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "a deferral to an agreement of no named kind names no form (「別途締結する契約で定める」)",
        text: JA("## 期間\n\n契約期間は、別途締結する契約で定める。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "a quote obtained for a service is no stake (「見積取得済み、約850万円」)",
        text: JA("## 形態\n\n資本業務提携（当社が少数出資）。出資比率は今後検討。\n\n## 事前手続\n\n財務DD（見積取得済み、約600万円）"),
        errors: [{ messageId: "deferredStake", range: [6, 0, 6, 5] }],
      },
      {
        name: "no form anywhere: on the first heading",
        text: JA("## 体制\n\n月次で定例会を開く。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6], contains: ["形態"] }],
      },
      {
        name: "a choice of forms still to make names no form",
        text: JA("## 進め方\n\n契約の形（委託契約とするか、連携協定とするか）は貴市のご判断に委ねます。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "a form named only as a case (の場合, を伴う案件) is no form",
        text: JA("## 進め方\n\n共同研究の場合も同様の終了条件とする。出資を伴う案件については、デューデリジェンスを必ず実施する。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "the co-owners' shares of a patent are no stake",
        text: JA(
          "## 提携の形態\n\n資本提携とする。\n\n## 知的財産\n\n共同開発で生じた特許を受ける権利は両社の共有とし、持分は各50%とする。",
        ),
        errors: [{ messageId: "noStake", range: [6, 0, 6, 8] }],
      },
      {
        name: "a PoC is a stage, not the alliance's form",
        text: JA("## 進め方\n\n3か月のPoCで精度を検証し、誤検知率5%以下なら本番に進む。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "a usage licence of the partner's software is no licence form",
        text: JA("## 知的財産\n\nソフトウェアの権利は先方に帰属し、当社は販売・デモ目的の使用許諾を受ける。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "a joint promotion is an activity, not the form",
        text: JA("## 運営\n\n共同販促で制作したポスターの著作権は、制作費を負担した側に帰属する。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "a capital alliance without its stake: on the form heading",
        text: JA("## 提携の形態\n\n資本業務提携とする。"),
        errors: [{ messageId: "noStake", range: [6, 0, 6, 8], contains: ["出資比率"] }],
      },
      {
        name: "the form said to be still open: a form named elsewhere is a candidate",
        text: JA("## 進め方\n\n先方は代理店契約を希望している。\n\n契約の形（業務提携契約か、紹介契約か）は未定。"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 6] }],
      },
      {
        name: "a choice between forms, each in a clause of its own, left to 今後検討: the forms are candidates",
        text: JA(
          "## 提携の形態\n\n提携形態を、業務提携（顧客紹介契約）とするか、第三者割当増資の引受けを伴う資本業務提携とするかは、今後検討する。先方からは5％程度の出資の打診を受けている。",
        ),
        errors: [{ messageId: "noForm", range: [6, 0, 6, 8] }],
      },
      {
        name: "a total budget that only includes the investment (「総額12億円（出資を含む）」) is no stake",
        text: JA("## 提携の形態\n\n出資を伴う資本業務提携を想定している。提携関連投資は総額12億円（出資を含む）を上限とする。"),
        errors: [{ messageId: "noStake", range: [6, 0, 6, 8] }],
      },
      {
        name: "a company's designator (株式会社) beside 「交渉中」 defers no stake: the stake is missing, not deferred",
        text: JA(
          "## 提携の形態\n\n資本業務提携を想定している。\n\n| テーマ | 提携先 | 状況 |\n|---|---|---|\n| 需要予測 | 株式会社ヨミトキ | 交渉中 |",
        ),
        errors: [{ messageId: "noStake", range: [6, 0, 6, 8] }],
      },
      {
        name: "a no-equity option compared with the capital alliance leaves its stake wanted",
        text: JA("## 検討\n\n資本提携とする。資本提携以外の選択肢として、出資を伴わない売買契約のみの案も比較した。"),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 6] }],
      },
      {
        name: "a subscription for new shares without the stake",
        text: JA("## 概要\n\n当社はアサギ社が発行する新株を引き受ける。"),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 6] }],
      },
      {
        name: "an investment whose amount is 非公表",
        text: JA("## 概要\n\n当社は、B社が第三者割当で行う総額10億円の増資を他の投資家と共に引き受ける。当社の出資額は非公表。"),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 6] }],
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
      {
        name: "a row label that says the deal is proposed leaves the stake in its value stated",
        text: EN("## Summary\n\n| Item | Detail |\n|---|---|\n| Deal under discussion | capital alliance: we invest $3M for a 12% stake |"),
      },
      {
        name: 'an investment named only to set it aside ("…, not a strategic investment")',
        text: EN("## Form\n\nThe arrangement is a joint development agreement, not a strategic investment."),
      },
      {
        name: "a detail deferred to an agreement of a named kind: 'to be agreed in the master supply agreement'",
        text: EN("## Term\n\nTerm and exit: to be agreed in the master supply agreement."),
      },
      {
        name: "the value of a form label in a table row, whatever its words",
        text: EN("## Terms\n\n| Item | Position |\n|---|---|\n| Contract type | Per-seat cloud subscription with a usage tier |"),
      },
      {
        name: "a memorandum of understanding is the form",
        text: EN("## Status\n\nThis memorandum of understanding is not legally binding."),
      },
      {
        name: "an agreement named by its commercial kind: an offtake and supply agreement, a concession contract",
        text: EN("## Deal\n\nThe buyer signs a five-year offtake and supply agreement; the car parks are let under a concession contract."),
      },
      {
        name: "an investor's part in a funding round named without its series, with its stake",
        text: EN("## The raise\n\nThe retailer leads the strategic part of the round, taking a 9% stake for $2M."),
      },
      {
        name: "a share purchase agreement is a capital form, its stake stated",
        text: EN(
          "## Transaction\n\nThe company also entered into a Share Purchase Agreement and acquired 12% of the partner's share capital for EUR 9 million.",
        ),
      },
      {
        name: "a co-production agreement is the form",
        text: EN("## Proposal\n\nWe ask approval to negotiate a co-production agreement with the studio."),
      },
      { name: "a distribution agreement", text: EN("## Structure\n\nA distribution agreement; no equity either way.") },
      {
        name: "a minority stake with its size",
        text: EN("We take an 18% stake in the partner for SEK 27,000,000, alongside a development agreement."),
      },
      { name: "a JV with its split", text: EN("## Joint venture\n\nThe joint venture is owned 60/40 JV by us and the partner.") },
      {
        name: "a services agreement where neither holds shares",
        text: EN(
          "## Form\n\nA contractual partnership under a four-year services agreement. Neither organisation holds shares in the other.",
        ),
      },
      {
        name: "a licence agreement named with its other part",
        text: EN("## Background\n\nThe licence and managed-service agreement with Sentinel was signed on 15 January 2026."),
      },
      {
        name: "a collaboration agreement that takes no stake is no capital form",
        text: EN(
          "## Form\n\nThe partners will sign a collaboration agreement (a contract-based partnership; neither partner takes a stake).",
        ),
      },
      {
        name: "a stake as a percentage of the partner's stock",
        text: EN(
          "## Structure\n\nA capital and business alliance: the Company acquires 15% of Tundra's outstanding common stock for USD 9.0 million.",
        ),
      },
      {
        name: "a JV's shareholding in a table",
        text: EN("## Joint venture\n\n| Shareholder | Shares | Cash |\n|---|---|---|\n| Vantor | 45% | £48m |\n| Kestrel | 55% | £30m |"),
      },
      {
        name: "no shareholding either way: a contractual form",
        text: EN("## Nature\n\nIt is a business collaboration only; neither party takes any shareholding in the other."),
      },
      {
        name: "an investment for a shareholding in percent: the equity form and its stake",
        text: EN("## Proposal\n\nWe propose to invest £4.5m in Ferrant's Series A for a 12.0% fully diluted shareholding."),
      },
      {
        name: "a JV company owned in shares, its name left open in brackets",
        text: EN(
          '## Structure\n\nThe parties intend to form a joint venture. A new company ("JV Co", name TBD) will be owned 51% by Marrowstone and 49% by Dunmore.',
        ),
      },
      {
        name: "a licence deal named by its fee and its term",
        text: EN("## Terms\n\nWe would pay Lexor a licence fee of GBP 180,000 a year. Term: an initial two-year licence."),
      },
      {
        name: "an exclusive licence to make and sell; a research and development agreement",
        text: EN(
          "## Deal\n\nWe seek an exclusive licence to make and sell coatings under their patents.\n\n## Also\n\nA Cooperative Research and Development Agreement with the Laboratory.",
        ),
      },
      {
        name: "a form wrapped across two lines of the source",
        text: EN("## Background\n\nThe parties signed a commercial licence\nand deployment agreement in 2025."),
      },
      {
        name: "a co-investment with its stake on a fully diluted basis",
        text: EN("## Recommendation\n\nCo-investment in the Series D: this gives us 14.5% of the company on a fully diluted basis."),
      },
      {
        name: "a YAML shareholding keyed by party",
        filePath: "plan.alliance.yaml",
        text: "structure:\n  form: joint venture company\n  shareholding:\n    northreach: 55%\n    cooperative: 45%\n",
      },
      {
        name: "a form stated with no equity: a stake considered and rejected elsewhere wants no size",
        text: EN(
          "## Summary\n\nThis is a joint development and supply agreement, with no equity either way.\n\n## Notes\n\nWe considered a minority stake and rejected it.",
        ),
      },
      {
        name: "a joint marketing partnership",
        text: EN("## Scope\n\nA joint marketing and packaging partnership between the two operators."),
      },
      {
        name: "a JV split with 'percent' spelled out",
        text: EN("## Launch\n\nNordhavn holds 60 percent of the joint venture and Calder holds the rest."),
      },
      {
        name: "a Series B preferred stock financing with the investor's stake",
        text: EN(
          "## Summary of terms: Series B Preferred Stock Financing\n\n| Term | Proposed terms |\n|---|---|\n| Investor stake | 12.5% of the fully diluted capital after closing |",
        ),
      },
      {
        name: "a reseller arrangement named by its verb",
        text: EN("## Scope\n\nAccounting firms resell or refer the platform to their clients."),
      },
      {
        name: "a contract manufacturing (co-packing) agreement",
        text: EN("## Proposal\n\nWhat we propose is a contract manufacturing (co-packing) agreement for two years."),
      },
      {
        name: "a joint procurement by the parties",
        text: EN("## Subject\n\nJoint procurement of an AI-assisted enquiry service by three councils."),
      },
      {
        name: "a marketplace publisher agreement",
        text: EN("## Context\n\nWe signed the Marketplace Publisher Agreement in November 2025."),
      },
      {
        name: "an agreement named by two kinds, one of them a form ('an exclusive supply and co-design agreement')",
        text: EN("## Overview\n\nWe propose an exclusive supply and co-design agreement with the pottery."),
      },
      {
        name: "a subscription for a share of the partner's shares ('subscribes to 30% of the outstanding shares'), its stake stated",
        text: EN("## Transaction\n\nHarlan subscribes to 30% of the outstanding shares of the partner for $3M."),
      },
      {
        name: "a data licence as the deal: 'a Data Collaboration Agreement'",
        text: EN("## Agreement\n\nThe parties sign a Data Collaboration Agreement for the claims archive."),
      },
      {
        name: "'a minority investment in, and commercial tie-up with' names the form, its stake stated",
        text: EN("## Proposal\n\nA minority investment in, and commercial tie-up with, the partner: GBP 2m for 9% of the shares."),
      },
      {
        name: "joint development said with a verb: 'we and the partner jointly develop'",
        text: EN("## Scope\n\nWe and the partner jointly develop and train a model for wheel wear."),
      },
      {
        name: "a split under a line-ending label of the stake: 'Participation shares:' then the split",
        text: EN("## The JV\n\nAn unincorporated joint venture for this bid only. Participation shares:\nHarlow 55%, Tandy 45%."),
      },
      {
        name: "'a commercial agreement (non-equity)' sets aside the minority investment considered",
        text: EN("## Form\n\nA commercial agreement (non-equity). We considered a minority investment but rejected it."),
      },
    ],
    invalid: [
      {
        name: "a product made together ('a jointly developed model') names no form",
        text: EN("## Release\n\nReadings now use the jointly developed calibration model."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "a minority shareholder without the stake: a capital form without its stake",
        text: EN("## Deal\n\nWe signed a commercial agreement and became a minority shareholder in the partner."),
        errors: [{ messageId: "noStake", range: [6, 0, 6, 7] }],
      },
      {
        name: "a deferral to an agreement of no named kind names no form: 'to be agreed in the definitive agreement'",
        text: EN("## Term\n\nTerm and exit: to be agreed in the definitive agreement."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "an investor's part in a funding round and no stake: a capital form without its stake",
        text: EN("## The raise\n\nThe retailer leads the strategic part of the round.\n\n## Use of funds\n\nMostly product work."),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 15] }],
      },
      {
        name: "a round of talks is no funding round",
        text: EN("## Next steps\n\nBoth teams join the second round of talks in May."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "a subscription for the partner's new shares without the stake",
        text: EN("## Transaction\n\nHarlan subscribes for newly issued shares of the partner."),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 15] }],
      },
      {
        name: "a share purchase agreement without the stake",
        text: EN("## Transaction\n\nThe company also entered into a Share Purchase Agreement with the partner."),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 15] }],
      },
      {
        name: "no form anywhere: on the first heading",
        text: EN("## Governance\n\nA steering committee meets monthly."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "co-branded signage and a PoC name no form",
        text: EN("## Scope\n\nCo-branded signage in each store. A six-week PoC on 5,000 clauses; proceed only if F1 ≥ 0.86."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "forms asked about are candidates, not the form",
        text: EN("## Next steps\n\nLicence, revenue share, or us taking a stake?"),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "the form said to be still open: a form named elsewhere is a candidate",
        text: EN("## Next steps\n\nThey have sent their distribution agreement template. The form of the partnership is still open."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "forms set against each other (vs) are candidates",
        text: EN("## Tasks\n\nDecide alliance structure (own-label supply agreement vs brand licence)."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "a right to use a connector is no licence deal",
        text: EN("## IP\n\nThe connector is owned by the partner; we get a free, non-exclusive licence to use it."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "a regulator's outsourcing guidance names no form",
        text: EN("## Compliance\n\nThe central bank's outsourcing guidance applies; procurement runs its outsourcing checks."),
        errors: [{ messageId: "noForm", range: [0, 0, 0, 15] }],
      },
      {
        name: "a joint venture without its split: on the first heading",
        text: EN("We will set up a joint venture with the partner."),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 15], contains: ["stake"] }],
      },
      {
        name: "the investment's terms not disclosed: the round's total beside it is no stake",
        text: EN(
          "## News\n\nWe made a strategic investment as part of Ferroscope's $38 million Series B round. Financial terms of our investment were not disclosed.",
        ),
        errors: [{ messageId: "noStake", range: [0, 0, 0, 15] }],
      },
      {
        name: "an equity investment named only where its stake is deferred, beside a reseller role: the stake is wanted",
        text: EN(
          "## Proposal\n\nWe ask approval for a minority equity investment in the partner, with the amount and stake to be agreed after valuation. We resell the partner's surveys.",
        ),
        errors: [{ messageId: "deferredStake", range: [0, 0, 0, 15] }],
      },
      {
        name: "a stake left TBD",
        text: EN("## Structure\n\nA capital alliance: we take a stake in the partner. Size of the stake: TBD."),
        errors: [{ messageId: "deferredStake", range: [6, 0, 6, 12] }],
      },
    ],
  }),
);
