import { describe, expect, it } from "vitest";
import { fixtureFindings, testRule, turnedOn } from "../helpers/rule-tester";
import { lint, only } from "../helpers/lint";

const RULE = "partner-fit";
/** Lines 0–4; the part under test starts on line 6. */
const JA = (section: string) => `# 共同販売計画\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n\n${section}\n`;
const EN = (section: string) => `# Alliance plan\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n${section}\n`;

testRule(
  RULE,
  "Japanese",
  turnedOn(RULE, {
    valid: [
      {
        name: "what each side has and lacks, in prose",
        text: JA("当社は全国120店舗の販売網を持つが、冷凍技術がない。提携先は冷凍技術と工場を持つが、首都圏の販路が弱い。"),
      },
      {
        name: "a named partner (以下「まめや」) and our side",
        text: `有限会社まめや焙煎所（以下「まめや」）との提携計画\n\n${JA("当社は県内14店舗の販売網を持つ。まめやはブレンド豆の焙煎技術を持つ。")}`,
      },
      {
        name: "each side as a topic after a label (「補完関係：当社は…。ミドリ製作所は…」) under a roles heading",
        text: JA(
          "## 役割分担\n\n当社は販売を担当する。\n\n補完関係：ミドリ製作所は金型と量産設備を持つ。当社は県内の販路を持つが、工場がない。",
        ),
      },
      {
        name: "a side-by-side table with both parties' columns",
        text: JA("## 両社が持ち寄るもの\n\n| 項目 | 当社 | まめや |\n|---|---|---|\n| 経営資源 | 県内14店舗の販売網 | 焙煎技術 |"),
      },
      {
        name: "section titles name the side of their items",
        text: JA("## 当社の強み\n\n- 会員300万人の顧客基盤\n\n## 提携先の強み\n\n- 量産の実績がある工場"),
      },
      {
        name: "section titles without a document title",
        text: "## 当社の強み\n\n- 会員300万人の顧客基盤\n\n## 提携先の強み\n\n- 量産の実績がある工場\n",
      },
      {
        name: "labelled parts in a partners section",
        text: JA("## 提携先との補完関係\n\n- 当社：処方開発の技術と製造設備\n- クリニック：患者への処方の知見と院内の販路"),
      },
      {
        name: "a contract's 甲 and 乙 are its two parties",
        text: JA(
          "株式会社松風堂（以下「甲」という。）と株式会社ひょうが（以下「乙」という。）は次のとおり合意する。\n\n甲は和菓子の製造技術と全国の販路を有する。乙は急速冷凍の技術と冷凍倉庫を有する。",
        ),
      },
      {
        name: "a brewery's 「当蔵」 is the own side",
        text: JA("当蔵は地元米の酒造りの技術を持つ。提携先は12か国に販売拠点を持つ。"),
      },
      {
        name: "a shinkin bank's 「当金庫」 is the own side",
        text: JA("当金庫は県内の取引先3,000社との関係を持つ。提携先は審査AIの開発技術を持つ。"),
      },
      {
        name: "a cram school's 「当塾」 is the own side",
        text: JA("当塾は中学生の答案データと教室を持つ。提携先は採点モデルの開発技術を持つ。"),
      },
      {
        name: "a side named only in a section about what each brings (「本部は」)",
        text: JA("## 両社が持ち寄るもの\n\n本部は全国186店の運営実績を持つ。当社は市内の法人顧客140社との取引がある。"),
      },
      {
        name: "holders of strengths, whatever their names (「本部の強み：」)",
        text: JA("## 検討メモ\n\n- 当社の強み：市内の法人顧客140社\n- 本部の強み：全国186店の運営実績"),
      },
      {
        name: "a lead-in that announces what each side brings makes its list a section of its own",
        text: JA("## 背景\n\n各社の強みは以下のとおり。\n\n- 当社：県内42か所の配送拠点\n- 提携先：保冷容器の設計"),
      },
      {
        name: "a company named with 社 after it (「カモメ社：」) is a side",
        text: JA("## 経緯\n\n- カモメ社：保冷容器の設計技術を持つ\n- 当社：県内42か所の配送拠点を持つ"),
      },
      {
        name: "a roles table's row of what each side lacks (「不足しているもの」)",
        text: JA(
          "## 役割と費用\n\n| | 当社 | アサギ社 |\n|---|---|---|\n| 担当 | 販売 | 製造 |\n| 不足しているもの | 製造設備 | 県内の販路 |",
        ),
      },
      {
        name: "a roles table's column of what each side provides as a thing (「提供するもの」)",
        text: JA(
          "## 役割分担\n\n| 主体 | 役割 | 提供するもの |\n|---|---|---|\n| 当社 | 販売 | 県内30店の売場 |\n| アサギ社 | 製造 | 冷凍工場と保冷車 |",
        ),
      },
      {
        name: "each side's part labelled with 「＝」 in a line about what the sides bring",
        text: JA("## 前提\n\n- 持ち寄るもの：当社＝県内30店の売場と会員基盤／アサギ社＝冷凍技術と工場"),
      },
      {
        name: "minutes under one meeting heading: the heading names the paper, its items still say what each side brings",
        text: "# 北斗物産株式会社\n\n## 経営委員会 議事録\n\n### 第3号議案 港南運輸株式会社との業務提携\n\n各社が持ち寄るものは次のとおり。\n\n- 北斗物産：県内3工場の生産量と小売各社との取引\n- 港南運輸：冷蔵倉庫4か所と配送車両80台\n",
      },
      {
        name: "a table whose first column is headed 当事者 names the parties in its rows",
        text: JA(
          "## 進め方\n\n| 当事者 | 持ち寄るもの |\n|---|---|\n| 港南市 | 窓口の申請書類と審査担当の職員 |\n| ミドリ | 文書読み取りのモデルと開発基盤 |",
        ),
      },
      {
        name: "each side's resource as its possessive, the partner named after 株式会社 before a particle (「株式会社ハルカゼ精機と組み」)",
        text: `株式会社ハルカゼ精機と組み、新製品を開発する。\n\n${JA("## 成果\n\nこの成果は、ハルカゼ精機の技術と、当社の販売網の組合せによる。")}`,
      },
      {
        name: "strong in a field on one side, only a few staff on the other (「…に強く、…しかいない」)",
        text: `株式会社ミナト商事との提携\n\n${JA("## 背景\n\nミナト商事は地方の工務店に強く、当社は営業担当が3名しかいない。")}`,
      },
      {
        name: "a side labelled with its name in brackets (「当社（ハヤセ製薬）：」), a partner by the first part of a dotted name (「アオバ」)",
        text: `株式会社アオバ・ラボとの共同研究\n\n${JA("## 前提\n\n- 当社（ハヤセ製薬）：化合物ライブラリを持つ。\n- アオバ：評価系はあるが、化合物の開発力がない。")}`,
      },
      {
        name: "a heading that asks why the partner (「なぜミエルか」) is about what each side brings",
        text: `株式会社ミエルとの協業\n\n${JA("## なぜミエルか\n\n- 当社：県内40施設の監視カメラと監視センター\n- ミエル：行動検知のモデル")}`,
      },
      {
        name: "a side labelled with what it puts in (「当社の提供：」「モリノ社提供：」) outside a fit section",
        text: JA("## 概要\n\n- 当社の提供：整備工場12か所と点検の知見\n- モリノ社提供：車両の稼働データと解析基盤"),
      },
      {
        name: "what a side lacks said as absent there (「当社には用地がなく、…には技術者がいない」)",
        text: `株式会社ミナモ運輸との提携計画\n\n${JA("当社には冷凍倉庫がなく、ミナモ運輸には夜間の運転手がいない。この補い合いが提携の出発点である。")}`,
      },
      {
        name: "a section titled by what each puts in (「それぞれが出すもの」) labels its items",
        text: `有限会社こもれび農園との連携計画\n\n${JA("## それぞれが出すもの\n\n- 当店：駅前の売場と常連客\n- こもれび：有機野菜と収穫体験の畑")}`,
      },
      {
        name: "professional firms are parties (「税理士法人…」「…会計事務所」) in a side-by-side table",
        text: JA("## 両事務所の状況\n\n| | 税理士法人あおぞら | 北浜会計事務所 |\n|---|---|---|\n| 得意分野 | 医療法人の税務 | 事業承継 |"),
      },
    ],
    invalid: [
      {
        name: "a side's tasks labelled as its role (「当社の役割：」) are not what it puts in",
        text: JA("## 概要\n\n- 当社の役割：店頭での販売と案内\n- 森野社の役割：商品の配送"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "a cost-share table whose rows are the parties says what each pays, not what each brings",
        text: JA("## 費用\n\n| 当事者 | 負担割合 |\n|---|---|\n| 北斗物産 | 60％ |\n| 港南運輸 | 40％ |"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "a roles table's task rows are not what the sides bring (「担当」)",
        text: JA("## 役割分担\n\n| | 当社 | アサギ社 |\n|---|---|---|\n| 担当 | 販売と店頭販促 | 製造と配送 |"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "a task taken on is not what a side has: 「開発を担い」「データを提供する」",
        text: JA("## 役割\n\n- アオイ社がモデルの開発を担い、ミドリ社が走行データを提供する。"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "a task on one side, a resource on the other: oneSided",
        text: `有限会社まめや焙煎所（以下「まめや」）との提携計画\n\n${JA("当社はパンの製造と店頭販売を担う。まめやはブレンド豆の焙煎技術を持つ。")}`,
        errors: [{ messageId: "oneSided", range: [2, 0, 2, 8] }],
      },
      {
        name: "who owns what of the results is IP, not what a side brings",
        text: JA("## 知的財産\n\nミドリ社の基盤モデルと技術は同社に帰属し、当社が持つデータは当社に帰属する。"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "only the strengths of both, not what they are: on the first heading",
        text: JA("両社の強みを生かし、新たな価値を創出する。"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8], contains: ["経営資源"] }],
      },
      {
        name: "only the partner's resources: on the partners heading",
        text: JA("## 提携先の概要\n\n同社は量産の実績と全国の販売網を持つ。"),
        errors: [{ messageId: "oneSided", range: [6, 0, 6, 9] }],
      },
      {
        name: "the partner's name and 「提携先」 are one party; the title's A×B names no side of a line",
        text: "# 提携運営計画（路線バス×ベーカリー）\n\n株式会社こがね堂（以下「こがね堂」）との提携。\n\n## 提携先について\n\n- こがね堂は県内に14店舗を持つ。\n- 冷凍生地の製造ラインを保有する。\n",
        errors: [{ messageId: "oneSided", range: [4, 0, 4, 10] }],
      },
      {
        name: "the parties' goals stated as conflicting",
        text: JA("当社は販売網を、提携先は技術を持つ。ただし両社の目的が一致していない。"),
        errors: [{ messageId: "conflictingGoals", range: [6, 18, 6, 35] }],
      },
      {
        name: "one side's wish set against the other's (「意向であるのに対し」)",
        text: JA("当社は販売網を、提携先は技術を持つ。先方は海外展開を優先したい意向であるのに対し、当社は国内の拡充を優先したい。"),
        errors: [{ messageId: "conflictingGoals", range: [6, 18, 6, 56] }],
      },
      {
        name: "the direction each aims at has drifted apart (「目指す方向がずれてきた」)",
        text: JA("当社は販売網を、提携先は技術を持つ。\n\n両社の目指す方向がずれてきた。"),
        errors: [{ messageId: "conflictingGoals", range: [8, 0, 8, 15] }],
      },
      {
        name: "a gap in enthusiasm with our own plan (「温度差がある」)",
        text: JA("当社は販売網を、提携先は技術を持つ。出資比率の引上げについては当社の想定とは温度差がある。"),
        errors: [{ messageId: "conflictingGoals", range: [6, 18, 6, 45] }],
      },
      {
        name: "who does which task is not what each brings: a roles table and list",
        text: JA(
          "## 各社の役割\n\n| 項目 | 当社 | まめや |\n|---|---|---|\n| 作業 | 店頭販売 | 豆の焙煎 |\n\n- 当社：処方開発、製造、販売\n- クリニック：処方監修、院内での試用評価",
        ),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "a conflict stated as a noun in a risk table (「狙いのずれ」), beside an open point",
        text: JA(
          "当社は販売網を、提携先は技術を持つ。\n\n## リスク\n\n| リスク | 内容 |\n|---|---|\n| 両社の狙いのずれ | 提携先は上場を優先し、当社は長期運用を求める。扱いは別途協議 |",
        ),
        errors: [{ messageId: "conflictingGoals", range: [12, 0, 12, 45] }],
      },
      {
        name: "a lead-in that announces something else does not make its list about what the sides bring",
        text: JA("## 背景\n\n今後の進め方は以下のとおり。\n\n- 当社：県内42か所の配送拠点\n- 提携先：保冷容器の設計"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "rows labelled by a side's role (「当社の役割」) say what it does, not what it brings",
        text: JA("## 概要\n\n| 項目 | 内容 |\n|---|---|\n| 当社の役割 | 修理の受付 |\n| カモメ社の役割 | 出張修理 |"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "a compound after a possessive is not the side's resource (「当社の技術者」)",
        text: JA("## 体制\n\n当社の技術者と提携先の担当者で毎週協議する。"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "interest is not strength (「当社の販路に強い関心」)",
        text: JA("## 経緯\n\n提携先は当社の製品に強い関心を示した。"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 8] }],
      },
      {
        name: "a side-by-side table's row of roles (「| 役割 |」) says what the sides do, not what they bring",
        text: JA("## パートナー\n\n| | 当社 | アサギ社 |\n|---|---|---|\n| 役割 | 販売 | 製造 |"),
        errors: [{ messageId: "noFit", range: [6, 0, 6, 8] }],
      },
      {
        name: "a party named in a row label's brackets (「開発費（アサギ社へ支払）」) is not that party's row; a figure is no side (「4億円規模には」)",
        text: JA(
          "## 概要\n\n当社は県内30店の売場を持つ。4億円規模には増設が必要。\n\n## 予算\n\n| 費目 | 金額 |\n|---|---|\n| 開発費（アサギ社へ支払） | 400万円 |",
        ),
        errors: [{ messageId: "oneSided", range: [0, 0, 0, 8] }],
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
        name: "each side's resource as its possessive (\"Corvale's brand and Northgate's network\")",
        text: `Northgate Ltd and Corvale Ltd\n\n${EN("The plan rests on Corvale's brand and Northgate's network.")}`,
      },
      {
        name: "we bring, they bring",
        text: EN("We have the hulls and the dealer network; they bring the electric drives and service engineers."),
      },
      {
        name: "a named partner as the subject of what it has",
        text: EN(
          "Lantern & Bell has its own structural engineer and trained crews. We have a foundry in Asten and 40 years of bell tuning.",
        ),
      },
      {
        name: "the partner's name from the title's A × B",
        text: "# Carraway × Voltway — alliance plan\n\nVoltway runs 1,150 EVs in 9 cities. Carraway runs a driving school with 2,000 learners a year.\n",
      },
      {
        name: "a conflict named as a risk is not a conflict stated",
        text: EN("We have the bells; they have the frame. Risk: our goals may diverge after 2027."),
      },
      {
        name: 'a side named only in a section about why we partner ("the franchisor has")',
        text: EN(
          "## Why we partner\n\nThe franchisor has 186 outlets and a national brand. We sell to 140 corporate customers in the city.",
        ),
      },
      {
        name: "holders of strengths, whatever their names",
        text: EN(
          "## Background\n\n- Our strengths: 140 corporate customers in the city\n- The franchisor's strengths: 186 outlets and a national brand",
        ),
      },
      {
        name: "a lead-in that announces what each side brings makes its list a section of its own",
        text: EN(
          "## Background\n\nWhat each side brings:\n\n- **Mossgrove**: 42 depots in the county\n- **Tarnwick**: the cold-box design",
        ),
      },
      {
        name: "what a side contributes or brought is what it brings",
        text: EN("Mossgrove contributes its archive of field trials, and we brought two test tracks to the project."),
      },
      {
        name: 'a clause with no subject of its own shares the last one\'s ("…, but has no lab")',
        text: EN(
          "Mossgrove supplies seed to 4,000 farms, but has no laboratory. Tarnwick runs two laboratories, but has limited reach into farms.",
        ),
      },
      {
        name: "a roles table's row of what each side lacks",
        text: EN(
          "Mossgrove Ltd and Tarnwick Ltd.\n\n" +
            "## Roles and costs\n\n| | Mossgrove | Tarnwick |\n|---|---|---|\n| Tasks | sales | manufacturing |\n| Lacks | a plant | a retail channel |",
        ),
      },
      {
        name: "a roles table's column of what each side brings",
        text: EN(
          "Mossgrove Ltd and Tarnwick Ltd.\n\n" +
            "## Roles\n\n| Party | Role | Brings |\n|---|---|---|\n| Mossgrove | sales | 42 depots in the county |\n| Tarnwick | manufacturing | the cold-box plant |",
        ),
      },
      {
        name: "minutes under one meeting heading: the heading names the paper, its items still say what each side brings",
        text: "# Northgate Foods plc\n\n## Minutes of a Meeting of the Board\n\n### 4. Proposed alliance with Kelso Freight Ltd\n\nThe Head of Operations set out what each party would contribute:\n\n- Northgate: steady volume from its three kitchens and its retail contracts;\n- Kelso: four chilled depots and a fleet of 60 vehicles.\n",
      },
      {
        name: "a table whose first column is headed Party names the parties in its rows",
        text: EN(
          "## How it will work\n\n| Party | Role |\n|---|---|\n| Ashford Council | Provides the case files and its reviewing officers |\n| Brenlow | Builds the extraction models on its own platform |",
        ),
      },
      {
        name: 'a side labelled with what it puts in ("Orca brings:", "Lumen\'s contribution:") outside a fit section',
        text: `Partnership of Orca Freight Ltd and Lumen Routing Ltd\n\n${EN("## Overview\n\n- Orca brings: 40 depots and a night-shift workforce\n- Lumen's contribution: the routing engine and its traffic data")}`,
      },
      {
        name: 'professional firms are parties ("… LLP") in a side-by-side table',
        text: EN(
          "## The two firms\n\n| | Harrow Tax LLP | Brindle Payroll LLP |\n|---|---|---|\n| Strengths | owner-managed companies | payroll for care homes |",
        ),
      },
    ],
    invalid: [
      {
        name: "a cost-share table whose rows are the parties says what each pays, not what each brings",
        text: EN("## Costs\n\n| Member | Share of shared costs |\n|---|---|\n| Alder Foods | 60% |\n| Brook Pharmacy | 40% |"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 15] }],
      },
      {
        name: "a roles table's task rows are not what the sides bring",
        text: EN(
          "## Roles\n\n| | Mossgrove | Tarnwick |\n|---|---|---|\n| Tasks | sales and in-store promotion | manufacturing and delivery |",
        ),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 15] }],
      },
      {
        name: "tasks taken on are not what the sides have: builds, runs, supplies",
        text: EN("## How it works\n\nBrightwater builds and runs the model; Kestrel supplies the shipment data."),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 15] }],
      },
      {
        name: "a task on one side, a resource on the other: oneSided",
        text: EN(
          "Lantern & Bell has its own structural engineer and trained crews. We cast and tune the bells in Asten and supply the clavier.",
        ),
        errors: [{ messageId: "oneSided", range: [0, 0, 0, 15] }],
      },
      {
        name: 'a noun after the possessive makes another noun ("Corvale\'s channel manager")',
        text: `Northgate Ltd and Corvale Ltd\n\n${EN("Corvale's channel manager meets Northgate's sales lead monthly.")}`,
        errors: [{ messageId: "noFit", range: [2, 0, 2, 15] }],
      },
      {
        name: "no word on what anyone brings: on the first heading",
        text: EN("Combine the strengths of both companies to create new value."),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 15], contains: ["brings"] }],
      },
      {
        name: "only our side",
        text: EN("## About us\n\nWe have 120 stores and 3 million members."),
        errors: [{ messageId: "oneSided", range: [0, 0, 0, 15] }],
      },
      {
        name: "the two sides want different things",
        text: EN(
          "## Where we stand\n\nWe have the stores; they have the plant. The two sides want different things: we want exclusivity, they want to resell.",
        ),
        errors: [{ messageId: "conflictingGoals", range: [8, 41, 8, 119] }],
      },
      {
        name: "aims that pull in opposite directions, in an issue table",
        text: EN(
          "We have the stores; they have the plant.\n\n## Issues\n\n| # | Issue | Owner |\n|---|---|---|\n| I2 | We want members only; they want open clinics. These aims pull in opposite directions | Steering group |",
        ),
        errors: [{ messageId: "conflictingGoals", range: [12, 0, 12, 110] }],
      },
      {
        name: "goals stated as not aligned",
        text: EN("We have the stores; they have the plant. Our goals are not aligned on pricing."),
        errors: [{ messageId: "conflictingGoals", range: [6, 41, 6, 78] }],
      },
      {
        name: "aims not easy to square, in a sentence that names a risk committee",
        text: EN(
          "We have the stores; they have the plant. The two aims are not easy to square and it is flagged to the Executive Risk Committee.",
        ),
        errors: [{ messageId: "conflictingGoals", range: [6, 41, 6, 127] }],
      },
      {
        name: "both companies have different thinking about the business",
        text: EN("We have the stores; they have the plant. Both companies have different thinking about the business."),
        errors: [{ messageId: "conflictingGoals", range: [6, 41, 6, 99] }],
      },
      {
        name: "a lead-in that announces something else does not make its list about what the sides bring",
        text: EN("## Background\n\nNext steps:\n\n- **Mossgrove**: 42 depots in the county\n- **Tarnwick**: the cold-box design"),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 15] }],
      },
      {
        name: 'a noun after a name\'s clause does not share its subject ("…and network renewal")',
        text: EN("Tarn Water and Fellside Engineering will enter an alliance for leakage reduction and network renewal in the valley."),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 15] }],
      },
      {
        name: "rows labelled by a side's role say what it does, not what it brings",
        text: EN(
          "## Summary\n\n| Item | Detail |\n|---|---|\n| Our role | repair intake |\n| Tarnwick's responsibilities | call-out repairs |",
        ),
        errors: [{ messageId: "noFit", range: [0, 0, 0, 15] }],
      },
    ],
  }),
);

describe("partner-fit", () => {
  it("is off by default", () => {
    expect(only(lint(JA("両社の強みを生かし、新たな価値を創出する。")), RULE)).toEqual([]);
  });

  it("offers its template as the fix", () => {
    const [finding] = only(
      lint(EN("Combine our strengths."), "plan.alliance.md", { rules: { [RULE]: { severity: "warn", options: {} } } }),
      RULE,
    );
    expect(finding.fix?.edits[0].newText).toContain("## Partner fit");
  });
});

describe("partner-fit on the fixtures of its kind", () => {
  const findings = (file: string) => fixtureFindings(RULE, file);

  it("only the partner's assets, in a running alliance's plan (ja): oneSided, on 提携先について", () => {
    expect(findings("ja/partner-fit-one-sided-running-bus-bakery.alliance.md")).toEqual([
      { ruleId: RULE, messageId: "oneSided", range: [6, 0, 6, 13] },
    ]);
  });

  it("each side's part stated (ja 稟議): nothing", () => {
    expect(findings("ja/early-process-ringi-no-pilot-pharmacy-app.alliance.md")).toEqual([]);
  });

  it("the partner's assets, and our side only by the tasks it takes on (en board paper): oneSided", () => {
    expect(findings("en/early-process-board-paper-all-steps-kayak-rental.alliance.md")).toEqual([
      { ruleId: RULE, messageId: "oneSided", range: [0, 0, 0, 78] },
    ]);
  });

  it("only a roles table of who does which task (ja, en): noFit", () => {
    for (const file of [
      "en/clean-roles-economics-revenue-share-bike-insurer.alliance.md",
      "ja/roles-economics-deferred-split-bakery-coffee.alliance.md",
    ])
      expect(findings(file).map((f) => f.messageId)).toEqual(["noFit"]);
  });
});
