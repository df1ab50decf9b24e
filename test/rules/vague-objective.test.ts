import { testRule } from "../helpers/rule-tester";

const RULE = "vague-objective";

testRule(RULE, "Japanese", {
  valid: [
    {
      name: "bylaws: the naming clause of 名称及び目的 defines, and an article of 目標 that names indicators and defers their targets states no objective",
      text: "# 規約\n\n## 第1条（名称及び目的）\n\n1. 本会は、潮見ベイエリア実証コンソーシアム（以下「本会」という。）と称する。\n2. 本会は、2028年3月末までに実証路線の利用者数を月1万人にすることを目的とする。\n\n## 第6条（実証の目標）\n\n本会は、運行の定時性及び利用者数を評価指標とする。各指標の目標値は運営委員会が別途定める。\n\n販売目標は今後検討し、決まり次第お知らせします。\n",
    },
    {
      name: "a sentence hard-wrapped after a middle dot is one sentence of its paragraph, which explains the objective beside it",
      text: "# 計画\n\n## 本計画のねらい\n\n当社は2025年度に年間約620万件の応答を受託した。ミナモAIは通話要約・\n応答生成の技術を持つが、運用データを持たない。\n",
    },
    {
      name: "a concrete objective",
      text: "# 計画\n\n## 目的\n\n2027年度末までに共同開発品を市場投入し、売上10億円を達成する。\n",
    },
    {
      name: "without a goal marker, a sentence outside an objective section is not an objective",
      text: "# 打合せメモ\n\n## 議題\n\n両社の顧客基盤を活かして新市場の開拓を狙う。\n",
    },
    {
      name: "outside a section of objectives, a wish to take a step (把握しておきたい, 集めたい) is not an objective",
      text: "# 連携の検討メモ\n\n本格展開の前に、同社の経営状況を把握しておきたい。\n\n以上、正式な付議の前に部内の意見を集めたい。\n",
    },
  ],
  invalid: [
    {
      name: "the purpose as the predicate of a cleft on the occasion (…というのが今回の狙いです) is a goal",
      text: "# 説明メモ\n\n契約は1年ごとに更新します。\n\nつまり、皆で商店街の賑わいを取り戻していこうというのが今回の狙いです。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 35] }],
    },
    {
      name: "the count of the parties (3者は) is no target of the objective",
      text: "# 協定案\n\n## 目的\n\n2028年度までに、3者は地域交通の連携を深める。\n",
      errors: [{ messageId: "noTarget", range: [4, 0, 4, 25] }],
    },
    {
      name: "under a rationale heading (なぜ協業するの？), a wish that aspires is the goal; the situation before it is not",
      text: "# お知らせ\n\n## なぜ協業するの？\n\n顧問先からは領収書の整理が大変という声をいただいています。今回の協業で、顧問先の業務のデジタル化を加速させていきたいと考えています。\n",
      errors: [{ messageId: "both", range: [4, 29, 4, 66] }],
    },
    {
      name: "a line labelled as someone's remark (→ 上長コメント：…) under the goals is no objective; the goal it comments on is",
      text: "# 面談メモ\n\n## 来期の目標\n\n- 連携を深めて、園の中での存在感をもっと上げていきたい。\n\n→ 上長コメント：何をもって上がったとするかがない。次回までに考えてきて。\n",
      errors: [{ messageId: "bothVerb", range: [4, 2, 4, 29] }],
    },
    {
      name: "a Q&A sheet's bold question tagged with who answers it heads its answer: the question is no objective, the answer is",
      text: "# 想定問答集\n\n**Q1. 提携の狙いは何か。**【社長】\n\nA. 両社の強みを活かし、シナジーの最大化を図ってまいります。\n",
      errors: [{ messageId: "bothVerb", range: [4, 3, 4, 31] }],
    },
    {
      name: "outside a section of objectives, a wish that aspires (…していきたい, …の強化を図りたい) is an objective",
      text: "# お知らせ\n\n今回の協業で、顧問先の業務のデジタル化を加速させていきたいと考えています。\n\n両社の関係の強化を図りたい。\n",
      errors: [
        { messageId: "both", range: [2, 0, 2, 37] },
        { messageId: "bothVerb", range: [4, 0, 4, 14] },
      ],
    },
    {
      name: "in a bullet plan, an objective bullet is judged and the means listed under it are not",
      text: "- 提携で目指すこと\n  - 海外の愛好家との接点を広げていく\n    - 共同出荷便を月2便出す\n    - 販売店と取引条件の話を始める\n  - 共同出荷を2028年春までに年間15,000尾にする\n",
      errors: [{ messageId: "bothVerb", range: [1, 4, 1, 20] }],
    },
    {
      // Lines 10, 12 and 14 (a concrete objective, full-width digits, a vague verb next to a
      // real target and deadline) are silent: the list of findings is exact.
      name: "reports each vague statement once, on its own range, saying what is missing: 数値目標 and/or 期限",
      text: [
        "# 北斗物流・南星食品 共同配送計画", // 0
        "",
        "## 提携の目的", // 2
        "",
        "両社の強みを活かしてシナジーの最大化を図る。", // 4
        "",
        "2026年度中に共同配送サービスを立ち上げる。", // 6
        "",
        "幹線輸送コストを15%削減する。", // 8
        "",
        "2027年度末までに共同開発品を市場投入し、売上10億円を達成する。", // 10
        "",
        "２０２６年度末までに共同配送の積載率を３０％引き上げる。", // 12
        "",
        "シナジーを最大化し、2028年3月までに共同販売の売上を5億円に伸ばす。", // 14
        "",
      ].join("\n"),
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 22], severity: "error", contains: ["数値目標", "期限"] },
        { messageId: "noTarget", range: [6, 0, 6, 23], contains: ["数値目標"], excludes: ["期限"] },
        { messageId: "noDeadline", range: [8, 0, 8, 16], contains: ["期限"], excludes: ["数値目標"] },
      ],
    },
    {
      name: "two vague sentences in one paragraph: two findings",
      text: "# 計画\n\n## ねらい\n\n地域の物流網の強化を図る。あわせて新たな顧客層の開拓を模索する。\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 13] },
        { messageId: "bothVerb", range: [4, 13, 4, 32] },
      ],
    },
    {
      name: "list items under 目標 are objectives; background and KPI sections are not",
      text: [
        "# 計画",
        "",
        "## 背景",
        "",
        "両社は長年にわたり地域の物流を支えてきたが、連携を深める余地がある。",
        "",
        "## 目標",
        "",
        "- 新規顧客の開拓を推進する",
        "- 2026年度中に配送拠点を3か所統合する",
        "",
        "## KPI",
        "",
        "- 顧客満足度の向上を図る",
        "",
      ].join("\n"),
      errors: [{ messageId: "bothVerb", range: [8, 2, 8, 14] }],
    },
    {
      name: "a goal sentence outside an objective section (狙いは…) counts",
      text: "# 打合せメモ\n\n## 議題\n\n今回の提携の狙いは、両社の顧客基盤を活かしたシナジーの創出である。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 33] }],
    },
    {
      name: "a team's goal marker (config `vocabulary`) makes a sentence outside an objective section a goal",
      text: "# 打合せメモ\n\n## 議題\n\n両社の顧客基盤を活かして新市場の開拓を狙う。\n",
      config: { vocabulary: { "goal-marker": { ja: ["を狙う"] } } },
      errors: [{ messageId: "both", range: [4, 0, 4, 22] }],
    },
    {
      name: "pseudo heading 第1条（目的） in a contract-style plan",
      text: "第1条（目的）\n本提携は、両社の技術を融合し、新たな事業機会を模索することを目的とする。\n",
      errors: [{ messageId: "bothVerb", range: [1, 0, 1, 36] }],
    },
    {
      name: "front matter objective field: the finding is on the YAML value",
      text: "---\ntitle: 共同配送計画\nobjective: 両社の連携を深め、物流の効率化を推進する。\n---\n# 共同配送計画\n\n## 背景\n\n配送網が重複している。\n",
      errors: [{ messageId: "bothVerb", range: [2, 11, 2, 32] }],
    },
    {
      name: "pure YAML plan",
      text: "title: 共同配送計画\nobjectives:\n  - 両社の配送網を活かして物流の効率化を推進する\n  - 2027年3月までに共同配送の積載率を85%にする\n",
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "bothVerb", range: [2, 4, 2, 26] }],
    },
  ],
});

testRule(RULE, "English", {
  valid: [
    {
      name: "a capacity written as a hyphenated unit ('a 9,000-pallet hub', 'a 40-tonne-per-year line') with a date is a target and a deadline",
      text: "# Plan\n\n## Objectives\n\n- Build and open a 9,000-pallet cold-storage hub at Tarbert harbour by 31 May 2028.\n- Commission a 40-tonne-per-year recycling line by Q2 2027.\n",
    },
    {
      name: "a naming clause and a reviewer's remark beside a concrete objective are no objectives",
      text: "# Charter\n\n## Name and purpose\n\nThe consortium shall be known as the Harbour Mobility Partnership.\n\nCarry 10,000 passengers a month on the pilot route by March 2028.\n\nReviewer comment: say which measure counts as success.\n",
    },
    {
      name: "a byline (bold names, a middle dot, the reporting period) and a 'Prepared by' line are no section of objectives, whatever word the names hold",
      text: "# Status report\n\n**Penrose Rail Freight / Gantry Vision** · Reporting period: 31 October – 27 November 2026\nPrepared by: J. Whitcombe (project manager) with R. Baptiste (delivery lead)\n",
    },
    {
      name: "an OKR's key-result rows under its objective are KPI rows, not objectives",
      text: "# OKRs\n\n## O1: Make GreenStack the default salad brand by Q4 2026 with 120 stores\n\n| Key result | Target | Score |\n|---|---|---|\n| Stores ranging the SKUs | 120 | 0.6 |\n| On-shelf availability | ≥ 97% | 0.8 |\n",
    },
    {
      name: "the issue's concrete example",
      text: "# Plan\n\n## Goals\n\nLaunch the co-developed product by Q4 FY2027 and reach ¥1bn in revenue.\n",
    },
    {
      name: "a hard-wrapped concrete objective is one statement",
      text: "# Plan\n\n## Objectives\n\nReach $2M in joint revenue from the co-branded range\nby March 2027.\n",
    },
  ],
  invalid: [
    {
      name: "a bold sentence under the title is a tagline, not a heading: the goal after it is judged (purpose forms: 'Our shared goal:', 'Our ambition for … is to')",
      text: "# Ledgerline + Parsimon\n\n**For finance leaders at companies with 200–2,000 employees running Ledgerline ERP.**\n\nOur shared goal: transform your finance team's productivity.\n\nOur ambition for the joint venture is to lead the circular transformation of the market.\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 60] },
        { messageId: "both", range: [6, 0, 6, 88] },
      ],
    },
    {
      name: "a list of aims under 'Why we signed', one measured ('Move 25 clients … by …'): the other aim is a goal",
      text: "# Reseller agreement\n\nWhy we signed\n- Grow our presence in the mid-market with an AI-powered offering.\n- Move 25 retained clients onto Mailcraft licences by 31 August 2027.\n",
      errors: [{ messageId: "bothVerb", range: [3, 2, 3, 66] }],
    },
    {
      name: "a list of aims under a rationale heading, one with its target and deadline: the other aims are goals; a fact in the list is not",
      text: [
        "# Co-selling plan", // 0
        "",
        "## Why we co-sell", // 2
        "",
        "- Resellers bring 40% of our mid-market deals today.", // 4
        "- Grow our joint presence in the mid-market.", // 5
        "- Close 120 new subscriptions through the reseller by 30 June 2027.", // 6
        "",
      ].join("\n"),
      errors: [{ messageId: "both", range: [5, 2, 5, 44] }],
    },

    {
      name: "a lead-in whose last clause only qualifies it ('Programme aims, as restated in July:') announces goals",
      text: "# Review\n\nProgramme aims, as restated by the board in July:\n\n- Contain 30% of billing calls in the voicebot by 31 December 2026.\n- Make us the most customer-friendly supplier in the UK.\n",
      errors: [{ messageId: "both", range: [5, 2, 5, 56] }],
    },
    {
      name: "in a section of objectives and their dashboard, the line labelled as the objective is judged",
      text: "# Minutes\n\n## Objectives and dashboard for 2027\n\n- Objective for 2027: make the network feel more reliable for riders.\n- Raise on-time performance from 79% to 86% by 31 December 2027.\n",
      errors: [{ messageId: "noTarget", range: [4, 2, 4, 69] }],
    },
    {
      name: "roman-numbered CAPS headings outline a report: the items under II. OBJECTIVES are objectives",
      text: "I. BACKGROUND\n\nThe lab has a beamline.\n\nII. OBJECTIVES\n\n1. Advance the understanding of anode degradation.\n2. Build a 1 Ah cell reaching 160 Wh/kg by 30 September 2028.\n",
      errors: [{ messageId: "both", range: [6, 3, 6, 50] }],
    },
    {
      name: "an OKR objective written as its heading is judged: 'O1. Turn members into loyal customers'",
      text: "# OKRs\n\n## O1. Turn Crux members into loyal Fernline customers\n\n## O2. Open six shop-in-shops doing USD 45,000 a month by end of June 2026\n",
      errors: [{ messageId: "both", range: [2, 0, 2, 54] }],
    },
    {
      name: "whoever aims: a goal sentence with another subject than 'we' ('the companies aim to')",
      text: "# Release\n\nThe plant opened in May.\n\nBeyond battery metals, the companies aim to explore additional opportunities in cathode precursors.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 99] }],
    },
    {
      // Lines 7 and 8 are silent: the list of findings is exact.
      name: "reports each vague statement once, on its own range, saying what is missing: no measurable target and/or no deadline",
      text: [
        "# Retail analytics partnership", // 0
        "",
        "## Objectives", // 2
        "",
        "- Leverage each other's strengths to explore new opportunities.", // 4
        "- Roll out the shared loyalty app in 2026.", // 5
        "- Grow basket size by 12%.", // 6
        "- Launch the co-developed product by Q4 FY2027 and reach ¥1bn in revenue.", // 7
        "- Maximise synergies and reach 40,000 app members by March 2027.", // 8
        "",
      ].join("\n"),
      errors: [
        { messageId: "bothVerb", range: [4, 2, 4, 63], contains: ["no measurable target", "no deadline", "leverage"] },
        { messageId: "noTarget", range: [5, 2, 5, 42], contains: ["no measurable target"], excludes: ["no deadline"] },
        { messageId: "noDeadline", range: [6, 2, 6, 26], contains: ["no deadline"], excludes: ["no measurable target"] },
      ],
    },
    {
      name: "a goal sentence in meeting notes counts; a statement of fact in the background does not",
      text: [
        "# Call summary, 14 May",
        "",
        "## Context",
        "",
        "Both companies currently ship to the same 300 stores.",
        "",
        "## Discussion",
        "",
        "Our main goal is to deepen the relationship with the partner's dealers.",
        "",
      ].join("\n"),
      errors: [{ messageId: "bothVerb", range: [8, 0, 8, 71] }],
    },
    {
      name: "**Purpose** bold pseudo heading",
      text: "**Purpose**\nWe want to strengthen our joint presence in Southeast Asia.\n",
      errors: [{ messageId: "bothVerb", range: [1, 0, 1, 59] }],
    },
    {
      name: "pure YAML plan: the finding is on the scalar",
      text: "title: Cold-chain alliance\nobjective: Explore synergies in cold-chain logistics.\nkpis:\n  - name: On-time delivery\n    target: 99%\n",
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "bothVerb", range: [1, 11, 1, 53] }],
    },
  ],
});

// The message quotes the word the reader wrote, whole: a stem in the vocabulary (高め, 連携を深,
// 取り組, strengthen*) runs on to the word's end; a noun before する (推進) is quoted alone.
testRule(RULE, "the quoted verb", {
  valid: [],
  invalid: [
    ["## 目的\n\n両社の連携を深めることを目指す。\n", "目的が「連携を深める」のような曖昧な動詞だけで、数値目標と期限がありません。"],
    ["## 目的\n\n顧客満足度を高めていく。\n", "目的が「高めて」のような曖昧な動詞だけで、数値目標と期限がありません。"],
    ["## 目的\n\n新規事業に取り組んでいく。\n", "目的が「取り組んで」のような曖昧な動詞だけで、数値目標と期限がありません。"],
    ["## 目的\n\n地域の物流網の強化を図りたい。\n", "目的が「強化を図り」のような曖昧な動詞だけで、数値目標と期限がありません。"],
    ["## 目的\n\n新規顧客の開拓を推進する。\n", "目的が「推進」のような曖昧な動詞だけで、数値目標と期限がありません。"],
    [
      "## Objective\n\nStrengthening our joint presence in Asia.\n",
      "Objective rests on a vague verb ('strengthening') with no measurable target and no deadline.",
    ],
  ].map(([text, message]) => ({
    name: message,
    text,
    errors: [{ messageId: "bothVerb", range: [2, 0, 2, text.split("\n")[2].length], message }],
  })),
});

// Batch m, by kind: list and heading structure (a titled bullet heads only its sub-bullets, a
// capitals title with a note or a part's dash), purpose labels and clefts, partner-fit remarks
// on goals, comment anchors, project months, the document's own force.
testRule(RULE, "batch m kinds", {
  valid: [
    {
      name: "whether the parties' goals agree (目的は…で一致している) or not (一致していない) is a remark on partner fit, not a goal, even under 提携の目的",
      text: "# 共同研究の提案\n\n## なぜ組むのか？\n\n両社とも、目的は「電解質シートを量産し、電池メーカーに供給すること」で一致している。\n\n## 提携の目的\n\n- 2030年度までに沿線の定住人口を1.2万人増やす。\n\n両社の目的は必ずしも一致していない。\n",
    },
    {
      name: "goals said to be aligned, or priorities said to differ, are partner-fit remarks, not goals, even under Objectives",
      text: "# Partnership review\n\n## Objectives\n\n- Reach 300 paying firms by 30 September 2026.\n\nOur goals are closely aligned.\n\nTheir priorities differ from ours on pricing.\n",
    },
    {
      name: "a part title in capitals after its letter and a dash (PART C — WHY …, WHAT EACH PARTY DOES) ends the purpose part; a sentence on whether the MOU binds is about the document",
      text: "BOARD PAPER\n\nPART B — PURPOSE\n\nB.1 The Parties will launch the Assistant and reach 300 paying firms by 30 September 2026.\n\nB.2 The MOU is a non-binding step towards a Definitive Agreement.\n\nPART C — WHY SYNTAGM, AND WHAT EACH PARTY DOES\n\nC.1 Brennan brings its content and 45 editors. Syntagm brings its platform.\n",
    },
    {
      name: "a grant work plan's project month (by M30) is a time bound",
      text: "# WP3\n\n### Objectives\n\n- **O3.2** Give duty officers at least 3 hours lead time on 80% of alert-level events by M30.\n",
    },
    {
      name: "a sentence on whether the document binds (法的拘束力) is about the document, not a goal",
      text: "# 覚書の概要\n\n## 目的\n\n- 2027年3月末までに共同開発品を3品目発売する。\n\n本覚書は、秘密保持条項を除き法的拘束力を持たない。\n",
    },
    {
      name: "under a heading that is itself the goal with its target and deadline (a kanban card's title), the card's fields describe it",
      text: "# Board: Rail & Sail\n\n### Goal: 15,000 combined rail+ferry tickets sold by 31 Dec 2026\n- Labels: `goal`\n- Members: Morag Fraser (Northwind), Declan Hughes (Calder)\n- Description: Through-tickets on one booking.\n",
    },
    {
      name: "the same in Japanese: under 目標：… with its figure and deadline, the 担当 and 説明 lines describe the goal",
      text: "# 共同配送ボード\n\n### 目標：2026年12月末までに共同配送の件数を月1,500件にする\n- 担当：山田（当社）、佐藤（先方）\n- 説明：両社の配送便をひとつの予約で手配できるようにする。\n",
    },
  ],
  invalid: [
    {
      name: "a titled bullet (提携の目的：) heads only its sub-bullets: they are judged as objectives, and the plain bullets after it (役割：…, 推進体制：…) are not in its section",
      text: "# 取締役会 議事要旨\n\n## 提案内容\n\n- 相手方：株式会社サンプル物流（本社 福岡市）\n- 提携の目的：\n  - 両社のシナジーの最大化を図る。\n  - 2028年度に共同配送の売上高を年間40億円とする。\n- 役割：当社は幹線輸送、先方は域内配送を担う。\n- 推進体制：提携委員会を四半期ごとに開催する。\n",
      errors: [{ messageId: "bothVerb", range: [6, 4, 6, 19] }],
    },
    {
      name: "a titled bullet (Purpose of the alliance:) heads only its sub-bullets; the plain bullets after it are back in the section the list stands in",
      text: "# Board minutes\n\n## Proposal\n\n- Partner: Sample Freight Ltd (Leeds)\n- Purpose of the alliance:\n  - Maximise synergies across both networks.\n  - Reach £4m of joint delivery revenue in FY2028.\n- Roles: we run the trunk routes, the partner the local rounds.\n- Governance: a steering committee meets every quarter.\n",
      errors: [{ messageId: "bothVerb", range: [6, 4, 6, 44] }],
    },
    {
      name: "a numbered title in capitals with a note in brackets (2. WHERE WE STAND (for internal reading …)) is a heading: the hard-wrapped prose under it is not in the objectives' section",
      text: "SPONSORSHIP PROPOSAL\n\n1. WHAT WE WANT THIS TO ACHIEVE\n\n- To grow the brand's presence among young fans.\n- 3,000 season tickets sold in a bundle in the 2026/27 season.\n\n2. WHERE WE STAND (for internal reading — do not send this section)\n\nWe should be honest with ourselves about where the two sides want different things.\nThe club needs the headline fee to be as high as possible and player time kept to a\nminimum during a season when we are chasing promotion.\n",
      errors: [{ messageId: "both", range: [4, 2, 4, 48] }],
    },
    {
      name: "a purpose label with a note or a qualifier (狙い（暫定）：, 当初の提携目的：) and the cleft 目指しているのは… state a purpose wherever they stand",
      text: "# 提携準備 ToDo\n\n## 前提メモ\n\n- 相手：株式会社サンプル電力\n- 狙い（暫定）：地域の省エネ需要を取り込み、クロスセルを推進する\n\n## 提携の概要（おさらい）\n\n- 当社：区画の提供\n- 当初の提携目的：「来店体験の向上と滞在時間の延長」\n\n## これからのこと\n\nこの取り組みで目指しているのは、醤油を「和食の調味料」という枠から解放することです。\n",
      errors: [
        { messageId: "bothVerb", range: [5, 2, 5, 33] },
        { messageId: "both", range: [10, 2, 10, 27] },
        { messageId: "bothVerb", range: [14, 0, 14, 42] },
      ],
    },
    {
      name: "a north star is a goal by another name; a lead-in asking what the pilot is for announces goals",
      text: "# Sprint retro\n\n### Reminder: what we are here for\n\nSquad north star: be the most trusted motor insurer for photo-based claims.\n\n## Why we are doing this\n\nOur growers spent £1.9m on herbicide last season.\n\nWhat the pilot is for:\n\n- Show that spot-spraying cuts herbicide use on pilot fields by at least 40% over the 2026 season.\n- Position the co-operative as a leader in sustainable growing.\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 75] },
        { messageId: "both", range: [13, 2, 13, 63] },
      ],
    },
    {
      name: "a Google Docs comment anchor after the commented words ([a]) is no placeholder: the objective is judged",
      text: "Alliance Proposal (DRAFT)\n\n1. Summary\n\nWe run 64 clinics.\n\nObjective: transform the clinician experience with generative AI[a]\nObjective: have the scribe live in 40 clinics by 31 December 2027.\n\n[a]Jonah Whitfield: Can we make this one measurable?\n",
      errors: [{ messageId: "both", range: [6, 0, 6, 67] }],
    },
    {
      name: "a comment anchor ([a]) in a Japanese export is no placeholder either: the objective is judged",
      text: "# 提携提案書（ドラフト）\n\n## 目的\n\n- 医師の働き方を生成AIで変革する[a]\n- 2027年12月末までに40施設で導入する。\n",
      errors: [{ messageId: "both", range: [4, 2, 4, 21] }],
    },
    {
      name: "a wish said softly (…広げていけたらと思っています) or politely (…を模索したいです) is a wish",
      text: "# ご提案メール\n\n## 今後について\n\nサブスク型の食洗機サービスを、一緒に広げていけたらと思っています。\n\n来期は、先方のテイクアウト専門業態も含めて、もっと踏み込んだ協業を模索したいです。\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 33] },
        { messageId: "noTarget", range: [6, 0, 6, 41] },
      ],
    },
  ],
});

// A goal said as a forecast, a letter's humble wish, a purpose key inside another element's data.
testRule(RULE, "forecasts, humble wishes and data purposes", {
  valid: [
    {
      name: "people who aim to decide within five days describe how they work, not a goal of the alliance",
      text: "# Proposal\n\n## Working together\n\nA joint working group meets weekly. Anything the group cannot settle goes to the two COOs, who aim to decide within five working days.\n",
    },
    {
      name: "a purpose: key under data: is what the data may be used for, not the alliance's goal",
      text: "title: Joint scoring model\nobjective: Cut review time by 30% by 31 March 2027\ndata:\n  source: borrower records\n  purpose: fine-tuning the regional model\n",
      filePath: "plan.alliance.yaml",
    },
    {
      name: "the same in a Japanese YAML plan: data.purpose is the data's permitted use",
      text: "title: 共同モデル開発\nobjective: 2027年3月末までに審査時間を30%短縮する\ndata:\n  source: 融資先データ\n  purpose: 追加学習及び地域モデルの学習\n",
      filePath: "plan.alliance.yaml",
    },
  ],
  invalid: [
    {
      name: "a goal stated as a forecast on a vague verb (will strengthen, expect the partnership to strengthen) is judged; a role (will support) is not. Japanese states such goals as wishes (see the next case) or as a release's resolve (…図ってまいります, below)",
      text: "# Investor letter\n\nDear shareholders,\n\nThis year we invested in Copperlane.\n\nThe investment will strengthen Copperlane's position in AI-driven claims handling.\n\nOver time, we expect the partnership to strengthen our brand with younger customers.\n\nOur engineers will support the pilot.\n",
      errors: [
        { messageId: "bothVerb", range: [6, 0, 6, 82] },
        { messageId: "bothVerb", range: [8, 0, 8, 84] },
      ],
    },
    {
      name: "a letter's humble wish (…盛り上げていきたいと存じます) is a wish that aspires",
      text: "# ご提案\n\n拝啓　貴社ますますご清栄のこととお慶び申し上げます。\n\n沿線の観光をともに盛り上げていきたいと存じます。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 24] }],
    },
  ],
});

// Batch n's kinds (talk, interviews, quoted mail, releases): what a Japanese plan says in passing
// around its goals, and the goals it states in the forms of talk and of a press release.
testRule(RULE, "Japanese and English: talk, interviews, quoted mail, releases", {
  valid: [
    {
      name: "in talk under a question about targets, saying none are set, agreeing, and giving a reason state no objective",
      text: "# 対談\n\n**――売上の目標は。**\n\n**中山**　実は、数字の目標は特に置いていないんです。\n\n**小池**　私も同じ考えです。数字ばかり追うと、どうしても無理が出ますから。\n",
    },
    {
      name: "the figures to be set later, the reason given alone and the interviewer's question are no objectives",
      text: "# インタビュー\n\n■ 目標について\n\n――数字の目標はあるんですか。\n\n森田　見る指標は、欠品の件数と廃棄額にしようと話しています。具体的な数字はこれから現場と一緒に決めていきます。まずは現場の実感を大事にしたいので。\n",
    },
    {
      name: "a sentence that only announces the goal is judged with the next, which states it with its target and deadline; a view of what has been is no objective",
      text: "# 講演録\n\n## 何を目標にしたか\n\n目標は、最初から数字で一つだけ決めました。2027年3月までに、実車率を38％から45％に上げる。\n\nあれもこれもと欲張らなかったのは、結果的によかったと思っています。\n",
    },
    {
      name: "in a quoted mail, the outline marks (>> ■…) head sections: the steps after the goals are not goals",
      text: "# Re: PoCについて\n\n> 藤井様\n>\n>> ■当社のねらい\n>> 2026年9月末までに、募集開始までの日数を平均6日から2日にしたいと考えています。\n>>\n>> ■進め方\n>> ・データをお渡しする前に、秘密保持契約を締結させてください。\n>> ・PoCで誤差5％以内の物件が8割以上であれば、対象を全域に広げ、本格導入に進みたいと考えています。\n",
    },
    {
      name: "a section on how the parties' goals differ, and a remark that they are compatible, state no objective",
      text: "# 共同研究の構想\n\n## 1. 両者の目的の相違\n\n両者の目的が同一ではないことを明記しておく。大学は成果を速やかに論文として公表することを主たる目的とする。\n\n## 2. 提携先と補完関係\n\n当社は人件費の削減を、先方は物流向け製品の実績づくりを求めており、双方の目的は両立する。\n",
    },
    {
      name: "in English, a section on where the goals differ holds positions, not objectives",
      text: "# Plan\n\n## Where our goals differ\n\nOur goal is to publish the results quickly. Their aim is to keep them confidential until launch.\n",
    },
    {
      name: "a question put to the other side asks for the goal; a phase of the plan bounds a target in time (PoCの段階では), as 'during the pilot' does",
      text: "# 議事録\n\n■ 提携の目的\n\n佐藤：数字にすると、どのあたりを目指しますか。\n\n高木：PoCの段階では、タイル浮きの検知の再現率を85％以上にしたい。\n",
    },
    {
      name: "in a section of the form and the goals, the line labelled with the form is the form's",
      text: "# サマリー\n\n## 3. 提携の形態と目標\n\n- 形態：業務提携（共同開発契約）。資本関係は持たない。\n- 目標：2027年8月末までに、ページ作成時間を45分から15分に短縮する。\n",
    },
    {
      name: "in English, the line labelled Structure: in a section of the deal structure and the goals is the form's",
      text: "# Summary\n\n## Deal structure and goals\n\n- Structure: a business alliance with a co-development agreement, no equity.\n- Goal: cut page production time from 45 to 15 minutes by 31 August 2027.\n",
    },
    {
      name: "a lead-in in words (…目指しているのは、次のようなことです。) announces its items; the date the deal is signed by is a step; a target said not to be set is none",
      text: "# ブログ\n\n## 何を目指しているのか\n\nこの取り組みで私たちが目指しているのは、次のようなことです。\n\n- 2027年3月までに、気象情報の読み上げの70％をAI音声に切り替える。\n\n## 要約\n\n- 2026年3月末までに契約締結、2026年7月サービス開始を目指す\n\n## 目標\n\n実績は半年ごとにまとめているが、支店ごとの目標は特に置いていない。\n",
    },
  ],
  invalid: [
    {
      name: "an interview: the interviewer's prompts (――…教えてください, ――もう少し具体的には) ask for the goal; the answers state it",
      text: "# 社内報\n\n■ 目的は「地域一番の売場」\n\n――このプロジェクトの目的を教えてください。\n\n森田　ひとことで言えば、地域で一番選ばれる売場を目指したい、ということです。\n\n――もう少し具体的には。\n\n森田　もう一つは、売場の作業を減らして、働きやすい職場づくりを進めていきたい。\n",
      errors: [
        { messageId: "both", range: [6, 0, 6, 38] },
        { messageId: "both", range: [10, 0, 10, 39] },
      ],
    },
    {
      name: "in English, the next sentence must set the target by a deadline, not give figures of scale and a year",
      text: "# Call notes\n\n## Why\n\nOur goal is to modernise fraud operations. We have 1.2 million customers and a rules engine from 2014.\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 42] }],
    },
    {
      name: "a release's resolve on a vague verb (…向上を図ってまいります, …推進してまいります) is a goal; a decision put off is not",
      text: "# 資本業務提携に関するお知らせ\n\n## 1. 本提携の理由\n\n当社は、本提携を通じて両社の企業価値の向上を図ってまいります。\nまた、住宅エネルギー分野での協業をさらに推進してまいります。\n\n冷凍惣菜の共同開発については今後検討してまいります。\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 31] },
        { messageId: "bothVerb", range: [5, 0, 5, 30] },
      ],
    },
    {
      name: "a hope said with ～れば (…模索していければと思ってます, …できればと願っております) and a wish closed by a particle and an emoji are wishes",
      text: "# ご提案\n\n県外への展開も視野に入れ、新しい事業の柱を共に模索できればと願っております。\n\n新しい旅行の形を一緒に模索していければと思ってます。\n\n先方との関係、もっと深めていきたいですね🤝\n",
      errors: [
        { messageId: "bothVerb", range: [2, 0, 2, 38] },
        { messageId: "bothVerb", range: [4, 0, 4, 26] },
        { messageId: "bothVerb", range: [6, 0, 6, 22] },
      ],
    },
    {
      name: "goal words: the cleft (…というのが一番の目的なので), ゴールは",
      text: "# 打ち合わせの記録\n\n[00:00:23] 石田\nまず目的のところなんですけど、お客様の旅行体験をもっと良くしていく、というのが一番の目的なので、そこはブレないようにしたいです。\n\n**佐々木** 10:09\n今回のゴールは「サステナブルといえばうち」ってポジションを確立することかなと✨\n",
      errors: [
        { messageId: "both", range: [3, 0, 3, 64] },
        { messageId: "both", range: [6, 0, 6, 39] },
      ],
    },
    {
      name: "in a background list, the aims beside one with its target and deadline (…を目標とする) are goals; the facts are not",
      text: "# 導入方式について\n\n## 1. 検討の背景\n\n- 薬剤師は薬歴記載に1件当たり平均8分をかけている（2025年5月の調査）。\n- いずれの案でも、地域医療への貢献を目指す。\n- あわせて、薬剤師が患者と向き合う時間を増やしていく。\n- 具体的には、2027年度末までに作成時間を平均8分から4分以下に短縮することを目標とする。\n",
      errors: [
        { messageId: "bothVerb", range: [5, 2, 5, 23] },
        { messageId: "both", range: [6, 2, 6, 28] },
      ],
    },
    {
      name: "outside a section of objectives, a wish to consider the alliance and a wish on a pilot's result are steps; a wish on a vague aim is a goal",
      text: "# 検討メモ\n\nこうした状況を受け、地域新電力との連携を検討したい。\n\nPoCで誤差5％以内が8割以上であれば、対象を全域に広げ、本格導入に進みたい。\n\nあわせて、ストック型ビジネスの強化を図りたい。\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 23] }],
    },
    {
      name: "in minutes, a speaker's remarks beside the goals stated in so many words explain them",
      text: "# 議事メモ\n\n■ 2．目的について\n\n山岡：目的としては、問い合わせ対応の高度化を目指したい。\n藤堂：当社はRAGの構築が専門。御社には製品マニュアルと問い合わせログがある。組み合わせればかなりのことができる。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 28] }],
    },
    {
      name: "a sentence on how things stand now (現状は…) is no objective; a project framed on a vague verb (…に資するものである) is",
      text: "# 申請書\n\n## 1. 実証の目的\n\n本実証は、AIによる見守りを通じて地域包括ケアの深化に資するものである。\n\n現状は職員が手作業で巡回しており、ここが一番の負担です。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 36] }],
    },
  ],
});

testRule(RULE, "batch n kinds (English)", {
  valid: [
    {
      name: "a contract's parties intend a step (to enter into an agreement), not a goal",
      text: "# Letter of intent\n\n**1. Form of collaboration.** The Parties intend to enter into a joint development and licence agreement. No equity investment is contemplated.\n",
    },
    {
      name: "one side's aim set beside the other's, in a paragraph that says they pull apart, is partner fit",
      text: "# Negotiation history\n\n## Where the parties' interests differ\n\nThe two companies want different things from the co-development. Lumio's stated aim is to build its own brand in Europe within five years; our aim is a product that we sell under our name.\n",
    },
  ],
  invalid: [
    {
      name: "a transcript's turn opens with its timestamp, which is no template blank: the wish after it is judged",
      text: "# Episode 112\n\n**[00:49] THEO:** What are you two trying to do together?\n\n**[00:53] REENA:** Big picture, we want to reinvent how fresh produce gets ordered in independent grocery.\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 106] }],
    },
    {
      name: "a wish with an adverb or a modal between (we also hope to, we would want to) or for what someone should become is a goal; a period in words (over the two years) is no target",
      text: "# Letter\n\nWe also hope to find ways to bring the lamb into our tasting-room menu.\n\nWe would want to grow volumes steadily over the two years.\n\nWe want Nordcal to be the leading name in maritime hydrogen.\n",
      errors: [
        { messageId: "both", range: [2, 0, 2, 71] },
        { messageId: "noTarget", range: [4, 0, 4, 58] },
        { messageId: "both", range: [6, 0, 6, 60] },
      ],
    },
    {
      name: "what the alliance will do (This alliance will elevate…, positions X to lead, we'll reimagine, expect the program to deepen) is a goal stated as a forecast; 'This alliance' names the alliance, it does not point back",
      text: "# Memo\n\n## Executive summary\n\nThis alliance will elevate the patient experience and position Larkspur as the region's leader in musculoskeletal care.\n\nWe also expect the program to deepen our relationships with referring surgeons over time.\n\n## Looking further ahead\n\nWe're not stopping at delivery. Together we'll reimagine what a bakery delivery can be.\n\n## Why we invested\n\nThis partnership positions Brightwater to lead the electrification of port logistics.\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 119] },
        { messageId: "bothVerb", range: [6, 0, 6, 89] },
        { messageId: "both", range: [10, 32, 10, 87] },
        { messageId: "both", range: [14, 0, 14, 85] },
      ],
    },
  ],
});

testRule(RULE, "batch n kinds (English): tables, excluded lists and titles", {
  valid: [
    {
      name: "the items under 'Non-goals:' in a section of goals are what the plan leaves out, not goals",
      text: "# RFC\n\n## Goals and non-goals\n\n- G1. Panel enabled for 100% of Business workspaces by 2026-09-30.\n\nNon-goals:\n\n- Redlining or suggesting replacement text.\n- Any scoring of documents in the Free tier.\n",
    },
    {
      name: "a section title that gives the deadline ('Goals for v1.0 (planned for March 2026)') bounds its items",
      text: "# Cadence ASR\n\n## Goals for v1.0 (planned for March 2026)\n\n- Welsh: WER below 12% by the v1.0 release (March 2026).\n- Real-time factor under 0.3 on a 4-core laptop CPU for all three models by v1.0.\n",
    },
    {
      name: "a wish to use what is named before (a use right) is no goal",
      text: "# Letter\n\n## What each side brings\n\nVoltyard designs and builds. The heavy-duty design is one we intend to use across all of our terminals, and the agreement gives us the right to do that.\n",
    },
  ],
  invalid: [
    {
      name: "a row of a numbered issues list labelled 'Purpose' states the objective",
      text: '# Issues list\n\n| # | Clause | Our position | Their position | Status |\n|---|---|---|---|---|\n| 1 | Parties | 51% / 49% | agreed | A |\n| 2 | Purpose | "to explore opportunities in low-carbon marine fuels" | agreed wording | A |\n',
      errors: [{ messageId: "bothVerb", range: [5, 0, 5, 92] }],
    },
    {
      name: "the cells of a row-label table are no paragraph: a vague goal beside a concrete one in the next cell is judged (its row's title gives the season)",
      text: "# Our side / their side\n\n| Topic | OUR SIDE | THEIR SIDE |\n|---|---|---|\n| Goal for the 2027 season | Cut the average forecast error from 17% to 9% by harvest 2027. | Grow platform usage across the region. |\n| Deal structure | Data licence. | Joint development. |\n| Data | Used only to train yield models. | Used to train any model. |\n| Intellectual property | Each side keeps its own. | Strata owns the models. |\n",
      errors: [{ messageId: "noTarget", range: [4, 94, 4, 132] }],
    },
    {
      name: "a heading that asks where the plan wants to get to heads its objectives",
      text: "# Reseller plan\n\n## Where we want to get to\n\n- Leverage the power of AI to become our clients' most trusted advisor.\n- Sign 120 clients by 31 March 2027.\n",
      errors: [{ messageId: "bothVerb", range: [4, 2, 4, 71] }],
    },
  ],
});

testRule(RULE, "batch n kinds (English): a targets section in prose", {
  valid: [
    {
      name: "beside a list of indicators, an aim in the KPI section is about them (and defers their benchmarks): missing-kpi's, not an objective",
      text: "# Sponsorship\n\n## Measures\n\n- entrant awareness of Reefguard (post-race survey),\n- social reach of joint posts.\n\nWe'll aim to maximise each of these and agree benchmarks after the first race in May 2027.\n",
    },
  ],
  invalid: [
    {
      name: "a section of targets in prose only, setting none but an aim on a vague verb, states the goal; 'the two companies' counts the parties, it is no target",
      text: "# Notice\n\n## 5. Targets\n\nOver the medium term, the two companies aim to significantly expand sales of jointly developed products.\nProgress will be reviewed at each quarterly Alliance Committee meeting.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 104] }],
    },
  ],
});

testRule(RULE, "batch o kinds (English): purposes with words between, passive purposes, captions, day counts, thanks", {
  valid: [
    {
      name: "a day counted from the start (by Day 60, by Day 90) bounds a 100-day plan's goals",
      text: "# 90-day plan\n\n## Day-90 goals\n\n- Ordering live in 6 stores by Day 60.\n- Cut stock-outs in live stores by 15% against the February baseline by Day 90.\n",
    },
    {
      name: "thanks said as a wish to express them (we would like to express our appreciation), after an opening phrase, is a courtesy",
      text: "# Letter of intent\n\nDear Ms Corran,\n\nAt first, we would like to express our sincere appreciation for your warm welcome at the Leeds plant last month.\n\nOur purpose is to launch a joint range of 12 products by March 2027.\n",
    },
    {
      name: "another party's aim (its long-term aim is to…) is a position to weigh, not the alliance's purpose",
      text: "# Notes\n\n## About the vendor\n\nThe vendor has said its long-term aim is to become the standard engine for every insurer.\n",
    },
  ],
  invalid: [
    {
      name: "a purpose with words between the determiner and the noun (our combined ambition, the single most important objective here, the goal really is to) is stated in so many words, in background too",
      text: "# Proposal\n\n## Why we are writing\n\nThank you for meeting us in March. Our combined ambition is to help the club unlock the full value of its ticketing data.\n\n## Call notes\n\nThe single most important objective here is to grow the partnership with the club over time.\n\nAnd honestly the goal really is to find out what AI can do for our members.\n",
      errors: [
        { messageId: "bothVerb", range: [4, 35, 4, 121] },
        { messageId: "both", range: [8, 0, 8, 92] },
        { messageId: "both", range: [10, 0, 10, 75] },
      ],
    },
    {
      name: "the alliance's purpose said in the passive (is intended to widen) is a goal; what the deal is intended to be is not",
      text: "# Current report\n\nItem 1.01 Entry into a Material Definitive Agreement.\n\nOn March 2, 2026 the Company entered into a Joint Venture Agreement with Harlow Marine plc.\n\nThe partnership is intended to widen the Company's reach in marine coatings.\n\nThe partnership is intended to be non-binding until the definitive agreement is signed.\n",
      errors: [{ messageId: "both", range: [6, 0, 6, 76] }],
    },
    {
      name: "in notes with no headings, a title-like line that names the wants (What we would want…) captions its list: each want is a goal",
      text: "Away-day notes, group B\n\nWhat we would want from a bakery partner (whiteboard)\n- Be the best-loved bakery brand in the county.\n- Sell 3,000 loaves a week through their shops by June 2027.\n- Fewer wasted loaves\n",
      errors: [
        { messageId: "both", range: [3, 2, 3, 47] },
        { messageId: "both", range: [5, 2, 5, 21] },
      ],
    },
  ],
});

testRule(RULE, "batch o kinds (both languages): a bold subtitle under the title heads none of the parts after it", {
  valid: [],
  invalid: [
    {
      name: "English: the aim in a ### part is judged, not read as the data element the bold subtitle above names",
      text: "# Innovation hub application\n\n**Data Protection Office · Innovation stream**\nRef: ______\n\n### Part A — Applicants\n\nTwo firms.\n\n### Part B — The proposal\n\nThe pilot aims to show how open data can make lending fairer.\n",
      errors: [{ messageId: "both", range: [11, 0, 11, 61] }],
    },
    {
      name: "Japanese: the aim in a ### part is judged, not read as the data element the bold subtitle above names",
      text: "# 実証事業 応募書\n\n**データ保護室・イノベーション枠**\n受付番号：______\n\n### A. 応募者\n\n2社。\n\n### B. 提案内容\n\n実証では地域の貸出を公平にすることを目指す。\n",
      errors: [{ messageId: "bothVerb", range: [11, 0, 11, 22] }],
    },
  ],
});

testRule(RULE, "batch o kinds (English): an FAQ's why-question answered by an infinitive of purpose", {
  valid: [
    {
      name: "under a why-question, an answer opening 'To date, …' or 'To be agreed' is no purpose",
      text: "# Working-backwards draft\n\n**Why now?**\nTo date, neither side has had the clinical staff.\n\n**Why this price?**\nTo be agreed with finance.\n",
    },
  ],
  invalid: [
    {
      name: "a why-question (Why are we doing this?) answered by a bare infinitive states the purpose, even where the title reads as background",
      text: "# Working-backwards draft\n\n## Internal FAQ\n\n**Why are we doing this?**\nTo pool each other's know-how and grow our share of home care.\n\n**Why now?**\nTo date, neither side has had the clinical staff.\n\n**What will it cost?**\nTo be agreed with finance.\n",
      errors: [{ messageId: "both", range: [5, 0, 5, 62] }],
    },
  ],
});

testRule(RULE, "batch o kinds (English): a memo's long numbered title and a pointer to another section", {
  valid: [],
  invalid: [
    {
      name: "a numbered outline's line that names the objective and qualifies it (over 40 characters) heads its section; a sentence pointing to the figures in another section is no objective",
      text: "MEMO — VENDOR REVIEW\n\n1. Scope of this review\n\nWe looked at the vendor's pilot and its test calls.\n\n2. Partnership objective as put to us by the sponsor\n\nThe partnership will reshape the claims journey and strengthen loyalty.\n\nThe sponsor's figures are set out in section 6 and we checked against them.\n\n3. System description\n\nA voice agent that takes first notice of loss.\n",
      errors: [{ messageId: "bothVerb", range: [8, 0, 8, 71] }],
    },
  ],
});

testRule(RULE, "batch o kinds (English): a sentence that points back through a preposition", {
  valid: [],
  invalid: [
    {
      name: "in a plain-text plan, the line after the objective that opens by pointing back (At that volume …) and states no goal of its own is no objective; one that points back and still states a wish is",
      filePath: "plan.alliance.txt",
      text: "OVEN & MILL — PLAN\n\n2. OBJECTIVE\n------------\n\nSell 4,000 cakes a week across all 9 shops by 30 November 2026.\nAt that volume the line needs about 2 tonnes of rye flour a week.\nAt this stage we also want to explore a second range with the shops.\n",
      errors: [{ messageId: "bothVerb", range: [7, 0, 7, 68] }],
    },
  ],
});

testRule(RULE, "batch o kinds (Japanese): a speaker's pointer, a lecturer's notes, a purpose owned after a comma", {
  valid: [
    {
      name: "a presenter pointing at the slide (「ここが本日いちばんお伝えしたいところです。」) states no objective; the goal after it is concrete",
      text: "# 説明原稿\n\n## スライド3（提携の目的）\n\nここが本日いちばんお伝えしたいところです。\n目的は、2026年9月末までに、見積書1件あたりの作成時間を平均60分から30分に短縮することです。\n",
    },
    {
      name: "a lecturer's notes (講義メモ（講師用）) comment on the quoted plan's objective; they state none",
      text: "# 研修教材\n\n## 1. 計画書（抜粋）\n\n目的：2027年3月末までに共同出荷量を年1,200トンにする。\n\n## 2. 講義メモ（講師用）\n\n- 目的は、成功したかどうかを誰も判定できない書き方になっている。\n",
    },
    {
      name: "a concrete line under a bracketed purpose label (「（提携の目的）」) is no finding",
      text: "# 重要な契約\n\n## (3) 販売代理店契約\n\n（提携の目的）\n2027年12月末までに現地での販売台数を年300台にするため。\n",
    },
  ],
  invalid: [
    {
      name: "the purpose as a cleft's predicate with whose purpose after a comma (「…ことが、我々の提携の目的だ。」)",
      text: "# 寄稿\n\n## なぜ組んだのか\n\n　地域の物流を守ることが、我々の提携の目的だ。\n",
      errors: [{ messageId: "both", range: [4, 1, 4, 23] }],
    },
    {
      name: "the line under a bracketed purpose label (「（契約締結の目的）」), as a filing lists its contracts, states the purpose",
      text: "# 重要な契約\n\n## (3) 販売代理店契約\n\n（契約締結の目的）\n現地の販売網を活用するため。\n",
      errors: [{ messageId: "both", range: [5, 0, 5, 14] }],
    },
  ],
});

testRule(RULE, "batch p kinds (both languages): a bracketed outline number before the title", {
  valid: [],
  invalid: [
    {
      name: "Japanese: under 【1】目的 (the number in brackets, the title after it) the lines are objectives; 【2】背景 is background",
      text: "【販促計画】\n\n【1】目的\n\n駅前と商店街が組み、週末の人出を取り戻す。\n両者の強みを活かし、地域の活性化を図る。\n\n【2】背景\n\n週末の来街者が減っている。\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 21] },
        { messageId: "bothVerb", range: [5, 0, 5, 20] },
      ],
    },
    {
      name: "Japanese: （１）目的 heads its section as 【1】目的 does",
      text: "# 連携案\n\n（１）目的\n\n両社の販路を活かし、新たな価値を生み出す。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 21] }],
    },
    {
      name: "English: '(1) Objectives' heads its section: the line under it is an objective",
      text: "# Joint promotion plan\n\n(1) Objectives\n\nBring weekend shoppers back to the old high street.\n\n(2) Background\n\nFootfall has fallen since the mall opened.\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 51] }],
    },
  ],
});

testRule(RULE, "batch p kinds (both languages): a paragraph of why beside one-line objectives", {
  valid: [],
  invalid: [
    {
      name: "Japanese: the objectives one a line on vague verbs are judged; the paragraph of several sentences after them explains them",
      text: "# 出資検討メモ\n\n## 3. 出資の狙い\n\n出資を通じて植物性食品の事業機会を模索する。\n両社の強みを活かし、新たな価値創造を推進する。\n\n当社の総菜事業は畜肉の比率が高く、原料高に弱い。先方は成形技術を持つが、量産の工場を持たない。当社の工場がそれを補える。\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 22] },
        { messageId: "bothVerb", range: [5, 0, 5, 23] },
      ],
    },
    {
      name: "English: the objectives one a line on vague verbs are judged; the paragraph of several sentences after them explains them",
      text: "# Investment memo\n\n## 3. Aims of the investment\n\nExplore opportunities in plant-based protein through the stake.\nLeverage both companies' strengths to create new value.\n\nOur ready-meal range depends on meat for most of its sales. The startup has the texture know-how but no factory. Our two plants fill that gap.\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 63] },
        { messageId: "bothVerb", range: [5, 0, 5, 55] },
      ],
    },
  ],
});

testRule(RULE, "batch p kinds (both languages): the paper's verdict, the partner's own aim, the deal's next step", {
  valid: [
    {
      name: "Japanese: the memo's proposed conclusion (「結論としては…としたい」, 「…を推奨する」) is a request about the decision, not a goal",
      text: "# 出資検討メモ\n\n## 要旨\n\n先方から出資の打診があった。結論としては「条件次第で検討を継続」としたい。\n\n当社としては、交渉の継続を推奨する。\n",
    },
    {
      name: "English: the memo's recommendation is no goal",
      text: "# Investment memo\n\n## Summary\n\nThe startup has asked us to join its round. In conclusion, we recommend continuing to explore the deal.\n",
    },
    {
      name: "Japanese: the partner's own aim told as a fact (「先方は…上場を目指しており」) is no objective of the plan",
      text: "# 案件ToDo\n\n## 気になっていること\n\n- 先方は2028年の上場を目指しており、当社の持分が薄まる前提で考える必要あり\n- 提携先としては、海外展開の加速も目指しているようだ\n",
    },
    {
      name: "English: the partner's own aim told as a fact is no objective of the plan",
      text: "# Deal notes\n\n## Open points\n\n- Their goal is a listing in 2028, so our stake will be diluted.\n",
    },
    {
      name: "Japanese: aiming at the deal's next steps (「年内の基本合意、来春の運行開始を目指す」) dates the schedule",
      text: "# 地方紙記事\n\n## 信用金庫と観光バス、周遊券で提携へ\n\n両社は1日、提携に向けた協議を始めると発表した。年内の基本合意、来春の運行開始を目指す。\n",
    },
    {
      name: "English: aiming to sign the MoU dates the schedule",
      text: "# Regional news\n\n## Bank and coach firm to team up on tour passes\n\nThe two firms said on Monday they had begun talks. They aim to sign a memorandum of understanding by December and launch the pass next spring.\n",
    },
  ],
  invalid: [
    {
      name: "Japanese: the partner's aim in the alliance (it speaks of the alliance) is still judged",
      text: "# 案件ToDo\n\n## 気になっていること\n\n- 先方は本提携で販路の拡大を目指している\n",
      errors: [{ messageId: "both", range: [4, 2, 4, 21] }],
    },
  ],
});

testRule(RULE, "batch p kinds (both languages): a further target joined by また / Also shares the deadline before it", {
  valid: [
    {
      name: "Japanese: 「また、…」 after a dated target in the same answer is due by that deadline",
      text: "# 議事録\n\n**○部長** 成果指標としては、登録世帯数を2027年度末までに900世帯とすることを目標としております。\nまた、通報から訪問までの平均時間を、現在の約20時間から5時間以内とすることを目指しております。\n",
    },
    {
      name: "English: 'Also, …' after a dated target in the same paragraph is due by that deadline",
      text: "# Council answer\n\nWe aim to enrol 900 households by March 2028.\nAlso, we want to cut the average time from alert to visit from 20 hours to under 5.\n",
    },
  ],
  invalid: [
    {
      name: "Japanese: a further target in a paragraph of its own, after a blank line, has no deadline",
      text: "# 議事録\n\n**○部長** 登録世帯数を2027年度末までに900世帯とすることを目標としております。\n\nまた、通報から訪問までの平均時間を5時間以内とすることを目指しております。\n",
      errors: [{ messageId: "noDeadline", range: [4, 0, 4, 37] }],
    },
    {
      name: "English: a further target in a paragraph of its own has no deadline",
      text: "# Council answer\n\nWe aim to enrol 900 households by March 2028.\n\nAlso, we want to cut the average time from alert to visit to under 5 hours.\n",
      errors: [{ messageId: "noDeadline", range: [4, 0, 4, 75] }],
    },
  ],
});

testRule(RULE, "batch p kinds (Japanese): a vague verb in its wish form, a wish in a quoted remark's last sentence", {
  valid: [
    {
      name: "a quoted remark of two sentences wishes in its last: a step (掲示で協力したい), whatever the sentence before it in the quote says",
      text: "# 地方紙記事\n\n## 信用金庫と観光バスが提携\n\n県観光課は「地域の観光振興につながる取り組みとして期待している。県としても、駅でのチラシ配布などで協力したい」としている。\n",
    },
  ],
  invalid: [
    {
      name: "a remark's wish on a vague verb in its wish form (「…効率化を図りたい」) is an objective",
      text: "# 案件メモ\n\n## 前提の整理\n\n- 部長コメント：「山あいの配送を置き換えて、配送の効率化を図りたい」\n",
      errors: [{ messageId: "bothVerb", range: [4, 2, 4, 35] }],
    },
  ],
});

testRule(
  RULE,
  "batch p kinds: a named period as the deadline, a pointer to several sections, vision as sight, a purpose label with an aside",
  {
    valid: [
      {
        name: "a target due within the pilot's own period (within the PoC period) has its time bound",
        text: "# PoC report\n\n## What the pilot is for\n\nMore specifically, we want to cut call handling time by 12% and after-call work from 90 to 35 seconds within the PoC period.\n",
      },
      {
        name: "実証期間内に：計画が定める期間は期限",
        text: "# 実証報告\n\n## 実証の目的\n\n実証期間内に、問い合わせ1件あたりの対応時間を12％短縮したい。\n",
      },
      {
        name: "a sentence that points to several numbered sections (set out in sections 4 to 7) under the objectives states no goal",
        text: "# Alliance Board — Terms of Reference\n\n## 2. Purpose and objectives\n\n2.1 The alliance will cut leakage by 15% by March 2028.\n\n2.2 The Board's duties and powers are set out in sections 4 to 7.\n",
      },
      {
        name: "複数の節を指す文（第4節から第7節に定める）は目的ではない",
        text: "# 評議会規程\n\n## 2. 目的\n\n2.1 本評議会は、2027年3月末までに共同配送の積載率を85％に引き上げる。\n\n2.2 評議会の役割と権限は第4節から第7節に定める。\n",
      },
      {
        name: "a title slide's subtitle where vision is a machine's sight (Vision AI that …) is no objective heading",
        text: "# Brightline\n### Vision AI that spots damaged parcels before dispatch\n\nWe find out whether the cameras catch crushed boxes on the night shift.\n",
      },
      {
        name: "マシンビジョン（機械の視覚）の見出しは目的の見出しではない",
        text: "# 会社紹介\n\n## マシンビジョン検査の実証\n\n実証ラインで不良品の見逃しを減らせるか確かめる。\n",
      },
      {
        name: "an aim beside a milestone table that points at its milestones (each of these) is about them",
        text: "# Plan\n\n## Milestones\n\n| Milestone | Target |\n|---|---|\n| Sites live | 40 by June 2027 |\n| Sites live | 90 by June 2028 |\n\nWe aim to improve on each of these as the network grows.\n",
      },
    ],
    invalid: [
      {
        name: "a purpose label with an aside between commas before its colon (The purpose of the alliance, as we put it at the kickoff: …), under a why title",
        text: "# Talk notes\n\n**Slide 3 — why we started.** The purpose of the alliance, as we put it at the kickoff: explore how data can strengthen route planning.\n",
        errors: [{ messageId: "bothVerb", range: [2, 30, 2, 135] }],
      },
      {
        name: "the aims listed under a lead-in that says why (Why it matters to us:) are goals",
        text: "# Investment memo\n\n## 1. Summary\n\nWe propose a 6% stake in Corvid Labs with a paid pilot.\n\nWhy it matters to us:\n\n- Position us at the front of speech analytics and capture synergies.\n- Strengthen our data science bench over time.\n",
        errors: [
          { messageId: "bothVerb", range: [8, 2, 8, 69] },
          { messageId: "bothVerb", range: [9, 2, 9, 46] },
        ],
      },
      {
        name: "an aim on a vague verb that closes a milestone section, not about the milestones, is the alliance's goal",
        text: "# Plan\n\n## Milestones\n\n| Milestone | Target |\n|---|---|\n| Sites live | 40 by June 2027 |\n| Sites live | 90 by June 2028 |\n\nOver time, we aim to deepen the relationship and expand into new regions.\n",
        errors: [{ messageId: "bothVerb", range: [9, 0, 9, 73] }],
      },
      {
        name: "a period's focus as a label (Next quarter focus: …) states the aim for the period",
        text: "# QBR write-up\n\n## Looking ahead\n\n- Next quarter focus: explore joint returns automation with the warehouse team.\n",
        errors: [{ messageId: "noTarget", range: [4, 2, 4, 79] }],
      },
    ],
  },
);

testRule(RULE, "batch p kinds (Japanese): why a deal matters, over a list of aims", {
  valid: [],
  invalid: [
    {
      name: "「なぜ組むのか：」の下に、目指すことを並べた箇条書きは目的",
      text: "# 投資メモ\n\n## 1. 概要\n\nコルビット社に6％出資し、有償の実証を行う。\n\nなぜ組むのか：\n\n- 音声解析の分野で存在感を高めていく。\n- 当社のデータ分析体制の強化を目指す。\n",
      errors: [
        { messageId: "bothVerb", range: [8, 2, 8, 20] },
        { messageId: "bothVerb", range: [9, 2, 9, 20] },
      ],
    },
  ],
});

testRule(RULE, "batch q kinds (both languages): a goal denied, a title that sets the objective aside, notes listed under the objectives", {
  valid: [
    {
      name: "a purpose denied (…を目的とするものではない) states no goal",
      text: "# 計画\n\n## 効果\n\n浮いた2名は配送管理へ移る予定であり、人件費の削減を目的とするものではない。\n",
    },
    {
      name: "a purpose denied (is not intended to…) states no goal",
      text: "# Plan\n\n## Effects\n\nThe freed staff move to dispatch; the pilot is not intended to replace the night shift and we hope to keep everyone.\n",
    },
    {
      name: "a title that denies being goals (（目標ではない）) holds reference figures, not objectives",
      text: "# 計画\n\n## 参考値（目標ではない）\n\n- 先方の社員数 88名、配送車両 31台\n- 前年度の平均配送時間は52分\n",
    },
    {
      name: "a title that denies being goals ((not targets)) holds reference figures, not objectives",
      text: "# Plan\n\n## Reference figures (not targets)\n\n- Partner headcount 88, delivery vans 31\n- Average delivery time last year: 52 minutes\n",
    },
    {
      name: "a title saying the objective is missing from a document (「目的」が書いていない) heads a remark, and a goal quoted there as a bad example is judged, not stated",
      text: "# 講演資料\n\n## 3. 失敗例 ―「目的」が書いていない\n\n「協力して地域の活性化を目指す」では誰も動けない。\n\n- 失敗した案件の共通点：目的がぼんやりしている\n- 弊社の初稿も同じ書き方だった\n",
    },
    {
      name: "a notes list under the objective paragraph (a background label, how things stand) is no objective",
      text: "# 計画\n\n## 目的\n\n2027年度末までに共同開発した把持ハンドを30台販売する。\n\n- 背景メモ：当社の加工技術 × 先方の制御ソフト\n- 当社は制御ソフトが弱い。先方は量産の設備がない。\n",
    },
    {
      name: "a notes list under the objective (a context label, how things stand) is no objective",
      text: "# Plan\n\n## Objective\n\nSell 30 co-developed grippers by March 2028.\n\n- Context: our machining plus their control software\n- Currently we have no control software team.\n",
    },
    {
      name: "a pledge of effort that aims at nothing (社員一同、精一杯取り組んでまいります) closes a speech",
      text: "# ご挨拶\n\n## 社長挨拶\n\n協定の締結を大変光栄に存じます。社員一同、精一杯取り組んでまいります。\n",
    },
  ],
  invalid: [
    {
      name: "a pledge made through the agreement (本協定を通じて…てまいります) is a goal, whatever its verb",
      text: "# ご挨拶\n\n## 市長挨拶\n\n本協定を通じて、防災の面で連携し、子どもたちの通学路を守ってまいります。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 36] }],
    },
    {
      name: "a goal named aloud as the topic (目的ですが、) and an aim held now (…も狙っています) are goals",
      text: "# 説明メモ\n\nでは議案です。提携の目的ですが、両社の強みを活かして販売を伸ばしたい、というのが一番です。\nまた、若い世代での知名度を上げる、ということも狙っています。\n",
      errors: [
        { messageId: "both", range: [2, 7, 2, 45] },
        { messageId: "both", range: [3, 0, 3, 30] },
      ],
    },
  ],
});

testRule(RULE, "batch q kinds (English): aims qualified before their verb, the alliance as the one that aims, a goal asked then answered", {
  valid: [],
  invalid: [
    {
      name: "a goal qualified by whom it is with or the period it is for before its verb (Our aim with …, The goal for next season is to …) is the purpose",
      text: "# Episode notes\n\n**Host:** So what is the partnership for?\n\n**Guest:** Our aim with the co-op is really to open up fair credit for growers in the valley.\n\n**Guest:** The goal for next season is to widen the network and grow our presence in the south.\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 93] },
        { messageId: "noTarget", range: [6, 0, 6, 95] },
      ],
    },
    {
      name: "in an executive summary, the alliance as the one that aims states its purpose; one party's own aim does not",
      text: "# Rural broadband data commons\n\n## Executive summary\n\nFarmers in the valley pay twice for the same soil tests. Two firms propose to pool them.\n\nThe partnership aims to unlock the value of field data across the region.\n\nOrrin aims to expand into Australia next year.\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 73] }],
    },
    {
      name: "a horizon key under the objectives (longer_term:) is no term of the alliance: its vague aim is judged, the concrete ones pass",
      filePath: "plan.alliance.yaml",
      text: "plan:\n  title: Fleet card bundle\nobjectives:\n  primary: Cut fuel cost per km by 6% by March 2027.\n  longer_term: >\n    Explore a joint emissions-reporting service for shippers.\n  short_term: Sign up 300 vans by 30 June 2026.\n",
      errors: [{ messageId: "bothVerb", range: [5, 4, 5, 61] }],
    },
    {
      name: "a goal named as a question and answered by an infinitive on the same line (Our shared goal? To …) is the goal",
      text: "Big day for us!\n\nWe signed a three-year supply deal with a local mill, running to June 2029.\n\nOur shared goal? To lead the region's move to recycled yarn.\n",
      errors: [{ messageId: "both", range: [4, 17, 4, 60] }],
    },
  ],
});

testRule(RULE, "batch q kinds (both languages): a milestone table under a heading of objectives and milestones", {
  valid: [
    {
      name: "the rows of a table whose label column is Milestone are steps of the schedule, not objectives",
      text: "# Licence plan\n\n## 3. Objectives and milestones\n\nFirst commercial sale by 30 June 2027, reaching 20 paying clinics by 31 December 2028.\n\n| Milestone | Due | Evidence |\n|---|---|---|\n| Regulatory filing lodged | 31 Mar 2027 | Receipt |\n| First commercial sale | 30 Jun 2027 | Invoice |\n",
    },
    {
      name: "「マイルストーン」を見出し列とする表の行は工程であり、目的ではない",
      text: "# ライセンス計画\n\n## 3. 目的とマイルストーン\n\n2027年6月末までに初回販売を行い、2028年12月末までに有償契約20施設とする。\n\n| マイルストーン | 期限 | 確認方法 |\n|---|---|---|\n| 薬事申請の提出 | 2027年3月末 | 受領書 |\n| 初回販売 | 2027年6月末 | 請求書 |\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch q kinds (English): notes on the lines above, wishes on ownership, what an attachment sets out, aims added to aims", {
  valid: [
    {
      name: "a schedule that says what it sets out speaks of itself; the concrete objective after it passes",
      text: "# SCHEDULE 4 — SERVICE LEVELS\n\n## 1. Purpose\n\n1.1 This Schedule sets out the service levels for storage and dispatch that the Provider will deliver from the Leeds site.\n\n1.2 The objective of the parties is to reach 99.5% pick accuracy from the go-live date of 1 March 2026.\n",
    },
    {
      name: "a wish for a thing that adds to no goal (We also want a quick answer) is no objective",
      text: "# Note\n\nThe supplier wants a longer contract with us. We also want a quick answer on price.\n",
    },
  ],
  invalid: [
    {
      name: "a note that names the bullets above by their place (The second bullet …; the first …) remarks on them; the vague bullet is still judged",
      text: "# Pilot plan\n\n## 1. Purpose\n\n- Use machine learning to modernise claims handling and strengthen our market position.\n- Cut the average claim cycle from 14 days to 9 days on pilot claims by 30 June 2026.\n\nThe second bullet is the one the pilot will be judged on; the first is kept from the strategy deck for context.\n",
      errors: [{ messageId: "bothVerb", range: [4, 2, 4, 87] }],
    },
    {
      name: "a wish to keep ownership of what is built is a position on a term of the deal, not a goal; the objective before it is judged",
      text: "# Monthly update\n\n**Retail partnership**\n\nOur objective for the partnership is to broaden the rollout and build a lasting relationship.\n\nTheir lawyers want to own every model trained on store images. We'd like to keep ownership of the models and give them a licence for their stores. This is still open.\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 93] }],
    },
    {
      name: "a quoted aim and the wish added to it (We also want …), and the vague item under a lead-in of what we should want from the deal",
      text: "# Memo\n\nTheir lead set out the aims in an email. Quoting it:\n\n> Our aim is to transform home dialysis in the county.\n> We also want a long-term research partnership with the hospital.\n> Your nurses would try each prototype on real visits.\n\nMy own reading of what we should want from it:\n\n- cut clinic visits from 3 to 2 a week per patient by month 18;\n- to strengthen the hospital's research standing in home care.\n",
      errors: [
        { messageId: "both", range: [4, 2, 4, 54] },
        { messageId: "both", range: [5, 0, 5, 66] },
        { messageId: "bothVerb", range: [11, 2, 11, 62] },
      ],
    },
  ],
});

testRule(RULE, "round r kinds (English): aims under a why heading, aims beside a stated goal, inline remarks, a list's period", {
  valid: [
    {
      name: "a numbered list of targets whose first item gives the period: the items after it share it",
      text: "# Proposal\n\n### What we hope to achieve together\n\n1. 5,000 tickets sold in the 2027 festival season.\n2. 30% of members attending at least one workshop.\n3. A visitor rating of 4.6 out of 5 or higher, from the gate survey.\n",
    },
    {
      name: "a Q&A under the heading of the objectives: the answer to a question that challenges the goal explains the goal another answer states",
      text: "# Media Q&A\n\n### What you are aiming for\n\n**Q5. What does success look like?**\nSell 30,000 refill packs through the partner's shops by 31 March 2027.\n\n**Q6. Isn't this just marketing? Refills are hardly new.**\nRefills of soap are common; refills of paint are not. Our partner's sealed pouch is what makes them possible.\n",
    },
    {
      name: "facts listed under a why heading are not phrased as aims",
      text: "# Deck\n\n## Slide 2: Why this partner\n\n- Their depots already cover 12 market towns.\n- Our growers ask for a single delivery slot.\n",
    },
  ],
  invalid: [
    {
      name: "aims listed under a why heading (after its slide label) are goals, without a measured one beside them; the fact is not",
      text: "# Deck\n\n## Slide 3: Why we partner\n\n- Their depots already cover 12 market towns.\n- Leverage synergies between our routes and their depots\n- Grow our presence in the rural market together\n",
      errors: [
        { messageId: "bothVerb", range: [5, 2, 5, 56] },
        { messageId: "bothVerb", range: [6, 2, 6, 48] },
      ],
    },
    {
      name: "an aim opened by when it is for (Longer term, deepen …) in a list beside an item that says it is the aim",
      text: "# Update\n\nWhat we are going for:\n\n- Our aim is to become the default repair brand in rural hardware stores.\n- Longer term, deepen our ties with their buying team and explore new categories.\n",
      errors: [
        { messageId: "bothVerb", range: [4, 2, 4, 73] },
        { messageId: "bothVerb", range: [5, 2, 5, 81] },
      ],
    },
    {
      name: "an objective with a reviewer's remark in brackets after it is judged on its own words, not read as a blank or a remark about the plan",
      text: "# Draft\n\nObjectives\n\n1. Cut the cost per parcel from 4.10 to 3.20 euros by March 2027.\n2. Make every store visit calmer for customers through better scheduling. [Comment (Ana): can we put a number on this? — Lee: the numbers are in the table below.]\n",
      errors: [{ messageId: "both", range: [5, 3, 5, 162] }],
    },
    {
      name: "a translated contract's 'Object' article (the civil-law word for its purpose) holds objectives, one said as 'has for objective to'",
      text: "# Plan of Partnership\n\n## Article 1 — Object of the present plan\n\n1.1 The present plan has for objective to reinforce the renown of the cellar's wines with restaurants.\n\n1.2 The parties will deliver to at least 90 restaurants before 30 June 2027.\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 102] }],
    },
    {
      name: "a vague target in a list whose first item gives the period is still judged",
      text: "# Proposal\n\n### What we hope to achieve together\n\n1. 5,000 tickets sold in the 2027 festival season.\n2. Strengthen the festival's standing with 3 regional sponsors.\n",
      errors: [{ messageId: "noDeadline", range: [5, 3, 5, 63] }],
    },
  ],
});

testRule(RULE, "round r kinds (Japanese): aims under a why heading, inline remarks, a list's period", {
  valid: [
    {
      name: "a Q&A under the heading of the objectives: the answer to a question that challenges the goal explains the goal another answer states",
      text: "# 想定問答\n\n## 目指すこと\n\n**Q1. 何を目指すのですか？**\n2027年3月末までに詰め替えパックを3万個販売する。\n\n**Q2. よくある取り組みではないですか？**\n石けんの詰め替えは珍しくない。塗料の詰め替えは前例がなく、提携先の密封パウチがそれを可能にする。\n",
    },
    {
      name: "a numbered list of targets whose first item gives the period: the items after it share it",
      text: "# 提案書\n\n## 目標\n\n1. 2027年度に会員数を5,000人にする。\n2. 継続率80％以上。\n3. 満足度4.5以上（来場者アンケート）。\n",
    },
  ],
  invalid: [
    {
      name: "aims listed under a why heading are goals; the fact beside them is not",
      text: "# 提案書\n\n## なぜ組むのか\n\n- 当社は県内に12店舗を持つ。\n- 地域の食文化の発信力を高めていく。\n",
      errors: [{ messageId: "bothVerb", range: [5, 2, 5, 19] }],
    },
    {
      name: "an objective with a reviewer's remark in brackets after it is judged on its own words",
      text: "# 企画書\n\n## 目的\n\n- 来店客の満足度をさらに高める。【コメント（田中）：数字は下の表を参照。】\n",
      errors: [{ messageId: "bothVerb", range: [4, 2, 4, 38] }],
    },
  ],
});

// A plain-text form or export whose blocks are separated by dashed rules: CommonMark reads a block
// over a rule as a setext heading, but the rule separates; its attachments and approval route are
// the document's furniture, not objectives.
testRule(RULE, "batch t kinds (both languages): blocks over dashed rules, furniture lists, a boxed reference note, HTML tables", {
  valid: [
    {
      name: "a title framed by rules heads its section; a note boxed by rules and labelled 参考 remarks on the goals, it sets none",
      text: "==========================\n２．目標\n==========================\n\n（１）2028年度末までに、回収した電池パック累計500パックを再生する。\n\n--------------------------\n※参考：定置用蓄電池の市場は年率２割前後で伸びているとされる。\n（業界推計。本計画の数値には織り込んでいない）\n--------------------------\n",
    },
    {
      name: "a title framed by rules heads its section; a note boxed by rules and labelled 'For reference' remarks on the goals, it sets none",
      text: "==========================\n2. OBJECTIVES\n==========================\n\nBy March 2028, refurbish 500 recovered battery packs a year.\n\n--------------------------\nFor reference: the storage market is said to grow about 20% a year.\n(Industry estimate; not built into the figures above.)\n--------------------------\n",
    },
  ],
  invalid: [
    {
      name: "an HTML <table> is plan text: under its <caption> 目的, a vague row is judged, the concrete one is not",
      text: "# みどり商会・あおば食品　共同開発の計画表\n\n両社で冷凍総菜を共同開発する計画です。表は社内のツールから書き出したものです。\n\n<table>\n  <caption>1. 目的</caption>\n  <tr><th>区分</th><th>内容</th></tr>\n  <tr><td>目的（地域）</td><td>両社の強みを活かし、地域の魅力を高める</td></tr>\n  <tr><td>目的（売上）</td><td>2028年3月までに共同商品の売上を1億円にする</td></tr>\n</table>\n\n<table>\n  <caption>2. 契約期間</caption>\n  <tr><th>項目</th><th>内容</th></tr>\n  <tr><td>期間</td><td>2027年4月から3年間</td></tr>\n</table>\n",
      errors: [{ messageId: "bothVerb", range: [7, 10, 7, 44] }],
    },
    {
      name: "an HTML <table> is plan text: under its title row across the table (1. Purpose), a vague row is judged, the concrete one is not",
      text: '# Plan\n\n<table>\n<tr><th colspan="2">1. Purpose</th></tr>\n<tr><td>Aim</td><td>Grow our presence in the region together.</td></tr>\n<tr><td>Target</td><td>Sell 4,000 units by March 2028.</td></tr>\n</table>\n\n<table>\n<tr><th colspan="2">2. Term</th></tr>\n<tr><td>Initial term</td><td>Three years from signature</td></tr>\n</table>\n',
      errors: [{ messageId: "bothVerb", range: [4, 8, 4, 61] }],
    },
    {
      name: "a form's 【…】 block over a dashed rule is text: its vague purpose line is judged, the attachments and approval route listed after it are not",
      text: "申請番号：A-001\n件名：丸山商事との業務提携\n----------------\n【提携内容】\n提携目的：両社のシナジーを最大化する\n提携形態：業務提携\n----------------\n【添付資料】\n1. 提携スキーム.pdf\n2. 契約書案_v2.docx\n----------------\n【承認ルート】\n1. 経営企画部長　承認済\n2. 社長　未着手\n----------------\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 18] }],
    },
    {
      name: "an export's CAPS block over a dashed rule is text: its vague objective line is judged; ATTACHMENTS and APPROVAL ROUTE head furniture, not objectives",
      text: "Request ID: R-7\nRequester: Jo Bell\n------------------\nPURPOSE\nObjective: Grow our presence in the northern market\nSponsor: Finance\n------------------\nATTACHMENTS\n1. deal-structure.pdf\n2. draft-agreement-v3.docx\n------------------\nAPPROVAL ROUTE\n1. Head of Strategy — approved 2026-11-02\n2. Group CFO — pending\n------------------\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 51] }],
    },
  ],
});

testRule(RULE, "residual kinds (both languages): an aim set beyond the dated steps, a relative deadline in hours", {
  valid: [
    {
      name: "a look ahead on a term of the deal (the licence, under its IP section) is no aim of the alliance",
      text: "# 提携計画\n\n## 知的財産\n\n将来的には、ライセンスの対象地域の拡大も検討する。\n\n## IP\n\nLonger term, we may explore widening the licence to other regions.\n",
    },
    {
      name: "a deadline counted in hours from an event (発災後48時間以内, within 48 hours of) bounds the objective; hours alone are an amount",
      text: "# 協定書\n\n## 第1条（目的）\n\nこの協定は、災害の発生後48時間以内に各避難所へ毛布1,000枚を届ける体制を確保することを目的とする。\n\n## Purpose\n\nThe purpose is to deliver 2,000 litres of water to each shelter within 48 hours of a disaster declaration.\n",
    },
  ],
  invalid: [
    {
      name: "a long-term aim on a vague verb (将来的には…模索する) is a goal under the next steps, and in a memo's bulleted line",
      text: "# 連携メモ\n\n## 今後の進め方\n\n- 4月　基本合意書を締結する\n- 将来的には、共同で新しい保険商品の開発も模索する。\n\n・ゆくゆくは県外の産地との連携も視野に入れる。\n",
      errors: [
        { messageId: "bothVerb", range: [5, 2, 5, 27] },
        { messageId: "bothVerb", range: [7, 0, 7, 23] },
      ],
    },
    {
      name: "a long-term aim on a vague verb (Longer term, we would explore …) is a goal under the next steps",
      text: "# Memo\n\n## Next steps\n\n- Sign the MoU in April.\n- Longer term, we would explore a joint insurance product for members.\n",
      errors: [{ messageId: "bothVerb", range: [5, 2, 5, 70] }],
    },
    {
      name: "a speech's pledge to take on a challenge (…の創出に挑戦してまいります) and a wish long held (…していきたいと願ってまいりました) are goals",
      text: "# 記者発表会 進行台本\n\n■ 代表挨拶\n\n私どもは、港町の朝市を、もっと多くの方に楽しんでいただける場にしていきたいと願ってまいりました。\n\n今後は、漁業と観光をつなぐ新しい体験の創出に挑戦してまいります。\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 48] },
        { messageId: "both", range: [6, 0, 6, 32] },
      ],
    },
    {
      name: "minutes numbered 「2　目標（確認）」 with no stop: the vague item under the goals is judged, the concrete one passes",
      text: "打合せ議事録\n\n1　開会\n　部長より挨拶があった。\n\n2　目標（確認）\n　・2027年3月までに加盟店を40店にする。\n　・地域ブランドの価値向上を図る。\n\n3　次回\n　5月に開催する。\n",
      errors: [{ messageId: "bothVerb", range: [7, 1, 7, 17] }],
    },
    {
      name: "the KPI items under a marked title with a long note in brackets (■ KPI（月次：…）) are no objectives; the vague goal above them is",
      text: "■ 目標\n・2027年度に販売数を3万個とする。\n・地域の食文化の発信に寄与する。\n\n■ KPI（月次：販促会議で確認／四半期：両社の役員会へ報告）\n・販売数：月2,500個\n・リピート率：40％以上\n",
      errors: [{ messageId: "bothVerb", range: [2, 0, 2, 16] }],
    },
  ],
});

testRule(RULE, "round r2 kinds (both languages): minutes titles, turn timestamps, labels, scope and form lines, notes, quotes", {
  valid: [
    {
      name: "a line labelled with a term of the deal (提携の形態：…) among the aims, and a drafter's bracketed note (（佐藤注：…）), are no objectives",
      text: "# 提携の検討メモ\n\n## 1. 提携の目的\n\n- 両社の顧客基盤を活かし、2027年度末までに共同販売で売上5億円を達成する\n- 提携の形態：販売代理店契約とするか合弁とするかは交渉の中で決める\n\n（佐藤注：上の1つは社長の言葉をそのまま残しています）\n",
    },
    {
      name: "a line labelled as the scope (Scope: …) or the form (Form: …) beside the objective, and someone's bracketed note, are no objectives",
      text: "# Partnership note\n\n## 1. Scope and objective\n\nScope: a forecasting model for the 300 depots of both partners, to inform route planning.\n\nObjective: cut empty running from 22% to 15% by March 2027.\n\nForm: a joint development agreement, or a joint venture if the pilot succeeds.\n\n(Sam's note: the first line is the CEO's own wording; we will tidy it for the board.)\n",
    },
    {
      name: "a memo label alone (【メモ】) under an article of targets heads a translator's note; a sentence that announces a quote (…は、こう話す。) is a lead-in",
      text: "# 和訳メモ\n\n## 第6条（最低目標）\n\nライセンシーは、2028年3月末までに8,000台を販売する。\n\n【メモ】\n\n(c)の「教室」には民間の塾を含むと先方に確認済み。\n\n## 提携のねらい\n\n担当の課長は、こう話す。\n\n「2027年度中に会員数を2万人にしたい」\n",
    },
    {
      name: "a sentence that announces a quote (… puts it this way.) is a lead-in under the aims, not an aim",
      text: '# Feature\n\n## Aims of the partnership\n\nThe programme lead at Harlow Mills puts it this way.\n\n"We want to reach 5,000 households by June 2027."\n',
    },
  ],
  invalid: [
    {
      name: "under minutes titled by the body that met, an item's reported purpose (as being to …) and a resolution's purpose (enter into the partnership with a view to …) are goals",
      text: "# Minutes of a Meeting of the Steering Committee\n\n## 3. Proposed partnership with Calder Foods\n\nThe Director described the purpose of the partnership as being to broaden the range of both brands.\n\nIt was RESOLVED that the Company enter into the partnership with Calder Foods with a view to strengthening its presence in the south.\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 99] },
        { messageId: "bothVerb", range: [6, 0, 6, 133] },
      ],
    },
    {
      name: "under minutes titled by the body that met (定例会 議事録), an item's reported purpose is a goal",
      text: "# 定例会 議事録\n\n## 2. 北陽食品との業務提携の件\n\n事務局は、提携の目的は両社の販路の相互活用にあると説明した。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 30] }],
    },
    {
      name: "a transcript's bare turn timestamp (00:41 …) is no figure of the goal it opens",
      text: "# Voice note\n\n00:41 So the goal is to grow our name in the region together.\n",
      errors: [{ messageId: "both", range: [2, 0, 2, 61] }],
    },
    {
      name: "a transcript's bare turn timestamp (00:12　…) is no figure, and 目的としては states the purpose",
      text: "# ボイスメモ\n\n00:12　えー、目的としては、地域での認知をもっと上げていくことです。\n",
      errors: [{ messageId: "both", range: [2, 0, 2, 36] }],
    },
    {
      name: "a purpose label qualified by a word (Project aim: …), a further aim (A further aim is to …) and a line under a label ending in its colon are goals in a summary",
      text: "# Data plan\n\n## 1. Project summary\n\nProject aim: to explore how sensor data can improve how we plan repairs.\n\nA further aim is to strengthen the shared analytics skills of both teams.\n\nOur purpose, as the board put it:\nbroaden the reach of both brands\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 72] },
        { messageId: "bothVerb", range: [6, 0, 6, 73] },
        { messageId: "both", range: [9, 0, 9, 32] },
      ],
    },
    {
      name: "a line right under a label that names the purpose and ends with its colon (…の目的（企画書より）：) states it, in a background section",
      text: "# 交渉記録\n\n## 0. これまでの経緯\n\n社内で共有している提携の目的（企画書 p.3 より）：\n販路の拡大を推進する\n",
      errors: [{ messageId: "bothVerb", range: [5, 0, 5, 10] }],
    },
    {
      name: "beside a KPI table, an aim 'at every level' does not point at the indicators: it is the goal",
      text: "# Role profile\n\n## How success will be measured\n\n| Measure | Target |\n|---|---|\n| Joint kits launched | 10 by end FY2027 |\n\nYour objective for the first year: deepen the relationship with the partner at every level.\n",
      errors: [{ messageId: "noTarget", range: [8, 0, 8, 91] }],
    },
    {
      name: "a mission statement (ミッション・ステートメント) heads the objectives; an office's mission (推進室のミッション) lists its duties",
      text: "# 提携の方針\n\n## ミッション・ステートメント\n\n生成AIで顧客体験をトランスフォームし、両社のシナジーをマキシマイズする。\n\n## 4. 推進室のミッション\n\n- 開発スケジュールと予算の一元管理\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 37] }],
    },
    {
      name: "what the parties say they will do together (Together, we will accelerate …), quoted from an announcement, is a goal",
      text: '# Thread\n\nQuote from the announcement: "Together, we will accelerate the future of field service for every crew."\n',
      errors: [{ messageId: "both", range: [2, 0, 2, 103] }],
    },
  ],
});

testRule(RULE, "batch s kinds (Japanese): an undertaking's purport, the alliance's direction in subject-less bullets", {
  valid: [
    {
      name: "the purport of a report (報告の趣旨) is why the paper was written, not the alliance's goal",
      text: "# 中間報告\n\n## 1. 報告の趣旨\n\n本書は、配送共同化の試行の経過を理事会に報告し、今後の進め方を諮るものである。\n",
    },
    {
      name: "a review's sentence that announces the plan's objective quoted next (次の一文, 次のように) is a lead-in, not an objective",
      text: "# 振り返り\n\n## 経緯\n\n- 当時の計画書に書かれた連携の目的は、次の一文だった。\n- 企画書は、目的を次のように掲げていた。\n",
    },
  ],
  invalid: [
    {
      name: "under the purport of the undertaking (事業の趣旨), a slogan on a vague verb is the objective",
      text: "# 共同事業計画\n\n## 1. 事業の趣旨\n\n会員各社の協力を深め、商店街全体のにぎわい創出を図る。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 27] }],
    },
    {
      name: "subject-less bullets under the alliance's direction (提携の方向性) are goals; an arrow's follow-up remark on them is not",
      text: "# 定例会メモ\n\n## 提携の方向性\n\n- 地元食材の発信力を強化\n- 子育て世帯との接点づくりを推進\n- → 山本より「抽象的すぎる」と指摘あり、次回までに見直し\n",
      errors: [
        { messageId: "both", range: [4, 2, 4, 13] },
        { messageId: "bothVerb", range: [5, 2, 5, 17] },
      ],
    },
  ],
});

testRule(RULE, "batch s kinds (English): an arrow's follow-up remark under the goals", {
  valid: [],
  invalid: [
    {
      name: "a bullet opened by an arrow follows up the goal above it, a remark or an action, not a goal",
      text: "# Sync notes\n\n## Goals\n\n- Deepen our ties with local growers\n- → Priya: too abstract, to rework by next meeting\n",
      errors: [{ messageId: "bothVerb", range: [4, 2, 4, 36] }],
    },
  ],
});

testRule(RULE, "round s2 kinds (Japanese): framed titles, goals quoted below a lead-in, remarks on objectives, scope, figures", {
  valid: [
    {
      name: "a reviewer's remark on how the objective is written (測れない, 何を、いつまでに) and a lesson on how to write one are no objectives",
      text: "# 審査講評\n\n## 課題\n\n1. **目標が測れない**：冒頭の目的は共感できますが、何を、いつまでに、どれだけ伸ばすのかを示してください。\n\n## 次回に向けて\n\n1. 目的は、数値・期限つきで書き、相手方とも文書で合意する。\n",
    },
    {
      name: "a section titled by the objective's failing (目的が測れる形になっていなかった) sets the objective aside",
      text: "# 振り返り\n\n## 目的が測れる形になっていなかった\n\n両社で言葉の受け取り方が違い、最後まで同じ方向を向けなかった。\n",
    },
    {
      name: "a lead-in that names the objective as the end its list serves (前条の目的を達成するため) announces the means",
      text: "# 連携協定書\n\n（連携事項）\n第2条　甲及び乙は、前条の目的を達成するため、次に掲げる事項について連携する。\n\n　(1)　見守り活動に関すること。\n",
    },
    {
      name: "a subsection that names the scope (想定している範囲は？) under 目的・範囲 holds the scope, not an objective",
      text: "# ヒアリングシート\n\n## 1. 連携の目的・範囲\n\n**1-1. 当社が目指すこと**\n2027年度中に、配送コストを年間900万円削減する。\n\n**1-2. 想定している連携の範囲は？**\n回答：車両の相互融通、倉庫の共同利用、帳票の統一。\n",
    },
    {
      name: "目標 compounded with the amount it qualifies (目標総額) labels a figure, not the objectives",
      text: "# 出資検討資料\n\n## ファンドの概要\n\n| 項目 | 内容 |\n|---|---|\n| 運用会社 | 北斗キャピタル |\n| 目標総額 | 30億円（地銀2行ほかが参加予定） |\n",
    },
    {
      name: "a sentence saying who set the targets (…で決めたものです) remarks on them, it states none",
      text: "# 事例紹介\n\n## 約束した数字\n\n共同ブランドの目標は、2027年度に売上2億円にすることです。\n\n毎月、両社の担当が集まって数字を確かめます。目標は、契約のときに両社の役員同士で決めたものです。\n",
    },
    {
      name: "a script's stage direction in brackets under the vision is said to no one",
      text: "# 提案トーク台本\n\n## スライド3：私たちのビジョン\n\n2027年度末までに、点検の待ち日数を12日から5日にします。\n\n（ここで一呼吸置く。スライドは読まない）\n",
    },
    {
      name: "the line after the aim that spells it out (具体的には、…で協力します) is judged with it, not as another objective",
      text: "# 想定問答\n\n**Q2．提携の目的は何か。**\nA．2027年度までに、乗継ぎ待ち時間を平均14分から8分にします。\n具体的には、ダイヤの調整、共通乗車券の導入、運転士の育成で協力します。\n",
    },
    {
      name: "prose beside a table of dated targets under the objectives explains them",
      text: "# 最終報告書\n\n## 3. 目標と実績\n\n| 指標 | 目標 | 期限 | 実績 |\n|---|---|---|---|\n| 無人運航の回数 | 300回 | 2025年3月 | 312回 |\n\n進捗は四半期ごとに財団へ報告した。両社の社長への報告が必要になったのは2回だった。\n",
    },
    {
      name: "a date cut by a line break between its year and its month is one date (2026年 / 3月末)",
      text: "# 計画\n\n## 目的\n\n共同配送の比率を20％から35％に、2026年\n3月末までに引き上げる。\n",
    },
  ],
  invalid: [
    {
      name: "a title framed by drawn rules in a plain-text mail heads the objectives under it",
      text: "お知らせ\n\n────────────\n■ 提携のねらい\n────────────\nお客さまの暮らしをもっと快適にすることを目指します。\n地域のパートナーとして、サービスの充実を図ります。\n",
      errors: [
        { messageId: "both", range: [5, 0, 5, 26] },
        { messageId: "bothVerb", range: [6, 0, 6, 25] },
      ],
    },
    {
      name: "the objective quoted below a line that announces it (目的は、次の一文だった / 目的を次のように掲げています) is the goal",
      text: "# 振り返り\n\n## 提携の概要\n\n- 計画書に書かれた提携の目的は、次の一文だった。\n\n> AIで売場を賢くし、競争力の強化を図る\n\n## 提案の概要\n\n提案チームは、目的を次のように掲げています。\n\n「毎日の献立の悩みをなくし、食卓の幸せを最大化する」\n",
      errors: [
        { messageId: "bothVerb", range: [6, 2, 6, 21] },
        { messageId: "bothVerb", range: [12, 0, 12, 26] },
      ],
    },
    {
      name: "a goal quoted and named as the vision (「…」ことを長期的なビジョンとして示している) is an objective",
      text: "# 審査講評\n\n## 提案の概要\n\nまた、提案書の結びでは「町いちばんの相談相手になる」ことを長期的なビジョンとして示しています。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 47] }],
    },
    {
      name: "what a thing is there for (…ためにあります) and the alliance named as the means (本提携を活用して…を図る) state goals",
      text: "# 利用方針\n\n## 1. この方針について\n\n本方針は、職員が生成AIを安全に使い、新しいサービスを探るためにあります。\n\n## 2. 提携について\n\n本提携を活用して、関東圏での販路の拡大を図る。\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 37] },
        { messageId: "bothVerb", range: [8, 0, 8, 23] },
      ],
    },
  ],
});

testRule(RULE, "round s2 kinds (English): remarks on objectives, scope, asides, wrapped dates, purposes said other ways", {
  valid: [
    {
      name: "a reviewer's remark that the aim cannot be measured, and a lesson on how to write objectives, are no objectives",
      text: "# Panel feedback\n\n## Conditions\n\n1. **Aim not measurable:** the opening aim is admirable but cannot be measured as written; say what, by when and how much.\n\n## Lessons\n\n1. Objectives should be written with a number and a date, and agreed in writing with the partner.\n",
    },
    {
      name: "a sentence saying who set the targets remarks on them, it states none",
      text: "# Case study\n\n## The numbers we promised\n\nOur goal is to reach £2m of joint sales in FY2027.\n\nThe targets were agreed by the two boards at signing. We meet on the first Monday of each month.\n",
    },
    {
      name: "a subsection that names the scope under 'Aims and scope' holds the scope, not an objective",
      text: "# Intake sheet\n\n## A. Aims and scope\n\n**A-1. What we want from the partnership**\nCut yard costs by £90,000 a year by March 2027.\n\n**A-2. What scope do you have in mind?**\nAnswer: priority leasing, a shared yard, and joint design of a guard rail.\n",
    },
    {
      name: "a script's stage direction in brackets under the vision is said to no one",
      text: "# Pitch script\n\n## Slide 3: our vision\n\nCut unplanned downtime by 30% within 18 months of the pilot start.\n\n*(pause; don't read the slide)*\n",
    },
    {
      name: "a sentence hard-wrapped after 'so that' runs on into the next line, though it starts with a name",
      text: "# Consent policy\n\n## 1. Purpose\n\nThe clinics send anonymised scans to Corvale Ltd so that\nCorvale can train its model. This policy sets out how we ask patients.\n\nOur objective is to collect consented scans from 20,000 patients by 31 December 2026.\n",
    },
    {
      name: "a date cut by a line break between its day and its month is one date",
      text: "# Update\n\n## Objectives\n\n(a) To cut post-harvest losses from 31% to not more than 12% by 31st\n    December, 2026.\n",
    },
    {
      name: "prose beside a table of dated targets under the objectives explains them",
      text: "# Final report\n\n## 3. Objectives and results\n\n| Measure | Target | Due | Result |\n|---|---|---|---|\n| Zero-emission crossings | 300 crossings | 31 Mar 2025 | 312 |\n\nProgress was reported to the Fund quarterly. Escalation to the directors was needed twice.\n",
    },
    {
      name: "the line after the aim that spells it out (Specifically, we will cooperate on…) is judged with it, not as another objective",
      text: "# Q&A\n\n**Q2. What is the partnership for?**\nA. Cut the average transfer wait from 14 to 8 minutes by March 2027.\nSpecifically, we will cooperate on timetables, a shared ticket and driver training.\n",
    },
  ],
  invalid: [
    {
      name: "aims as a pseudo-cleft ('What we want from this is simple: to …') and said where they are written ('A further aim stated in the bid is to …') are goals",
      text: "# Briefing\n\nWhat we want from this is simple: to widen our reach in the north and grow alongside Hale.\n\nA further aim stated in the joint bid is to raise the county's profile in rail supply.\n",
      errors: [
        { messageId: "both", range: [2, 0, 2, 90] },
        { messageId: "both", range: [4, 0, 4, 86] },
      ],
    },
    {
      name: "the count of the parties ('the two parents') is no target of the objective",
      text: "# JV review\n\n## Objectives for 2027\n\n- Deepen the ties between the two parents and share know-how.\n",
      errors: [{ messageId: "noTarget", range: [4, 2, 4, 61] }],
    },
    {
      name: "purposes said other ways: 'exists to', 'use this partnership to', 'is also to', the parties' goal, 'remains to'",
      text: "# Letter\n\n## 1. Why this policy exists\n\nThis charter exists to help both teams share a roadmap.\n\n## 2. Our partnership\n\nWe will use this partnership to strengthen our name in garden tools.\n\nOur ambition with the bakery is also to explore new ways of selling bread.\n\nThe parties' joint aim is to open a second depot in the north.\n\nThe purpose of the collaboration remains to explore what sensors can do for orchards.\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 55] },
        { messageId: "bothVerb", range: [8, 0, 8, 68] },
        { messageId: "bothVerb", range: [10, 0, 10, 74] },
        { messageId: "both", range: [12, 0, 12, 62] },
        { messageId: "bothVerb", range: [14, 0, 14, 85] },
      ],
    },
    {
      name: "a heading asking what the venture, by its name, is for heads its objectives",
      text: '# Shareholders\' agreement: key points\n\n## What Hartwell is for (clause 2)\n\nThe business of the company is "to make heat pumps and to explore opportunities in district heating".\n',
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 101] }],
    },
    {
      name: "forecasts on a vague verb after 'help someone' or 'seek to' are goals",
      text: "# Proposal\n\n## Why\n\nThe tie-up should help the grocer explore shorter supply chains.\n\n## Discussion\n\nFuture work will seek to deepen the collaboration with growers.\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 64] },
        { messageId: "bothVerb", range: [8, 0, 8, 63] },
      ],
    },
    {
      name: "a goal named as the vision after the quote ('sets out … as its long-term vision') and one quoted below its lead-in are objectives",
      text: '# Panel review\n\n## The proposal\n\nThe proposal sets out "be the town\'s first stop for repairs" as its long-term vision.\n\nThe team states its aim as follows:\n\n"Take the worry out of what to cook every night."\n',
      errors: [
        { messageId: "both", range: [4, 0, 4, 85] },
        { messageId: "both", range: [8, 0, 8, 49] },
      ],
    },
    {
      name: "a title framed by drawn rules in a plain-text mail heads the objectives under it",
      text: "Notice\n\n════════════\n■ Our aims\n════════════\nWe want to make our customers' homes more comfortable.\n",
      errors: [{ messageId: "both", range: [5, 0, 5, 54] }],
    },
  ],
});

testRule(RULE, "round w0 kinds (both languages): the paper's own purpose", {
  valid: [
    {
      name: "a heading that names the memo's own purpose heads what the memo is for (to record, to ask), not the alliance's goal",
      text: "# Memo\n\n## 1. Purpose of this memo\n\nBoth teams had read the clause differently. None of it has become a dispute. This note sets down the shared reading.\n\n## 2. Objective\n\nReach 4,000 subscribers through the partner by 31 March 2028.\n",
    },
    {
      name: "本資料の目的 heads what the paper is for, not the alliance's goal",
      text: "# 付議資料\n\n## 1. 本資料の目的\n\n提携の進め方について、役員会の方針を固めたい。\n\n## 2. 提携の目的\n\n2028年3月末までに共同商品の売上を5億円にする。\n",
    },
  ],
  invalid: [
    {
      name: "the purpose of the agreement is still the alliance's",
      text: "# Agreement\n\n## 1. Purpose of this Agreement\n\nThe parties will work together to deepen their ties in the region.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 66] }],
    },
  ],
});

testRule(RULE, "round w0 kinds (English): a phrase between the aim and its verb, a stage named by its number", {
  valid: [],
  invalid: [
    {
      name: "the speaker's words set between the aim and its verb (The aim, as X put it, is to …) still state the aim",
      text: "# Staff letter\n\nThe aim, as our chair put it, is to widen our reach among small growers.\n",
      errors: [{ messageId: "both", range: [2, 0, 2, 72] }],
    },
    {
      name: "what the aim is for set between (Our goal for year two is to …); year two counts nothing",
      text: "# Blog\n\n## Next\n\nOur goal for year two is to keep deepening the partnership with the clinics.\n",
      errors: [{ messageId: "noTarget", range: [4, 0, 4, 76] }],
    },
  ],
});

testRule(RULE, "round w0 kinds (English): a memo's bold run-in title that opens with a wh-word titles the list under it", {
  valid: [],
  invalid: [
    {
      name: "**What we hope the partnership will achieve.** alone on its line is a title, not a tagline: its bullets are the aims",
      text: "**To:** Board\n\n**Background.** We sell 40,000 kits a year through our own shops.\n\n**What we hope the partnership will achieve.**\n\n- Become the first name in home brewing kits.\n- Explore new kinds of kit with the partner.\n\n**Roles.** They brew; we sell.\n",
      errors: [
        { messageId: "bothVerb", range: [6, 2, 6, 45] },
        { messageId: "bothVerb", range: [7, 2, 7, 44] },
      ],
    },
  ],
});

testRule(RULE, "round w0 kinds (both languages): a line labelled as the objective, its note in brackets, outside a section of objectives", {
  valid: [
    {
      name: "a label that names the KPIs is not the objective's",
      text: "# Notes\n\n## Context\n\nTarget (draft): to be set after the pilot.\n",
    },
  ],
  invalid: [
    {
      name: "Objective (from the signed letter): … under a context heading states the objective",
      text: "# Call notes\n\n## 0. Context\n\nThe letter was signed in May.\n\nObjective (from the signed letter): help our stores sell more with data.\n",
      errors: [{ messageId: "both", range: [6, 0, 6, 72] }],
    },
    {
      name: "Agreed objective (draft): … in a dated meeting entry of a log states the objective",
      text: "# Account log\n\n**2026-05-02 | Meeting | J. Doe**\nWorkshop at their plant.\nAgreed objective (draft): leverage both brands to grow in outdoor wear.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 71] }],
    },
    {
      name: "提携の目的（案）：… under 背景 states the objective",
      text: "# 打合せメモ\n\n## 背景\n\n昨年から共同配送を試行している。\n\n提携の目的（案）：地域の物流を効率化する。\n",
      errors: [{ messageId: "both", range: [6, 0, 6, 21] }],
    },
  ],
});

testRule(RULE, "a plan's sheet pasted as comma-separated text, keyed by section and item (English)", {
  valid: [
    {
      name: "a dated, measured objective row of the sheet is concrete",
      filePath: "plan.alliance.txt",
      text: "Deal sheet\n\nsection,item,value,notes\nsummary,partner,Kestrel Kilns,\nsummary,objective,Sell 900 m2 of tiles a month by 2027-03-31,board paper\nkpi,tiles sold,900 m2 a month,reviewed monthly\nip,glaze_recipes,owned by Kestrel,\n",
    },
  ],
  invalid: [
    {
      name: "the objective row's value is the objective; its partner and KPI rows are not",
      filePath: "plan.alliance.txt",
      text: "Deal sheet\n\nsection,item,value,notes\nsummary,partner,Kestrel Kilns,\nsummary,objective,Deepen our ties with the specialist tile trade,board paper\nkpi,tiles sold,900 m2 a month,reviewed monthly\nip,glaze_recipes,owned by Kestrel,\n",
      errors: [{ messageId: "bothVerb", range: [4, 18, 4, 76] }],
    },
  ],
});

testRule(RULE, "a plan's sheet pasted as comma-separated text, keyed by 区分 and 項目 (Japanese)", {
  valid: [],
  invalid: [
    {
      name: "the 目的 row's value is the objective; its partner and KPI rows are not",
      filePath: "plan.alliance.txt",
      text: "提携条件シート\n\n区分,項目,値,備考\n概要,相手先,ミナト窯業,\n概要,目的,窯元との関係を強化していく,役員会資料\nKPI,販売枚数,月1万枚,月次\n知財,釉薬レシピ,ミナト窯業に帰属,\n",
      errors: [{ messageId: "bothVerb", range: [4, 6, 4, 25] }],
    },
  ],
});

testRule(RULE, "batch v/u/t kinds (Japanese): the alliance named as the means of a vague aim", {
  valid: [
    {
      name: "what the alliance brought, told in the past (…を図った), is no aim",
      text: "# 振り返り\n\n## 経緯\n\n本提携により、昨年度は配送業務の効率化を図った。\n",
    },
  ],
  invalid: [
    {
      name: "「本提携により、…を図る。」 in plain form, outside any section of objectives, is the goal",
      text: "# 稟議書\n\n## 1. 申請内容\n\n港北物流と業務提携し、倉庫の共同利用を2027年4月から始めたい。\n\n本提携により、物流拠点の共同化を推進し、配送業務の効率化を図る。\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 32] }],
    },
    {
      name: "a release's 「このパートナーシップを通じて、…を切り拓きます。」 rests on a vague verb too",
      text: "# お知らせ\n\n両社は本日、業務提携契約を締結しました。\n\nこのパートナーシップを通じて、地方発のブランドに新たな販路を切り拓きます。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 37] }],
    },
  ],
});

testRule(RULE, "batch v/u/t kinds (English): the alliance named as the means of a vague aim", {
  valid: [
    {
      name: "what the alliance brought, told in the past, is no aim",
      text: "# Review\n\n## History\n\nThrough this partnership, we strengthened our delivery network last year.\n",
    },
  ],
  invalid: [
    {
      name: "'Through this partnership, … will open up / strengthen …' is the goal",
      text: "# Announcement\n\nThe two firms signed a partnership agreement today.\n\nThrough this partnership, the two companies will strengthen their presence in regional retail.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 94] }],
    },
  ],
});

testRule(RULE, "batch v/u/t kinds (Japanese): a goal reported as someone's quoted words", {
  valid: [
    {
      name: "a vague phrase named (「…」という言葉) to criticise it, or a quotation taken as what (「…」として), states no goal",
      text: "# 所感\n\n## 1. 報告書について\n\n報告書には「連携を深め、共に成長を目指す」という言葉が何度も出てくるが、中身の説明は少ない。\n\n当社は本件を「地域の拠点づくりを目指す取組」として位置づける。\n",
    },
  ],
  invalid: [
    {
      name: "a wish quoted and reported (「…」とのこと, 「…」と話した, 「…」とのあいさつがあった) is the goal the speaker states",
      text: "# 会報\n\n## 編集後記\n\n提携の話を店主に聞くと、「この商店街に人が集まる場所をもっと増やしていきたい」とのこと。\n先方の社長は「うちの味をもっと広めていけたら」と話していました。\n\n## 閉会\n\n最後に理事長より、「地域の皆さまとの共存共栄を目指してまいりたい」とのあいさつがあった。\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 44] },
        { messageId: "both", range: [5, 0, 5, 32] },
        { messageId: "both", range: [9, 0, 9, 44] },
      ],
    },
    {
      name: "an article's 「提携の狙いについて、両社は「…」としている」 states the goal in the parties' words",
      text: "# 業界ニュース\n\n両社は6日、資本業務提携を発表した。\n\n提携の狙いについて、両社は発表資料の中で「地域の水産加工の付加価値向上を推進する」としている。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 47] }],
    },
  ],
});

testRule(RULE, "batch v/u/t kinds (both languages): a reviewer's section on how the objectives are written", {
  valid: [
    {
      name: "under 「(1) 目標の書き方について」, the reviewer's wish that the wording be fixed is no objective",
      text: "# 評価メモ\n\n## 4. 所感\n\n**(1) 目標の書き方について**\n報告書には抽象的な言葉が多いが、契約上の目標は数値と期限が明確である。報告書の文言を契約に合わせて書き直すよう求めたい。\n",
    },
    {
      name: "under '(1) How the objectives are written', the reviewer's request is no objective",
      text: "# Review memo\n\n## 4. Observations\n\n**(1) How the objectives are written**\nThe board papers keep using loose words. We would like the team to rewrite them to match the contract.\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch w kinds (Japanese): quoted goals, remarks, typed bullets, wishes in talk, wrapped figures", {
  valid: [
    {
      name: "a dated target hard-wrapped before its figure (…平均時間を / 5.5時間から…) is one sentence, and concrete",
      text: "# 社内メモ\n\n## 目的\n\n2028年3月末までに、配送依頼の60%をアプリで受け付け、受付から出荷までの平均時間を\n5.5時間から2時間に短縮する。\n",
    },
    {
      name: "a remark the minutes report (…との意見あり, 「…残したい」との話がありました) is no objective, even beside the objective",
      text: "# 定例会 議事録\n\n## 1. 提携の目的（再確認）\n\n2027年度末までに共同配送の利用店舗を40店にする。\n\n坂口課長より、店舗への説明が遅れると協力が得にくいとの意見あり。\n\n社長からは「地域の店は残したい」との話がありました。\n",
    },
    {
      name: "a kind of objective named to be judged (言葉だけの目的は…, 抽象的な目標では…) is a remark, not an objective",
      text: "# 提携の手引き\n\n## 目的の書き方\n\n「連携強化」「価値共創」といった言葉だけの目的は、現場の判断基準にならない。\n\n抽象的な目標では、誰も優先順位を決められない。\n",
    },
    {
      name: "a quotation cited as written is a goal only when it states one: words named as examples (「…」といった言葉) and a term of the deal are not",
      text: "# 寄稿\n\n## はじめに\n\n「観光振興」「交流促進」といった言葉は、計画書に何度も書かれてきました。\n\n協定書には「成果物の権利は町に帰属する」とある。\n",
    },
    {
      name: "a sentence that forms the alliance for want of something (…満たさないため、共同企業体を組む) says why, beside the dated objective",
      text: "# 共同企業体 結成計画\n\n## 2. 結成の目的\n\n2027年3月の開札で本件を落札し、2029年3月末までに全12か所の改修を完了する。\n\n当社だけでは通信設備の施工実績が参加資格を満たさないため、地元の電設会社と共同企業体を組む。\n",
    },
  ],
  invalid: [
    {
      name: "a goal quoted as the agreement's wording (「…」とあった, 「…」とも書かれている) is the alliance's goal, in a column's prose",
      text: "# 町の話題\n\n### 朝の便\n\n協定書を見せてもらうと、「両者は『住み続けられる町』を目指し、連携を深める」とあった。\n「空き家ゼロの実現を図る」とも書かれている。\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 43] },
        { messageId: "bothVerb", range: [5, 0, 5, 22] },
      ],
    },
    {
      name: "minutes that confirm the objective by quoting it (目的を「…」と確認した) state it, whatever their tense",
      text: "# 定例会 議事録\n\n## 2. 提携の目的の確認\n\n改めて本提携の目的を「地域医療の連携を推進すること」と確認した。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 32] }],
    },
    {
      name: "a wish said in talk with the explaining ん／のです (…提携にしたいんです) is a goal like any wish",
      text: "# ピッチ原稿\n\n御社とのシナジーを最大化して、港町の物流を変える提携にしたいんです。\n",
      errors: [{ messageId: "bothVerb", range: [2, 0, 2, 34] }],
    },
    {
      name: "a heading that names the aims as a wish (当社として目指したいこと) heads objectives",
      text: "# ご連絡\n\n## 当社として目指したいこと\n\n秋の催事あたりで何か一緒にできないか、部内で模索しているところです。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 34] }],
    },
    {
      name: "a label (・ねらい：) over bullets typed as text names every one of them, not the first alone",
      text: "# 社内通信\n\n・ねらい：\n\u3000- 2028年度までに蓄電池の搭載率を70%にする。\n\u3000- 提携を通じて両社の企業価値の向上を図る。\n",
      errors: [{ messageId: "bothVerb", range: [4, 1, 4, 23] }],
    },
  ],
});

testRule(RULE, "batch w kinds (English): remarks on a kind of objective, typed bullets under a label", {
  valid: [
    {
      name: "a kind of objective named to be judged (Vague goals give…) is a remark, not an objective",
      text: "# Partnering guide\n\n## Writing the objective\n\nVague goals give the team nothing to decide by.\n",
    },
  ],
  invalid: [
    {
      name: "a label (Aims:) over bullets typed as text names every one of them, not the first alone",
      text: "# Staff note\n\nAims:\n\u2022 Reach 500 members by March 2027.\n\u2022 Deepen our ties with local growers.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 37] }],
    },
  ],
});

testRule(RULE, "batch w kinds: a budget's use of funds, a checklist's questions (English)", {
  valid: [
    {
      name: "the rows of a table under a heading that says what the money is for are costs, not aims",
      text: "# Funding request\n\n## Objective\n\nOpen 3 shared depots by 30 June 2027.\n\n## What the money is for\n\n| Line | Ours | Theirs |\n|---|---|---|\n| Joint trade fair stand | £20,000 | £10,000 |\n| Shared signage for the depots | £8,000 | £4,000 |\n",
    },
    {
      name: "a self-assessment checklist's yes/no questions under a purpose heading are checks, not objectives",
      text: "# Readiness check\n\n## Part A — Purpose and fit\n\n| # | Item | Answer | Comment |\n|---|---|---|---|\n| A1 | Is the scope of the deal written down? | Yes | See the term sheet. |\n| A2 | Do we know what the partner contributes? | Partial | Their tooling; ours is not listed yet. |\n| A3 | Are the two sides' aims compatible? | Yes | Both want volume. |\n",
    },
  ],
  invalid: [
    {
      name: "an open question in a table under a purpose heading is answered by the goal in its row",
      text: "# Partner FAQ\n\n## Purpose\n\n| Question | Answer |\n|---|---|\n| What will the partnership do? | Deepen our ties with regional growers. |\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 74] }],
    },
  ],
});

testRule(RULE, "batch w kinds: a checklist's questions (Japanese)", {
  valid: [
    {
      name: "a self-assessment checklist's yes/no questions under a purpose heading are checks, not objectives",
      text: "# 提携準備チェックシート\n\n## A. 目的と適合性\n\n| No | 確認項目 | 回答 | 根拠 |\n|---|---|---|---|\n| A1 | 提携の範囲は文書化されていますか？ | はい | 条件書を参照。 |\n| A2 | 相手先の役割は明確ですか？ | 一部 | 当社側は未記載。 |\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch w kinds: aims named with a period, a modifier or a label (English)", {
  valid: [
    {
      name: "a period named by a number word (year two) is no target",
      text: "# Review\n\n## Next year's objectives\n\n1. Answer 60% of enquiries online by 31 March 2027.\n",
    },
  ],
  invalid: [
    {
      name: "an aim for year two, on a vague verb, has a period but no target",
      text: "# Review\n\n## Next year's objectives\n\n1. Answer 60% of enquiries online by 31 March 2027.\n2. Our aim for year two is to strengthen trust among residents.\n",
      errors: [{ messageId: "noTarget", range: [5, 3, 5, 63] }],
    },
    {
      name: "the aim qualified by what it is of (would be), by going forward, or said to be simple before its infinitive is a goal",
      text: "# Visit notes\n\n## Options we discussed\n\nThe aim of a partnership would be to widen our reach in the north.\n\n## Looking ahead\n\nSo the objective going forward is really to deepen the relationship.\n\n## Why we work together\n\nOur shared goal is simple: to inspire young engineers.\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 66] },
        { messageId: "bothVerb", range: [8, 0, 8, 68] },
        { messageId: "both", range: [12, 0, 12, 54] },
      ],
    },
    {
      name: "a wish set as the label of its line (What we're hoping for: …) states the goal",
      text: "Hi Sam,\n\nThanks for the call.\n\nWhat we're hoping for: to leverage their data to make our courses feel more personal.\n\nBest,\nKim\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 85] }],
    },
  ],
});

testRule(RULE, "batch x kinds: context in polite form, a meeting's own goals, a thing's purpose set as a limit (Japanese)", {
  valid: [
    {
      name: "under the goal of the meeting itself (今日のゴール), its ground rules and agenda are no objectives",
      text: "# 企画会議メモ\n\n## 冒頭：今日のゴール\n\n- 案は質より数を出す。\n- 最後に2案まで絞る。\n",
    },
    {
      name: "a bullet labelled with a target (締結目標：…) and a report's header row giving the purpose of a visit are no objectives",
      text: "# 出張報告\n\n| | |\n|---|---|\n| 出張先 | 株式会社ミドリ計測 |\n| 目的 | 共同開発に関する協議、先方工場の視察 |\n\n## 概要\n\n- 相手先：株式会社ミドリ計測\n- 締結目標：2026年4月\n",
    },
    {
      name: "a thing's purpose set against what it is not or is not used for (…を目的とするものであり、…には用いない) limits it",
      text: "# 協定書\n\n## 第6条（計測データの取扱い）\n\n1. 計測データは漁場環境の把握を目的とするものであり、漁業権の判断には用いない。\n\n## 第7条（出資）\n\n出資は共同研究の円滑な遂行を目的とするもので、純投資ではない。\n",
    },
  ],
  invalid: [
    {
      name: "in a section of the purpose and its reasons, the situation told in polite form (…しております, …有しています) is context; the aim beside it is the goal",
      text: "# お知らせ\n\n## 1．提携の目的及び理由\n\n当社は、地域の醸造所として地酒の製造を行ってまいりましたが、需要の減少により厳しい状況が続いております。\n一方、相手先は全国に120の販売拠点を有しています。\n本提携を通じて、両社の販路を相互に活用し、当社の収益基盤の強化を図ってまいります。\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 41] }],
    },
    {
      name: "under the goal of the meeting itself, an item that says it is the alliance's purpose is one",
      text: "# 企画会議メモ\n\n## 今日のゴール\n\n- 最後に2案まで絞る。\n- この連携の目的は、商店街の活性化を図ること\n",
      errors: [{ messageId: "bothVerb", range: [5, 2, 5, 23] }],
    },
    {
      name: "a numbered term sheet's row labelled with the purpose's name alone (目的) states the objective in its other cell",
      text: "# タームシート（案）\n\n| # | 項目 | 条件 |\n|---|---|---|\n| 1 | 目的 | 物流分野での共同事業を推進し、両社の成長を図る。 |\n| 2 | 当初目的の達成度 | 評価中 |\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 37] }],
    },
    {
      name: "a wish told as a view (…創っていければ、と考えています) is still the goal, not context in polite form",
      text: "# 提案\n\n## 狙い\n\n両社の技術を合わせて新しい価値を創っていければ、と考えています。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 32] }],
    },
    {
      name: "the replacement demand for equipment (更新需要) is no renewal of the term: the aim beside it is a goal",
      text: "# 商談記録\n\n## 当社ゴール\n\n地方の病院向け医療機器の更新需要で存在感を高めることを目指す\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 30] }],
    },
    {
      name: "bullets of an overview labelled as each side's purpose (先方目的：…, 当社目的：…) state objectives",
      text: "# 商談記録\n\n## 概要\n\n- 相手先：北浜リネン株式会社\n- 先方目的：客室の快適性向上\n- 当社目的：業務用寝具の販路の強化を図る\n",
      errors: [
        { messageId: "both", range: [5, 2, 5, 15] },
        { messageId: "bothVerb", range: [6, 2, 6, 21] },
      ],
    },
  ],
});

testRule(RULE, "batch x2 kinds (Japanese): the plan named as the frame of an aim, a feeling of a wish shared with the partner", {
  valid: [
    {
      name: "the plan as the subject of a remark on the paper (本計画は、…に付議する) is still no objective",
      text: "# 計画\n\n## ねらい\n\n本計画は、来月の経営会議に付議する。\n",
    },
    {
      name: "a feeling of the speaker's own firm alone (業界の変革をリードしていきたいという思い) is its ambition, not the alliance's",
      text: "# 説明会\n\n当社としては、業界全体の変革をリードしていきたいという思いは持っております。\n",
    },
  ],
  invalid: [
    {
      name: "under a heading of aims, the plan named as the frame (本計画では、…を実現する) states the parties' aim",
      text: "# 計画\n\n## ねらい\n\n両社はそれぞれ倉庫網と顧客基盤を持っている。\n本計画では、両社で共同の予約システムを構築し、持続可能な倉庫運営を実現する。\n",
      errors: [{ messageId: "both", range: [5, 0, 5, 38] }],
    },
    {
      name: "a wish to do something with the partner, named as the speaker's feeling (…していきたい、という思いがあります), is a goal",
      text: "# 朝礼\n\n皆さん、おはようございます。\n\n私としては、港の組合さんと一緒に、朝市をもっと賑やかにしていきたい、という思いがあります。\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 45] }],
    },
  ],
});

testRule(RULE, "batch x2 kinds (both languages): one event due by a date is measured by its deadline", {
  valid: [
    {
      name: "a launch and a completion due by their dates (までに) need no figure",
      text: "# 計画\n\n## 目的\n\n- 2027年9月末までに、契約書レビュー支援ツールの有償版を提供開始する。\n- 2030年3月31日までに、物流拠点の統合を完了する。\n",
    },
    {
      name: "a launch due by a date (by) needs no figure",
      text: "# Plan\n\n## Objectives\n\n- Launch the paid tier of the booking app by 30 September 2027.\n- Complete the merger of the two depots by 31 March 2030.\n",
    },
  ],
  invalid: [
    {
      name: "a launch set loosely in a season (2027年春に), with no deadline word, is not measured",
      text: "# 計画\n\n## 目的\n\n- 新しい洗顔シリーズを2027年春に発売する\n",
      errors: [{ messageId: "noTarget", range: [4, 2, 4, 23] }],
    },
    {
      name: "a launch set loosely in a season (in spring 2027), with no deadline word, is not measured",
      text: "# Plan\n\n## Objectives\n\n- Launch the new travel range in spring 2027.\n",
      errors: [{ messageId: "noTarget", range: [4, 2, 4, 45] }],
    },
  ],
});

testRule(RULE, "batch x2 kinds (Japanese): in the background, the purpose a past step was taken for is history", {
  valid: [
    {
      name: "the purpose a deal was agreed for, told in the past in the background (…を目的として…に合意した), states no goal",
      text: "# 計画\n\n## 経緯\n\n両社は2010年から部品の取引関係にある。2024年、両社は供給の安定化を目的として業務提携に合意した。\n",
    },
  ],
  invalid: [
    {
      name: "the same purpose in the present (…を目的として…を結ぶ) is the goal",
      text: "# 計画\n\n## 経緯\n\n両社は2010年から部品の取引関係にある。両社は供給の安定化を目的として業務提携を結ぶ。\n",
      errors: [{ messageId: "both", range: [4, 21, 4, 44] }],
    },
    {
      name: "a goal quoted in a past report in the background (目的は「…広げること」だと話していました) is still a goal",
      text: "# 報告\n\n## 背景\n\n担当部長は、この提携の目的は「職人の技を世界に広げること」だと話していました。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 39] }],
    },
  ],
});

testRule(RULE, "batch x kinds: a meeting's own goals, a thing's purpose set as a limit, labelled bullets (English)", {
  valid: [
    {
      name: "under the goal of the meeting itself (Goals for today), its ground rules and agenda are no objectives",
      text: "# Workshop notes\n\n## Goals for today\n\n- Generate as many ideas as we can.\n- Shortlist two by the end.\n",
    },
    {
      name: "a thing's purpose set against what it will not be used for limits it",
      text: "# Agreement\n\n## 2. Aims\n\nThe survey data is intended solely for planning the harvest and will not be used to settle boundaries.\n",
    },
  ],
  invalid: [
    {
      name: "under the goal of the meeting itself, an item that says it is the partnership's goal is one",
      text: "# Workshop notes\n\n## Goals for today\n\n- Shortlist two ideas by the end.\n- The goal of the partnership is to enhance our station retail.\n",
      errors: [{ messageId: "bothVerb", range: [5, 2, 5, 63] }],
    },
    {
      name: "bullets of an overview labelled as each side's objective state objectives",
      text: "# Call record\n\n## Overview\n\n- Counterparty: Northbank Linen Ltd\n- Their objective: better guest comfort\n- Our objective: strengthen our channel to hotels\n",
      errors: [
        { messageId: "both", range: [5, 2, 5, 39] },
        { messageId: "bothVerb", range: [6, 2, 6, 49] },
      ],
    },
  ],
});

testRule(RULE, "batch x kinds (English): aims qualified by their holder, their standing or what they are of, in background prose", {
  valid: [
    {
      name: "a remark that opens with 'the point is that', the other side's aim and a paper's own purpose are not goals",
      text: "# Board note\n\n## Context\n\nThe point is that nobody owns the route data today.\n\nThis paper's purpose is to seek approval for the second phase.\n",
    },
  ],
  invalid: [
    {
      name: "the holder's ambition, a hope qualified and quoted, the point, and the purpose of the alliance as it should be",
      text: '# Brief\n\n**Why do this at all?**\n\nThe bakery\'s ambition is to become the name for sourdough in the valley.\nDay to day, the point is to free the night shift from manual proofing.\n\n## Background\n\nThe current hope is "fresher loaves, fewer returns".\n\nIn our view the purpose of the alliance should be to widen our reach among cafés.\n',
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 72] },
        { messageId: "both", range: [5, 0, 5, 70] },
        { messageId: "both", range: [9, 0, 9, 52] },
        { messageId: "both", range: [11, 0, 11, 81] },
      ],
    },
  ],
});

testRule(RULE, "batch x kinds (English): the alliance expected to do something, whatever the verb", {
  valid: [
    {
      name: "when the deal is expected to close or how long it runs is its schedule, not a goal",
      text: "# Summary\n\n## Background\n\nWe expect the agreement to close in May.\nWe expect the partnership to run for three years.\n",
    },
  ],
  invalid: [
    {
      name: "the board expecting the partnership to modernise a function states a goal as a forecast",
      text: "# Summary\n\n## Background\n\nThe board also expects the partnership to modernise how we price cover over time.\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 81] }],
    },
  ],
});

testRule(RULE, "batch x kinds (both languages): a slide divider under the objectives says nothing", {
  valid: [
    {
      name: "English: '--- Slide 5 ---' after the list of aims",
      text: "# Deck\n\n# What the alliance is for\n- Raise on-time departures to 92% by March 2027\n\n--- Slide 5 ---\n# Who does what\n- Ops leads the pilot\n",
    },
    {
      name: "Japanese: 「--- スライド5 ---」 after the list of aims",
      text: "# 資料\n\n## 提携の目的\n\n- 2027年3月までに定時運航率を92％にする\n\n--- スライド5 ---\n\n## 役割分担\n\n- 運航部が実証を主導する\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch x kinds (English): a deal paper by its initials, a standing target met every month", {
  valid: [
    {
      name: "aiming to sign the HoT (heads of terms) is a step of the schedule",
      text: "# Notes\n\n## 9. Other business\n\n- Next meeting: 3 June. Aim to sign HoT by end of June.\n",
    },
    {
      name: "a goals table whose By column says every month bounds a standing target",
      text: "# Plan\n\n## Goals\n\n| Goal | Measure | By |\n|---|---|---|\n| Service | on-time pickup ≥ 97% | every month |\n| Cost | cost per drop from £40 to £33 | FY2026/27 |\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch u/w kinds (English): a zero target, a quoted infinitive of aim, a note's arrow label over a sub-list of its own", {
  valid: [
    {
      name: "zero of a counted thing, with its period, is a measurable target",
      text: "# Plan\n\n## Objectives\n\n- Open 12 shared lockers by 30 June 2027.\n- Zero lost parcels at the shared lockers in FY2026/27.\n",
    },
  ],
  invalid: [
    {
      name: "the alliance said to aim at a quoted infinitive, as a column cites a release, states a goal",
      text: '# Column\n\nAccording to the release, the alliance aims "to bring repairs closer to home".\n',
      errors: [{ messageId: "both", range: [2, 0, 2, 78] }],
    },
    {
      name: "handwritten notes: 'goal -> …' is a goal; the sub-list under the bullet's later paragraph ('option (Sam's):') and the bullet after are not",
      text: "# Visit notes\n\n- them: orchard co-op, 40 growers, selling mostly to one packer\n - aim: work more closely with the co-op over the long run\n- goal -> grow the Orchard Reserve label together\n\n  option (Sam's):\n    - first call on the late apples for our cider\n    - a joint label, their fruit, our press\n - no equity either way - co-op firm on that\n",
      errors: [
        { messageId: "both", range: [3, 3, 3, 58] },
        { messageId: "both", range: [4, 2, 6, 17] },
      ],
    },
  ],
});

testRule(RULE, "batch w/v kinds (English): a joint vision said with 'can' or 'are going to', a sentence opened by 'This year'", {
  valid: [
    {
      name: "English: 'This year' opening a concrete goal is no pointer back, and the goal is judged as concrete",
      text: "# Letter\n\n## Our aims\n\nThis year, with Harbour Bikes, we will add 40 docking stations by 30 September 2026.\n",
    },
  ],
  invalid: [
    {
      name: "English: a forecast of what the alliance will reimagine, opened by 'This year', points at no sentence before: a goal beside 'Our goal is …'",
      text: "# Letter\n\n## What we want this year\n\nThis year, together with Harbour Bikes, we will reimagine how commuters cross the city.\nOur goal is to make cycling the city's easiest commute.\n",
      errors: [
        { messageId: "noTarget", range: [4, 0, 4, 87] },
        { messageId: "both", range: [5, 0, 5, 55] },
      ],
    },
    {
      name: "English: a pitch's 'Together we can build …' and a speech's 'Together we are going to transform …' state goals",
      text: "# Pitch\n\nYou have the stores and we have the models.\n\nTogether we can build the most reliable cold chain in the north.\n\nTogether we are going to transform how growers get advice.\n",
      errors: [
        { messageId: "both", range: [4, 0, 4, 64] },
        { messageId: "both", range: [6, 0, 6, 58] },
      ],
    },
  ],
});

testRule(RULE, "batch y kinds (both languages): a term's purpose in a licence summary, a label whose value is a date alone", {
  valid: [
    {
      name: "Japanese: 利用目的 in a licence summary is what the licensed content may be used for",
      text: "# 契約要旨\n\n## 1. 許諾の範囲\n\n- 許諾対象：当社の過去記事のテキスト\n- 利用目的：先方の検索サービスで記事の抜粋を表示すること。\n",
    },
    {
      name: "English: a permitted purpose in a licence summary is what the licensed content may be used for",
      text: "# Licence summary\n\n## 1. Scope of the licence\n\n- Licensed content: our back catalogue of recipes\n- Permitted purpose: showing short extracts in the partner's cooking app.\n",
    },
    {
      name: "Japanese: 開業目標 whose value is a month alone is a milestone",
      text: "# 出店のご提案\n\n## 2. 想定物件\n\n- 候補：駅前ビル1階（約40坪）\n- 開業目標：2027年4月（予定）\n",
    },
    {
      name: "English: a target opening whose value is a month alone is a milestone",
      text: "# Joint store proposal\n\n## 2. The site\n\n- Candidate: ground floor of the station building\n- Target opening: April 2027\n",
    },
  ],
  invalid: [
    {
      name: "a labelled goal with a date and a vague verb is still an objective",
      text: "# 出店のご提案\n\n## 1. ねらい\n\n- 目標：2027年4月までに地域での存在感を高める\n",
      errors: [{ messageId: "noTarget", range: [4, 2, 4, 26] }],
    },
  ],
});

testRule(RULE, "batch y kinds (English): the deal, or a change to it, said to be meant for or to let the parties do a vague aim", {
  valid: [
    {
      name: "an agreement meant to set out its terms states its scope, not an aim",
      text: "# Announcement\n\n**Rationale**\n\nThis Agreement is intended to set out the terms of the licence.\n",
    },
  ],
  invalid: [
    {
      name: "an agreement said to be intended to strengthen something, under a rationale, states a goal",
      text: "# Announcement\n\n**Rationale**\n\nThe Agreement is intended to strengthen the Group's licensing income from its archive.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 86] }],
    },
    {
      name: "a change to the deal said to let us unlock something, in a list of why, states a goal",
      text: "# Note\n\n## Why we would do it\n\n- The new structure should allow us to unlock savings across the depots.\n- Reach 90% van fill across the depots by 31 March 2028.\n",
      errors: [{ messageId: "bothVerb", range: [4, 2, 4, 72] }],
    },
  ],
});

testRule(RULE, "batch y kinds (both languages): the alliance as the topic of its aim, a purpose named then quoted", {
  valid: [],
  invalid: [
    {
      name: "Japanese: the alliance as the topic of what it aimed at when it began (本提携は…を目指して始まりました), in background",
      text: "# 推薦書\n\n## 1. 取り組みの概要\n\n当チームは昨年から先方と組み、窓口にAIを導入しました。\n\n本提携は、AIの活用によって窓口の応対品質の向上を目指して始まりました。\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 36] }],
    },
    {
      name: "English: the alliance as the subject of its aim (This partnership aims to …), in background",
      text: "# Nomination\n\n## 1. Background\n\nThe team brought AI into the help desk last year.\n\nThis partnership aims to deepen the quality of our help-desk answers.\n",
      errors: [{ messageId: "bothVerb", range: [6, 0, 6, 69] }],
    },
    {
      name: "Japanese: a purpose named, then quoted (提携の目的として、「…」ことも掲げています), among the terms of the deal",
      text: "# 推薦書\n\n## 4. 提携の枠組み\n\n- 契約期間は3年間です。\n- 提携の目的として、「AIを通じて窓口の働き方改革を推進する」ことも掲げています。\n",
      errors: [{ messageId: "bothVerb", range: [5, 2, 5, 42] }],
    },
    {
      name: "English: a quoted aim named as the purpose ('…' as its purpose)",
      text: '# Nomination\n\n## 4. How the alliance works\n\n- The contract runs for three years.\n- The agreement also sets out "to modernise how the help desk works" as its purpose.\n',
      errors: [{ messageId: "both", range: [5, 2, 5, 84] }],
    },
  ],
});

testRule(
  RULE,
  "batch y kinds (both languages): a minute that the objective was restated, a decision rule under a heading of aims and governance",
  {
    valid: [
      {
        name: "Japanese: 「部長より、実証の目的を改めて共有。」 announces the objective quoted below",
        text: "# 議事録\n\n## 3. 実証の目的（確認）\n\n部長より、実証の目的を改めて共有。\n「12月末までに窓口への問い合わせの30％をアバターで一次対応する」。\n",
      },
      {
        name: "English: 'Dana restated the objective of the pilot.' announces the objective quoted below",
        text: '# Minutes\n\n## 3. Pilot objective (recap)\n\nDana restated the objective of the pilot.\n"Handle 30% of desk enquiries with the avatar by 31 December 2026."\n',
      },
      {
        name: "Japanese: how a deadlock is broken, under a heading of aims and governance",
        text: "# 社内説明\n\n## 目的と運営体制\n\n改定後の契約に、2027年度に売上45億円とする目標を明記しています。\n\n株主協議会で合意できない事項は、両社社長の協議で決めます。\n",
      },
      {
        name: "English: how a deadlock is broken, under a heading of aims and governance",
        text: "# Internal note\n\n## Aims and governance\n\nThe revised agreement sets revenue of £45m in FY2027 as the target.\n\nAnything the board cannot agree goes to the two CEOs, whose decision is final.\n",
      },
    ],
    invalid: [],
  },
);

testRule(RULE, "batch y kinds (both languages): an aim added to the goal on the line before", {
  valid: [
    {
      name: "Japanese: a line opened by また that adds a fact, not an aim",
      text: "# 報告メモ\n\n■ 最初に言うこと\n・ねらいは、共同開発品を2027年度に売上5億円にすること。\n・また、契約は今年3月。\n",
    },
  ],
  invalid: [
    {
      name: "Japanese: 「・あわせて「…」」 after the line that states the aim adds another",
      text: "# 報告メモ\n\n■ 最初に言うこと\n・ねらいは、共同開発品を2027年度に売上5億円にすること。\n・あわせて「先方との関係を一段深め、店頭での存在感を高める」。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 31] }],
    },
    {
      name: "English: 'We also want …' after the sentence that states the aim adds another",
      text: "# Briefing\n\nOur aim is to sell 5,000 units of the joint range in FY2027. We also want a long-term partnership with the chain.\n",
      errors: [{ messageId: "both", range: [2, 61, 2, 113] }],
    },
  ],
});

testRule(RULE, "batch y kinds (both languages): a line labelled as the plan's big idea or direction", {
  valid: [
    {
      name: "English: a big-picture label over a report of figures is a summary",
      text: "# Talking points\n\n## Opener\n\n- Big picture: volumes are up 12% on last year.\n",
    },
  ],
  invalid: [
    {
      name: "English: 'Big idea: …' phrased as an aim states the goal",
      text: "# Contest entry\n\n## 2. The idea\n\nBig idea: partner with a voice start-up and explore voice as a new channel.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 75] }],
    },
    {
      name: "Japanese: 「大きな方向性：…」 phrased as an aim states the goal",
      text: "# 報告メモ\n\n## 今後\n\n- 大きな方向性：先方との連携を深めていく。\n",
      errors: [{ messageId: "bothVerb", range: [4, 2, 4, 22] }],
    },
  ],
});

testRule(RULE, "batch z kinds: a labelled objective after its clause number", {
  valid: [
    {
      name: "a clause-numbered label that is not the objective ('1.4 Recommendation: …') states no goal",
      text: "# Partners' paper\n\n1. Summary\n\n1.4 Recommendation: approve in principle, subject to the checks in section 5.\n",
    },
  ],
  invalid: [
    {
      name: "'1.2 Objective: to build a good relationship …': the label after its clause number names the objective",
      text: "# Partners' paper\n\n1. Summary\n\n1.2 Objective: to build a good relationship and leverage each other's clients.\n\n1.3 Secondary aim: grow our presence in the north.\n",
      errors: [
        { messageId: "bothVerb", range: [4, 0, 4, 78] },
        { messageId: "bothVerb", range: [6, 0, 6, 50] },
      ],
    },
    {
      name: "「1.2 目的：…」：節番号のあとのラベルが目的を示す",
      text: "# 付議資料\n\n1. 概要\n\n1.2 目的：両社の顧客基盤を活かし、関係を深める。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 26] }],
    },
  ],
});

testRule(RULE, "batch z kinds: a goal stated as the writer's strategy", {
  valid: [
    {
      name: "a strategy of one term ('Our exit strategy is to sell the stake') is that term, not the goal",
      text: "# Board note\n\nOur exit strategy is to sell the stake back to the partner after five years.\n",
    },
  ],
  invalid: [
    {
      name: "'Our strategy is to leverage our platform … to become a leader': the writer's strategy states its goal",
      text: "# Business\n\n6.2 OUR STRATEGY\n\nOur strategy is to leverage our platform and partners to become a leader in lab automation.\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 91] }],
    },
    {
      name: "「当社の戦略は、…」：自社の戦略として述べた目的",
      text: "# 事業の内容\n\n## 当社の戦略\n\n当社の戦略は、提携先との連携を深め、地域物流の中核を担うことです。\n",
      errors: [{ messageId: "bothVerb", range: [4, 0, 4, 33] }],
    },
  ],
});

testRule(RULE, "batch z kinds: a sentence hard-wrapped over lines is prose beside the stated objective", {
  valid: [
    {
      name: "a sentence wrapped over two lines after 'Form: …', under the objective with its target and date, explains it",
      text: "# Board report\n\n## 2. Alliance objective\n\nCut claim triage time from 3 days to 1 day by 31 March 2027.\n\nForm: a licence with Lumo (no equity on either side).\nLumo runs the models on its platform; our handlers make every\ndecision on a claim.\n",
    },
    {
      name: "「形態：…」のあとで行をまたいで折り返した文は、数値目標と期限のある目的の説明",
      text: "# 取締役会報告\n\n## 2. 提携の目的\n\n2027年3月末までに査定時間を3日から1日に短縮する。\n\n形態：ルーモ社とのライセンス契約（出資なし）。\nルーモ社が自社基盤でモデルを運用し、当社の担当者が\nすべての判定を行う。\n",
    },
  ],
  invalid: [
    {
      name: "a sentence on a line of its own, not wrapped, after a line break is still one of the section's goals",
      text: "# Board report\n\n## 2. Alliance objective\n\nCut claim triage time from 3 days to 1 day by 31 March 2027.\n\nForm: a licence with Lumo (no equity on either side).\nMake the service trusted by every claims handler.\n",
      errors: [{ messageId: "both", range: [7, 0, 7, 49] }],
    },
  ],
});

testRule(RULE, "batch z kinds (both languages): a quiz put to the reader, a title that asks for the purpose, numbered purpose labels", {
  valid: [
    {
      name: "Japanese: a quiz's numbered questions to the reader (…目標はいくらですか？) ask about the target, they set none",
      text: "# 研修資料\n\n## 確認クイズ\n\n1. 共同売場の価格は誰が決めていますか？\n2. 2027年度の共同売場の売上目標はいくらですか？\n",
    },
    {
      name: "English: a quiz's numbered questions to the reader ask about the target, they set none",
      text: "# Training pack\n\n## Quick quiz\n\n1. Who sets the prices on the shared shelf?\n2. What is the FY2027 sales target for the shared shelf?\n",
    },
  ],
  invalid: [
    {
      name: "Japanese: under a question title that asks why and for the purpose (なぜ…？ 目的は？), the answer states the goal",
      text: "# 社内Q&A\n\n**Q3. なぜ今回の提携を進めるのですか？ 目的は？**\n\nA. 地域の食文化の新たな可能性を模索することです。\n",
      errors: [{ messageId: "bothVerb", range: [4, 3, 4, 26] }],
    },
    {
      name: "English: under a question title that asks why and for the aim, the answer states the goal",
      text: "# Staff FAQ\n\n**Q3. Why are we doing this? What is the aim?**\n\nA. We want to explore new ways to bring local food to the city.\n",
      errors: [{ messageId: "bothVerb", range: [4, 3, 4, 63] }],
    },
    {
      name: "Japanese: purpose labels numbered after their name (目的①：, 目的(2)：) label objectives",
      text: "# 提案書の要旨\n\n## 要旨\n\n- 提携先：北浜製作所\n- 提案の目的①：新しい保守サービスの形を模索する。\n- 提案の目的(2)：既存顧客との関係強化を図る。\n",
      errors: [
        { messageId: "bothVerb", range: [5, 2, 5, 26] },
        { messageId: "bothVerb", range: [6, 2, 6, 25] },
      ],
    },
    {
      name: "English: aim labels numbered after their name (Aim 1:, Aim (2):) label objectives",
      text: "# Proposal summary\n\n## Summary\n\n- Partner: Northfield Works\n- Aim 1: explore a new form of maintenance service.\n- Aim (2): strengthen ties with existing customers.\n",
      errors: [
        { messageId: "bothVerb", range: [5, 2, 5, 51] },
        { messageId: "bothVerb", range: [6, 2, 6, 51] },
      ],
    },
  ],
});

testRule(RULE, "batch z kinds (both languages): a prohibition that names an act by its purpose sets no goal", {
  valid: [
    {
      name: "Japanese: 「…を目的とする行為を行ってはならない」, 「…を目的として…しないものとする」 forbid, they aim at nothing",
      text: "# 契約書\n\n## 第5条（受領者の義務）\n\n1. 乙は、提供データに含まれる個人の特定を目的とする行為を行ってはならない。\n2. 乙は、第三者への販売を目的として提供データを複製しないものとする。\n",
    },
    {
      name: "English: 'shall not … whose purpose is to …' forbids, it aims at nothing",
      text: "# Agreement\n\n## Article 5 (Recipient's duties)\n\n1. The Recipient shall not carry out any act whose purpose is to identify individuals in the data.\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch z kinds (both languages): a target named as the topic whose value is a date alone", {
  valid: [
    {
      name: "Japanese: 「クロージング目標は2026年9月末。」 says when a step is due, as 「締結目標：9月末」 does",
      text: "# 検討メモ\n\n## その他\n\n- 財務DD：外部アドバイザーに依頼済み。\n- クロージング目標は2026年9月末。\n",
    },
    {
      name: "English: 'The closing target is end of September 2026.' says when a step is due",
      text: "# Review memo\n\n## Other\n\n- Financial DD: with outside advisers.\n- The closing target is end of September 2026.\n",
    },
  ],
  invalid: [
    {
      name: "Japanese: a goal named as the topic with a vague aim beside its date is still judged (連携の目標は…関係を深めること)",
      text: "# 計画\n\n## 目標\n\n連携の目標は2027年度までに関係を深めること。\n",
      errors: [{ messageId: "noTarget", range: [4, 0, 4, 24] }],
    },
  ],
});

testRule(
  RULE,
  "batch ab kinds: what the paper itself is for, a reported result, a clock-time deadline, a pointer to another paper, the reasons after a why-answer",
  {
    valid: [
      {
        name: "English: the aim of the memo itself ('The aim of this note is to agree … who speaks on the call') is its errand, not a goal",
        text: "# Note: call with the regulator\n\n## Why this note\n\nThe aim of this note is to agree, before Thursday, who speaks for us on the call.\n\n## Objective\n\nOpen 12 shared kiosks by 30 June 2027.\n",
      },
      {
        name: "English: a letter's writer saying why they write ('I am writing, as promised, to set out how we would like to work together')",
        text: "# Letter to Fernhill Dairy\n\nDear Ana,\n\nOur buyers have now tried the samples, and I am writing, as promised, to set out how we would like to work together.\n\n**What we have in mind**\n\nWe would like to stock the Fernhill range in 40 of our shops by 1 May 2027.\n",
      },
      {
        name: "Japanese: 「本メモの目的は、…論点を揃えることです」 is the memo's errand, not the alliance's goal",
        text: "# 打合せメモ\n\n## 本メモについて\n\n本メモの目的は、次回の打合せまでに論点を揃えることです。\n\n## 目的\n\n2027年度末までに共同配送の積載率を75％に上げる。\n",
      },
      {
        name: "English: a line labelled as the result under the objective reports the figures reached",
        text: "# Annual scorecard\n\n## Objective and results\n\nObjective for 2026: fit 900 heat pumps in the county by 31 December 2026.\n\nResult: 940 heat pumps fitted; 12 callbacks.\n",
      },
      {
        name: "English: a clock time ('by 14:30', 'by 4 pm') is the deadline of a same-day objective",
        text: "# Site briefing\n\n## Objective\n\nToday's objective: lift 8 roof cassettes onto block B by 14:30.\n\nSecond objective: load both trucks with 30 pallets by 4 pm.\n",
      },
      {
        name: "English: a pointer to another paper under the objective ('will come to the Board in a separate paper') states no goal",
        text: "# Board memo\n\n## 2. Objective\n\nCut empty running on the northern lanes from 30% to 20% by March 2028.\n\nThe case for a second depot will come to the Board in a separate paper.\n",
      },
    ],
    invalid: [
      {
        name: "English: under a why-question, the infinitive answer is the goal; the sentences after it give its reasons",
        text: "# Staff Q&A\n\n**Q2. Why are we doing this?**\nTo make us the first choice for garden care in the valley. Our own fitters cover only the south. The partner visits 3,000 homes a month.\n",
        errors: [{ messageId: "both", range: [3, 0, 3, 58] }],
      },
    ],
  },
);

testRule(RULE, "batch ab kinds: goals quoted in a why-list, on a verb of keeping, or about customers named as owners", {
  valid: [],
  invalid: [
    {
      name: "English: customers named as owners ('every HearthPro owner') are no wish about ownership: the goal is judged",
      text: "# Service chapter\n\n## Who looks after you\n\nOur goal is to make sure every HearthPro owner feels looked after.\n",
      errors: [{ messageId: "both", range: [4, 0, 4, 66] }],
    },
    {
      name: "English: a label of the goal with a quoted value, and a quoted 'We want to be …', are goals of a why-list",
      text: '# Interview notes\n\n## Why (his words)\n\n- Aim of the venture: "put the harbour back on the map."\n- "We want to be the first name in coastal freight."\n- Concrete: cut turnaround from 6 h to 4 h by end of 2027.\n',
      errors: [
        { messageId: "both", range: [4, 2, 4, 56] },
        { messageId: "both", range: [5, 2, 5, 52] },
      ],
    },
    {
      name: "English: an aim of keeping ('Preserve the craft while …') beside a dated target in a why-list is a goal",
      text: "# Partner page\n\n## Why we are doing it\n\n- Preserve the village's weaving craft while selling online.\n- Sell 2,000 scarves through the partner's shop by 31 March 2027.\n",
      errors: [{ messageId: "both", range: [4, 2, 4, 60] }],
    },
  ],
});

testRule(RULE, "batch ab kinds (both languages): a target dated by its column's header or by its list's lead-in", {
  valid: [
    {
      name: "a table that breaks the target down by region, its target column headed by the year (2027年度目標), dates every row",
      text: "# 計画\n\n## 目標\n\n2027年度に提携売上9億円を達成する。\n\n| 地域 | 2026年度実績 | 2027年度目標 |\n|---|---|---|\n| 北部 | 2.1億円 | 3.2億円 |\n| 南部 | 1.8億円 | 2.9億円 |\n",
    },
    {
      name: "a table that breaks the target down by region, its target column headed by the year (Target FY2027), dates every row",
      text: "# Plan\n\n## Objectives\n\nGrow partner revenue to ¥900m by FY2027.\n\n| Region | FY2026 actual | Target FY2027 |\n|---|---|---|\n| North | ¥210m | ¥320m |\n| South | ¥180m | ¥290m |\n",
    },
    {
      name: "a lead-in that gives the period (試行終了時（2027年3月末）に次の2つを満たすこと) dates the targets it announces",
      text: "# 計画\n\n## 目標\n\n試行終了時（2027年3月末）に次の2つを満たすこと。\n\n1. 見逃し率0.5％以下\n2. 誤報は1拠点1日3件以下\n",
    },
    {
      name: "a lead-in that gives the period (By the end of the pilot, March 2027, … the following) dates the targets it announces",
      text: "# Plan\n\n## Objectives\n\nAt the end of the pilot (March 2027) we need to meet the following:\n\n1. Missed alerts at or below 0.5%\n2. No more than 3 false alarms per site per day\n",
    },
  ],
  invalid: [
    {
      name: "a target column with no period, or a lead-in with none, dates nothing",
      text: "# 計画\n\n## 目標\n\n| 地域 | 2026年度実績 | 目標 |\n|---|---|---|\n| 東部 | 2.1億円 | 3.2億円 |\n\n次の2つを満たすこと。\n\n1. 見逃し率0.4％以下\n2. 誤報は1拠点1日2件以下\n",
      errors: [
        { messageId: "noDeadline", range: [6, 0, 6, 22] },
        { messageId: "noDeadline", range: [10, 3, 10, 13] },
        { messageId: "noDeadline", range: [11, 3, 11, 15] },
      ],
    },
    {
      name: "a target column with no period dates nothing (English)",
      text: "# Plan\n\n## Objectives\n\n| Region | FY2026 actual | Target |\n|---|---|---|\n| East | ¥210m | ¥320m |\n",
      errors: [{ messageId: "noDeadline", range: [6, 0, 6, 24] }],
    },
  ],
});

testRule(
  RULE,
  "batch ab kinds (both languages): a request to the reader, the day's goal, a season as a period, steps kept on, a party's own aim",
  {
    valid: [
      {
        name: "a request to the reader under the targets (…までお知らせください（任意）) sets no goal",
        text: "# ご案内\n\n## 販売の共有と目標\n\n- 両社の目標：2027年度末までに取扱店300店。\n- 売場の写真をご提供いただける場合は、担当者までお知らせください（任意です）。\n",
      },
      {
        name: "a request to the reader under the targets (please let us know) sets no goal",
        text: "# Notice\n\n## Sharing sales and our targets\n\n- Both partners aim for 300 stockists by the end of FY2027.\n- If you can share shelf photos with us, please let your account manager know (optional).\n",
      },
      {
        name: "a line labelled as the day's goal (本日の安全目標：…) is the meeting's, not the alliance's",
        text: "# 朝礼記録\n\n## 作業の確認\n\n本日の安全目標：「足元確認、声かけ徹底」 全員で唱和。\n",
      },
      {
        name: "a line labelled as the day's goal (Today's goal: …) is the meeting's, not the alliance's",
        text: "# Site briefing\n\n## Tasks\n\nToday's goal: nobody inside the crane's swing radius, ever.\n",
      },
      {
        name: "a season counted as a period (今季中に) bounds a target",
        text: "# 計画\n\n## 今季の目標\n\n- 今季中に、出荷前の検品の誤差を平均1.5以内にする。\n",
      },
      {
        name: "keeping on talking a thing over (…を相談していく) is a step, not an aim, beside a dated wish",
        text: "# 活動計画\n\n## 個人として\n\n- 3年目には、事務局を地元の協会に引き継ぎたい。\n- 担い手の高齢化（平均68歳）も気になっている。担い手を増やす方法を相談していく。\n",
      },
      {
        name: "a party named as the topic of its own aim, in the progressive (ミドリは…を目指している), is reported on",
        text: "# 出資検討\n\n株式会社ミドリ（以下「ミドリ」）への出資について。\n\n## 回収の見通し\n\n- 出資の回収：ミドリは2030年以降の上場を目指している。\n",
      },
    ],
    invalid: [
      {
        name: "a request that says it is the goal is still one",
        text: "# お願い\n\n## 目標\n\n- 顧客満足の向上を目指しますので、ご協力ください。\n",
        errors: [{ messageId: "bothVerb", range: [4, 2, 4, 26] }],
      },
      {
        name: "the writer's own side aiming in the progressive (当社は…を目指している) is not reported on",
        text: "# 出資検討\n\n株式会社ミドリ（以下「ミドリ」）への出資について。\n\n## 見通し\n\n- 当社は、関係の強化を目指している。\n",
        errors: [{ messageId: "both", range: [6, 2, 6, 19] }],
      },
    ],
  },
);
