import { testRule } from "../helpers/rule-tester";

const RULE = "missing-exit-clause";
/** Lines 0–5; the section under test starts on line 6. */
const JA = (section: string) => `# 共同配送計画\n\n## 目的\n\n2027年度末までに積載率を85%にする。\n\n${section}\n`;
const EN = (section: string) => `# Alliance plan\n\n## Objectives\n\nReach $2M in joint revenue by March 2027.\n\n${section}\n`;
const JA_UNKNOWN_HEADING = JA("## 手仕舞いの段取り\n\n## 体制\n\n月次で定例会を開く。");
const JA_TEAM_VERB = JA("## 出口\n\nKPIが2四半期連続で未達の場合、各社は本提携から卒業できる。");
const EN_TEAM_VERB = EN("## Exit\n\nEither party may sunset the alliance if revenue stays below 50% of target for two quarters.");

testRule(RULE, "Japanese", {
  valid: [
    {
      name: "renewal unless a party speaks, in plain verbs (満了の2か月前までに…言わなければ1年延長), lets the term end",
      text: JA("## メモ\n\nえー、満了の2か月前までにどっちかが言わなければ、1年延長、だったと思う。"),
    },
    {
      name: "a right to end said in humble form (…場合、直ちに本契約を解除いたします) is a termination trigger",
      text: JA("## 契約の終了\n\n委託先に重大な違反があった場合、当社は直ちに本契約を解除いたします。"),
    },
    {
      name: "a notice length joined to the notice in a terse list (途中解約：3か月前通知) is a notice right",
      text: JA("## 終わり方\n\n- 途中解約：3か月前通知\n- 終了後：在庫は買い戻す"),
    },
    {
      name: "a pilot that is the whole engagement, ending unless the main contract is signed (締結しない限り継続しない), ends the alliance",
      text: JA("## 実証\n\n実証は2026年6月30日で終了し、両社が本契約を締結しない限り継続しない。"),
    },
    {
      name: "a clause struck out with its old text kept, then a new term with no deferral (旧条項を削除。…までとする) states the term",
      text: JA("## 契約期間\n\n第2版で旧条項を削除した。契約期間は2028年3月31日までとする。"),
    },
    {
      name: "the alliance's period as a span (提携期間：2026年4月〜2028年3月) is a term, though a covered period is not",
      text: JA("## 概要\n\n対象期間：2026年度\n\n提携期間：2026年4月〜2028年3月"),
    },
    {
      name: "a term label with its start and its length (研究期間：…から3年間) states the term",
      text: JA("## 研究の進め方\n\n研究期間：2026年4月1日から3年間。"),
    },
    {
      name: "a term said with a copula, the contract named before it (契約上、…は2027年3月末までです)",
      text: JA("## 背景\n\n共同で倉庫を使い始めました。契約上、このプロジェクトは2027年3月末までです。"),
    },
    {
      name: "an NDA's end beside the alliance's, both named in one sentence (本提携及び秘密保持契約は…をもって終了)",
      text: JA("## 期間\n\n本提携及び秘密保持契約は、2028年3月31日をもって終了する。"),
    },
    {
      name: "an end said in a meeting, on a condition with たら (「届かなかったら、そこで一旦終わりにしましょう」)",
      text: JA("## 議事録\n\n石田：3か月やって正答率95％に届かなかったら、そこで一旦終わりにしましょう。"),
    },
    {
      name: "a joint company's end: a shareholder's right to demand dissolution (解散を請求できる)",
      text: JA("## 終了の条件\n\n- 累積損失が資本金の50％を超えた場合、いずれの株主も解散を請求できる。"),
    },
    { name: "a JV's life by name (存続期間)", text: JA("## 出口の考え方\n\n合弁契約には、存続期間を10年とする旨を入れる方針です。") },
    {
      name: "plain verbs of ending in their own endings (終わります, 打ち切り、)",
      text: JA(
        "## Q&A\n\nA. 2028年3月末で一区切りとし、その時点で本提携はいったん終わります。\n\n## 支援の打切り\n\n経常利益が2期連続で計画値を下回った場合、銀行は書面で通知のうえ支援を打ち切り、移行を協議する。",
      ),
    },
    { name: "a term with its end date (有効期間)", text: JA("## 契約期間\n\n本提携の有効期間は2026年4月1日から2029年3月31日までとする。") },
    { name: "a term with its end date (をもって終了)", text: JA("## 期間\n\n本提携は2028年3月31日をもって終了する。") },
    { name: "a term with its end date (契約期間：…〜…)", text: JA("## 契約期間\n\n契約期間：2026年4月1日〜2028年3月31日") },
    {
      name: "a termination trigger with notice under 解除",
      text: JA("## 解除\n\nいずれかの当事者が重大な契約違反をした場合、相手方は書面で通知して本提携を解除できる。"),
    },
    {
      name: "a termination trigger with notice, written under governance",
      text: JA(
        "## 体制\n\n- 月次で定例会を開く。\n- KPIが2四半期連続で目標の50%を下回った場合、各社は60日前までに書面で通知して本提携を終了できる。",
      ),
    },
    {
      name: "boilerplate 誠意をもって協議 next to a real trigger takes nothing away",
      text: JA(
        "## 解除\n\nいずれかの当事者が重大な契約違反をした場合、相手方は書面で通知して本提携を解除できる。その他の事項は両社が誠意をもって協議する。",
      ),
    },
    {
      name: "contract-style article heading 第12条（解除） as a plain paragraph",
      text: "第1条（目的）\n本提携は、2027年度末までに共同配送の積載率を85%にすることを目的とする。\n\n第12条（解除）\n甲または乙は、相手方が本契約に違反し、催告後30日以内に是正しないときは、本契約を解除することができる。\n",
    },
    {
      name: "a team end verb (config `vocabulary`) flows into the conditions built from end-verb",
      text: JA_TEAM_VERB,
      config: { vocabulary: { "end-verb": { ja: ["卒業"] } } },
    },
    {
      name: "a notice right told in plain words (3か月前に書面で伝えれば終われる)",
      text: JA("## 振り返り\n\n- どちらかが「やめたい」と思ったら、3か月前に書面で伝えれば終われる。"),
    },
    {
      name: "notice by its length as a modifier (「90日前の書面通知により」)",
      text: JA("## 体制\n\n各社は、90日前の書面通知により本提携を解消する。"),
    },
    {
      name: "a right to ask for the end (「解消を申し入れることができる」)",
      text: JA("## 株主間の取決め\n\nいずれの株主も、合弁の解消を申し入れることができる。"),
    },
    { name: "a terse right in a list (「解除可」)", text: JA("## 契約\n\n- 重大な違反があれば書面通知により解除可\n- 在庫は買い取る") },
    {
      name: "a party's quitting in plain words (「どちらかがやめたいときは…伝える」)",
      text: JA("## これから\n\nどちらかがやめたいときは、3か月前までに伝えることにしました。"),
    },
    { name: "an expiry on a date with で (「2027年3月31日で満了」)", text: JA("## 今週の動き\n\n- 現契約は2027年3月31日で満了。") },
    { name: "a term to the end of a month (「2027年3月末までとする」)", text: JA("## 約束\n\n協力は2027年3月末までとする。") },
    {
      name: "renewal unless notice spelled 申出 (「60日前までに申出がない場合」)",
      text: JA("## 参加\n\n期間満了の60日前までにいずれからも申出がない場合は、1年間更新する。"),
    },
    {
      name: "a span of dates as the body of a heading that names the term (実施期間)",
      text: JA("## 実施期間\n\n令和8年6月1日から令和9年3月31日まで。"),
    },
    {
      name: "a plan exported as JSON in a code fence: a term with its end date under `term`",
      text: JA('## 計画データ\n\n```json\n{ "term": { "start": "2026-04-01", "end": "2028-03-31" } }\n```'),
    },
    {
      name: "YAML plan: a term with an end date",
      text: "title: 共同配送計画\nterm:\n  start: 2026-04-01\n  end: 2028-03-31\n",
      filePath: "plan.alliance.yaml",
    },
  ],
  invalid: [
    {
      name: "a goal's deadline that sets a figure (…までに売上を年間2億円とする) is no term",
      text: JA("## 目標\n\n2028年3月までに、新ブランドの売上を年間2億円とする。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a term named only to say it is withheld (契約期間を含む条件は開示を控えさせていただきます) states none",
      text: JA("## 契約条件\n\n契約期間を含む条件の詳細につきましては、開示を控えさせていただきます。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a term put off in speech (「契約期間は、あとで決めましょう」) states none",
      text: JA("## 交渉メモ\n\n先方：「契約期間は、試験の結果を見てからあとで決めましょう」"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "the period a sheet covers (対象期間：2026年4月〜2027年3月) is no term of the alliance",
      text: JA("## 概要\n\n対象期間：2026年度（2026年4月〜2027年3月）\n\n年度末に振り返り会を開く。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a term clause withdrawn in a later version and put off (第2版で記載を削除。…改めて記載する) states no condition",
      text: JA(
        "## 契約期間・解約\n\n第1版：契約期間は2026年4月1日から2029年3月31日までとし、いずれの当事者も3か月前の書面通知により解約できる。\n\n（第2版で上記の記載を削除。期間・解約条件は、先方の役員会の結果を踏まえ、改めて記載する。）",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 10] }],
    },
    {
      name: "YAML plan: the steps of a wind-down (終了.手順) say what is done, not when the alliance ends",
      text: "title: 共同配送計画\nobjective: 2027年3月までに積載率を85%にする。\n終了:\n  手順:\n    - 30日以内に相互のデータを削除する\n",
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "noCondition", range: [2, 0, 2, 2] }],
    },
    {
      name: "a label of the term or triggers whose value is still being checked (解約条件：法務にて確認中) states no end",
      text: JA("## 概要\n\n- 契約期間・解約条件：法務にて確認中"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a term label with its start alone (研究期間：…から開始。) says nothing of its end",
      text: JA("## 研究の進め方\n\n研究期間：2026年4月1日から開始。終わりは成果を見て決める。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "an end condition asked about, not stated (どのような場合に解消するのかは明らかでない)",
      text: JA("## 論評\n\nどのような場合に提携を解消するのかは、まだ明らかにされていない。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a confidentiality agreement's validity is no term of the alliance (秘密保持契約：…まで有効)",
      text: JA("## 状況\n\n- 秘密保持契約：2026年1月締結（検討用、2027年6月まで有効）。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a date with まで and a copula that names no contract or alliance is a deadline, no term (応募の受付は…までです)",
      text: JA("## 募集\n\n協力店の応募の受付は2026年9月末までです。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a term still under negotiation in an issues table (「継続協議」)",
      text: JA(
        "## 論点一覧\n\n| No | 論点 | 状況 |\n|---|---|---|\n| 17 | 契約期間・解散事由 | JVの存続期間・解散事由は、デッドロック条項とあわせて継続協議 |",
      ),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "the term and ending left to a later step (「フェーズ2移行時に協議する」)",
      text: JA("## スケジュール\n\nフェーズ2以降の契約期間及び終了条件はフェーズ2移行時に協議する。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a term tied to another term (「協定の有効期間に合わせて」) that is itself left open",
      text: JA(
        "## 体制\n\n- 受託事業者との契約期間は、協定の有効期間に合わせて設定する。\n\n## 協定の期間\n\n協定の有効期間は、追って定める。",
      ),
      errors: [{ messageId: "deferred", range: [10, 0, 10, 8] }],
    },
    {
      name: "a trial's end on a condition (「届かなかったら、PoCは終了」) ends no alliance",
      text: JA("## 進め方\n\nPoCで正答率が95％に届かなかったら、PoCは終了とする。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "what ends on dissolution is not the alliance ending: 「その時点で終了し、」 under an aftermath heading",
      text: JA(
        "## 合弁解消時の取扱い\n\n合弁を解消する場合、次のとおり取り扱う。\n\n1. 原料の無償供給はその時点で終了し、以後の処分はA社が手配する。",
      ),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 12] }],
    },
    {
      name: "a party's quitting not yet talked about (「まだ話していません」) defers the exit",
      text: JA("## 終了\n\nどちらかがやめたいときの手順は、まだ話していません。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
    {
      name: "a span of dates under a heading that names no term (a schedule) is no term",
      text: JA("## スケジュール\n\n2026年6月1日から2026年9月30日まで。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a plain verb of quitting without a party ends nothing (「発注をやめる」)",
      text: JA("## 運用\n\n在庫が余った場合は発注をやめる。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "no exit clause anywhere: one finding on the first heading",
      text: JA("## 体制\n\n月次で定例会を開く。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8], contains: ["出口"] }],
    },
    {
      name: "別途協議 defers the exit: reported on the exit heading",
      text: JA("## 出口戦略\n\n提携の解消については別途協議する。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7], contains: ["別途協議"] }],
    },
    {
      name: "an exit heading with nothing under it",
      text: JA("## 撤退条件\n\n## 体制\n\n月次で定例会を開く。"),
      errors: [{ messageId: "empty", range: [6, 0, 6, 7] }],
    },
    {
      name: "only what happens after the end is no condition for ending",
      text: JA("## 契約の終了\n\n終了後は共有データを30日以内に返還する。"),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 8] }],
    },
    {
      // It is still "no condition", not "deferred".
      name: "boilerplate 誠意をもって協議 next to an aftermath-only clause is not a deferral",
      text: JA("## 契約の終了\n\n終了後は共有データを30日以内に返還する。本計画に定めのない事項は、両社が誠意をもって協議する。"),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 8] }],
    },
    {
      name: "an unknown heading is no exit section without a team synonym",
      text: JA_UNKNOWN_HEADING,
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a team heading word (config `vocabulary`) makes a section the exit section",
      text: JA_UNKNOWN_HEADING,
      config: { vocabulary: { "exit-heading": { ja: ["手仕舞い"] } } },
      errors: [{ messageId: "empty", range: [6, 0, 6, 11] }],
    },
    {
      name: "an end verb the vocabulary lacks states no condition",
      text: JA_TEAM_VERB,
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 5] }],
    },
    {
      name: "a plan exported as JSON in a code fence: a term with no end and termination 'TBD' is deferred",
      text: JA('## 計画データ\n\n```json\n{\n  "term": { "start": "2026-04-01", "end": null, "termination": "TBD" }\n}\n```'),
      errors: [{ messageId: "deferred", range: [10, 2, 10, 8] }],
    },
    {
      name: "YAML plan: a deferred exit on its key",
      text: "title: 共同配送計画\nobjective: 2027年3月までに積載率を85%にする。\nexit: 別途協議する\n",
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "deferred", range: [2, 0, 2, 4] }],
    },
  ],
});

testRule(RULE, "English", {
  valid: [
    {
      name: "renewal unless a party says otherwise, in plain words ('unless either of us says no two months before'), lets the term end",
      text: EN("## From the call\n\nIt renews for a year unless either of us says no two months before it runs out."),
    },
    {
      name: "a term that runs 'to the end of 2028', with the article before the date, states the end",
      text: EN("## The partnership\n\nThe partnership runs for three growing seasons, to the end of 2028."),
    },
    {
      name: "a pilot that ends unless the parties sign the full agreement is the whole engagement: its end is the alliance's",
      text: EN(
        "## Pilot\n\n- 60 days from 1 May.\n- The pilot ends automatically after 60 days unless we sign the full agreement before then.",
      ),
    },
    {
      name: "notice to the other party (60 days' written notice to each other) is a way to end",
      text: EN("## Wind-down\n\nTermination: 60 days' written notice to each other."),
    },
    {
      name: "a clause removed and replaced, nothing put off (we removed clause 7; the agreement runs until …) states the term",
      text: EN("## Term\n\nWe removed clause 7 from the draft. The agreement runs until 31 March 2028."),
    },
    {
      name: "a term by a participle and a month with its year (a five-year agreement, running through March 2031)",
      text: EN("## Announcement\n\nWe signed a five-year agreement with Northwind, running through March 2031."),
    },
    {
      name: "the agreement by its abbreviation (The SHA terminates when …)",
      text: EN("## Deadlock and exit\n\n- The SHA terminates when one shareholder holds all the shares."),
    },
    {
      name: "a term said in passing, the contract named before it (under the contract, … runs until 31 March 2027)",
      text: EN("## Background\n\nWe started sharing the warehouse last spring. Under the contract, this project runs until 31 March 2027."),
    },
    {
      name: "an NDA's end beside the alliance's, both named in one sentence (the partnership and the NDA end on …)",
      text: EN("## Term\n\nThe partnership and the mutual NDA both end on 31 March 2028."),
    },
    {
      name: "a term as a span of dates ('Agreement runs 15 October 2026 – 14 October 2027')",
      text: EN("## Background\n\n- Agreement runs **15 October 2026 – 14 October 2027**"),
    },
    {
      name: "a right to force the end of the joint company ('may jointly require a sale of the company')",
      text: EN("## Exit\n\n- If no IPO has occurred by 31 December 2032, the two investors may jointly require a sale of the company."),
    },
    {
      name: "a licensing deal: the licence's term and the licensor's right to end it are the alliance's",
      text: "# Spin-out proposal\n\n## Equity investment and exclusive patent licence\n\n### Term and exit\n\n- The University may terminate the licence on 90 days' notice if no commercial pour is completed by 31 December 2028.\n",
    },
    {
      name: "an event that ends the agreement ('a no-go at Gate 1 ends the agreement')",
      text: EN("## Term and exit\n\n- A no-go at Gate 1 or Gate 2 ends the agreement; Orrin pays only for work done to that point."),
    },
    {
      name: "a term whose length is written in words ('the service licence then runs for three years')",
      text: EN("## Term\n\nThe service agreement runs for three years from go-live."),
    },
    {
      name: "a stated term with its end date (runs from … to …)",
      text: EN("## Term\n\nThe partnership runs from 1 April 2026 to 31 March 2028."),
    },
    { name: "a stated term with its end date (ends on …)", text: EN("## Duration\n\nThe partnership ends on 30 September 2027.") },
    { name: "a term written as a date range with a dash", text: EN("## Term\n\nTerm: 1 April 2026 – 31 March 2028") },
    {
      name: "a termination right with notice",
      text: EN(
        "## Termination\n\nEither party may terminate on 90 days' written notice if joint revenue stays below 50% of target for two quarters.",
      ),
    },
    {
      name: "'in good faith' boilerplate is not a deferral",
      text: EN(
        "## Exit\n\nEither party may terminate on 90 days' written notice. Anything not covered here will be resolved by the parties in good faith.",
      ),
    },
    {
      name: "a team end verb (config `vocabulary`) flows into the English conditions",
      text: EN_TEAM_VERB,
      config: { vocabulary: { "end-verb": { en: ["sunset"] } } },
    },
    {
      name: "a page's properties table (Property | Value): an End row holding a date ends the alliance then",
      text: "# Acme × Birch\n\n| Property | Value |\n|---|---|\n| Status | Active |\n| Start | 1 March 2026 |\n| End | 28 February 2028 |\n\n## Objective\n\n500 subscribers by June 2027.\n",
    },
    {
      name: "**Article 9 (Term and Termination)** bold line in a contract",
      text: "**Article 9 (Term and Termination)**\nThis Agreement remains in force until 31 March 2029 unless terminated earlier under this Article.\n",
    },
  ],
  invalid: [
    {
      name: "a term named only to say it was not disclosed states none",
      text: EN("## Deal terms\n\nThe duration of the agreement and its other conditions were not disclosed."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a pilot that ends into the next phase (ends on 30 June and phase 2 starts) is a stage, not the alliance's end",
      text: EN("## Pilot\n\nThe pilot ends on 30 June 2026 and phase 2 starts in July; the parties will sign a supply contract then."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "notice given to the people the parties serve (60 days' notice to each member) is no way to end",
      text: EN("## Wind-down\n\nIf the programme winds down, members move to the standard plan with 60 days' notice to each member."),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 12] }],
    },
    {
      name: "the period a report covers (Reporting period: April 2026 – March 2027) is no term of the alliance",
      text: EN("## Summary\n\nReporting period: 1 April 2026 – 31 March 2027"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a term paragraph left out of the letter for the definitive agreement (P.S.) states no condition, though quoted above",
      text: EN(
        "## Term and termination\n\nThe agreement would run for three years; either party could terminate on 90 days' written notice.\n\nP.S. Our board would rather not commit to a term yet, so we'd like to leave this section out of the letter and take it up in the definitive agreement.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 23] }],
    },
    {
      name: "YAML plan: the steps under wind_down (wind_down.steps) say what is done, not when the alliance ends",
      text: "title: Alliance plan\nobjective: Reach $2M in joint revenue by March 2027.\npartnership:\n  wind_down:\n    steps:\n      - each party deletes the other's data within 30 days\n",
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "noCondition", range: [3, 2, 3, 11] }],
    },
    {
      name: "a term still being confirmed (Term: three years, being confirmed by Legal) states no term",
      text: EN("## Status\n\nTerm: three years from signing, being confirmed by Legal."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "something else running to a month and year (the grant continues to March 2028) is no term of the alliance",
      text: EN("## Market\n\nOur base case assumes the grant continues to March 2028."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "an end condition asked about, not stated (Legal cannot yet say when either party may terminate)",
      text: EN("## Status\n\nThe schedule is missing; Legal cannot yet say when either party may terminate the agreement."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a confidentiality agreement's validity is no term of the alliance (NDA signed …; it is valid until …)",
      text: EN("## Status\n\n- Mutual NDA signed in January 2026 for the evaluation; it is valid until 30 June 2027."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a standing drag-along in a term sheet (holders of a majority may require a sale) is no end of the alliance",
      text: EN(
        "## Summary of terms\n\n| Term | Proposed terms |\n|---|---|\n| Drag-along | Holders of a majority of Preferred and of Common may require a sale |\n| Commercial Agreement: term and termination | To be agreed in the Commercial Agreement |",
      ),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "no exit clause anywhere: one finding on the first heading",
      text: EN("## Governance\n\nMonthly steering meetings."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15], contains: ["No exit clause"] }],
    },
    {
      name: "TBD defers the exit",
      text: EN("## Exit\n\nExit: TBD."),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "'will be discussed later' defers the exit",
      text: EN("## Exit strategy\n\nThe terms of any wind-down will be discussed later."),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 16] }],
    },
    {
      name: "an empty Termination section",
      text: EN("## Termination\n\n## Governance\n\nMonthly steering meetings."),
      errors: [{ messageId: "empty", range: [6, 0, 6, 14], contains: ["empty"] }],
    },
    {
      name: "an English end verb the vocabulary lacks states no condition",
      text: EN_TEAM_VERB,
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 7] }],
    },
    {
      name: "a compound is not the noun: 'a long-term partnership, not a six-month experiment' states no term",
      text: EN("## Close\n\n- This is a long-term partnership, not a six-month experiment."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a right denied is no right: 'had no right to terminate its supply commitment'",
      text: EN("## Case\n\nIf the investor sold, Dunmore had no right to buy it out and no right to terminate its supply commitment."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a noun of an end verb is no ending: 'it fills cancellations automatically'",
      text: EN("## Objections\n\n| Objection | Answer |\n|---|---|\n| We have booking. | Ask if it fills cancellations automatically. |"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "renewal alone ends nothing: 'evergreen: it renews automatically each May'",
      text: EN("## Contract\n\n- The 2023 agreement is evergreen: it renews automatically each May."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a stage's exit criteria move the work on, they end nothing ('the Beta Exit Criteria are met')",
      text: EN("## Launch\n\nGeneral release follows only if the Beta Exit Criteria are met; if they are not, the Beta is extended once."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "withdrawing a permission ends the permission: 'they may withdraw consent for future seasons'",
      text: EN("## Data\n\n- Member farms licence their data to the JV; they may withdraw consent for future seasons at any time."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "an employee's notice period ('the CTO has 3-month notice') is not the alliance's",
      text: EN("## Findings\n\n| Item | Comment |\n|---|---|\n| Key staff | The CTO has 3-month notice only. |"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a length that dates a review ('at the 12-month review') is no term",
      text: EN("## Open items\n\n- Term: we take this up again at the 12-month review."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a heading that names the term sheet is no exit section: its deferrals are about other things",
      text: EN("## Overview (from the term sheet)\n\n- Board seat: TBD."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "only what happens on termination is no condition for ending",
      text: EN("## Exit\n\nOn termination, each party returns the other party's data within 30 days."),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 7] }],
    },
  ],
});

testRule(RULE, "batch t kinds: a printout's blocks of field lines, each with a rule drawn under it", {
  valid: [
    {
      name: "「【契約期間・終了】」 and its field lines over a line of dashes: a block of fields, not a setext heading",
      filePath: "form.alliance.txt",
      text: "======================\n 申請内容確認（印刷用）\n======================\n申請番号：A-0012\n申請日：2026年11月2日\n----------------------\n【契約期間・終了】\n契約期間：2027年1月1日〜2029年12月31日（3年）\n中途解約：いずれも6か月前の書面通知により可能\n----------------------\n",
    },
    {
      name: "'[TERM AND TERMINATION]' and its 'field: value' lines over a line of dashes: a block of fields, not a setext heading",
      filePath: "form.alliance.txt",
      text: "======================\n Approval request (print view)\n======================\nRequest no.: A-0012\nDate: 2 November 2026\n----------------------\n[TERM AND TERMINATION]\nTerm: 1 January 2027 to 31 December 2029\nEarly termination: either party on 6 months' written notice\n----------------------\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch t kinds: an evaluation that is the whole engagement, ended by its gate's failing branch", {
  valid: [
    {
      name: "'If the targets are not met, the evaluation ends and the licences are withdrawn': the missed gate ends the engagement",
      text: EN(
        "## Decision points\n\n- Month 6: extend to 10 more clinics only if all targets are met for two months.\n- If the targets are not met, the evaluation ends and the licences are withdrawn at no cost.",
      ),
    },
    {
      name: "「目標に届かなければ、実証は終了し、機材を返却する」：未達の分岐が提携を終わらせる",
      text: JA(
        "## 判断の時期\n\n- 6か月目：目標を2か月続けて満たした場合のみ10店舗に拡大する。\n- 目標に届かなければ、実証は終了し、機材は無償で返却する。",
      ),
    },
  ],
  invalid: [
    {
      name: "a stage that ends as planned and moves on ('the pilot ends in June, then the roll-out') sets no end",
      text: EN("## Plan\n\nThe pilot ends in June 2027 and the roll-out starts in July."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
  ],
});

testRule(RULE, "batch s kinds: a sentence that says there is no fixed term, then the ways to end in the next", {
  valid: [
    {
      name: "「期間は定めない。ただし…解除できる」: the no-term sentence does not veto the triggers after it (ja)",
      text: JA("## 終了\n\n本提携の期間は定めない。ただし、相手方が重大な違反を30日以内に是正しない場合は解除できる。"),
    },
    {
      name: "'There is no fixed end. Either party may terminate…': the no-term sentence does not veto the trigger after it (en)",
      text: EN("## Ending\n\nThere is no fixed end. Either party may terminate on 90 days' written notice."),
    },
  ],
  invalid: [
    {
      name: "a no-term sentence with nothing after it still states no way to end (ja)",
      text: JA("## 終了\n\n本提携の期間は定めない。"),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 5] }],
    },
  ],
});

testRule(RULE, "batch r/s kinds: a deferral, a side agreement or a compound of 'term' speaks for its own sentence", {
  valid: [
    {
      name: "an end stated, then another matter put off in the next sentence (…で契約も満了とする。ただし次の段階は未定) (ja)",
      text: JA("## 実証の後\n\n実証は2027年3月で終わり、その時点で本契約も満了とする。ただし、本格導入の進め方は未定である。"),
    },
    {
      name: "a walk-away right, then a pilot that ends unless a licence is signed, in the next sentence (en)",
      text: EN(
        "## Proposal\n\n- Either party may walk away at the month-4 review. The trial ends after 9 months unless both sign a full licence.",
      ),
    },
    {
      name: "the alliance's period as a span from one date to another (提携の提供期間は…から…までを予定) (ja)",
      text: JA("## ご案内\n\n本提携によるサービスの提供期間は、2026年5月1日から2029年4月30日までを予定しています。"),
    },
  ],
  invalid: [
    {
      name: "a sentence that puts off the term itself puts off the statement (en)",
      text: EN(
        "## Term\n\n- Their draft says either party may terminate on 60 days' notice. The term and termination rights are still TBD.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "a sentence that puts off the term itself puts off the statement, its list item's other sentence too (ja)",
      text: JA("## 期間\n\n- 先方は自動更新を希望している。契約期間と解約条件は未定である。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
    {
      name: "a span of dates for a course, not the alliance (研修期間は…から…まで), is no term (ja)",
      text: JA("## 研修\n\n研修期間は2026年5月1日から2026年5月9日までです。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a term life product sold over 24 months is no term of the alliance (en)",
      text: EN("## Product\n\nLaunch a term life product to 5,000 customers in the 24 months after launch."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a term label whose value waits on another document (存続期間：規約の確定を待って確認する) is deferred (ja)",
      text: JA("## 条件\n\n| 項目 | 内容 |\n|---|---|\n| 存続期間 | 組合契約の確定を待って確認する |"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
  ],
});

testRule(RULE, "batch r kinds: an issues table's row whose status is still open states the sides' positions, not a term", {
  valid: [
    {
      name: "the same row agreed states the term (ja)",
      text: JA(
        "## 論点\n\n| 論点 | 当社案 | 先方案 | 状況 |\n|---|---|---|---|\n| 提携の目的 | 物流費削減 | 同左 | 合意 |\n| 契約期間 | 3年 | 同左 | 合意 |\n| 知的財産権 | 各社に帰属 | 同左 | 合意 |",
      ),
    },
  ],
  invalid: [
    {
      name: "契約期間 | 3年 | 5年 | 協議中: two positions under negotiation are no term (ja)",
      text: JA(
        "## 論点\n\n| 論点 | 当社案 | 先方案 | 状況 |\n|---|---|---|---|\n| 提携の目的 | 物流費削減 | 同左 | 合意 |\n| 契約期間 | 3年 | 5年 | 協議中 |\n| 知的財産権 | 各社に帰属 | 同左 | 合意 |",
      ),
      errors: [{ messageId: "deferred", range: [11, 2, 11, 6] }],
    },
    {
      name: "Term | 3 years | 5 years | open: two positions under negotiation are no term (en)",
      text: EN(
        "## Issues\n\n| Topic | Ours | Theirs | Status |\n|---|---|---|---|\n| Objective | Cut costs | same | agreed |\n| Term | 3 years | 5 years | open |\n| Background IP | Each keeps its own | same | agreed |",
      ),
      errors: [{ messageId: "noCondition", range: [11, 2, 11, 6] }],
    },
  ],
});

testRule(RULE, "batch u kinds: a note that the term or its end is not stated", {
  valid: [
    {
      name: "a note on what a summary leaves out, beside a term stated elsewhere, keeps that term",
      text: JA("## 期間\n\n本提携は2028年3月31日に終了する。違約金の額は本資料に記載なし。"),
    },
    {
      name: "a term stated beside a note on what a summary leaves out keeps that term",
      text: EN("## Term\n\nThe alliance ends on 31 March 2028. The summary does not state the penalty amounts."),
    },
  ],
  invalid: [
    {
      name: "契約期間・解約条件が資料に「記載なし」とする注記は終了条件を述べていない",
      text: JA("## 概要\n\n提携の概要を紹介する。契約期間と解約条件は本資料に記載なし。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a note that the announcement 'does not state the term or termination' states no way to end",
      text: EN("## Overview\n\nThis summarises the partnership. The announcement does not state the term or the termination conditions."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
  ],
});

testRule(RULE, "batch w kinds: a member's withdrawal told politely, a joint company wound up", {
  valid: [
    {
      name: "参加各社が届け出ればプロジェクトから脱退できる（丁寧体の「できます」）",
      text: JA("## 運営\n\n参加各社は、2か月前に幹事会社へ申し出れば本プロジェクトから脱退できます。"),
    },
    {
      name: "a member may withdraw from the project on notice (the English twin of 脱退)",
      text: EN("## Running it\n\nAny member may withdraw from the project by telling the lead partner two months ahead."),
    },
    {
      name: "either shareholder may wind up the joint company if its permit is refused",
      text: EN("## Term and transfers\n\nIf the planning permit is refused, either shareholder may wind up the JV company."),
    },
    {
      name: "合弁会社の許可が下りない場合、いずれの株主も解散を請求できる（the Japanese twin of winding up）",
      text: JA("## 期間と譲渡\n\n許認可が得られない場合、いずれの株主も合弁会社の解散を請求できる。"),
    },
    {
      name: "an arrangement's term by a plain word for the agreement (取り決めの期間)",
      text: JA("## 約束ごと\n\n取り決めの期間は2028年3月末までの3年間とし、その後は双方で話し合う。"),
    },
  ],
  invalid: [
    {
      name: "a member who may not withdraw states no way out",
      text: JA("## 運営\n\n参加各社は、本プロジェクトの進め方について幹事会社へ意見を申し出ることができます。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
  ],
});

testRule(RULE, "batch x kinds: a question about the exit, work put off with 詰める, a month's end, notice in working days", {
  valid: [
    {
      name: "a term to a month's end (「2028年9月末をもって終了する」) states the end",
      text: JA("## 期間\n\n両社の協業は2028年9月末をもって終了する。"),
    },
    {
      name: "a right to stop the work on notice counted in working days is a way to end",
      text: EN("## Pilot terms\n\nEither side may stop the joint service on 15 business days' written notice."),
    },
  ],
  invalid: [
    {
      name: "the exit asked as a question (「解約条件は？」) and answered by a deferral states no condition",
      text: JA("## 論点\n\n- 先方への質問：解約条件は？ → 後日協議"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a termination right asked about ('…, either party may terminate?') states none",
      text: EN("## Open questions\n\nFrom Finance: if volumes fall below plan, either party may terminate? Nobody has answered yet."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "the term worked out later (「相手先の決定後に詰める」) is put off",
      text: JA("## 契約\n\n契約期間と解約条件は、相手先の決定後に詰める。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "notice to call a meeting, counted in working days, ends nothing",
      text: EN("## Governance\n\nEither party may call an extra meeting on 10 working days' notice."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
  ],
});

testRule(RULE, "batch x kinds: a rule under the revision history ends it, the clauses after it are the body", {
  valid: [
    {
      name: "「改訂履歴」 then a rule and 「**第7条（期間）**」: the term is the memorandum's, not history",
      text: "# 覚書\n\n## 改訂履歴\n\n| 版 | 日付 |\n|---|---|\n| 2 | 2026年5月1日 |\n\n---\n\n**第7条（期間）**\n本覚書の有効期間は2029年3月31日までとする。\n",
    },
    {
      name: "'Revision history' then a rule and '**7. Term**': the term is the MOU's, not history",
      text: "# Memorandum of understanding\n\n## Revision history\n\n| Version | Date |\n|---|---|\n| 2 | 1 May 2026 |\n\n---\n\n**7. Term**\nThis MOU runs until 31 March 2029.\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch u kinds: notice of another act, a period after the end, an end denied, an end supposed", {
  valid: [
    {
      name: "notice given to the other party ('by giving the other 90 days' notice') is notice of parting",
      text: EN("## Ending\n\nEither party may wind the programme up early by giving the other 90 days' written notice."),
    },
    {
      name: "notice to stop a pilot ('may stop it on 30 days' notice') is a way to end",
      text: EN("## Pilot\n\nEither side may stop the pilot on 30 days' notice."),
    },
  ],
  invalid: [
    {
      name: "notice to publish ('may present results with 30 days' notice to the office') ends nothing",
      text: EN("## Publishing\n\nAny member may present joint results at a conference with 30 days' notice to the programme office."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "notice of a price change ('gives 60 days' notice of any change') ends nothing",
      text: EN("## Prices\n\nThe maker reviews its price list each spring and gives 60 days' notice of any change."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "notice of a price change in Japanese (価格改定は60日前までに通知) ends nothing",
      text: JA("## 価格\n\n価格を改定するときは、60日前までに書面で通知する。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "a duty for the term and three years thereafter is a survival period, not a term",
      text: EN(
        "## Confidentiality\n\nEach side keeps shared data confidential for the duration of the alliance and three years thereafter.",
      ),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "a duty that survives the end in Japanese (契約終了後3年間存続) is no term",
      text: JA("## 秘密保持\n\n秘密保持の義務は、本契約の終了後も3年間存続する。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "an end denied by a negated modal ('an agreement we cannot end on fair terms') states no way out",
      text: EN("## Risks\n\nThe whole service rests on a supply agreement we cannot end on fair terms."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "an end denied in Japanese (途中で解除することができない) states no way out",
      text: JA("## 留意点\n\n本契約は、いずれの当事者からも途中で解除することができない。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
    {
      name: "an end supposed ('Should the partnership be terminated, the supply agreement would end with …') tells only the aftermath",
      text: EN(
        "## After the alliance\n\nShould the partnership be terminated, the supply agreement would end with a final order for stock.",
      ),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
    {
      name: "an end supposed in Japanese (本提携が終了した場合、…供給契約も終了となる) tells only the aftermath",
      text: JA("## 提携後\n\n本提携が終了した場合、部品の供給契約も最終発注をもって終了となる。"),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
    },
  ],
});

testRule(RULE, "batch z kinds: a licence named in the trigger clause", {
  valid: [
    {
      name: "a licence named in the if-clause ('if the other loses its operator licence') triggers the end: no side agreement",
      text: EN(
        "## Term\n\nEither side can end it on three\nmonths' written notice, or immediately if the other loses its operator licence or its insurance.",
      ),
    },
    {
      name: "「相手方が運行ライセンスを失った場合は、直ちに解除できる」：場合の節のライセンスは解除事由",
      text: JA("## 期間\n\n相手方が運行ライセンスを失った場合は、直ちに解除できる。"),
    },
  ],
  invalid: [
    {
      name: "a licence that is the subject, its trigger after it, is still a side agreement's end",
      text: EN("## Software\n\nThe software licence may be terminated if the fees are not paid."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
  ],
});

testRule(RULE, "batch z kinds: a term or its end given as 'ongoing' or 'open-ended'", {
  valid: [],
  invalid: [
    {
      name: "a YAML term whose end is 'ongoing' (term.end: ongoing) states no end",
      text: "objective: Reach 40 stores by March 2027.\nterm:\n  start: 2026-04-01\n  end: ongoing\n",
      errors: [{ messageId: "noExit", range: [0, 0, 0, 41] }],
    },
    {
      name: "a term given as 'Term: open-ended' states no end",
      text: EN("## Term\n\nTerm: open-ended."),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 7] }],
    },
  ],
});

testRule(RULE, "batch y kinds: a shareholder's put or call option is a way out of the joint venture", {
  valid: [
    {
      name: "'Either shareholder may serve a put/call notice if the other has a change of control'",
      text: EN(
        "## Term and exit\n\n- The JV agreement continues until terminated. Either shareholder may serve a put/call\n  notice if the other has a change of control.",
      ),
    },
    {
      name: "「相手方に支配権の変更があった場合、各株主はプット・オプションを行使できる」",
      text: JA("## 合弁の終了\n\n相手方に支配権の変更があった場合、各株主はプット・オプションを行使できる。"),
    },
  ],
  invalid: [
    {
      name: "a put option named as an idea, with no right to use it, is no way out",
      text: EN("## Term and exit\n\nThe JV agreement continues until terminated. A put option was discussed at the board."),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 16] }],
    },
  ],
});

testRule(RULE, "batch z kinds (both languages): a dissolution on the day a period expires, an end date in brackets, ending at a stage", {
  valid: [
    {
      name: "Japanese: a joint venture dissolved on the day a period expires (…期間が満了した日に解散する) ends",
      text: JA("## 存続期間\n\n本JVは、工事完成後、保証期間（引渡しから2年）が満了した日に解散する。"),
    },
    {
      name: "English: a joint venture dissolved on the day a period expires ends",
      text: EN("## Duration\n\nThe JV dissolves on the day the two-year warranty period expires."),
    },
    {
      name: "Japanese: the end date in brackets after the term's name (有効期間（2027年3月31日まで）) states the term",
      text: JA("## 影響範囲\n\n本変更は基本契約の有効期間（2027年3月31日まで）内の変更であり、期間への影響はない。"),
    },
    {
      name: "English: the end date in brackets after the term ('the term of the master agreement (until 31 March 2027)') states it",
      text: EN("## Impact\n\nThe change falls within the term of the master agreement (until 31 March 2027)."),
    },
    {
      name: "Japanese: a missed gate that ends the work at the trial (届かなければ試行で終了) ends the alliance there",
      text: JA("## 進め方\n\n試行の終了時に成約率が5ポイント上がれば本格導入、届かなければ試行で終了。"),
    },
  ],
  invalid: [],
});

testRule(RULE, "batch z kinds (both languages): a shareholder's put or call on the shares of a joint company", {
  valid: [
    {
      name: "Japanese: a joint company with no term, left by a put or a call on its shares (保有株式の買取りを請求できる), has a way out",
      text: JA(
        "## 合弁の見直し\n\n- 合弁契約に期間の定めはないが、2031年4月以降は、いずれの株主も相手方に保有株式の買取りを請求できる。\n- 一方が重大な違反をした場合、他方は違反者の保有株式を簿価で買い取ることができる。",
      ),
    },
    {
      name: "English: a joint company left by a put or a call on its shares ('may require the other to buy its shares', 'may buy its shares') has a way out",
      text: EN(
        "## Review of the JV\n\nFrom April 2031, either shareholder may require the other to buy its shares at fair value. If a shareholder commits a material breach, the other may buy its shares at book value.",
      ),
    },
  ],
  invalid: [
    {
      name: "Japanese: a buy-back only once the holding is dissolved (相互保有を解消する場合、…買取りを求めることができる) is the aftermath",
      text: JA("## 解消時の扱い\n\n相互保有を解消する場合、各社は相手方に保有株式の買取りを求めることができる。"),
      errors: [{ messageId: "noCondition", range: [6, 0, 6, 9] }],
    },
    {
      name: "Japanese: a buy-back beside the alliance's term put off (有効期間は追って定める) leaves the business tie without an end",
      text: JA(
        "## 出口\n\n- 上場しない場合、株主間契約に基づき同社に株式の買戻しを求めることができる。\n- 業務提携契約の有効期間は追って定める。",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
    {
      name: "English: a buy-back only once the agreement comes to an end ('If the agreement comes to an end, … may require … to buy back') is the aftermath",
      text: EN("## After the alliance\n\nIf the agreement comes to an end, Alpha may require Beta to buy back its shares at fair value."),
      errors: [{ messageId: "noExit", range: [0, 0, 0, 15] }],
    },
  ],
});

testRule(RULE, "batch ab kinds: a term denied of both papers at once (neither … nor …)", {
  valid: [],
  invalid: [
    {
      name: "English: 'Neither the supply contract nor the licence sets a term, a termination trigger or a notice period' states no way to end",
      text: "# Risk paper\n\n## Findings\n\nNeither the supply contract nor the licence sets a term, a termination trigger or a notice period.\nWhat the contract does cover is wind-down: data returned within 30 days.\n",
      errors: [{ messageId: "noExit", range: [0, 0, 0, 12] }],
    },
  ],
});

testRule(
  RULE,
  "batch ab kinds (Japanese): a finding that the contract has no term, an earlier contract ended for the alliance, a joint service offered until a date",
  {
    valid: [
      {
        name: "a joint service offered until a date (…は2029年3月31日まで提供します) runs for that term",
        text: JA("## 共同窓口の期間\n\n- 共同窓口は2029年3月31日まで提供します。\n- 終了する場合は、6か月前までにお知らせします。"),
      },
    ],
    invalid: [
      {
        name: "a service to start by a date (…までに…提供を始める) sets no term",
        text: JA("## 実施事項\n\n- 2027年6月までに院内カフェで提供を始める。"),
        errors: [{ messageId: "noExit", range: [0, 0, 0, 8] }],
      },
      {
        name: "a review's finding that the contract has no term or termination (…に関する定めがない) states no way to end",
        text: JA(
          "## 提携の終了\n\n- 確認の結果、現行の契約には契約期間および解約・解除に関する定めがないことが判明した（自動更新の規定もない）。",
        ),
        errors: [{ messageId: "noCondition", range: [6, 0, 6, 8] }],
      },
      {
        name: "an earlier contract ended to make way for the alliance (…委託契約を終了し、新たに提携契約を締結) is no end of the alliance",
        text: "# ご案内\n\n## 目的\n\n2027年度末までに取扱店を300店にする。\n\n両社は、2025年10月1日をもって委託契約を終了し、新たに業務提携契約を締結しました。\n",
        errors: [{ messageId: "noExit", range: [0, 0, 0, 5] }],
      },
    ],
  },
);
