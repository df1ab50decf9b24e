import { testRule } from "../helpers/rule-tester";

const RULE = "missing-kpi";
const JA_OBJECTIVE = "# 共同販売計画\n\n## 目的\n\n2027年度末までに共同販売の売上を8億円にする。\n";
const EN_OBJECTIVE = "# Co-marketing plan\n\n## Goals\n\nSign 25 joint enterprise customers by December 2026.\n";
const JA_YAML_KPIS =
  "title: 共同配送計画\nobjective: 2027年3月までに積載率を85%にする。\nkpis:\n  - name: 積載率\n    target: 85%\n  - name: 配送コスト削減\n    target: 12%\n";

testRule(RULE, "Japanese", {
  valid: [
    {
      name: "no KPI section: the measurable items under a bare 「目標」 heading are the KPIs, reviewed monthly elsewhere",
      text: "# 共同調達メモ\n\n## 1. 目標\n\n- 2027年3月末までに共同調達の品目数を40品目にする\n- 調達単価を2026年度比で8%下げる\n\n## 2. 進め方\n\n- 両社の購買担当が月1回の定例会で品目数と単価を確認する。\n",
    },
    {
      name: "a next-steps line whose deferral comes before the KPI word (未定の店舗…KPIの一覧) puts no KPI off",
      text: `${JA_OBJECTIVE}\n## KPI\n\n| KPI | 目標 |\n|---|---|\n| 共同販売の売上 | 8億円 |\n\n## 今後\n\n- 出店先が未定の地域の担当者も、月次の定例会でKPIの一覧を確認する。\n- 合同委員会で四半期ごとにKPIをレビューする。\n`,
    },
    {
      name: "a row whose target is 未定, its finding disabled on the line: the row is one KPI, not the KPIs put off (the directive names missing-kpi)",
      text: `${JA_OBJECTIVE}\n## KPI\n\n| KPI | 目標 | 期限 |\n|---|---|---|\n| 積載率 | 80％ | 2027年3月末 |\n| 顧客満足度 | 未定 | 2027年3月末 | <!-- alliance-lint-disable-line missing-kpi -->\n\n合同委員会で四半期ごとにKPIをレビューする。\n`,
    },
    {
      name: "KPIs in a Pandoc grid table (Word の表を変換したもの)、目標と確認頻度のセルが2行にわたる",
      text: `${JA_OBJECTIVE}\n## KPI\n\n+----------+----------+--------+\n| 指標     | 2027年度 | 確認   |\n|          | 目標     |        |\n+==========+==========+========+\n| 取扱店数 | 300店    | 四半期 |\n|          |          | ごと   |\n+----------+----------+--------+\n`,
    },
    {
      name: "measures reviewed on a cadence with their targets noted in brackets (「解約率（目標：年5%以下）…を確認する」) are the KPIs",
      text: `${JA_OBJECTIVE}\n## 運営\n\n両社は四半期ごとにレビューを行い、解約率（目標：年5%以下）及び稼働率（目標：85%以上）を確認する。\n`,
    },
    {
      name: "a heading that names the figures and how often they are looked at (「ものさし（毎月の数字）」) is the KPI section",
      text: `${JA_OBJECTIVE}\n## ものさし（毎月の数字）\n\n- カフェ売上：目標 月120万円\n- 平日の来店客数：目標 1日70人\n\n毎月5日に両店の店長で確認する。\n`,
    },
    {
      name: "figures called 「数字」 with how often they are looked at, after the list of targets (a chat): the targets are KPIs",
      text: `${JA_OBJECTIVE}\n## 打合せメモ\n\n第2弾はこれでどうでしょう\n・EC売上 1,200万円\n・新規会員 3,000人\n・回収Tシャツ 5,000枚\n数字は毎週月曜の販促会議で見ます\n`,
    },
    {
      name: "a target table under the goals heading, a column per fiscal year named by its closing month (2027年3月期)",
      text: `# 資本業務提携のお知らせ\n\n## 業務提携の目標\n\n| 項目 | 2027年3月期 | 2028年3月期 |\n|---|---|---|\n| 協業による販売台数 | 6,000台 | 9,000台 |\n| 技術認定を受けた施工技術者数 | 60名 | 100名 |\n\n上記目標の進捗状況は、毎年、決算説明資料において開示する。\n`,
    },
    {
      name: "a ■ outline in a quoted e-mail: the next ■ title ends the KPI section (its questions are no KPIs)",
      text: `${JA_OBJECTIVE}\n> ■KPI（PoC以降）\n> ・査定誤差±5％以内の割合：80％以上\n> ・査定から募集開始までの日数：平均2日以内\n> \u3000いずれも御社の月次レポートで毎月確認します。\n>\n> ■ご質問\n> ・損失が出た場合、責任はどのように考えればよいでしょうか。\n> ・準拠される法令やガイドラインがあれば教えてください。\n> ・費用の考え方を教えてください。\n`,
    },
    {
      name: "「3％以下」 bounds an amount: it does not make a KPI line a lead-in (以下のKPI)",
      text: `${JA_OBJECTIVE}\n## 確認結果\n\n- 第5条（KPI）：配車件数 月450件、キャンセル率3％以下が定められ、毎月10日までに前月実績を報告する。\n`,
    },
    {
      name: "the review cadence in the KPI heading itself (「KPI（毎月第1週に数字を共有）」)",
      text: `${JA_OBJECTIVE}\n## KPI（毎月第1週に数字を共有）\n\n| 指標 | 2027年3月 |\n|---|---|\n| 予約件数（月間） | 6,000 |\n`,
    },
    {
      name: "a table row that says how the KPIs are reviewed is not a KPI without a target",
      text: `${JA_OBJECTIVE}\n## KPI\n\n| 指標 | 現状 | 目標 | 期限 |\n|---|---|---|---|\n| 教室の生徒数 | 38,200人 | 41,000人 | 2028年3月末 |\n| KPIの確認 | 四半期ごとに経営企画部が実績を集計し、経営会議に報告 | | |\n`,
    },
    {
      name: "KGI and KPIs with figures, reviewed monthly in the governance section",
      text: `${JA_OBJECTIVE}\n## KGI・KPI\n\n- KGI：共同販売の売上 8億円（2027年度末）\n- KPI：新規取引先 30社、提案件数 120件\n\n## 体制\n\n両社の営業責任者による定例会を毎月開き、KPIの進捗を確認する。\n`,
    },
    {
      name: "a KPI table with a column per year of the Japanese era (令和八年度), numbers in kanji",
      text: `${JA_OBJECTIVE}\n## 成果の確かめ方\n\n| 指標 | 令和八年度 | 令和九年度 |\n|---|---|---|\n| 海外向け出荷量 | 一万二千本 | 二万五千本 |\n| 輸出先の国数 | 四か国 | 八か国 |\n\n実績は四半期ごとに取りまとめて報告する。\n`,
    },
    {
      name: "a plan exported as JSON in a code fence: a kpis array with targets and a cadence under governance",
      text: `${JA_OBJECTIVE}\n## 計画データ\n\n\`\`\`json\n{\n  "kpis": [\n    { "name": "認識精度", "target": "95%" },\n    { "name": "導入店舗数", "target": "30店舗" }\n  ],\n  "governance": { "cadence": "月次" }\n}\n\`\`\`\n`,
    },
    {
      name: "a row of a decision log that lists the KPIs with their targets is read as a line of text (決定事項の一覧)",
      text: `${JA_OBJECTIVE}\n## 決定事項\n\n| No. | 日付 | 決定内容 | 決定者 |\n|---|---|---|---|\n| 3 | 2026-02-03 | 出店地は北店に決定。 | 役員会 |\n| 4 | 2026-02-17 | 毎月の提携会議で見るKPI：共同販売の売上（目標 月2,000万円）、返品率（3%以下）。 | 役員会 |\n| 5 | 2026-03-02 | 予算の執行は保留。 | 財務部 |\n`,
    },
    {
      name: "YAML plan: a kpis table with a kpi_review cadence",
      text: `${JA_YAML_KPIS}kpi_review: 月次の定例会で確認する\n`,
      filePath: "plan.alliance.yaml",
    },
  ],
  invalid: [
    {
      name: "a results table of the period just ended, the next period's KPIs put off in a later section (次期のKPIは…で決定)",
      text: "# 提携2年目の振り返り\n\n## KPIの実績（1年目）\n\n| 指標 | 1年目目標 | 実績 |\n|---|---|---|\n| 共同受注件数 | 30件 | 34件 |\n| 解約率 | 5%以下 | 4% |\n\n## 2年目に向けて\n\n- 2年目のKPIと目標値は、来月の運営委員会で決める（現時点で未定）。\n- 運営委員会は四半期ごとに開く。\n",
      errors: [{ messageId: "noTargets", range: [2, 0, 2, 14] }],
    },
    {
      name: "an issues table whose KPI row is still open (KPI | 別途定める): the row is a sentence about the KPIs, not a KPI",
      text: "# 合弁契約 論点表\n\n## 前提\n\n- 2029年度に合弁会社の売上高50億円を目指す。\n\n## 論点\n\n| # | 論点 | 当社案 | 状況 |\n|---|---|---|---|\n| 1 | 出資比率 | 当社51%、先方49% | 合意 |\n| 2 | 事業KPI | 事業計画で別途定める | 未合意 |\n\n## メモ\n\n- 処理量と稼働率の目標を四半期ごとに取締役会で確認したい。\n",
      errors: [{ messageId: "noTargets", range: [11, 0, 11, 32] }],
    },
    {
      name: "a bare 「目標」 section is no KPI section where the plan has one: its figures do not rescue KPIs without targets",
      text: "# 共同開発計画\n\n## 目標\n\n2028年3月末までに共同開発品を2件上市する。\n\n## 管理指標\n\n- 試作回数、不良率を管理する。\n- 指標の目標値は未定。\n- 月1回の定例会で確認する。\n",
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 7] }],
    },
    {
      name: "a heading that names the figures and a cadence (「毎月見る数字」) over measures with no targets",
      text: `${JA_OBJECTIVE}\n## 毎月見る数字\n\n- カフェ売上\n- 平日の来店客数\n\n両店の店長が毎月確認する。\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 9] }],
    },
    {
      name: "the KPIs themselves put off (「KPIの設定は次回定例で協議の上決定」) beside a monthly meeting and a sales figure",
      text: `${JA_OBJECTIVE}\n## 定例メモ\n\n- 定例は毎月第1火曜に開く。\n- KPIの設定は次回定例で協議の上決定。\n- 5月の売上は 1,200万円。\n`,
      errors: [{ messageId: "noTargets", range: [9, 2, 9, 21] }],
    },
    {
      name: "every indicator's target put off in a sentence of its own (各指標の目標値は…別途定める), beside a count of the indicators (3項目)",
      text: `${JA_OBJECTIVE}\n## 成果の管理\n\nセンター稼働後の成果指標は、検査件数、1件当たり検査日数、稼働率の3項目とする。各指標の目標値は、最初の組合員総会で別途定める。運営委員会を毎月1回開催し、進捗を確認する。\n`,
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 40] }],
    },
    {
      name: "circled item numbers (①②③) are a list's labels, not amounts: KPIs named without targets",
      text: `${JA_OBJECTIVE}\n## 打合せメモ\n\nKPIの案です。①鑑定件数 ②不一致率 ③鑑定待ち時間。数字は毎月の定例会議で確認します\n`,
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 8] }],
    },
    {
      name: "KPIs reviewed only 「必要に応じて」: a monthly line about access logs gives them no cadence",
      text: `${JA_OBJECTIVE}\n## データ\n\nアクセスログを月次で当社に共有する。\n\n## KPI\n\n| KPI | 目標 |\n|---|---|\n| 試作回数 | 40回以下 |\n\nKPIのレビューは、必要に応じて実施する。\n`,
      errors: [{ messageId: "noCadence", range: [10, 0, 10, 6] }],
    },
    {
      name: "targets put off until after the first stores open are no targets, though the sentence names 5店舗",
      text: "# 計画\n\n## 運用指標\n\n- 注文件数、客単価、欠品率を店舗別に見る。\n- 指標ごとの目標値は、先行5店舗の立ち上げ後に実績を見て両社で設定する。\n- 月1回の定例会でダッシュボードを確認する。\n",
      errors: [{ messageId: "noTargets", range: [2, 0, 2, 7] }],
    },
    {
      name: "indicators the plan says have no targets (目標値は設けていない), though its lines hold counts and deadlines",
      text: `${JA_OBJECTIVE}\n## 品質に関する定め\n\n- 対象となる品質指標は、認識率、誤起動の頻度、応答時間の3つ。\n- これらの指標に契約上の目標値は設けていない。\n- 重大な不具合は、発見から24時間以内に相手方へ通知する。\n- 出荷台数は四半期ごとに報告する。\n`,
      errors: [{ messageId: "noTargets", range: [8, 2, 8, 32] }],
    },
    {
      name: "a P&L by year outside the KPI section is no KPI table: the KPI section's deferred targets stay reported",
      text: `${JA_OBJECTIVE}\n## 収支計画\n\n| 項目 | 令和8年度 | 令和9年度 |\n|---|---|---|\n| 売上高 | 3,000万円 | 8,000万円 |\n| 営業利益 | -500万円 | 900万円 |\n\n## 重要指標\n\n| 指標 | 目標値 |\n|---|---|\n| 販売量 | 初年度の実績を踏まえて設定 |\n\n取締役会で毎月確認する。\n`,
      errors: [{ messageId: "noTargets", range: [13, 0, 13, 7] }],
    },
    {
      name: "no KPI anywhere: one finding on the document's first heading",
      text: JA_OBJECTIVE,
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 8], contains: ["KPI"] }],
    },
    {
      name: "a KPI table with an undecided (未定) or empty target: one finding per such row",
      text: [
        JA_OBJECTIVE,
        "## 成果指標", // 6
        "",
        "| 指標 | 現状 | 目標 | 期限 |",
        "|---|---|---|---|",
        "| 共同販売の売上 | 0円 | 8億円 | 2027年度末 |",
        "| 新規取引先数 | 12社 | 未定 | 2026年度末 |", // 11
        "| 提案件数 | 40件 | | 2026年度末 |", // 12
        "| 展示会出展 | 1回 | 4回 | 2026年度末 |",
        "",
        "進捗は合同委員会で四半期ごとにレビューする。",
        "",
      ].join("\n"),
      errors: [
        { messageId: "rowNoTarget", range: [11, 0, 11, 31], contains: ["目標値"] },
        { messageId: "rowNoTarget", range: [12, 0, 12, 26] },
      ],
    },
    {
      name: "KPIs with no figures (向上, 拡大, 未定) and no review cadence",
      text: `${JA_OBJECTIVE}\n## KPI\n\n- 顧客満足度の向上\n- 取引先数の拡大\n- 売上：目標値は未定\n`,
      errors: [
        { messageId: "noTargets", range: [6, 0, 6, 6] },
        { messageId: "noCadence", range: [6, 0, 6, 6], contains: ["頻度"] },
      ],
    },
    {
      name: "YAML plan: a kpis table without a review cadence is reported on the `kpis` key",
      text: JA_YAML_KPIS,
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "noCadence", range: [2, 0, 2, 4] }],
    },
    {
      name: "YAML plan: undecided targets are reported on each row's mapping",
      text: "title: 共同配送計画\nobjective: 2027年3月までに積載率を85%にする。\nkpis:\n  - name: 積載率\n    target: 未定\n  - name: 配送コスト削減\n    target: 未定\nkpi_review: 月次\n",
      filePath: "plan.alliance.yaml",
      errors: [
        { messageId: "noTargets", range: [2, 0, 2, 4] },
        { messageId: "rowNoTarget", range: [3, 4, 4, 14] },
        { messageId: "rowNoTarget", range: [5, 4, 6, 14] },
      ],
    },
  ],
});

testRule(RULE, "English", {
  valid: [
    {
      name: "a line whose deferral comes before the KPI word (sites with an open issue … the KPI dashboard) puts no KPI off",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers signed | 25 |\n\n## Cadence\n\n- Monthly call: managers of any site with an open issue join to review the KPI dashboard.\n- The steering committee reviews the KPIs quarterly.\n`,
    },
    {
      name: "no KPI section: the items under a bare Targets heading are the KPIs, reviewed monthly elsewhere",
      text: "# Joint sourcing memo\n\n## 1. Targets\n\n- 40 jointly sourced items by March 2027\n- Unit cost down 8% on FY2026\n\n## 2. Working rhythm\n\n- Both buyers check item count and unit cost at the monthly sync.\n",
    },
    {
      name: "KPIs in a Pandoc grid table (a Word table converted), targets and cadence in cells of two lines",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n+----------------+---------+-----------+\n| KPI            | FY2027  | Reviewed  |\n|                | target  |           |\n+================+=========+===========+\n| Active dealers | 300     | Quarterly |\n+----------------+---------+-----------+\n| Stock-out days | 5 per   | Monthly   |\n|                | month   |           |\n+----------------+---------+-----------+\n`,
    },
    {
      name: "measures reviewed on a cadence with their targets noted in brackets ('returns (target: below 2%)') are the KPIs",
      text: `${EN_OBJECTIVE}\n## Governance\n\nThe joint committee reviews quarterly the on-time rate (target: 95%) and returns (target: below 2%).\n`,
    },
    {
      name: "a heading that names the figures and how often they are looked at ('Numbers we check every week') is the KPI section",
      text: `${EN_OBJECTIVE}\n## Numbers we check every week\n\n- Café revenue: $9,000 a month\n- Weekday visitors: 70 a day\n\nBoth store managers go through them every Monday.\n`,
    },
    {
      name: "spoken KPIs: 'three numbers, every week', each with its target, in a podcast answer",
      text: `${EN_OBJECTIVE}\n## Transcript\n\n**[02:59] REENA:** Three numbers, every week. Forecast error, target under 18%. Out-of-stocks on the top 150 items, target under 3% of store-days. Every Tuesday there's a call to go through them.\n`,
    },
    {
      name: "a chat's list of dated targets, then the dashboard posted every Monday: the targets are KPIs",
      text: `${EN_OBJECTIVE}\n## Chat export\n\nfor the first phase:\n• auto transcripts on 40% of top-200 shows by 30 Jun 2026\n• 25 shows dubbed into ES/PT by 30 Jun 2026\n• 150k monthly listeners on dubbed episodes by 31 Dec 2026\ndashboard auto-posts to this channel every Monday\n`,
    },
    {
      name: "KPIs listed inside one item of heads of terms: the next items (IP, term) are not KPIs",
      text: `${EN_OBJECTIVE}\nHEADS OF TERMS\n1. Form: in-store services and supply agreement.\n2. KPIs (reviewed monthly by the steering group): devices sold (3,000 in year 1), conversion (30%), NPS (50+).\n3. IP: each party keeps its own IP, brands and systems. Training materials belong to Sonavera.\n4. Term: three years from 1 April 2026. Either party can end it on six months' notice.\n`,
    },
    {
      name: "KPIs inline in prose hard-wrapped at a width: a wrapped line is no KPI of its own",
      text: `${EN_OBJECTIVE}\n**What we are aiming for**\n\nWe'll look at the numbers every month — counters open, sales per counter, waste (target under\n6% of baked value) and mystery-shopper scores (target 85 or better) — and I'll share them at\neach quarterly town hall. A joint team led by Priya Nair on our side and Quayside's head of\nfresh food meets fortnightly, and any issue they can't settle comes to Owen and me.\n`,
    },
    {
      name: "a scorecard table whose first column names no KPI: its target column holds amounts ('What | Today | Target | By')",
      text: `${EN_OBJECTIVE}\nTHE NUMBERS WE'LL HOLD OURSELVES TO\n\n| What | Today | Target | By |\n|---|---|---|---|\n| Median time docs-to-lodged | 3 h 40 min | 55 min | 31 Dec 2026 |\n| Declarations pre-filled | 0% | 80% | 31 Dec 2026 |\n\n- The team reports these to the steering group every month.\n`,
    },
    {
      name: "a plan exported as JSON in a code fence: KPI targets in the kpis array, the cadence as `governance.cadence`",
      text: `${EN_OBJECTIVE}\n## Export\n\n\`\`\`json\n{\n  "kpis": [\n    { "name": "Installs", "target": 350, "by": "2027-03-31" },\n    { "name": "Conversion", "target": "25%", "by": "2026-12-31" }\n  ],\n  "governance": { "body": "Partner review", "cadence": "monthly" }\n}\n\`\`\`\n`,
    },
    {
      name: "a weekday that recurs is a cadence ('a KPI snapshot every Monday')",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n| KPI | Target |\n|---|---|\n| MQLs | 400 by June 2027 |\n\nMarketing Ops sends a KPI snapshot from the dashboard every Monday.\n`,
    },
    {
      name: "a target table whose first column is headed 'Target' names the measures; the figures are in the next column",
      text: `${EN_OBJECTIVE}\n**Targets**\n\n| Target | Figure | By |\n|---|---|---|\n| Clients on the platform | 60 | 31 Dec 2027 |\n| Software revenue | £180,000 | FY2027 |\n\nJade reports these to the board every month.\n`,
    },
    {
      name: "the prose a press release runs on with under its target table is no KPI line",
      text: `${EN_OBJECTIVE}\n## Targets announced today\n\n| | 2026 baseline | Target |\n|---|---|---|\n| Decision time | 9 days | 3 days by Dec 2027 |\n\nProgress will be reported every quarter.\n\n"We are proud of this partnership," said the CEO.\n\nThe bank has 2 million customers.\n\nAbout the bank: founded in 1890.\n`,
    },
    {
      name: "an Indicator | Target table under 'How we will know it is working'",
      text: `${EN_OBJECTIVE}\n## How we will know it is working\n\n| Indicator | Target | By |\n|---|---|---|\n| Streets completed | 12 | 31 Oct 2028 |\n\nThe board reviews these indicators every quarter.\n`,
    },
    {
      name: "a KPI line that carries its own review cadence still has a target",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n- Joint pipeline: $4M by Q2 2026, reviewed monthly\n- Joint customers: 25 by December 2026, reviewed monthly\n`,
    },
    {
      name: "a metrics table with targets and a review column",
      text: `${EN_OBJECTIVE}\n## Measures of success\n\n| Metric | Target | Review |\n|---|---|---|\n| Joint customers | 25 | quarterly |\n| Pipeline | $4M | quarterly |\n`,
    },
    {
      name: "a team's column word (config `vocabulary`) makes a column the review-cadence column",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n| KPI | Target | Rhythm |\n|---|---|---|\n| Joint customers | 25 | monthly |\n| Pipeline | $4M | monthly |\n`,
      config: { vocabulary: { "cadence-column": { en: ["rhythm"] } } },
    },
    {
      name: "targets stated in an answer, then pointed back at by a review verb ('we review these every month')",
      text: `${EN_OBJECTIVE}\n## Questions from the floor\n\n**What will you measure?**\nBy March 2027, 1,500 riders on the scheme and a 20% cut in empty return trips. We review these every month with the operator's board.\n`,
    },
    {
      name: "a party saying what it tracks at a recurring review, the targets in the same sentence",
      text: `${EN_OBJECTIVE}\n## From the call\n\nThe plan went live in May.\n\nWe monitor three things with the partner at the monthly operating review: orders, refunds under 2%, and repeat buyers, which we want above 35%.\n`,
    },
    {
      name: "a row of a decision log that lists the KPIs with their targets is read as a line of text",
      text: `${EN_OBJECTIVE}\n## Decisions\n\n| Ref | Date | Decision | By |\n|---|---|---|---|\n| 7 | 2026-02-03 | Venue chosen: the north depot. | Board |\n| 8 | 2026-02-17 | KPIs for the monthly partner review: parcels per week (target 2,000), failed drops (under 3%). | Board |\n| 9 | 2026-03-02 | Budget release deferred. | CFO |\n`,
    },
    {
      name: "YAML plan with kpis and a kpi_review field",
      text: "title: Regional cold-chain alliance\nobjective: Reach 99% on-time delivery by March 2027.\nkpis:\n  - name: On-time delivery\n    target: 99%\n  - name: Spoilage\n    target: 0.5%\nkpi_review: quarterly steering committee\n",
      filePath: "plan.alliance.yaml",
    },
  ],
  invalid: [
    {
      name: "a results table of the year just ended, next year's KPIs put off in a later section (year-two KPIs … TBD)",
      text: "# Alliance year-one review\n\n## KPI results (year 1)\n\n| KPI | Year-1 target | Actual |\n|---|---|---|\n| Joint deals won | 30 | 34 |\n| Churn | under 5% | 4% |\n\n## Looking ahead\n\n- Year-two KPIs and targets: TBD at next month's steering committee.\n- The steering committee meets quarterly.\n",
      errors: [{ messageId: "noTargets", range: [2, 0, 2, 23] }],
    },
    {
      name: "an issues table whose KPI row is still open (KPIs | to be agreed): the row is a sentence about the KPIs, not a KPI",
      text: "# JV issues list\n\n## Background\n\n- The JV aims at $50M revenue in FY2029.\n\n## Issues\n\n| # | Issue | Our position | Status |\n|---|---|---|---|\n| 1 | Equity split | 51/49 | Agreed |\n| 2 | Business-plan KPIs | set in the business plan, to be agreed | Open |\n\n## Notes\n\n- We want throughput and uptime targets checked by the board every quarter.\n",
      errors: [{ messageId: "noTargets", range: [11, 0, 11, 74] }],
    },
    {
      name: "the KPIs themselves put off ('KPIs to be agreed at the next QBR') beside a monthly call and a sales figure",
      text: `${EN_OBJECTIVE}\n## Call notes\n\n- We meet on the first Tuesday of every month.\n- KPIs to be agreed at the next QBR.\n- May sales were $120,000.\n`,
      errors: [{ messageId: "noTargets", range: [9, 2, 9, 36] }],
    },
    {
      name: "'the two companies' counts the partners, not a target: a Targets section with no number",
      text: `${EN_OBJECTIVE}\n## 5. Targets\n\nOver the medium term, the two companies aim to significantly expand sales of jointly developed products.\nProgress will be reviewed at each quarterly Alliance Committee meeting.\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 13] }],
    },
    {
      name: "the targets for every indicator left to a later meeting ('targets for each of the three indicators will be set')",
      text: `${EN_OBJECTIVE}\n## Measures\n\nWe will track three key performance indicators: bookings, cancellations and NPS. Targets for each of the three indicators will be set at the first steering meeting. The steering group meets monthly.\n`,
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 80] }],
    },
    {
      name: "milestones dated by month are no KPI targets: a label (M1) and 'month 14' are not amounts",
      text: `${EN_OBJECTIVE}\n## Measures of success\n\nProgress against the milestones below is reported at the monthly committee.\n\n- M1 Phase 1 decision report, month 6\n- M2 Calibrated degradation model, month 14\n- M3 Final report, month 36\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 22] }],
    },
    {
      name: "a table of dates with a 'Target date' column is no scorecard: no KPI",
      text: `${EN_OBJECTIVE}\n## Plan\n\n| Step | Target date |\n|---|---|\n| Pilot live | 31 May 2026 |\n| Roll-out | 30 Sep 2026 |\n`,
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 19] }],
    },
    {
      name: "the targets of indicators counted, not named, put off ('target values for all three to be set once …')",
      text: `${EN_OBJECTIVE}\n## Readiness\n\n| # | Item | Done | Comment |\n|---|---|---|---|\n| 4 | KPIs chosen | yes | Three KPIs chosen: dwell time at 50 m, loads per shift, rework rate. |\n| 5 | KPI targets | no | Target values for all three to be set once the trial data is in. |\n| 6 | Review | yes | Monthly operations review. |\n`,
      errors: [{ messageId: "noTargets", range: [10, 0, 10, 96] }],
    },
    {
      name: "a review that says the agreement never set targets for what was measured",
      text: `${EN_OBJECTIVE}\n## What went wrong\n\nWe counted sign-ups and cancellations every week and discussed them at the monthly partner call, but the contract never set targets for either beyond the 5,000 launch figure.\n`,
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 174] }],
    },
    {
      name: "indicators the plan says have no targets ('no targets are set') are KPIs without targets",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n- We will track fittings, returns and response time (3 measures).\n- No targets are set for these measures.\n- Returns are reported every quarter.\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 7] }],
    },
    {
      name: "no KPI anywhere: one finding on the document's first heading",
      text: EN_OBJECTIVE,
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 19], contains: ["no KPIs"] }],
    },
    {
      name: "success metrics with targets but no review cadence",
      text: `${EN_OBJECTIVE}\n## Success metrics\n\n- Joint pipeline: $4M by Q2 2026\n- Win rate: 30%\n- Net promoter score: 45\n`,
      errors: [{ messageId: "noCadence", range: [6, 0, 6, 18], contains: ["cadence"] }],
    },
    {
      name: "a KPI table with a TBD target: one finding on that row",
      text: [
        EN_OBJECTIVE,
        "## KPIs", // 6
        "",
        "| KPI | Baseline | Target | Owner |",
        "|---|---|---|---|",
        "| Joint pipeline | $0 | $4M | Sales |",
        "| Webinar sign-ups | 150 | TBD | Marketing |", // 11
        "| Win rate | 18% | 30% | Sales |",
        "",
        "The steering committee reviews the KPIs monthly.",
        "",
      ].join("\n"),
      errors: [{ messageId: "rowNoTarget", range: [11, 0, 11, 44] }],
    },
    {
      name: "without the team's word, the same column is not a cadence",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n| KPI | Target | Rhythm |\n|---|---|---|\n| Joint customers | 25 | monthly |\n| Pipeline | $4M | monthly |\n`,
      errors: [{ messageId: "noCadence", range: [6, 0, 6, 7] }],
    },
    {
      name: "measures with directions only ('higher', 'to be agreed')",
      text: `${EN_OBJECTIVE}\n## Measures of success\n\n- Brand awareness: higher\n- Customer satisfaction: to be agreed\n\nWe review these quarterly.\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 22] }],
    },
  ],
});

testRule(RULE, "batch y kinds: a stage-gated plan's KPI table (phase columns, gate criteria), its prose pointing at it", {
  valid: [
    {
      name: "columns headed by the phases' ends (第1フェーズ終了時 | 第2フェーズ（年度末）) hold the targets",
      text: `${JA_OBJECTIVE}\n## 運営\n\n運営委員会で毎月確認する。\n\n| 指標 | 第1フェーズ終了時 | 第2フェーズ（年度末） |\n|---|---|---|\n| 一次回答率 | 60％以上 | 75％以上 |\n| 平均応答時間 | 40秒以内 | 30秒以内 |\n`,
    },
    {
      name: "columns headed by the phases (Metric | Phase 1 | Phase 2) hold the targets",
      text: `${EN_OBJECTIVE}\n## Governance\n\nThe steering committee reviews progress monthly.\n\n| Metric | Phase 1 | Phase 2 |\n|---|---|---|\n| First-call resolution | 60% | 75% |\n| Average handling time | 40 seconds | 30 seconds |\n`,
    },
    {
      name: "a stage-gate table whose 「次フェーズへの移行基準」 column gives each phase's pass line",
      text: `${JA_OBJECTIVE}\n## フェーズと判定\n\n| フェーズ | 期間 | 次フェーズへの移行基準 |\n|---|---|---|\n| 第1：検証 | 2026年4月〜9月 | 的中率80％以上 |\n| 第2：試行 | 2026年10月〜2027年3月 | 的中率90％以上 |\n\n運営会議（毎月）で進捗を確認する。\n`,
    },
    {
      name: "a stage-gate table whose 'Gate criteria' column gives each stage's pass line",
      text: `${EN_OBJECTIVE}\n## Stages\n\n| Stage | Dates | Gate criteria |\n|---|---|---|\n| Pilot | Apr-Sep 2026 | 80% match rate |\n| Rollout | Oct 2026-Mar 2027 | 90% match rate |\n\nThe joint board reviews progress every month.\n`,
    },
    {
      name: "beside an annex's KPI table, a hard-wrapped article that decides on 「別紙の評価指標」 refers to them, no KPI itself",
      text: `${JA_OBJECTIVE}\n## 第5条（評価）\n\n各フェーズの終了時に、運営委員会が、別紙の評価指標の達成状況に基づき次フェーズへの\n移行可否を判定する。運営委員会は評価指標の達成状況を毎月協議する。\n\n（別紙）評価指標\n\n| 指標 | 第1フェーズ終了時 | 第2フェーズ終了時 |\n|---|---|---|\n| 採点一致率 | 85％以上 | 92％以上 |\n`,
    },
    {
      name: "beside a KPI table, a sentence that decides on 'the KPIs in Schedule 2' refers to them, no KPI itself",
      text: `${EN_OBJECTIVE}\n## Phases\n\nAt the end of each phase the committee decides, on the KPIs in Schedule 2, whether to move on.\nThe committee discusses the KPIs every month.\n\n| KPI | Target |\n|---|---|\n| Marking agreement | 92% |\n`,
    },
    {
      name: "counts reviewed 'each evening' at a huddle: a daily cadence",
      text: `${EN_OBJECTIVE}\n## Targets\n\n| Measure | Target |\n|---|---|\n| Qualified leads | 300 |\n| Meetings booked | 40 |\n\nCounts reviewed each evening at the stand huddle.\n`,
    },
    {
      name: "件数は「毎晩」の終礼で確認する: a daily cadence",
      text: `${JA_OBJECTIVE}\n## 目標\n\n| 指標 | 目標 |\n|---|---|\n| 有効リード数 | 300件 |\n| 商談予約数 | 40件 |\n\n件数は毎晩の終礼で確認する。\n`,
    },
  ],
  invalid: [
    {
      name: "figures reported, but 「目標数字はまだ先方とすり合わせ中」: the targets are not set",
      text: `${JA_OBJECTIVE}\n## 状況（数字は月次の部長会で報告）\n\n- 第1弾の販売数：4か月で累計21万本\n- 棚の面積：1.5倍\n- 目標数字はまだ先方とすり合わせ中。\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 19] }],
    },
    {
      name: "figures reported, but 'the targets are still being negotiated': the targets are not set",
      text: `${EN_OBJECTIVE}\n## Numbers we report monthly\n\n- Units sold: 210,000 in four months\n- Shelf space: 1.5 times\n- The targets are still being negotiated with the chain.\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 28] }],
    },
    {
      name: "a letter's 「KPIの目標値は次回の委員会で改めてご相談させてください」 puts the KPIs off",
      text: `${JA_OBJECTIVE}\n## KPI\n\n- 導入農家数：2027年度末までに2,000戸\n- 的中率\n\nKPIの目標値は次回の運営委員会で改めてご相談させてください。委員会は四半期ごとに開催する。\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 6] }],
    },
    {
      name: "an issues list's 「・KPI目標：TBD。」 puts the KPIs off, though it stands under the risks, beside a table of actuals",
      text: `${JA_OBJECTIVE}\n## 数字\n\n| 項目 | 9月実績 | 10月 |\n|---|---|---|\n| 販売本数 | 1,140本 | 610本 |\n| 単価 | 3,850円 | 3,900円 |\n\n週次定例で毎週確認する。\n\n## 課題・リスク\n\n- KPI目標：TBD。先方が指標を追加したいと言っている。\n- KPI案を作って部長に相談する。\n`,
      errors: [{ messageId: "noTargets", range: [17, 2, 17, 30] }],
    },
    {
      name: "an issues list's 'KPI targets: TBD.' puts the KPIs off, though it stands under the risks, beside a table of actuals",
      text: `${EN_OBJECTIVE}\n## Numbers\n\n| Item | September | October |\n|---|---|---|\n| Bottles sold | 1,140 | 610 |\n| Average price | $38 | $39 |\n\nWe look at these every week.\n\n## Risks and issues\n\n- KPI targets: TBD. The partner wants to add two more measures.\n- Draft our KPI proposal for the director.\n`,
      errors: [{ messageId: "noTargets", range: [10, 0, 10, 30] }],
    },
  ],
});

testRule(RULE, "batch p kinds: measures by a plain word, a lead-in's list after a blank line, a target cell that opens with its figure", {
  valid: [
    {
      name: "board minutes: measures said to be reported to the board each quarter, listed (a) to (c) under the numbered paragraph, are the KPIs",
      filePath: "plan.alliance.txt",
      text: "MINUTES OF THE BOARD\n\n4. PROPOSED ALLIANCE WITH HARTWELL COLD STORE\n\n4.1 The aim is to grow chilled revenue from 8.0m to 15.0m by FY2028.\n\n4.2 Measures management will report to the Board each quarter:\n    (a) jointly sold chilled revenue: 5.0m in FY2027;\n    (b) on-time loads: 97% from Q2 FY2027;\n    (c) new national accounts: 10 by March 2027.\n",
    },
    {
      name: "other measures tracked at a quarterly review, with their targets in the same sentence, are KPIs",
      text: "# Franchise summary\n\n## Development objective\n\nOpen 18 cafés in the territory by 30 June 2029.\n\n## Progress\n\nBoth sides review progress at a quarterly development review.\n\nOther measures tracked at the same review: guest score ≥ 85%; staff retention ≥ 70% a year.\n",
    },
    {
      name: "a sentence that says how often the figures are looked at and ends on its colon, then a blank line, then the list of targets",
      text: `${EN_OBJECTIVE}\n## How we keep score\n\nWe look at three numbers every Friday, in a sheet both teams share:\n\n- joint tickets sold — target 6,000 for the 2026 season\n- refund rate — target under 4%\n- average review — target 4.4 out of 5\n`,
    },
    {
      name: "a milestone table whose target cells open with the figure and its unit (150 MW by …), reviewed at a quarterly committee",
      text: `${EN_OBJECTIVE}\n## Partnership milestones\n\nA committee of both companies reviews these milestones at its quarterly meetings:\n\n| Milestone | Target | Status |\n|---|---|---|\n| Capacity installed through the channel | 120 MW by December 31, 2026 | 35 MW |\n| Capacity installed through the channel | 300 MW by December 31, 2027 | — |\n| Enrolled storage capacity | 45 MW by December 31, 2027 | 6 MW |\n`,
    },
  ],
  invalid: [
    {
      name: "measures said to be tracked, with no figure for any of them: they are the KPIs, and they have no targets",
      text: `${EN_OBJECTIVE}\n## Operations\n\nMeasures the steering group will track each month:\n- joint pipeline\n- win rate\n- customer satisfaction\n`,
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 50] }],
    },
  ],
});

testRule(RULE, "batch p kinds (Japanese): a lead-in's list after a blank line, a target cell that opens with its figure", {
  valid: [
    {
      name: "数字を確認する頻度を述べてコロンで終わる文、空行、目標の箇条書き：その箇条書きがKPI",
      text: `${JA_OBJECTIVE}\n## 数字の見方\n\n毎週金曜に、次の数字を両社の共有シートで確認します：\n\n- 共同チケット販売数：2026年シーズンに6,000枚\n- 返金率：4％未満\n`,
    },
    {
      name: "マイルストーン表の目標セルが数値と単位で始まる（120 MW（2026年12月末））：提携委員会が四半期ごとに確認",
      text: `${JA_OBJECTIVE}\n## マイルストーン\n\n提携委員会が四半期ごとに進捗を確認する。\n\n| マイルストーン | 目標 | 状況 |\n|---|---|---|\n| 販売経由の設置容量 | 120 MW（2026年12月末） | 35 MW |\n| 販売経由の設置容量 | 300 MW（2027年12月末） | — |\n| 蓄電池の登録容量 | 45 MW（2027年12月末） | 6 MW |\n`,
    },
  ],
  invalid: [],
});

testRule(RULE, "batch q kinds (English): layouts drawn as text, an item labelled by the KPIs, figures next to their review", {
  valid: [
    {
      name: "AsciiDoc: a `== KPIs` section whose `|===` table holds targets and a frequency column",
      filePath: "plan.alliance.txt",
      text: '= Kiosk alliance\n\n== Goals\n\n. Sign 40 stations by June 2027.\n\n== KPIs\n\n[cols="2,1,1",options="header"]\n|===\n|KPI |Target |Frequency\n|Stations signed |40 by June 2027 |Monthly\n|Failed payments |< 0.5% |Weekly\n|===\n',
    },
    {
      name: "Org-mode: a `* KPIs` heading, its review in a property drawer, its table ruled with `|---+---|`",
      filePath: "plan.alliance.txt",
      text: "* Goals\n- Sign 40 stations by June 2027\n\n* KPIs\n:PROPERTIES:\n:REVIEW: quarterly at the steering group\n:END:\n| KPI             | Target |\n|-----------------+--------|\n| Stations signed | 40     |\n| Failed payments | < 0.5% |\n",
    },
    {
      name: "an item labelled by the KPIs in a summary of the agreement's terms (another element's section) declares them",
      text: "# Incident review\n\n## What the agreement says\n\n- Fees: £0.02 per minute.\n- Service KPIs: uptime ≥ 99.5%, error rate ≤ 1%, reviewed at the monthly service review.\n",
    },
    {
      name: "figures named right after a review on a cadence, in the same paragraph, are the ones it looks at",
      text: "# Customer story\n\n## How it runs\n\nThe two teams hold a quarterly operations review. They track three numbers against 2027 targets: late departures ≤ 3%, online share ≥ 75%, refunds below 1%.\n",
    },
  ],
  invalid: [
    {
      name: "AsciiDoc: the `|===` KPI table's targets are TBD",
      filePath: "plan.alliance.txt",
      text: '= Kiosk alliance\n\n== KPIs\n\n[options="header"]\n|===\n|KPI |Target\n|Stations signed |TBD\n|Failed payments |TBD\n|===\n\nThe steering group reviews the KPIs monthly.\n',
      errors: [
        { messageId: "noTargets", range: [2, 0, 2, 7] },
        { messageId: "rowNoTarget", range: [7, 0, 7, 21] },
        { messageId: "rowNoTarget", range: [8, 0, 8, 21] },
      ],
    },
  ],
});

testRule(RULE, "batch q kinds (Japanese): layouts drawn as text, a pass line as the target, figures next to their review", {
  valid: [
    {
      name: "タブ区切りの計画表：KPI行に目標、「実施時期」列に月次",
      filePath: "plan.alliance.txt",
      text: "共同販売 計画表\n\n区分\t項目\t内容\t実施時期\n目的\t売上\t2027年度に共同販売で売上5億円\t2028/03\nKPI\t取扱店数\t300店\t月次\nKPI\t返品率\t1%以下\t月次\n",
    },
    {
      name: "評価項目の表の「合格ライン」列が目標：週次の会議で確認",
      text: "# 実証計画\n\n## 評価\n\n| 評価項目 | 現状 | 合格ライン |\n|---|---|---|\n| 処理時間 | 60分 | 30分以下 |\n| 誤り件数 | — | 0件 |\n\n評価は推進会議で毎週確認する。\n",
    },
    {
      name: "「数字の面では」と見込みを述べ、次の文でその実績を毎月の会議で確認する",
      text: "# 提携の経緯\n\n## 見通し\n\n数字の面では、初年度に共同商品を10万個販売し、売上高で約3,000万円を見込んでいます。販売実績は毎月の販売会議で確認します。\n",
    },
    {
      name: "一覧の「主なKPI：」項目は、他の要素の節（契約内容の要約）にあっても KPI を宣言する",
      text: "# 障害の振り返り\n\n## 現行契約の内容\n\n- 料金：月額50万円。\n- 主なKPI：稼働率99.5%以上、誤回答率1%以下（月次で確認）。\n",
    },
  ],
  invalid: [
    {
      name: "Org-mode の表：目標が未定",
      filePath: "plan.alliance.txt",
      text: "* 指標\n| 指標     | 目標 |\n|----------+------|\n| 取扱店数 | 未定 |\n| 返品率   | 未定 |\n\n四半期ごとに両社で指標をレビューする。\n",
      errors: [
        { messageId: "noTargets", range: [0, 0, 0, 4] },
        { messageId: "rowNoTarget", range: [3, 0, 3, 13] },
        { messageId: "rowNoTarget", range: [4, 0, 4, 14] },
      ],
    },
  ],
});

testRule(RULE, "batch q kinds: a review line that points back at the table above it", {
  valid: [
    {
      name: "a milestone table, then a line reporting progress against these milestones every six months: the rows are the KPIs",
      text: "# Licence summary\n\n## Milestones\n\n| Milestone | Due |\n|---|---|\n| 12 paying clinics | 30 Jun 2027 |\n| 30 paying clinics | 31 Dec 2028 |\n\nThe licensee reports progress against these milestones every six months.\n",
    },
  ],
  invalid: [
    {
      name: "the same table without the line that reviews it: no KPIs",
      text: "# Licence summary\n\n## Milestones\n\n| Milestone | Due |\n|---|---|\n| 12 paying clinics | 30 Jun 2027 |\n| 30 paying clinics | 31 Dec 2028 |\n",
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 17] }],
    },
  ],
});

testRule(RULE, "batch q kinds (Japanese): a review line that points back at the table above it", {
  valid: [
    {
      name: "マイルストーン表のあとに「上記のマイルストーンの進捗を半年ごとに報告する」：表の行がKPI",
      text: "# ライセンス概要\n\n## マイルストーン\n\n| マイルストーン | 期限 |\n|---|---|\n| 有償導入施設 12施設 | 2027年6月末 |\n| 有償導入施設 30施設 | 2028年12月末 |\n\nライセンシーは上記のマイルストーンの進捗を半年ごとに報告する。\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "residual kinds (both languages): a monitoring table whose only figures are the levels to meet", {
  valid: [
    {
      name: "「| 指標 | 基準値 | 確認頻度 |」: beside no target column, the 基準値 column holds the targets; the cadence column is none",
      text: "# 実施方針\n\n## モニタリング指標\n\n| 指標 | 基準値 | 確認頻度 |\n|---|---|---|\n| 配送の遅れ | 年間0件 | 月次 |\n| 衛生検査の不適合 | 0件 | 月次 |\n| 利用者の満足度 | 80%以上 | 年1回 |\n\n四半期ごとにモニタリング会議で確認する。\n",
    },
    {
      name: "'| Measure | Threshold | Review frequency |': the threshold column holds the targets",
      text: "# Service schedule\n\n## KPIs\n\n| Measure | Threshold | Review frequency |\n|---|---|---|\n| Late deliveries | 0 a year | monthly |\n| User satisfaction | 80% or more | yearly |\n\nBoth parties review the figures at a quarterly meeting.\n",
    },
  ],
  invalid: [
    {
      name: "a baseline that names itself so (「2025年度実績（基準値）」) is no level to meet: the indicators have no targets",
      text: "# 運営マニュアル\n\n## 評価指標\n\n| 指標 | 2025年度実績（基準値） | 備考 |\n|---|---|---|\n| 客単価 | 1,200円 | POS |\n| 利用率 | 5％ | ログ |\n\n数値は毎月の本部会議で確認する。\n",
      errors: [{ messageId: "noTargets", range: [2, 0, 2, 7] }],
    },
  ],
});

testRule(RULE, "batch t kinds: a KPI heading over a whole dashboard write-up, its table in a subsection", {
  valid: [
    {
      name: "'KPI dashboard, Q2' titles the write-up: its table (under '1. Dashboard') holds the KPIs, the discussion below comments on them",
      text: "# Partnership review\n\n## KPI dashboard, Q2\n\n### 1. Dashboard\n\n| KPI | Target | Q2 |\n|---|---|---|\n| Stores live | 30 | 22 |\n| Repeat rate | 25% | 19% |\n\nRefreshed monthly and discussed at the quarterly meeting.\n\n### 2. Discussion\n\nThe rollout slipped in the north. Marketing will try a new flyer.\n\nThe team agreed to revisit the store list.\n",
    },
    {
      name: "「KPIダッシュボード（第2四半期）」が会議録全体の見出し：表は「1. ダッシュボード」の中、議論の節はその講評",
      text: "# 提携レビュー会議\n\n## KPIダッシュボード（第2四半期）\n\n### 1. ダッシュボード\n\n| KPI | 目標 | 実績 |\n|---|---|---|\n| 導入店舗数 | 30店 | 22店 |\n| リピート率 | 25% | 19% |\n\n数値は毎月更新し、四半期ごとの会議で確認する。\n\n### 2. 議論\n\n北部の導入が遅れている。販促チラシを見直す。\n\n店舗リストを再確認することとした。\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch t kinds: a review cadence in a note-taker's shorthand", {
  valid: [
    {
      name: "call notes: 'review mthly at ops mtg, partner joins qtrly' is a review cadence",
      filePath: "notes.alliance.txt",
      text: "CALL NOTES\n\n1. Objective\n - cut returns from 6% to 3% by 31 Mar 2028\n\n2. KPIs\n - returns rate <3% by 31 Mar 2028\n - same-day dispatch 95% by 31 Dec 2027\n - review mthly at ops mtg, partner joins qtrly\n",
    },
    {
      name: "電話メモ：「月イチの打合せで確認」はレビューの頻度",
      filePath: "notes.alliance.txt",
      text: "電話メモ\n\n1. 目的\n・2028年3月末までに返品率を6%から3%に下げる\n\n2. KPI\n・返品率 3%未満（2028年3月末）\n・当日出荷率 95%（2027年12月末）\n・数字は月イチの打合せで確認\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch t kinds: a table of measures from their baseline to amounts under milestone columns", {
  valid: [
    {
      name: "'| Metric | Today | After the pilot (Jun 2027) | Year one (Jun 2028) |': the amounts beside the baseline are targets",
      text: "# Request for approval\n\n## 4. Goals and evaluation\n\n| Metric | Today | After the pilot (Jun 2027) | Year one (Jun 2028) |\n|---|---|---|---|\n| Inspection hours per site | 16 h | 8 h | 6 h |\n| Defects found by the model | 40% | 90% | 95% |\n\nQuality reports progress at the monthly engineering meeting.\n",
    },
    {
      name: "「| 指標 | 現状 | PoC終了時（2027年6月） | 本導入1年後（2028年6月） |」：現状の横の数値が目標",
      text: "# 稟議書\n\n## 4. 目標と評価\n\n| 指標 | 現状 | PoC終了時（2027年6月） | 本導入1年後（2028年6月） |\n|---|---|---|---|\n| 1現場あたりの確認時間 | 16時間 | 8時間 | 6時間 |\n| 見逃し件数 | 年3件 | 0件 | 0件 |\n\n品質管理部が毎月集計し、月例会議で報告する。\n",
    },
  ],
  invalid: [
    {
      name: "a baseline beside columns of words (「| 指標 | 現状 | 課題 |」) sets no targets",
      text: "# 稟議書\n\n## 4. 評価\n\n| 指標 | 現状 | 課題 |\n|---|---|---|\n| 確認時間 | 16時間 | 人手が足りない |\n| 見逃し件数 | 年3件 | 記録が残らない |\n\n品質管理部が毎月集計し、月例会議で報告する。\n",
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 5] }],
    },
  ],
});

testRule(RULE, "batch t kinds: a printout's block of KPI field lines with a rule drawn under it", {
  valid: [
    {
      name: "「【成果指標（KPI）】」 and its field lines over a line of dashes are the KPI section, not a heading",
      filePath: "form.alliance.txt",
      text: "申請番号：A-0012\n----------------------\n【成果指標（KPI）】\nKPI-1：年間調達量　2028年3月期 65t\nKPI-2：規格合格率　98%以上\n測定・報告：四半期ごとに推進会議で実績報告\n----------------------\n",
    },
    {
      name: "'[KPIs]' and its field lines over a line of dashes are the KPI section, not a heading",
      filePath: "form.alliance.txt",
      text: "Request no.: A-0012\n----------------------\n[KPIs]\nKPI-1: annual volume 65 t by March 2028\nKPI-2: pass rate 98% or more\nReporting: actuals reported quarterly at the steering meeting\n----------------------\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch r kinds: a transcript's timestamps and spoken item numbers are no targets", {
  valid: [],
  invalid: [
    {
      name: "a voice memo's KPI line holds only its timestamp (03:10): no target",
      filePath: "memo.alliance.txt",
      text: "[Voice memo, transcribed]\n\n03:10 Right, KPIs. Footfall and basket size, roughly, nothing firm.\n\n03:40 We look at the numbers every month with their area manager.\n",
      errors: [{ messageId: "noTargets", range: [2, 0, 2, 18] }],
    },
    {
      name: "音声メモのKPIの行：タイムスタンプ（02:10）と「1つ目」「1、」は数値目標ではない",
      filePath: "memo.alliance.txt",
      text: "［文字起こし］\n\n02:10　で、1つ目が、KPI。来店数と客単価くらい。\n\n02:40　数字は毎月の定例で見る。\n\n03:00　1、KPIの案を作る。2、先方に送る。\n",
      errors: [{ messageId: "noTargets", range: [2, 0, 2, 17] }],
    },
  ],
});

testRule(RULE, "batch r kinds: KPIs put off or declined in plain speech", {
  valid: [],
  invalid: [
    {
      name: "'KPIs, we'll figure those out later, once the pilot's done': a phrasal verb around its object, put off",
      text: `${EN_OBJECTIVE}\n## Next steps\n\nKPIs, we'll figure those out later, once the pilot's done. Repeat orders from the 12 cafés, waste, that kind of thing.\n\nWe meet every month to go through progress.\n`,
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 58] }],
    },
    {
      name: "「KPIは、まだちゃんと決めてなくて」：副詞の入った話し言葉の先送り",
      text: `${JA_OBJECTIVE}\n## メモ\n\nKPIは、あの、まだちゃんと決めてなくて。リピート率とか、3店舗の売上とか、なんとなく見てはいる。\n\n定例会は毎月やっている。\n`,
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 21] }],
    },
    {
      name: "'we are not setting numeric KPIs' under a KPI question: the plan declines them; half-year results are a period, not a half",
      text: `${EN_OBJECTIVE}\n## What KPIs will you report?\n\nWe will update investors in our half-year and full-year results. We are not setting numeric KPIs for the alliance at this stage. The joint council meets every month.\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 29] }],
    },
    {
      name: "「目標の数字を、えー、合意してない」：話し言葉で目標が決まっていない",
      text: `${JA_OBJECTIVE}\n## KPI\n\n2ラインの検出率と誤検出の件数は毎週の定例で見ていますが、目標の数字を、えー、合意してない。\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 6] }],
    },
  ],
});

testRule(RULE, "batch r kinds: an outline indented by tabs (a mind map's export) — the KPI node holds only its branch", {
  valid: [
    {
      name: "「\\tKPI」 over its indented figures, then sibling branches without figures: the siblings are no KPIs",
      filePath: "map.alliance.txt",
      text: "提携マップ\n\t目的\n\t\t2027年度末までに導入校を80校にする\n\tKPI\n\t\t導入校数：2026年度 50校\n\t\t利用率：70％以上\n\t\t確認：四半期ごとに合同会議\n\t会議\n\t\t合同会議\n\t\t現場定例\n\t知財\n\t\t教材の設計 → 当社\n\t\t指導案 → 先方\n\t\t写真・動画 → 当社\n",
    },
    {
      name: "'\\tKPIs' over its indented figures, then sibling branches without figures",
      filePath: "map.alliance.txt",
      text: "Alliance map\n\tGoal\n\t\t80 schools using the kits by June 2027\n\tKPIs\n\t\tSchools live: 50 by March 2026\n\t\tWeekly use: 70% or more\n\t\tChecked: every quarter at the joint meeting\n\tMeetings\n\t\tJoint meeting\n\t\tSite catch-up\n\tIP\n\t\tKit designs → us\n\t\tLesson plans → them\n\t\tPhotos → us\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch r kinds: measures reviewed on a cadence, their targets in brackets without a colon", {
  valid: [
    {
      name: "「出荷量（今期目標 2万トン）と歩留まり（目標 90％以上）を四半期に一度確認」：括弧の目標が期間つき・コロンなし",
      text: "# 決算説明会 質疑応答\n\n**A**\n社内では、先方との技術委員会を四半期に一度開催し、出荷量（今期目標 2万トン）と歩留まり（目標 90％以上）を確認しております。\n",
    },
    {
      name: "'on-time delivery (FY target 95%) and scrap (target ≤ 2%)' reviewed quarterly",
      text: "# Investor Q&A\n\n**A.** Internally, the joint committee meets quarterly to review on-time delivery (FY target 95%) and scrap rate (target ≤ 2%).\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch r kinds: KPIs in a checklist or a context paragraph", {
  valid: [
    {
      name: "「月次の実績表で確認」：月次の の「次の」はリード文ではない",
      text: "# 締結前チェックリスト\n\n## 中身\n\n- [x] KPI：2026年度 送客 3,000人、リピート率 20％。月次の実績表で確認\n- [ ] 契約期間：調整中\n",
    },
    {
      name: "'KPIs tracked monthly at the joint trading meeting (…): …' under Context: a label that opens with the KPIs",
      text: "# Distribution alliance — risk review\n\n## Context\n\nThe distribution agreement runs to 31 March 2027.\n\nKPIs tracked monthly at the joint trading meeting (our buying director, their export manager): sell-through at least 60% per season, returns under 5%. Year to date: sell-through 58%, returns 4.4%.\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch s kinds: a review's agenda that lists the KPIs beside its open issues puts no KPI off", {
  valid: [
    {
      name: "a monthly review that looks at the KPIs and the open items (en): the open items are the agenda's, not the KPIs'",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n\n## Governance\n\nThe partner council meets every month and goes through the KPIs and open items with both sponsors.\n`,
    },
    {
      name: "a monthly meeting that checks the KPIs and the 未決事項 (ja): the open matters are the agenda's, not the KPIs'",
      text: `${JA_OBJECTIVE}\n## KPI\n\n| KPI | 目標 |\n|---|---|\n| 共同販売の売上 | 8億円 |\n\n## 運営\n\n両社の部長が毎月の運営会議でKPIと未決事項を確認する。\n`,
    },
  ],
  invalid: [
    {
      name: "a review line that puts the KPIs' targets off (en) still puts them off, and names no cadence that holds",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n\n## Governance\n\nThe council reviews the KPIs every month; targets TBD once the pilot has run.\n`,
      errors: [
        { messageId: "noTargets", range: [6, 0, 6, 7] },
        { messageId: "noCadence", range: [6, 0, 6, 7] },
      ],
    },
  ],
});

testRule(RULE, "batch s kinds: measures by a plain word with their review as an aside after a comma", {
  valid: [
    {
      name: "a letter's 'the following measures, reviewed every quarter:' and its list are the KPIs",
      text: "# Letter to members\n\n## Our alliance with Brindle Foods\n\nThe joint committee has set the following measures, reviewed every quarter and shared with members each spring:\n\n- Joint sales: from 4.0M to 6.5M by 2028\n- Stores stocking the range: 120 by March 2027\n",
    },
  ],
  invalid: [
    {
      name: "the verb (a gauge measures flow) with no participle after it is no lead-in: prose without KPIs is still flagged",
      text: "# Letter to members\n\n## Our alliance with Brindle Foods\n\nThe new gauge measures flow in every store.\n",
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 19] }],
    },
  ],
});

testRule(RULE, "batch s kinds: a service-level table, and a reviewed list of labelled targets with no KPI word", {
  valid: [
    {
      name: "a service-level table whose level column (水準) holds amounts holds the KPIs (ja)",
      text: `${JA_OBJECTIVE}\n## 提供条件\n\n| 項目 | 水準 | 測定方法 |\n|---|---|---|\n| 稼働率 | 99.9％以上 | 監視ログ |\n| 問合せへの一次回答 | 2時間以内 | 受付票 |\n\n毎月の運営会議で実績を確認する。\n`,
    },
    {
      name: "a service-level table whose threshold column holds amounts holds the KPIs (en)",
      text: `${EN_OBJECTIVE}\n## Service\n\n| Item | Threshold | Measured by |\n|---|---|---|\n| Uptime | 99.9% | monitoring |\n| First reply | within 2 hours | ticket log |\n\nThe ops leads review the results every month.\n`,
    },
    {
      name: "a lead-in that says how often the list is reviewed, over items with labelled targets (en)",
      text: `${EN_OBJECTIVE}\n## Keeping score\n\nThis is how we stay honest, reviewed every month with your sales lead:\n- joint leads — baseline 40 a month, target ≥ 90 a month;\n- win rate — target 25%.\n`,
    },
    {
      name: "a lead-in that says how often the list is reviewed, over items with labelled targets (ja)",
      text: `${JA_OBJECTIVE}\n## 進め方\n\n毎月の定例会で、次の数字を確認します：\n- 共同販売の件数 目標 月30件\n- 成約率 目標 20%\n`,
    },
  ],
  invalid: [
    {
      name: "a reviewed list whose items give no target is no KPI list (en)",
      text: `${EN_OBJECTIVE}\n## Keeping score\n\nThis is what we go through, reviewed every month with your sales lead:\n- the pipeline\n- open issues\n`,
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 19] }],
    },
  ],
});

testRule(RULE, "batch v/t kinds: a KPI table pasted as pipe rows with no delimiter row", {
  valid: [
    {
      name: "pipe rows with no `|---|` row under a caption line are the KPI table (en)",
      text: `${EN_OBJECTIVE}\nSLIDE GRAPHIC, the scorecard:\n| Measure | Target | Review |\n| Orders through the kiosk | 4,000 a month | monthly |\n| Kiosk uptime | ≥ 99% | monthly |\n`,
    },
    {
      name: "pipe rows with no `|---|` row under a caption line are the KPI table (ja)",
      text: `${JA_OBJECTIVE}\n掲示用の表：\n| 指標 | 目標 | 確認 |\n| 端末経由の注文 | 月4,000件 | 毎月 |\n| 端末の稼働率 | 99%以上 | 毎月 |\n`,
    },
  ],
  invalid: [
    {
      name: "the same pipe rows with their targets left open: one finding per row (en)",
      text: `${EN_OBJECTIVE}\nSLIDE GRAPHIC, the scorecard:\n| Measure | Target | Review |\n| Orders through the kiosk | TBD | monthly |\n| Kiosk uptime | TBD | monthly |\n`,
      errors: [
        { messageId: "noTargets", range: [7, 0, 9, 32] },
        { messageId: "rowNoTarget", range: [8, 0, 8, 44] },
        { messageId: "rowNoTarget", range: [9, 0, 9, 32] },
      ],
    },
  ],
});

testRule(RULE, "batch u/v kinds: KPIs in hard-wrapped prose, a sentence starting mid-line", {
  valid: [
    {
      name: "a sentence that starts mid-line and wraps is one line, not a short KPI line without a target (en)",
      text: `${EN_OBJECTIVE}\n## How we will know\n\nWe track kiosk orders (target 4,000 a month) and uptime (target 99%). Both are reviewed\nby the operations leads at the monthly partnership meeting. If either slips, the leads\nagree a recovery plan with the steering group and record it in the minutes.\n`,
    },
  ],
  invalid: [
    {
      name: "the same prose whose measures carry no targets (en)",
      text: `${EN_OBJECTIVE}\n## How we will know\n\nWe track kiosk orders and uptime. Both are reviewed by the operations leads\nat the monthly partnership meeting. If either slips, the leads agree a recovery plan\nwith the steering group and record it in the minutes.\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 19] }],
    },
  ],
});

testRule(RULE, "batch u kinds: a review cadence hard-wrapped across a line break", {
  valid: [
    {
      name: "'every' at a line's end and 'six months' on the next is a cadence (en)",
      text: `${EN_OBJECTIVE}\n## Indicators\n\nThe two companies have agreed these indicators and will review progress every\nsix months at the joint council.\n\n| Indicator | FY2027 | FY2028 |\n|---|---|---|\n| Joint stores | 6 | 20 |\n| Joint sales | $0.6M | $1.9M |\n`,
    },
  ],
  invalid: [
    {
      name: "the same table with no cadence at all (en)",
      text: `${EN_OBJECTIVE}\n## Indicators\n\nThe two companies have agreed these indicators and will review progress at the\njoint council.\n\n| Indicator | FY2027 | FY2028 |\n|---|---|---|\n| Joint stores | 6 | 20 |\n| Joint sales | $0.6M | $1.9M |\n`,
      errors: [{ messageId: "noCadence", range: [0, 0, 0, 19] }],
    },
  ],
});

testRule(RULE, "batch u kinds: a thread titled by its IP question holds the whole document, not an IP clause", {
  valid: [
    {
      name: "under a title heading that asks who owns the IP, an item reviewing measures with their targets declares the KPIs (en)",
      text: "Team forum › Partnerships\n\n## Who owns the new levels we are designing?\n\nQuestion from the design team: who owns them, us or the licensor?\n\n**Reply:** Not settled yet. The rest of the deal, for context:\n\n- **Goal:** ship the game by 30 June 2027.\n- **Check-ins:** a quarterly licence review, where we report downloads (target 400,000 a year) and store rating (target 4.5 stars).\n",
    },
    {
      name: "under a title heading that asks who owns the IP, an item reviewing measures with their targets declares the KPIs (ja)",
      text: "社内ポータル › 提携Q&A\n\n## 新しいキャラクターの知的財産権は誰に帰属しますか？\n\n質問：新キャラクターの権利は当社と原作者のどちらのものですか。\n\n**回答：** まだ決まっていません。参考までに契約の概要です。\n\n- **目的：** 2027年6月30日までにゲームを公開する。\n- **定例：** 四半期ごとのレビューで、ダウンロード数（目標：40万件）と評価（目標：4.5）を報告する。\n",
    },
  ],
  invalid: [
    {
      name: "the same item under an IP section that is one part among others is an IP clause's mention (en)",
      text: "# Game licence\n\n## Goal\n\nShip the game by 30 June 2027.\n\n## Who owns the new levels\n\n- Check-ins: a quarterly licence review, where we report downloads (target 400,000 a year) and store rating (target 4.5 stars).\n\n## Term\n\nThe licence runs until 31 October 2030.\n",
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 14] }],
    },
  ],
});

testRule(RULE, "batch w kinds: a declaration that points at the list after it in words, across a blank line", {
  valid: [
    {
      name: "a line naming the figures and their cadence with 「次の」 and a full stop, its list after a blank line (ja)",
      text: `${JA_OBJECTIVE}\n## 効果の確かめ方\n\n本格導入の後は、次の数字を四半期ごとに理事会へ報告します。\n\n- 共同便の積載率（目標 2027年度 85%）\n- 配送コスト（目標 1便あたり9,000円）\n`,
    },
    {
      name: "a line naming the figures and their cadence with 'the following' and a full stop, its list after a blank line (en)",
      text: `${EN_OBJECTIVE}\n## Checking it works\n\nOnce live, we will publish the following figures every six months.\n\n- Joint customers signed (target 25 by December 2026)\n- Average deal size (target £40k)\n`,
    },
  ],
  invalid: [
    {
      name: "a line naming the figures with 「次の」 and a cadence over a list with no targets (ja)",
      text: `${JA_OBJECTIVE}\n## 効果の確かめ方\n\n本格導入の後は、次の数字を四半期ごとに理事会へ報告します。\n\n- 共同便の積載率\n- 配送コスト\n`,
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 29] }],
    },
  ],
});

testRule(RULE, "batch w kinds: an outline node that names the figures over lines that give labelled targets", {
  valid: [
    {
      name: "an indentation-only note: 「確認する数字」 under the monthly meeting's node, its lines each with 目標 (ja)",
      filePath: "plan.alliance.txt",
      text: "共同配送メモ\n\nねらい\n  2027年3月までに積載率を85%にする\n\n定例会\n  毎月第1水曜 10時〜 本社会議室\n    確認する数字\n      遅配件数　目標 月3件以下\n      積載率　目標 85%以上\n",
    },
    {
      name: "an indentation-only note: 'Numbers we watch' under the monthly meeting's node, its lines each with a target (en)",
      filePath: "plan.alliance.txt",
      text: "Shared delivery note\n\nAim\n  Fill 85% of van capacity by March 2027\n\nMonthly meeting\n  First Wednesday of every month, 10am, head office\n    Numbers we watch\n      Van fill rate   target 85%\n      Late deliveries   target under 3 a month\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch w kinds: a contract's article on performance targets is the KPI section", {
  valid: [
    {
      name: "an article captioned 「性能目標と報告」 whose items give the levels to meet, reported monthly (ja)",
      text: "# 検査ソフトウェア使用許諾契約書\n\n### 第1条（目的）\n\n本契約は、検査工程の自動化を目的とする。\n\n### 第4条（性能目標と報告）\n\n1. 甲は、本ソフトウェアについて次の性能を目標とする。\n   - 誤判定率：0.5%以下\n   - 処理時間：1件あたり2秒以内\n2. 甲は、毎月15日までに前月の実績を乙に報告する。\n",
    },
    {
      name: "an article headed 'Performance targets and reporting' whose items give the levels to meet, reported monthly (en)",
      text: "# Software licence agreement\n\n### 1. Purpose\n\nThis agreement automates the inspection line.\n\n### 4. Performance targets and reporting\n\n1. The Licensor aims for the following performance:\n   - false-reject rate: 0.5% or lower\n   - processing time: under 2 seconds per item\n2. The Licensor reports the previous month's results to the Licensee by the 15th of each month.\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch x kinds: a table's legend, KPIs put off in a KPI section under a deal's item, a heading that denies targets", {
  valid: [
    {
      name: "a legend line right under the KPI table (a row of one cell) is no KPI without a target",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n| Churn | under 5% |\n🟢 on track 🟡 watch\n\nReviewed quarterly by the steering committee.\n`,
    },
    {
      name: "「凡例」 right under the KPI table (a row of one cell) is no KPI without a target",
      text: `${JA_OBJECTIVE}\n## KPI\n\n| KPI | 目標 |\n|---|---|\n| 共同販売の売上 | 8億円 |\n| 解約率 | 5%以下 |\n凡例：◎ 順調 ○ 注意\n\n合同委員会で四半期ごとにKPIをレビューする。\n`,
    },
  ],
  invalid: [
    {
      name: "KPIs put off (「KPIは…協議の上決定する」) in a KPI section under a deal's item named by its form",
      text: "# 決定通知\n\n## 決定事項1：A社への出資および業務提携\n\n### 目的\n\n2027年3月末までに処理日数を12日から7日にする。\n\n### 評価指標\n\nKPIは今後、両社で協議の上決定する。\n（候補：「稼働率」「1人あたり処理件数」）\n\n### 体制\n\n推進会議を月次で開催する。\n",
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 8] }],
    },
    {
      name: "KPIs put off ('will be agreed separately') in a KPI section under a deal's item named by its form",
      text: "# Decision notice\n\n## Item 1: Equity investment and business alliance with Acme\n\n### Purpose\n\nCut claims handling time from 12 to 7 days by March 2027.\n\n### KPIs\n\nThe KPIs will be agreed separately with Acme.\n(Candidates raised: read accuracy, claims per handler per day.)\n\n### Governance\n\nA steering meeting is held monthly.\n",
      errors: [{ messageId: "noTargets", range: [8, 0, 8, 8] }],
    },
    {
      name: "figures under a heading that says they are not targets are no KPIs: the measures named below have none",
      text: `${EN_OBJECTIVE}\n## Figures so far (not targets)\n\n- 4,100 customers contacted\n- 38 complaints\n\n## How we measure it\n\nWe look at retention and satisfaction.\n\nThe steering committee reviews progress monthly.\n`,
      errors: [{ messageId: "noTargets", range: [11, 0, 11, 20] }],
    },
    {
      name: "figures under 「（目標ではない）」 are no KPIs: the measures named below have none",
      text: `${JA_OBJECTIVE}\n## 実績（目標ではない）\n\n- 問い合わせ 4,100件\n- 苦情 38件\n\n## 成果の測り方\n\n継続率と満足度を見る。\n\n定例会で毎月進捗を確認する。\n`,
      errors: [{ messageId: "noTargets", range: [11, 0, 11, 9] }],
    },
  ],
});

testRule(
  RULE,
  "batch x/v/t round 2 kinds: a lead-in naming the targets, a heading naming the figures over labelled targets, KPIs put off on a labelled line among issues",
  {
    valid: [
      {
        name: "English: 'Trial targets (as proposed):' over items of amounts, a weekly check-in beside them, declares the KPIs",
        text: "# Note\n\n1) The trial\n  - 20 shops, two regions\n  - Weekly check-in during the trial\n  Trial targets (as proposed):\n    * wait time ≤ 4 minutes per customer\n    * 200 loyalty sign-ups by 31 May 2027\n",
      },
      {
        name: "English: a heading that names the figures ('The numbers') over a line with its target is a KPI section",
        text: `${EN_OBJECTIVE}\n## The numbers\n\n- Time to first reply: 30 hours → 4 hours.\n- Target for the end of 2027: under 1 hour at every branch. We review it monthly.\n`,
      },
      {
        name: "Japanese: 「## 数字」 over a line with its 目標 is a KPI section",
        text: `${JA_OBJECTIVE}\n## 数字\n\n・初回返信までの時間：30時間→4時間\n・2027年末の目標：全支店で1時間以内。毎月の定例で確認する。\n`,
      },
    ],
    invalid: [
      {
        name: "English: a 'Targets for the pilot:' lead-in over items without figures declares KPIs that have no targets",
        text: `${EN_OBJECTIVE}\nTargets for the pilot:\n- happier customers\n- more sign-ups\n\nThe steering group meets monthly to review progress.\n`,
        errors: [{ messageId: "noTargets", range: [6, 0, 6, 22] }],
      },
      {
        name: "Japanese: with a figures section, 「・KPI目標：TBD」 among the issues still puts the KPIs' targets off",
        text: `${JA_OBJECTIVE}\n■ 数字\n\n| 項目 | 9月実績 |\n|---|---|\n| 来店数 | 1,200人 |\n\n※今期目標：2027年3月までに来店数を月2,000人にする。\n\n■ 課題・懸念\n\n・KPI目標：TBD。毎週の定例で来店数を見ているだけ。\n`,
        errors: [{ messageId: "noTargets", range: [6, 0, 6, 4] }],
      },
      {
        name: "English: with a figures section, '- KPI targets: TBD' among the risks still puts the KPIs' targets off",
        text: `${EN_OBJECTIVE}\n## The numbers\n\n| Item | September |\n|---|---|\n| Visits | 1,200 |\n\nTarget for this year: 2,000 visits a month by March 2027.\n\n## Risks and issues\n\n- KPI targets: TBD. We only look at visits at the weekly call.\n\nThe steering group reviews progress monthly.\n`,
        errors: [{ messageId: "noTargets", range: [6, 0, 6, 14] }],
      },
    ],
  },
);

testRule(RULE, "batch x kinds: a calendar ordinal (毎月第2木曜) and the base of a rate (1人当たり, per 1,000) are no targets", {
  valid: [
    {
      name: "a rate with its target after the base (1人当たりの処理件数：月120件以上) keeps its target",
      text: `${JA_OBJECTIVE}\n## KPI\n\n- 1人当たりの処理件数：月120件以上\n- 顧客満足度：4.2以上\n\n毎月の定例会で確認する。\n`,
    },
    {
      name: "a rate with its target after the base ('complaints per 1,000 orders: below 2') keeps its target",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n- Complaints per 1,000 orders: below 2\n- Repeat purchase rate: 40%\n\nThe steering group reviews these monthly.\n`,
    },
  ],
  invalid: [
    {
      name: "a meeting on a calendar ordinal (定例会は毎月第2木曜) beside a measure without a target",
      text: `${JA_OBJECTIVE}\n## KPI\n\n- 共同提案の件数\n- 定例会は毎月第2木曜に開く。\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 6] }],
    },
    {
      name: "the base of a rate (1人当たりの処理件数) names a measure, no target",
      text: `${JA_OBJECTIVE}\n## KPI\n\n- 1人当たりの処理件数\n- 顧客満足度\n\n毎月の定例会で確認する。\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 6] }],
    },
    {
      name: "the base of a rate ('complaints per 1,000 orders') names a measure, no target",
      text: `${EN_OBJECTIVE}\n## KPIs\n\n- Complaints per 1,000 orders\n- Repeat purchase rate\n\nThe steering group reviews these monthly.\n`,
      errors: [{ messageId: "noTargets", range: [6, 0, 6, 7] }],
    },
  ],
});

testRule(RULE, "batch ab kinds: a KPI table's totals row", {
  valid: [
    {
      name: "English: a row that weighs the others ('Weighted total') has no target cell of its own and is no KPI",
      text: `${EN_OBJECTIVE}\n## Scored KPIs\n\n| # | Criterion | KPI and target | Actual | Score |\n|---|---|---|---|---|\n| 1 | Safety | Injury rate ≤ 0.2 per 100k hours | 0.1 | 5 |\n| 2 | Quality | First-time pass ≥ 95% | 96% | 4 |\n| | **Weighted total** | | | **4.4** |\n\nThe KPIs are reviewed every quarter by the alliance board.\n`,
    },
    {
      name: "Japanese: 「合計」の行は各行を足したもので、目標のないKPIではない",
      text: `${JA_OBJECTIVE}\n## KPI\n\n| 指標 | 目標 | 実績 |\n|---|---|---|\n| 共同販売の売上 | 8億円 | 6億円 |\n| 新規取引先 | 40社 | 35社 |\n| 合計 | | |\n\nKPIは四半期ごとに運営委員会で確認する。\n`,
    },
  ],
  invalid: [],
});

testRule(RULE, "batch ab kinds: targets labelled beside a review, targets paired with their reporting, goals above pointed back at", {
  valid: [
    {
      name: "a line labelled as the targets (両社の目標：…) next to a review on a cadence declares the KPIs",
      text: "# ご案内\n\n## 1. 目的\n\n2027年度までに取扱店を300店に広げる。\n\n## 2. 販売状況の共有\n\n- 販売数量を月次で集計し、四半期ごとに両社で振り返ります。\n- 両社の目標：取扱店数 2026年度末 220店、初回発注の完売率 70％以上。\n",
    },
    {
      name: "a line labelled as the targets (Targets: …) next to a review on a cadence declares the KPIs",
      text: "# Notice\n\n## 1. Purpose\n\nReach 300 stockists by FY2027.\n\n## 2. Sharing sales\n\n- We review sales volumes together every quarter.\n- Targets: 220 stockists by the end of FY2026, 70% sell-through of first orders.\n",
    },
    {
      name: "a heading that pairs the targets with their reporting (販売目標と報告) heads the KPIs: a target grid by year",
      text: `${JA_OBJECTIVE}\n## 4. 販売目標と報告\n\n| 年度 | 東日本 | 西日本 | 合計 |\n|---|---|---|---|\n| 2026年度 | 30台 | 15台 | 45台 |\n| 2027年度 | 45台 | 25台 | 70台 |\n\n当社は四半期ごとに地域別の販売実績を書面で報告する。\n`,
    },
    {
      name: "a review on a cadence in a section of its own, pointing back at the goals above (上の目標の進み具合), declares their targets",
      text: "# 共有\n\n■ 今季の目標\n・2026年4月末までに、手書きの記録をゼロにする\n・今季中に、予測誤差を平均±1.5以内にする\n\n■ 振り返りの場\n・毎月第1月曜の打合せで、上の目標の進み具合を確認します。\n",
    },
  ],
  invalid: [
    {
      name: "a line labelled as the targets, with no review beside it, declares no KPIs",
      text: "# ご案内\n\n## 1. 目的\n\n2027年度までに取扱店を300店に広げる。\n\n## 2. 販売状況\n\n- 両社の目標：取扱店数 2026年度末 220店、初回発注の完売率 70％以上。\n",
      errors: [{ messageId: "noKpi", range: [0, 0, 0, 5] }],
    },
  ],
});
