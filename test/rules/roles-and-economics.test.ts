import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { testRule, turnedOn } from "../helpers/rule-tester";
import { brief, lint, only } from "../helpers/lint";

const RULE = "roles-and-economics";
/** The rule is off by default (until its first-contact figures are in): every case turns it on. */
const ON = { rules: { [RULE]: { severity: "warn" as const, options: {} } } };
/** Lines 0–5; the part under test starts on line 6. */
const JA = (section: string) => `# 共同販売計画\n\n## 目的\n\n2027年度末までに売上を10億円にする。\n\n${section}\n`;
const EN = (section: string) => `# Alliance plan\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n${section}\n`;

testRule(
  RULE,
  "Japanese",
  turnedOn(RULE, {
    valid: [
      {
        name: "a cost-sharing label over each party's share (「費用分担：総額…のうち当社70%、先方30%」)",
        text: JA(
          "## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 条件\n\n- 費用分担：試作費総額900万円のうち当社70%、提携先30%",
        ),
      },
      {
        name: "profits shared out in plain words (「利益を半分ずつ分け合う」)",
        text: JA("## 役割分担\n\n当社は販売を、提携先は開発を担当する。共同商品の利益は、材料費を引いて半分ずつ分け合う。"),
      },
      {
        name: "a cost at one party's expense (「提携先側の費用で返送する」)",
        text: JA("## 役割分担\n\n当社は販売を、提携先は開発を担当する。期限を過ぎた返品は提携先側の費用で返送する。"),
      },
      {
        name: "an issues list row: a memo cell leaves a detail 調整中, not the split stated in its own cell",
        text: JA(
          "## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 論点\n\n| No. | 論点 | 当社案 | 状況 | メモ |\n|---|---|---|---|---|\n| 9 | 運営費用 | JVの運営費用は出資比率に応じて各社が負担 | ○ | 施工分のみ+7%で調整中 |",
        ),
      },
      {
        name: "an issues list row whose status says 合意: the split in its position cells is agreed",
        text: JA(
          "## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 論点\n\n| # | 論点 | 当社案 | 先方主張 | 状況 |\n|---|---|---|---|---|\n| 2 | 開発費 | 当社60％・先方40％で負担 | 同意 | 合意 |",
        ),
      },
      {
        name: "roles under 役割分担 and a cost split under 費用",
        text: JA(
          "## 役割分担\n\n- 当社：販売網と顧客対応を担当する。\n- 提携先：製品開発を担当する。\n\n## 費用\n\n開発費は両社で折半する。",
        ),
      },
      {
        name: "a side-by-side table with a 費用 row",
        text: JA("## 各社の役割\n\n| 項目 | 当社 | 提携先 |\n|---|---|---|\n| 役割 | 販売 | 開発 |\n| 費用 | 販促費 | 開発費 |"),
      },
      { name: "a revenue split in prose", text: JA("当社は販売を担当し、提携先は製品を供給する。売上は当社70％、提携先30％で配分する。") },
      {
        name: "a plan table's cost row that names the party it falls to (no party columns)",
        text: JA(
          "当社は製造を、提携先は販売を担当する。\n\n| 区分 | 項目 | 内容 | 担当 |\n|---|---|---|---|\n| 費用 | 販促費 | 店頭の販促物 | 提携先 |",
        ),
      },
      {
        name: "a roles table whose 〜費 row gives each party its share (「試作費（型代・治具代・送料を含む） | 40％ | 60％」)",
        text: JA(
          "## 役割分担\n\n| 項目 | 御社 | 弊社 |\n|---|---|---|\n| 設計 | 担当 | 助言 |\n| 試作費（型代・治具代・送料を含む） | 40％ | 60％ |",
        ),
      },
      {
        name: "a cost table whose 負担 column names the party bearing each cost",
        text: JA(
          "## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 費用\n\n| 項目 | 金額 | 負担 |\n|---|---|---|\n| 構築費 | 1,200万円 | 当社 |",
        ),
      },
      {
        name: "the ratio each bears under a costs heading, even one that does not add up",
        text: JA("## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 準備期間の費用\n\n- 負担割合：当社 55％／提携先 35％"),
      },
      { name: "a party's cut of what it collects", text: JA("先方は集金を担当する。先方の取り分として集金額の12％を差し引く。") },
      { name: "a royalty the licensee pays", text: JA("甲は技術指導を行う。乙は甲に対し、売上高の3％の実施料を支払う。") },
      {
        name: "a cost split only in a table's 経費負担割合 column",
        text: JA(
          "## 実施体制\n\n| 区分 | 本事業での役割 | 経費負担割合 |\n|---|---|---|\n| 代表事業者 | 試作ラインの提供 | 70％ |\n| 連携事業者 | AIモデルの開発 | 30％ |",
        ),
      },
      {
        name: "a table whose rows each split 100% between the parties",
        text: JA(
          "当社は販売を担当する。\n\n## お金\n\n| 項目 | 当社 | 提携先 |\n|---|---|---|\n| 人件費 | 100％ | 0％ |\n| 材料費 | 70％ | 30％ |",
        ),
      },
      {
        name: "a budget table with a column per party and amounts under them",
        text: JA(
          "当社は販売を担当し、提携先は製品を供給する。\n\n| 予算項目（2027〜2030年度） | 当社 | 提携先 | 合計 |\n|---|---|---|---|\n| 設備工事 | 3,600万円 | — | 3,600万円 |\n| センサー | 240万円 | 160万円 | 400万円 |",
        ),
      },
      {
        name: "a table with a row per party whose shares of a column add up to 100%",
        text: JA(
          "当社は車両を、提携先は倉庫を提供する。\n\n| 当事者 | 車両の運行 | 配車計画チーム |\n|---|---|---|\n| 当社 | 60％ | 50％ |\n| 提携先 | 45％ | 50％ |",
        ),
      },
      {
        name: "shares in tenths of a cost (「試験費は当社6割・提携先4割」)",
        text: JA("## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 条件\n\n- 費用：試験費は当社6割・提携先4割で持つ。"),
      },
    ],
    invalid: [
      {
        name: "消費 (consumption) is no cost: 「消費電力が3割少ない」「燃料消費を12%減らす」",
        text: JA(
          "## 役割分担\n\n当社は筐体を、提携先は制御基板を提供する。\n\n## 評価\n\n新型機は従来機より消費電力が3割少なく、燃料消費も12%少ない。",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a cost capped as a target is being cut, not shared (「他社へ払う使用料（年3億円）を1億円以下に圧縮する」)",
        text: JA(
          "## 役割分担\n\n当社は特許を、提携先は製造技術を提供する。\n\n## 目標\n\n他社へ支払う使用料(年3億円)を2028年度に1億円以下に圧縮する。",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "an option the writer leans to is not chosen (「紹介料は定額案に傾いている」)",
        text: JA("## 役割分担\n\n当社は集客を、提携先は施工を担当する。\n\n## 論点\n\n紹介料は1件5,000円の定額案に傾いている。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "the measured error of a price the plan predicts (「成約賃料の誤差が±5%以内」) is no fee",
        text: JA(
          "## 役割分担\n\n当社はデータを、提携先はモデルを提供する。\n\n## PoC\n\n成約賃料の誤差が±5%以内の物件が8割以上なら本格導入に進む。",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a budget row in a status table reports how the budget stands, not who bears it",
        text: JA(
          "## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 状況\n\n| 領域 | 状況 | コメント |\n|---|---|---|\n| 予算 | 順調 | 計画内 |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a cost's change or tolerance is a target, not a split (「物流費を…9.0%から7.5%に下げる」「修理費推定の誤差±15%以内」)",
        text: JA(
          "## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 目標\n\n当社の物流費を売上高比で9.0%から7.5%に下げる。修理費推定の誤差±15%以内の割合を80%以上にする。",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "roles without any cost or revenue split: on the first heading",
        text: JA("## 役割分担\n\n当社は販売を、提携先は開発を担当する。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8], contains: ["費用負担"] }],
      },
      {
        name: "a split left 別途協議: on the cost heading",
        text: JA("## 役割分担\n\n当社は販売を担当する。\n\n## 費用負担\n\n費用負担は別途協議する。"),
        errors: [{ messageId: "deferred", range: [10, 0, 10, 7], contains: ["別途協議"] }],
      },
      {
        name: "a cost split without anyone's role",
        text: JA("## 費用\n\n開発費は折半する。"),
        errors: [{ messageId: "noRoles", range: [0, 0, 0, 8] }],
      },
      {
        name: "cutting a cost burden shares no cost",
        text: JA("当社は販売を担当する。物流のコスト負担を軽減する。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a split only offered by the partner is not stated",
        text: JA("当社は販売を担当し、提携先は製品を供給する。提携先からは開発費の半額負担を打診されているが、まだ回答していない。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a revenue share asked about is not stated",
        text: JA("当社は販売を担当する。レベニューシェアと聞いていますが、料率を教えてください。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a cost split on an action list is a task, not a split",
        text: JA(
          "当社は販売を担当する。\n\n## ToDo\n\n| 内容 | 担当 | 期限 |\n|---|---|---|\n| 燃料費の按分方法を決める | 経理 | 12月中 |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a late payment as a ground for termination is no payment",
        text: JA("当社は販売を担当する。\n\n## 解除\n\n相手方の重大な違反、支払遅延(30日超)、破産等。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "who bears damages is liability, not the alliance's economics (「損害は…側が負担する」)",
        text: JA(
          "## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 責任\n\n部品の欠陥による損害は提携先が、施工の誤りによる損害は当社が負担する。",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a question announced in a record of questions and answers (「…について伺います。」) states no split",
        text: JA("当社は販売を、提携先は開発を担当する。\n\n委員：運営費の負担と、データの保管について伺います。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a fee income that grew (「手数料収入は年約1,200万円増」) is a result, not a fee",
        text: JA("## 役割分担\n\n当社は販売を、提携先は開発を担当する。\n\n## 実績\n\n手数料収入は年約1,200万円増。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a split left to be discussed later (追って相談)",
        text: JA("当社は販売を担当する。費用の持ち方は追って相談する。"),
        errors: [{ messageId: "deferred", range: [0, 0, 0, 8] }],
      },
      {
        name: "a use-of-funds table: cost rows that name no party give no party its costs",
        text: JA(
          "当社は製造を、提携先は販売を担当する。\n\n## 資金の使途\n\n| 使途 | 金額 | 時期 |\n|---|---|---|\n| 新ラインの設備費 | 5億円 | 2026年度 |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "an offer noted in a memo's clipped style (「…で打診。」) and a direction only (「…の方向。」)",
        text: JA("当社は製造を、提携先は販売を担当する。\n\n- 先方は手数料を売上の6％で打診。\n- 金型費は当社負担の方向。"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "who bears a cost named as a question (「どちらが負担するかで揉めた」), a time until payment, a share's issue price",
        text: JA(
          "当社は製造を、提携先は販売を担当する。破損品をどちらが負担するかで揉めた。請求から支払までの日数を20日から10日に短縮する。\n\n| 項目 | 内容 |\n|---|---|\n| 発行価額 | 1株につき760円 |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "an issues list's positions beside a status not agreed (「当社案 | 先方主張 | 状況」 with 「金額は調整中」)",
        text: JA(
          "当社は製造を、提携先は販売を担当する。\n\n## 論点\n\n| # | 論点 | 当社案 | 先方主張 | 状況 |\n|---|---|---|---|---|\n| 3 | 許諾料 | 一時金2,000万円 | 一時金3,000万円＋年額500万円 | 金額は調整中 |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
      },
      {
        name: "a side's limit (「一時金2,500万円までなら社内で通せる」) and a cost cut as a target (「保管費を10％下げる」)",
        text: JA(
          "当社は製造を、提携先は販売を担当する。許諾料は一時金2,500万円までなら社内で通せる。1パレット当たりの保管費を10％下げる。",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 8] }],
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
        name: "an issues list row whose status says Agreed: the split in its position cells is agreed",
        text: EN(
          "## Roles\n\nWe supply the fuel; the partner provides the berth.\n\n## Issues\n\n| # | Issue | Our position | Their position | Status |\n|---|---|---|---|---|\n| 2 | Berth costs | Borne 60/40 by us and the partner | Accepted | **Agreed** |",
        ),
      },
      {
        name: 'a price off a list named without "price" ("buys at list minus 25%")',
        text: EN("## Roles\n\nThe maker supplies the pumps; the installer fits them. The installer buys at list minus 25%."),
      },
      {
        name: 'a payment per unit with its amount in words ("pays us ninety cents per policy")',
        text: EN("## Roles\n\nWe score each policy; the insurer sells them. The insurer pays us ninety cents per policy scored."),
      },
      {
        name: "a price per whatever is charged for, in rupees too ('Rs. 3.40 per kg', '£25 per learner')",
        text: EN(
          "## Roles\n\nThe carrier runs the trucks; we book the loads. It moves our loads at Rs. 3.40 per kg, and the training costs £25 per learner per month.",
        ),
      },
      {
        name: "a fee after a dash, and the other side covering its own part",
        text: EN(
          "## Roles\n\nWe build the integration; the partner runs the stores.\n\n## Money\n\nThe pilot is paid — $85,000 flat. The partner covers its own side.",
        ),
      },
      {
        name: "a transfer price as a share of the partner's named list price",
        text: EN(
          "## Roles\n\nWe supply the units; the distributor sells them.\n\n## Terms\n\n- Transfer price: 58% of Aldergate's Nordic list price for units.",
        ),
      },
      {
        name: "roles and each party bearing its own costs",
        text: EN("## Roles\n\n- We run sales; Northwind builds the product.\n\n## Costs\n\nEach party bears its own costs."),
      },
      { name: "a revenue split in prose", text: EN("Northwind will provide the sensors. Net revenue is split 60/40 between the parties.") },
      {
        name: "a percentage commission one party pays the other; who pays for what",
        text: EN(
          "## Roles\n\n- We bring in orders.\n\n## Money\n\nGreenfibre pays us a 15% commission on the net value of every order. We pay for our own sales team's time.",
        ),
      },
      {
        name: "a budget with a decimal amount, shared, its sentence wrapped across lines",
        text: EN(
          "## Roles\n\n- Operators deliver the feeds.\n\n## Dues\n\nAnnual budget USD 1.6M, shared: operators 55%,\nmunicipalities 45%.",
        ),
      },
      {
        name: "a plain-text column table under a costs heading",
        text: EN(
          "## Roles\n\n- We run sales; Northwind builds the line.\n\n## Costs and revenue\n\nITEM              US     NORTHWIND\nLine capex        60%    40%",
        ),
      },
      {
        name: "a YAML cost keyed in snake case and borne by a party",
        filePath: "plan.alliance.yaml",
        text: "roles:\n  vendor: adapts the model\neconomics:\n  adaptation_cost: Borne by Vireo in full.\n",
      },
      {
        name: "a commission split by recipient, its shares in one column",
        text: EN(
          "## Roles\n\n- Partners register deals.\n\n## Commission split\n\n| Recipient | Share of commission pool |\n|---|---|\n| Registering partner | 60% |\n| Direct rep | 40% |",
        ),
      },
      {
        name: "a referral fee with its rate",
        text: EN("We supply the bells; they supply the installation. Referral fee: 6% of the contract value to the installer."),
      },
      {
        name: "a side-by-side table with a Budget row",
        text: EN(
          "## What each side brings\n\n| Area | Us | Them |\n|---|---|---|\n| Staff | sales team | engineers |\n| Budget | $450k | $300k |",
        ),
      },
      {
        name: "YAML plan: roles and a revenue-share key",
        text: "title: Alliance plan\nroles:\n  us: sales\n  partner: development\ncosts:\n  revenue_share: 50/50\n",
        filePath: "plan.alliance.yaml",
      },
      {
        name: "a cost split only in a table whose columns say who bears it",
        text: EN(
          "We will provide the integration.\n\n| Cost element | Borne by us | Borne by the client |\n|---|---|---|\n| Integration (£180k) | 100% | 0% |\n| Validation study | 50% | 50% |",
        ),
      },
      {
        name: "a table whose rows each split 100% between the parties",
        text: EN(
          "We run the trials.\n\n## Money\n\n| Item | Us | Them |\n|---|---|---|\n| Postdoc salary | 100% | 0% |\n| Consumables | 70% | 30% |",
        ),
      },
      {
        name: "a budget table with a column per party and amounts under them",
        text: EN(
          "Northwind Ltd provides the sensors; Southbank Ltd runs the works.\n\n| Budget line, 2027–2030 | Northwind | Southbank | Total |\n|---|---|---|---|\n| Street works | $3,600,000 | — | $3,600,000 |\n| Sensors | $240,000 | $160,000 | $400,000 |",
        ),
      },
      {
        name: "a table with a row per party whose shares of a column add up to 100%",
        text: EN(
          "Northwind Ltd runs the trucks; Southbank Ltd plans the routes.\n\n| Party | Fleet running | Route-planning team |\n|---|---|---|\n| Northwind | 60% | 50% |\n| Southbank | 45% | 50% |",
        ),
      },
      {
        name: "a party's share of the revenue in a table of its own",
        text: EN("Northwind will provide the sensors.\n\n| Item | Northwind |\n|---|---|\n| Share of option revenue | 45% |"),
      },
      {
        name: "capex pro rata to the shareholding",
        text: EN("We run the shuttles; they run the terminal. Capex of £38M is funded pro rata to shareholding."),
      },
      {
        name: "a distributor's discount off the price list, and a fund matched 50/50",
        text: EN(
          "The distributor buys at 35% off our export list price and installs. Marketing fund: 3% of purchases, matched 50/50 by us.",
        ),
      },
      {
        name: "a paid engagement with its price after a comma ('a 4-month paid trial, $75k')",
        text: EN(
          "We provide the depots; Quillon provides the scheduling tool.\n\n| Term | Value |\n|---|---|\n| Commercial | 4-month paid trial, $75k, at two depots |",
        ),
      },
    ],
    invalid: [
      {
        name: 'an issues list\'s positions beside a status that is only a next step ("Vendor to come back with a number")',
        text: EN(
          "## Roles\n\nWe supply the fuel; the partner provides the berth.\n\n## Issues\n\n| # | Issue | Vendor position | Our position | Status |\n|---|---|---|---|---|\n| 2 | Licence fee | 5% uplift on the annual fee | Included in the annual fee | Vendor to come back with a number |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: 'a side\'s limit: "we could go up to $40k for the licence"',
        text: EN("We supply the fuel; the partner provides the berth. We could go up to $40k for the licence if the term is five years."),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "an issues list row whose other side prefers another split states none",
        text: EN(
          "## Roles\n\nWe supply the fuel; the partner provides the berth.\n\n## Issues\n\n| # | Clause | Our position | Their position |\n|---|---|---|---|\n| 4 | Further funding | shareholder loans pro rata | prefers pro rata equity calls |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "what was spent before the alliance, in a 'Why now' section, is no split",
        text: EN(
          "## Why now\n\nWe paid $212k in overtime in Q4 alone.\n\n## Roles\n\nWe provide the site; the partner provides the robots.",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "the price paid for a stake is an investment, not the alliance's economics",
        text: EN(
          "## Roles\n\nWe supply the tractors; the partner runs the yard.\n\n## Capital\n\nWe paid $36 million in cash for a 14.5% stake.",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "an indemnity with its cap is liability, not the alliance's economics",
        text: EN(
          "## Roles\n\nWe supply the photos; Tarnvale trains the model.\n\n## Liability\n\nTarnvale indemnifies us against third-party claims over its training data (cap: $1m per claim).",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a question announced ('I'd like to ask about …') states no split",
        text: EN(
          "We run sales; Northwind builds the product.\n\nCouncillor: I'd like to ask about the running costs of £40k a year and who bears them.",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a price quoted by one side, and what was being spent before, state no split",
        text: EN(
          "We run sales; Northwind builds the product.\n\nWe were spending about £2m a year on repairs. A new supplier quoted a price of £4,800 a unit.",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "roles without any cost or revenue split: on the first heading",
        text: EN("## Roles\n\nWe run sales; Northwind builds the product."),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15], contains: ["costs"] }],
      },
      {
        name: '"cover" as report on, and an amount a month as a threshold, are no economics',
        text: EN(
          '## Roles\n\nWe run sales; Northwind builds the product.\n\n## Q&A\n\n"How much did we invest?" → "A minority stake; Finance will cover it in the investor note."\n\nWe may close a floor if its rental revenue is below £12,000 a month for three months.',
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a split left TBD: on the costs heading",
        text: EN("## Roles\n\nNorthwind will provide the sensors.\n\n## Costs\n\nCost sharing: TBD."),
        errors: [{ messageId: "deferred", range: [10, 0, 10, 8], contains: ["TBD"] }],
      },
      {
        name: "a cost per unit in a KPI table is a measure, not a split",
        text: EN("Northwind will provide the sensors.\n\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Cost per unit | $38 |"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a use-of-funds table: cost rows that name no party give no party its costs",
        text: EN(
          "We build; Harlow sells.\n\n## Use of proceeds\n\n| Use | Amount | When |\n|---|---|---|\n| Line upgrade costs | $3.2M | 2026 |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a person's view in meeting notes, a row over who pays, a KPI cap with a sign, a share's issue price",
        text: EN(
          "We build; Harlow sells.\n\n- Priya thinks a revenue share beats a flat rent.\n- Last year the two firms argued over who pays for lost crates.\n- KPIs: returns ≤ 2%; goodwill credits < $300/month.\n\n| Term | Value |\n|---|---|\n| Issue price | $5.20 per share |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "cutting costs shares none",
        text: EN("Northwind will provide the sensors. Reduce operating costs by 20% by 2027."),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "each side's opening position is not a split",
        text: EN(
          "Northwind will provide the sensors. Northwind's opening position is that we fund the build; ours is that each side carries its own costs.",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a cost question is not a split",
        text: EN("Northwind will provide the sensors. Who carries the cost if the model over-orders?"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a cost split on an action list is a task, not a split",
        text: EN(
          "Northwind will provide the sensors.\n\n| # | Action | Owner | Due |\n|---|---|---|---|\n| A1 | Business case incl. proposed cost split | TW | 28 Feb 2027 |",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a split said not to exist",
        text: EN("Northwind will provide the sensors. Until now no split of the build cost has been written down."),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a row per party with its shareholding is equity, not a cost split",
        text: EN("Northwind Ltd provides the sensors.\n\n| Party | Shareholding |\n|---|---|\n| Northwind | 60% |\n| Southbank | 40% |"),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "what one side spends today, and a thing already paid for, are not the alliance's economics",
        text: EN(
          "Northwind will provide the sensors.\n\nToday we spend about $64k a year on sensor licences. Licences already paid for stay valid after the pilot.",
        ),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a fee the writer only leans towards is not agreed",
        text: EN("Northwind will provide the sensors.\n\nOpen: the referral fee. I lean towards a flat $20 per signed customer."),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
      {
        name: "a company's burn rate is no fee",
        text: EN("Northwind will provide the sensors.\n\nNet burn: £410k/month."),
        errors: [{ messageId: "noEconomics", range: [0, 0, 0, 15] }],
      },
    ],
  }),
);

describe("roles-and-economics on the fixtures of its kind", () => {
  const findings = (file: string) =>
    only(lint(readFileSync(resolve(__dirname, "../../fixtures", file), "utf8"), file, ON), RULE).map(brief);

  it("a split left 別途協議 and 未定 (ja): deferred, on the 費用負担・収益配分 heading", () => {
    expect(findings("ja/roles-economics-deferred-split-bakery-coffee.alliance.md")).toEqual([
      { ruleId: RULE, messageId: "deferred", range: [27, 0, 27, 15] },
    ]);
  });

  it("roles with a budget total and a cost to cut, no split (en): noEconomics, on the Budget heading", () => {
    expect(findings("en/roles-economics-no-split-budget-only-seed-coop.alliance.md")).toEqual([
      { ruleId: RULE, messageId: "noEconomics", range: [14, 0, 14, 9] },
    ]);
  });

  it("a roles table, a commission and a 50/50 campaign split (en): nothing", () => {
    expect(findings("en/clean-roles-economics-revenue-share-bike-insurer.alliance.md")).toEqual([]);
  });

  it("is off by default", () => {
    expect(
      only(
        lint(readFileSync(resolve(__dirname, "../../fixtures/en/roles-economics-no-split-budget-only-seed-coop.alliance.md"), "utf8")),
        RULE,
      ),
    ).toEqual([]);
  });
});
