import { testRule } from "../helpers/rule-tester";

const RULE = "undefined-ip-ownership";
/** Lines 0–5; the section under test starts on line 6. */
const JA = (section: string) => `# 共同開発計画\n\n## 目的\n\n2027年度末までに試作品を3件完成させる。\n\n${section}\n`;
const EN = (section: string) => `# Joint development plan\n\n## Objectives\n\nFinish 3 prototypes by March 2027.\n\n${section}\n`;
const EN_TEAM_PHRASE = EN("## Intellectual property\n\nBackground IP remains with its owner. Results pass to Northwind.");

testRule(RULE, "Japanese", {
  valid: [
    {
      name: "foreground IP in katakana, assigned in the loanword (フォアグラウンドIP：…ファインチューンしたモデルは…にアサインされる)",
      text: JA(
        "## データ & IP\n\n- バックグラウンドIP：各社の既存プラットフォームは各社に帰属\n- フォアグラウンドIP：先方のデータでファインチューンしたモデルは、先方にアサインされる。",
      ),
    },
    {
      name: "what a joint company creates (合弁会社が創出し又は取得した知的財産権) is a result, owned by it",
      text: JA(
        "## 知的財産\n\n1. 各当事者が従前から保有する知的財産権は、各当事者に帰属する。\n2. 合弁会社が設立後に創出し又は取得した知的財産権は、合弁会社に帰属する。",
      ),
    },
    {
      name: "an assignment in the passive (著作権は…当社に譲渡される) names an owner of a result",
      text: JA(
        "## 知的財産\n\n- 各社の既存技術は各社に帰属する。\n- 先方が本提携のために撮影する写真の著作権は、納品時に当社に譲渡される。",
      ),
    },
    {
      name: "a party's asset, becoming or staying so (先方の資産になる／当社の資産のまま), is ownership",
      text: JA("## 権利\n\n共同で改良した検索エンジンは先方の資産になります。当社が持つ辞書データは当社の資産のままです。"),
    },
    {
      name: "an owner after an arrow in a memo (→ 工房のまま) and a co-filed design (持分は半々)",
      text: JA("## メモ\n\n・権利\n  - 既存の金具の設計 → 工房のまま\n  - 今回いっしょに作る椅子の意匠 → 両社の共同出願。持分は半々"),
    },
    {
      name: "a spoken predicate with the topic set off by a comma (写真は、引き続き協会のものです)",
      text: JA(
        "## 質疑応答\n\n協会が所蔵する写真は、引き続き協会のものです。今回一緒に作る映像の著作権は、両者の共有とし、持分は半分ずつとします。",
      ),
    },
    {
      name: "a right named by a verb of making (編集著作権) is a right in what a party brings, not a result",
      text: JA("## 知的財産\n\n- 当社の辞書データの編集著作権は当社に帰属する。\n- 共同開発したモデルは乙に帰属する。"),
    },
    {
      name: "a list item's two sentences, the first owning what a party brings, the second a result",
      text: JA("## 知的財産\n\n- 辞書データは当社に帰属します。このデータで乙が学習させたモデルは乙に帰属します。"),
    },
    {
      name: "an equity stake beside a status word (検討中の取引：持分比率20%) leaves no IP open",
      text: JA(
        "## 取引\n\n| 項目 | 内容 |\n|---|---|\n| 検討中の取引 | 出資後の持分比率20% |\n\n## 知的財産\n\n- 各社の既存特許は各社に帰属する。\n- 共同開発の成果は両社の共有とし、持分は各50%とする。",
      ),
    },
    {
      name: "changes a party made to fit the other's product (取付部に合わせて加えた変更) are a result, owned",
      text: JA("## 知的財産\n\n- 各社の既存技術は各社に帰属する。\n- 当社の取付部に合わせて先方が加えた変更は当社に帰属する。"),
    },
    {
      name: "a model tuned on a party's data (当社データでチューニングしたモデル) is a result, owned beside the partner's base model",
      text: JA(
        "## データと権利\n\n- 通話記録は当社に帰属し、先方は当社向けのチューニングにのみ使用できる。\n- 先方の基盤モデル及び従来技術は先方に帰属する。当社データでチューニングしたモデルは当社に帰属する。",
      ),
    },
    {
      name: "each member of a group named as holder of its own IP (各組合員が保有する…に帰属)",
      text: JA(
        "## 知的財産\n\n- 各組合員が保有する製品図面、金型の設計情報は、それぞれ各組合員に帰属する。\n- センターで作成した測定プログラム、検査手順書はLLPに帰属する。",
      ),
    },
    {
      name: "ownership in a proposal letter's humble form (「各社のものとさせていただければと存じます」)",
      text: JA(
        "## ご提案\n\nなお、一緒に開発したレシピについては当社と貴牧場の共有（持分は半分ずつ）とし、\n当社がこれまで使ってきたパン生地の製法や、貴牧場のノウハウは、それぞれ従来どおり各社のものとさせていただければと存じます。",
      ),
    },
    {
      name: "a partner's product with what it includes in brackets (学習済みモデルを含む) is its background, not a result",
      text: JA(
        "## 知的財産・データ\n\n- DataPulse（AI機能、学習済みモデルを含む）に関する知的財産権は、すべてネクサイトに帰属する。\n- 当社が作成した業種別のテンプレートの著作権は当社に帰属する。",
      ),
    },
    {
      name: "ownership told in plain words: 「それぞれのもの」 for what each had, 「…のものとします」 for what was made together",
      text: JA(
        "◆レシピなどの権利\n\n・こだま弁当のレシピとロゴは、もともとこだま弁当のものです。\n・うちの醤油の製法と、先方の既存のレシピは、それぞれのもの。\n・今回一緒に作った新メニュー3品のレシピは、こだま弁当のものとします。",
      ),
    },
    {
      name: "held by a party as the sentence's predicate (「当蔵が保有する。」)",
      text: JA(
        "## 知的財産\n\n- 当蔵の銘柄の商標と醸造の技術は、当蔵に帰属する。\n- 輸出向けに共同で開発する新銘柄の商標は、当蔵が出願し、当蔵が保有する。",
      ),
    },
    {
      name: "one sentence gives the results' owner and, after a continuative 「…いただき、」, the background's",
      text: JA(
        "## 化粧箱\n\n完成したデザインの著作権は当社に帰属させていただき、貴社の車両図柄・ロゴに関する権利は引き続き貴社に、当社の屋号に関する権利は当社にそれぞれ帰属するものと考えております。",
      ),
    },
    {
      name: "the owned thing named by その in its topic: the result is the one the sentence before makes",
      text: JA(
        "## 取組\n\n産地証明データベースを両社で構築する。データベース及びその仕組みに関する権利は当社に帰属する。両社が既に保有する商標は各社に留保される。",
      ),
    },
    {
      name: "sole and kept in plain words: 単独帰属 / 単独の権利 for what is made, 各社のまま for what each had",
      text: JA(
        "## 権利\n\n- 両社で共同開発した生地の配合は、当社の単独帰属です。\n- 一緒に作る洗浄プログラムは、うちの単独の権利にします。\n- 各社のロゴ・商標はそれぞれの会社のまま。",
      ),
    },
    {
      name: "background given as a YAML mapping of each party to what it brings, under a background key",
      text: "intellectual_property:\n  background:\n    金庫: 融資先データ、審査ノウハウ\n    FR社: RangeScope本体、関連特許\n  foreground:\n    trained_model: FR社に帰属\n",
      filePath: "plan.alliance.yaml",
    },
    {
      name: "in notes without a verb: 「…は、それぞれの会社のもの。」「…は、それぞれの会社に残る。」 name the owner of what each had before",
      text: JA(
        "## 権利\n\n- 各社が提携前から持つ技術は、それぞれの会社に残る。\n- お互いが既に持っている求職者データは、それぞれの会社のもの。\n- 両社で作る記事の著作権はA社に帰属する。",
      ),
    },
    {
      name: "ownership in plain words (権利は…が持ち / 共同所有です / 各社のものです), under a heading that does not say IP",
      text: JA(
        "## 資料とデータの扱い\n\n- 両社で一緒に作る説明シートは、両社の共同所有です（持ち分は半分ずつ）。\n- それぞれが前から使っている資料は、それぞれの会社のものです。\n- 今回の学習で改良されたモデルの権利はA社が持ち、B社は無償で使い続けられる。",
      ),
    },
    {
      name: "background and results ownership both stated (帰属 / 共有)",
      text: JA("## 知的財産\n\n各社が従前から保有する知的財産権は各社に帰属し、本提携で生じた成果は両社の共有（持分各50％）とする。"),
    },
    {
      name: "background and results ownership both stated (list under 知的財産権の帰属)",
      text: JA(
        "## 知的財産権の帰属\n\n- 既存の特許・ノウハウは、それぞれ提供した当事者に帰属する。\n- 共同開発で生じた発明は甲に帰属し、乙は無償で実施できる。",
      ),
    },
    {
      name: "boilerplate 誠意をもって協議 is not a deferral",
      text: JA(
        "## 知的財産\n\n各社が従前から保有する知的財産権は各社に帰属し、本提携で生じた成果は両社の共有（持分各50％）とする。本条に定めのない事項は、両社が誠意をもって協議する。",
      ),
    },
    {
      name: "contract-style article 第7条（知的財産権の帰属） as a plain paragraph",
      text: "第1条（目的）\n本提携は、2027年度末までに試作品を3件完成させることを目的とする。\n\n第7条（知的財産権の帰属）\n甲および乙が本契約前から保有する知的財産権は、それぞれ甲および乙に帰属する。本共同開発により生じた発明は、甲乙の共有とし、持分は均等とする。\n",
    },
    {
      name: "YAML: a KPI's owner beside a deferred target (目標：未定) leaves no ownership open",
      text: "title: 需要予測の共同開発\nip:\n  background: 各社が従前から保有する知的財産権は各社に帰属する。\n  results: 本提携で生じた成果は両社の共有（持分各50％）とする。\nkpis:\n  - name: 予測の対象店舗数\n    target: 未定（初回の定例会で決定）\n    owner: 乙の企画部\n",
      filePath: "plan.alliance.yaml",
    },
    {
      name: "a work declared a party's (「当社の著作物とする」) beside each side's own things",
      text: JA("## 権利\n\n- 予約画面のプログラムは当社が開発し、当社の著作物とする。\n- 先方の既存の仕込み技術は先方のもの。"),
    },
    {
      name: "owners named as predicates, wrapped after a comma (「配合は港珈琲のもの、名前は栞書房のもの。」)",
      text: JA(
        "## 名前と配合の権利\n\n　・港珈琲の焙煎技術、栞書房の店名は、それぞれのもの。\n　・共同で作る限定ブレンドは、\n　　配合は港珈琲のもの、商品名は栞書房のもの。",
      ),
    },
    {
      name: "an arrow list with 帰属 as a noun (「→ ウチ帰属、」)",
      text: JA("■ 知財\n\n既存の技術 → 各社のまま\n\n共同で作る研修テキスト → ウチ帰属、先方も使ってよい"),
    },
    {
      name: "a private-brand product is a result (「PB品の意匠権は先方に帰属」)",
      text: JA("## 定例メモ\n\n- PB品の意匠権は先方に帰属、当社の既存特許は当社に帰属したまま。"),
    },
    {
      name: "YAML plan with background and results keys",
      text: "title: 共同開発計画\nip:\n  background: 各社が従前から保有する知的財産権は各社に帰属する。\n  results: 本提携で生じた成果は両社の共有（持分各50％）とする。\n",
      filePath: "plan.alliance.yaml",
    },
  ],
  invalid: [
    {
      name: "figures shared with the partner or at a meeting (先方と実績を共有する／店長会で共有します) are not co-owned",
      text: JA(
        "## 知的財産\n\n- 先方の既存特許は先方が引き続き保有する。\n- 改良品の設計は両社が自由に実施できる。\n\n## 運営\n\n半期ごとに先方と実績を共有する。件数は毎月の店長会で共有します。",
      ),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
    {
      name: "a side's wish to own (帰属させたい) is a position, not an owner",
      text: JA("## 知的財産\n\n- 各社の既存技術は各社に帰属する。\n- 共同開発したモデルは当社に帰属させたいと考えている。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
    {
      name: "each side's position on one result listed under it, then 「→ 継続協議」: the deferral leaves that result's owner open",
      text: JA(
        "## 知的財産\n\n- 各社の既存技術は各社に帰属する。\n- 共同評価の報告書は甲に帰属する。\n- 甲のデータで追加学習したモデル：\n  - 乙：乙に帰属\n  - 甲：甲に帰属\n  - → 継続協議",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "what a party holds, as a noun's modifier (「各社が保有する技術を持ち寄る」), names no owner",
      text: JA("## 知的財産\n\n- 各社が保有する技術を持ち寄る。\n- 共同で開発した配合の扱いは別途協議する。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
    {
      name: "sharing is not co-ownership: 「品質基準の共有」 and an equity stake (持分比率) name no owner of IP",
      text: JA("## 出資\n\n- 当社投資額：3億円（ポストマネー持分比率 15.0％）\n- 先方：品質監査基準の共有"),
      errors: [{ messageId: "noIp", range: [0, 0, 0, 8] }],
    },
    {
      name: "a side's wish (「単独帰属を希望」) is a position, not an owner",
      text: JA("## 権利\n\n- センサーの権利はA社に帰属する。\n- 共同開発したモデルの権利帰属：A社は単独帰属を希望、B社は共有を希望。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
    {
      name: "what a party made before the alliance (「これまでに作ってきた」) is background, not a result",
      text: JA("## 権利\n\n・当窯がこれまでに作ってきた器の形は当窯のもの\n・酒蔵のラベルは酒蔵のもの"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
    {
      name: "IP never mentioned: one finding on the first heading",
      text: JA("## 体制\n\n月次で定例会を開く。"),
      errors: [{ messageId: "noIp", range: [0, 0, 0, 8], contains: ["帰属"] }],
    },
    {
      name: "asking who owns the results (「どちらに帰属しますか。」) names no owner",
      text: JA("## 権利\n\n商標はうちのものです。\n\n共同開発したレシピの権利は、どちらに帰属しますか。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
    {
      name: "別途協議 makes ownership missing",
      text: JA("## 知的財産権の帰属\n\n知的財産権の帰属は別途協議の上定める。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 11], contains: ["別途協議"] }],
    },
    {
      name: "background stated but the results deferred: still missing",
      text: JA("## 知的財産\n\n既存の知的財産は各社に帰属する。本提携の成果の帰属は別途協議する。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "a licence (利用できる) is not ownership of the results",
      text: JA("## 知的財産\n\n既存の知的財産は各社に帰属する。本提携の成果は両社が無償で利用できる。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7], contains: ["成果"] }],
    },
    {
      name: "an ownership phrase the vocabulary lacks names no owner",
      text: EN_TEAM_PHRASE,
      errors: [{ messageId: "noResults", range: [6, 0, 6, 24] }],
    },
    {
      name: "results owned but background IP never mentioned",
      text: JA("## 知的財産\n\n本提携の成果は甲に帰属する。"),
      errors: [{ messageId: "noBackground", range: [6, 0, 6, 7] }],
    },
    {
      name: "YAML plan: `results: 別途協議の上定める` under `ip:` is a deferral, reported on the ip key",
      text: "title: 共同開発計画\nip:\n  background: 各社が従前から保有する知的財産権は各社に帰属する。\n  results: 別途協議の上定める。\n",
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "deferred", range: [1, 0, 1, 2] }],
    },
  ],
});

testRule(RULE, "batch t kinds: a result named as what is newly made or set up under the agreement", {
  valid: [
    {
      name: "「本協定に基づき新たに整備する運行データ…は市に帰属」：新たに整備するものは成果",
      text: "# 地域交通連携協定\n\n## データとシステムの権利\n\n各者がそれぞれ保有する既存のシステム・データは各者に帰属する。本協定に基づき新たに整備する運行データ及びデータ連携基盤は市に帰属する。\n",
    },
    {
      name: "'the newly built booking platform belongs to the council': what is newly built is a result",
      text: "# Transport partnership\n\n## Data and systems\n\nEach party's existing systems and data remain with that party. The newly built booking platform and its trip records belong to the council.\n",
    },
  ],
  invalid: [],
});

testRule(RULE, "batch t kinds: a deferral that points back at the ownership question raised just before it", {
  valid: [],
  invalid: [
    {
      name: "「成果の帰属は合意に至らなかった。この点は次回会議で引き続き協議する。」：先送りされたのは帰属",
      text: JA(
        "## 知的財産\n\n各社の既存の知的財産は各社に帰属する。試験データは当社に帰属する。\n共同開発する制御装置の成果の帰属は、両社の意見が分かれ合意に至らなかった。この点は次回会議で引き続き協議する。",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "'… proposed joint ownership. The matter remains open for the next meeting.': what is left open is the owner",
      text: EN(
        "## Intellectual property\n\nEach party keeps its background IP. Test data belongs to Alder.\nAlder proposed sole ownership of the jointly developed controller; Birch proposed joint ownership. The matter remains open for the next meeting.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 24] }],
    },
  ],
});

testRule(RULE, "batch y kinds: a clause wrapped over lines, a side's view, ownership left to an agreement to come", {
  valid: [
    {
      name: "Japanese hard-wrapped after a particle (「…先方に」 / 「帰属するが」): the wrapped clause owns the result",
      text: JA(
        "## 知的財産\n\n- 各社が従前から保有する技術は各社に帰属する。本提携で当社の画像により追加学習したモデルも先方に\n  帰属するが、当社は無償で利用できる。",
      ),
    },
    {
      name: "Japanese hard-wrapped after 「・」 between listed things (「点検手順書・」 / 「管理画面の仕様は当社に帰属する」)",
      text: JA("## 知的財産\n\n各社の既存の技術は各社に帰属する。当社が作成した点検手順書・\n管理画面の仕様は当社に帰属する。"),
    },
    {
      name: "a result named by what one party develops ('the routing rules it develops') is owned",
      text: EN(
        "## Intellectual property\n\nEach of us keeps what it brought in; Acme owns the booking app and the routing rules it develops.",
      ),
    },
    {
      name: "「開発する」 names a result in Japanese too (先方が開発するアプリは先方に帰属)",
      text: JA("## 知的財産\n\n各社が持ち込んだ技術は各社に帰属する。先方が開発する予約アプリは先方に帰属する。"),
    },
  ],
  invalid: [
    {
      name: "a wrapped Japanese clause put off on its second line (「…モデルの帰属は」 / 「別途協議とする」) is deferred",
      text: JA("## 知的財産\n\n各社の既存の技術は各社に帰属する。本提携で追加学習したモデルの帰属は\n別途協議とする。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "each side's view as minutes label it ('Birch's view: … belongs to them') names no owner",
      text: EN(
        "## Intellectual property\n\nEach party keeps its background IP.\nBirch's view: the retrained model is their product and belongs to them. Alder's view: Alder should own the site weights.",
      ),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 24] }],
    },
    {
      name: "each side's view labelled 「見解：」 names no owner either",
      text: JA("## 知的財産\n\n各社の既存の技術は各社に帰属する。\n先方の見解：追加学習したモデルは先方の製品であり、先方に帰属する。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
    {
      name: "ownership 'to follow in the supply agreement' is put off",
      text: EN(
        "## Intellectual property\n\nEach party keeps its background IP. Ownership of joint reference designs to follow in the supply agreement.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 24] }],
    },
    {
      name: "「最終契約で定める」 puts it off in Japanese",
      text: JA("## 知的財産\n\n各社の既存の技術は各社に帰属する。共同設計した基板の帰属は最終契約で定める。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "'who owns the cleaned data set … is unclear' names the question, not an owner",
      text: EN(
        "## Intellectual property\n\nOur templates remain ours. Who owns the cleaned data set their team would build, and whether they may keep training on it, is unclear.",
      ),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 24] }],
    },
    {
      name: "「どちらに帰属するかは決まっていない」 names the question in Japanese",
      text: JA("## 知的財産\n\n当社のひな型は当社に帰属する。整備したデータセットがどちらに帰属するかは決まっていない。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
  ],
});

testRule(RULE, "English", {
  valid: [
    {
      name: "a result named by the verb in the present ('anything we co-develop') is owned by who owns it",
      text: EN(
        "## Rights\n\nOur recipes stay ours. Anything we co-develop, such as the winter loaf, is ours too, we own it; they get to sell it in their cafes.",
      ),
    },
    {
      name: "a party that retains ownership of a list holding a result word (reports) keeps what it had",
      text: EN(
        "## Intellectual property\n\nThe hospital retains ownership of all scans, reports and patient data. Evaluation results are owned by the hospital; the vendor may cite them.",
      ),
    },
    {
      name: "a name ending in a preposition (Quillon owns) is still an owner",
      text: EN("## Intellectual property\n\nQuillon owns its triage model. The thresholds tuned for the council are owned by the council."),
    },
    {
      name: "a thing made again is made (the versions we retrain on their data)",
      text: EN("## IP\n\nEach party keeps its background IP. We own the model, including the versions we retrain on Northwind's data."),
    },
    {
      name: "changes made to fit the other's product (the variant and any changes made to fit our housing) are a result, owned",
      text: EN(
        "## Intellectual property\n\n- Each party keeps ownership of its existing technology.\n- The bracket variant (and any changes made to fit our housing) is owned by us.",
      ),
    },
    {
      name: "a model tuned on a party's data (the model tuned on our call records) is a result, owned beside the vendor's base model",
      text: EN(
        "## Data and rights\n\n- Call records belong to us; the vendor may use them only to tune our model.\n- The vendor's base model and prior technology remain the vendor's. The model tuned on our call records belongs to us.",
      ),
    },
    {
      name: "changes a party makes to its own designs for the alliance are results it owns ('any changes it makes to them … remain Cubix's property')",
      text: EN(
        "7) Design rights\n\n   a) Cubix keeps its house-type designs, factory processes and any changes it makes to them for our schemes; those changes remain Cubix's property.\n   b) Thornbury owns the site layouts and planning documents for its sites.",
      ),
    },
    {
      name: "a model trained on one side's data, an adverb between ('trained solely on'): a result owned",
      text: EN(
        "## Data and models\n\nDepot models trained solely on Trevalon data are owned by Trevalon Freight. Routewise's core platform and its base model remain Routewise's property.",
      ),
    },
    {
      name: "new designs made under the alliance ('new capsule designs … are owned by M&T')",
      text: EN(
        "## Who owns what\n\nThe Collective's name, logo and flock records stay with the Collective. New capsule designs and knit patterns are owned by M&T.",
      ),
    },
    {
      name: "a possessive as the predicate names the owner ('is Fenwick's.', 'the no-show model: Bellbird's.')",
      text: EN(
        "#### Ownership — quick answers\n- QueueSense software, branding and the no-show model: Bellbird's.\n- The connector was built by Fenwick's integrations team and is Fenwick's.",
      ),
    },
    {
      name: "a plan exported as JSON: an IP map from things to their owners ('co_branded_marketing_material: Quayside')",
      text: EN(
        '## Export\n\n```json\n{\n  "ip": {\n    "background": "Each party keeps its own brands, designs and systems.",\n    "co_branded_marketing_material": "Quayside; Harland may use it during the term"\n  }\n}\n```',
      ),
    },
    {
      name: "a model tuned under the alliance, named with what it is for ('the fine-tuned damage model')",
      text: EN(
        "## Reminders\n\n- Mirador keeps ownership of its base vision model. The fine-tuned damage model (all versions) belongs to Pell & Rook.",
      ),
    },
    {
      name: "a clause hard-wrapped over lines reads as one: 'any new materials created / during the partnership'",
      text: EN(
        "## Materials\n\nRiverstep owns the programme, its training materials and any new materials created\nduring the partnership. Ashgrove owns its name and logo.",
      ),
    },
    {
      name: "ownership by a pronoun for what the line before made: '… was built jointly in 2026. / Brightlane owns it'",
      text: EN(
        "## IP\n\n- Each party keeps everything it owned before the agreement.\n- The tracking interface was built jointly in 2026.\n  Brightlane owns it; Tarrant has a free licence to use it.",
      ),
    },
    {
      name: "results as what is made for the partner or by the JV: 'the Copperlane-specific model, once trained', 'anything the JV creates'",
      text: EN(
        "## IP\n\n- Ortolan keeps ownership of its platform. The Copperlane-specific model, once trained, is owned by Ortolan.\n- Anything the JV creates belongs to the JV company.",
      ),
    },
    {
      name: "YAML keys read in words: `kessel_tuned_model: Owned by Veritrace` names a result",
      text: "model_and_ip:\n  background: Each party keeps IP it owned before Phase 1\n  kessel_tuned_model: Owned by Veritrace, licensed exclusively to Kessel\n",
      filePath: "plan.alliance.yaml",
    },
    {
      name: "prose hard-wrapped at a width: a clause goes on across the line break",
      text: EN(
        "Intellectual property. Each party retains ownership of the intellectual property it owned before the\nAgreement. Northwind will own any modifications to its firmware made to\nintegrate the units, and the model trained on Harbor's data, its weights and\nany features Harbor's analysts create are Harbor's own.",
      ),
    },
    {
      name: "background and results ownership both stated",
      text: EN(
        "## Intellectual property\n\nEach party keeps ownership of its background IP. Results developed under the alliance are jointly owned 50/50.",
      ),
    },
    {
      name: "'in good faith' boilerplate is not a deferral",
      text: EN(
        "## Intellectual property\n\nEach party keeps ownership of its background IP. Results developed under the alliance are jointly owned 50/50. Any matter not covered by this plan will be settled by the parties in good faith.",
      ),
    },
    {
      name: "a team ownership phrase (config `vocabulary`) names the owner of the results",
      text: EN_TEAM_PHRASE,
      config: { vocabulary: { ownership: { en: ["pass to"] } } },
    },
    {
      name: "a thing made during the pilot, to be assigned to one party, is a result owned",
      text: EN(
        "## Who owns what\n\n- Each party keeps what it brings: Acme its app and brand, Birch its routing software.\n- The locker bridge (the code written at the hackathon and hardened during the pilot)\n  will be assigned to and owned by Acme; Birch may use it free of charge.",
      ),
    },
    {
      name: "a model fine tuned (two words, as speech is captioned) on the partner's data is a result",
      text: EN(
        "## Call notes\n\nOur platform and the base model stay ours. Anything we fine tune on your service logs, the weights are yours, and we host them under licence.",
      ),
    },
    {
      name: "YAML: a KPI's owner beside a deferred target leaves no ownership open",
      text: "title: Forecasting partnership\nip:\n  background:\n    acme: [platform, base models]\n    birch: [member records]\n  foreground:\n    birch_models:\n      owner: Acme Ltd\nkpis:\n  - name: Forecast coverage\n    target: to be agreed at kickoff\n    owner: Birch agronomy team\n",
      filePath: "plan.alliance.yaml",
    },
    {
      name: "**Article 7 (Intellectual Property)** bold line in a contract",
      text: "**Article 7 (Intellectual Property)**\nEach party retains all rights in its pre-existing intellectual property. All inventions made jointly under this Agreement are owned by the parties in equal shares.\n",
    },
  ],
  invalid: [
    {
      name: "'own' after a preposition, the possessive dropped (for own business, in own factory), owns nothing",
      text: EN(
        "## Intellectual property\n\n- Brand and logo belong to the buyer.\n- For the new dyeing method developed together, both side can use it freely for own business.\n- The maker keeps production in own factory.",
      ),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 24] }],
    },
    {
      name: "each side's wish to own (wants to own, would like to keep ownership) is a position, not an owner",
      text: EN(
        "## Intellectual property\n\nEach party keeps its background IP. Northwind wants to own the model trained on its data; we would like to keep ownership of it.",
      ),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 24] }],
    },
    {
      name: "ownership left to a later agreement (will be addressed in a future agreement) is deferred",
      text: EN(
        "## Intellectual property\n\nEach party keeps its background IP. Ownership of co-created lesson plans will be addressed in a future agreement.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 24] }],
    },
    {
      name: "a roadmap's owner column leads workstreams across periods (Workstream | Owner | Q1-27): no IP owner",
      text: EN(
        "## Roadmap\n\nEach party keeps its background IP.\n\n| Workstream | Owner | Q1-27 | Q2-27 |\n|---|---|---|---|\n| Co-branded brochure | joint | draft | print |",
      ),
      errors: [{ messageId: "noResults", range: [0, 0, 0, 24] }],
    },
    {
      name: "each side's position on one result listed under it, then \"→ still open\": the deferral leaves that result's owner open",
      text: EN(
        "## Intellectual property\n\n- Each party's existing technology remains its own.\n- The joint evaluation report is owned by Northwind.\n- The model fine-tuned on our data:\n  - Vendor: owned by the vendor\n  - Us: owned by us\n  - → still open, next round",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 24] }],
    },
    {
      name: "ownership of the results given as 'open' in a brief: a deferral",
      text: EN(
        "## Open points\n\n- Halvard owns the model, the weights and the patents outright.\n- Ownership of the fine-tuned model and of any improvements: open — we'll take this into the term-sheet round.",
      ),
      errors: [{ messageId: "deferred", range: [0, 0, 0, 24] }],
    },
    {
      name: "minutes: each side's position on ownership, an action list's Owner column and 'down from' own nothing",
      text: EN(
        "## Minutes\n\nThe edit rate is 19%, down from 31% in February.\n\n5. Ownership of the house-style model\n\nJonah's position is that the fine-tuned model is Scrivener's. Howard's position is that it should belong to LRAA.\n\nNo agreement reached. Item parked until June.\n\n| # | Action | Owner | Due |\n|---|---|---|---|\n| 7.4 | Note on the model | Kwabena | 10 Jun 2026 |",
      ),
      errors: [{ messageId: "noResults", range: [10, 0, 10, 37] }],
    },
    {
      name: "a possessive before its noun ('is Fenwick's main product') names no owner",
      text: EN("## Rights\n\n- Each party keeps its background IP.\n- The connector we build together is Fenwick's main product."),
      errors: [{ messageId: "noResults", range: [0, 0, 0, 24] }],
    },
    {
      name: "a sentence under an IP key is no owner's name ('ip.results: to be shared fairly')",
      text: EN("## Export\n\n```yaml\nip:\n  background: Each party keeps its own IP.\n  results: shared fairly between us\n```"),
      errors: [{ messageId: "noResults", range: [9, 0, 9, 2] }],
    },
    {
      name: "saying that nobody says who owns them states no owner",
      text: EN(
        "## IP\n\nEach party keeps its background IP. The agreement lets us use recipes developed under it. It does not say who owns them.",
      ),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
    {
      name: "money kept is no result owned: a licence to the film and 'we keep the land portion' leave the results without an owner",
      text: "# Plan\n\n## Money\n\nNorthwind keeps the air fare; we keep the land portion.\n\n## Rights\n\nEach party keeps its own trademarks. Northwind gets a perpetual licence to the film.\n",
      errors: [{ messageId: "noResults", range: [0, 0, 0, 6] }],
    },
    {
      name: "ownership given as a workstream's task ('…: the data workstream to propose by Day 45') is deferred",
      text: EN(
        "## Data and IP\n\n- The routing engine and its core models remain Birch's.\n- Ownership of the site models trained on Acme data: the data workstream to propose by Day 45.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 14] }],
    },
    {
      name: "IP never mentioned: one finding on the first heading",
      text: EN("## Governance\n\nMonthly steering meetings."),
      errors: [{ messageId: "noIp", range: [0, 0, 0, 24], contains: ["IP ownership"] }],
    },
    {
      name: "TBD makes ownership missing",
      text: EN("## IP\n\nIP ownership: TBD."),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5], contains: ["deferred"] }],
    },
    {
      name: "a royalty-free right to use is not ownership of the results",
      text: EN("## Intellectual property\n\nBackground IP remains with its owner. Both parties may use the results royalty-free."),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 24], contains: ["results"] }],
    },
    {
      name: "results owned but background IP never mentioned",
      text: EN("## Intellectual property\n\nResults developed under the alliance are owned by Northwind."),
      errors: [{ messageId: "noBackground", range: [6, 0, 6, 24] }],
    },
  ],
});

testRule(RULE, "batch r/s kinds (Japanese)", {
  valid: [
    {
      name: "a plan's own notes (footnotes under 「注」) settle ownership as the body does",
      text: JA(
        "## 知的財産\n\n帰属は注1のとおり。\n\n### 注\n\n1. 各社の既存技術は各社に帰属し、本提携で共同開発する検査治具は甲乙の共有（持分は各50％）とする。",
      ),
    },
  ],
  invalid: [
    {
      name: "ownership taken back and to be negotiated again (「帰属は持ち帰り、次回再協議」) is deferred",
      text: JA("## 知的財産\n\n- 各社の既存技術は各社に帰属する。\n- 共同で試作する器具の帰属は持ち帰り、次回再協議。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "ownership left to contracts made one by one (「部品ごとの開発契約で定める」) is deferred",
      text: JA("## 知的財産\n\n- 各社の既存技術は各社に帰属する。\n- 共同で開発する部品の知的財産権の帰属は、部品ごとの開発契約で定める。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "a side's claim in a negotiation log (「…当社帰属を主張」) names no owner",
      text: JA("## 知的財産\n\n- 各社の既存技術は各社に帰属する。\n- 当社：共同で学習させたモデルは当社帰属を主張。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
    {
      name: "the question only named inside a sentence (「どちらに帰属するかは書かれていない」) names no owner",
      text: JA("## 知的財産\n\n各社の既存技術は各社に帰属する。共同で改良した部品がどちらに帰属するかは、契約書に書かれていない。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
    {
      name: "commentary on the plan (「解説」) settles nothing, though the plan's own notes do",
      text: JA("## 知的財産\n\n各社の既存技術は各社に帰属する。\n\n### 解説\n\n共同開発の成果は、開発した側に帰属させるのが一般的である。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
  ],
});

testRule(RULE, "batch r/s kinds (English)", {
  valid: [
    {
      name: "a plan's own NOTES block settles ownership as the body does",
      text: EN(
        "## Schedule\n\nM1 design, M3 pilot.\n\nNOTES\n\n- IP: each party keeps its existing IP. The scheduling tool written for the alliance is owned by Northwind.",
      ),
    },
    {
      name: "an IP table whose use column is headed by a phrase with 'by' ('Use by the other party') still names owners",
      text: EN(
        "## Rights\n\n| Intellectual property | Owner | Use by the other party |\n|---|---|---|\n| Acme brand and recipes | Acme | logos for marketing |\n| Jointly developed tasting kit | Northwind | free use during the term |",
      ),
    },
  ],
  invalid: [
    {
      name: "a KPI table's owner column names who answers for a target, not who owns IP",
      text: EN(
        "## Measures\n\n| KPI | Baseline | Target | Owner |\n|---|---|---|---|\n| Tuned model accuracy | 81% | 92% | Acme |\n\n## IP\n\nEach party keeps its background IP.",
      ),
      errors: [{ messageId: "noResults", range: [12, 0, 12, 5] }],
    },
    {
      name: "a risk register's owner column names who answers for a risk, not who owns IP",
      text: EN(
        "## Risks\n\n| Risk | Residual | Owner |\n|---|---|---|\n| Wrong output of the tuned model | Medium | Acme |\n\n## IP\n\nEach party keeps its background IP.",
      ),
      errors: [{ messageId: "noResults", range: [12, 0, 12, 5] }],
    },
    {
      name: "a document said to be silent on who owns the results names no owner",
      text: EN("## IP\n\nEach party keeps its background IP. The draft is silent on who owns models developed under the pilot."),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
    {
      name: "a side's position as a label ('Vendor's position: they own …') names no owner",
      text: EN("## IP\n\nEach party keeps its background IP. Northwind's position: they own any model tuned on our data."),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
    {
      name: "ownership to be sorted out, put back once agreed, or left pending a review is deferred",
      text: EN(
        "## IP\n\n- Each party keeps its background IP.\n- Ownership of the co-built route planner to be sorted out with counsel.\n- The clause on ownership of joint designs was removed pending the board's review; to be put back once agreed.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
    {
      name: "ownership left to agreements made one by one ('set out in each product's agreement') is deferred",
      text: EN(
        "## IP\n\nEach party keeps its background IP. Ownership of jointly developed products will be set out in each product's development agreement.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
  ],
});

testRule(RULE, "batch r/s kinds, second round (Japanese)", {
  valid: [
    {
      name: "an assignment in the causative (「著作権は当社に譲渡させる」) names the owner of a result",
      text: JA("## 知的財産\n\n- 当社の商標は当社に留保する。\n- 先方が作成する現地語の手順書の著作権は当社に譲渡させる。"),
    },
    {
      name: "held alone in a plain verb (「単独で持つ」) and what the joint company files and holds (「JVが出願・保有」) are owners of results",
      text: JA(
        "## 権利\n\n- 既存の商標は各社のもの。\n- 共同企画する新商品のレシピは当社が単独で持つ。\n- 新ホテルの商標はJVが出願・保有。",
      ),
    },
  ],
  invalid: [
    {
      name: "a reviewer's remark in square brackets (「［コメント：…］」) reports a proposal, not what the plan says",
      text: JA("## 知的財産\n\n各社の既存技術は各社に帰属する。\n\n［コメント：山田］先方案では、共同開発した型は先方に帰属する。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
    {
      name: "making denied (「他社向けに学習させない」) makes nothing, so owning in that sentence owns no result",
      text: JA("## 知的財産\n\n当社のデータは当社に帰属し、先方はこれを他社向けに学習させない。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
  ],
});

testRule(RULE, "batch r/s kinds, second round (English)", {
  valid: [
    {
      name: "made together in other verbs of making ('co-written guides') and what a side builds now ('the tool we build') are results",
      text: EN(
        "## Content\n\n- Our photos stay ours; their route notes stay theirs.\n- New co-written walking guides → owned by Northwind.\n- The quote tool we build is owned by Acme.",
      ),
    },
    {
      name: "what the joint venture itself holds ('owned by the JV') is a result",
      text: EN("## IP\n\nEach parent keeps its background IP. The new hotel brand is owned by the JV."),
    },
  ],
  invalid: [
    {
      name: "reviewers' remarks in square brackets ('[Comment — A. Reed: …]') report a redline, not what the plan says",
      text: EN(
        "## IP\n\nEach party keeps its background IP.\n\n[Comment — A. Reed: their redline gives them sole ownership of the tuned model.]",
      ),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
    {
      name: "making denied ('will never train on customer data') makes nothing, so owning in that sentence owns no result",
      text: EN("## IP\n\nCustomers own their data and the vendor will never train on customer data without consent."),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
  ],
});

testRule(RULE, "batch u kinds: ownership left to what the parties will agree or look at later", {
  valid: [
    {
      name: "ownership settled 'as agreed' in a signed document is no deferral",
      text: EN("## IP\n\nEach party keeps its background IP. Joint results are owned by Acme, as agreed in the signed term sheet."),
    },
    {
      name: "持分を合意済みの契約に従うとする帰属は先送りではない",
      text: JA("## 知的財産\n\n各社の既存技術は各社に帰属する。共同成果は、締結済みの共同研究契約に従い両社の共有（持分は各50％）とする。"),
    },
  ],
  invalid: [
    {
      name: "results 'owned as the parties agree in' a later agreement are owned by no one yet",
      text: EN("## IP\n\nEach party keeps its background IP. New formulations will be owned as the parties agree in the supply contract."),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
    {
      name: "ownership that someone 'will need to look at' with counsel is put off",
      text: EN("## IP\n\nEach party keeps its background IP. Who owns the trained model is something we'll need to look at with counsel."),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
    {
      name: "共同成果の帰属を「両社が合意するところによる」とするのは先送り",
      text: JA("## 知的財産\n\n各社の既存技術は各社に帰属する。共同成果の帰属は、両社が今後合意するところによる。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
    {
      name: "帰属を「法務と相談する必要がある」とするのは先送り",
      text: JA("## 知的財産\n\n各社の既存技術は各社に帰属する。学習済みモデルの帰属は、法務と相談する必要があります。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
  ],
});

testRule(RULE, "batch v/u/t kinds: ownership in plain, spoken or reported Japanese", {
  valid: [
    {
      name: "what one was told (教えていただいたところ) is a report, not a question; 「…のもの、…のもので、」 are clauses of their own",
      text: JA(
        "## 研修で学んだこと\n\n係長に教えていただいたところ、検品に使う型紙は縫製所のもの、解析の仕組み自体は開発会社のもので、共同で作った新柄は縫製所に帰属するそうです。",
      ),
    },
    {
      name: "a result declared the parties' as it becomes (両方のものにします)",
      text: JA("## 権利\n\n- 宿の写真は、宿のものです。\n- いっしょに作る案内冊子は、両方のものにします（半分ずつ）。"),
    },
    {
      name: "spoken もん for もの (うちのもん／あっちのもん)",
      text: JA(
        "## データは誰のもん？\n\n- うちの店で録った音声は、うちのもん。\n- 先方が前から持ってる解析の仕組みは、あっちのもん。\n- 今回うちの音声で学習させたモデルは、両社の共有で持分は半分ずつ。",
      ),
    },
    {
      name: "a party's thing before the words reporting it (それぞれのもの、と書いた)",
      text: JA(
        "## 対談\n\n一緒に開発した菓子の配合は、両者の共有で持分は半々。各社が以前から持っていた配合は、それぞれのもの、と契約に書きました。",
      ),
    },
    {
      name: "background held in the plain verb with its holder (開発会社が前から持っているエンジンは向こう)",
      text: JA(
        "## 法務コメント\n\n「当社の顧客データは当社、開発会社が前から持っているエンジンは向こう。一緒に作った店舗向けモデルは当社に帰属させる」",
      ),
    },
    {
      name: "photos taken together (一緒に撮った) are a result, owned as quoted from the contract (「…さんの著作物、…」と決めた)",
      text: JA(
        "## 振り返り\n\n一緒に撮った写真は、契約で「鉄道会社さんの著作物、当社は無償で使える」と決めてありました。もともとの車両のロゴは鉄道会社さんのもの。",
      ),
    },
    {
      name: "a right still to be filed for (商標は当社が出願) names a result",
      text: JA(
        "## 権利関係\n\n- 両社の既存の商標は、それぞれの会社に帰属する。\n- 新しい菓子の名前の権利は当社に帰属する（商標は当社が出願）。",
      ),
    },
    {
      name: "a trade mark still to be filed for names a result",
      text: EN("## IP\n\nEach party keeps its existing trade marks. The biscuit's name belongs to Acme, which will file the trade mark."),
    },
  ],
  invalid: [
    {
      name: "a request to be told (教えていただけますか) still asks who owns",
      text: JA("## 質問\n\n各社の既存技術は各社に帰属する。共同で作る菓子の配合はどちらに帰属するか、教えていただけますか。"),
      errors: [{ messageId: "noIp", range: [0, 0, 0, 8] }],
    },
    {
      name: "another's work (他社の著作物、…) and a meeting's kind (月に一度のもので) name no owner",
      text: JA("## 運営\n\n他社の著作物、商標は無断で使わない。定例会は月に一度のもので、場所は交互とする。"),
      errors: [{ messageId: "noResults", range: [0, 0, 0, 8] }],
    },
    {
      name: "a right already filed for (出願済み) is brought, not made",
      text: JA("## 権利関係\n\n- 当社が出願済みの特許は当社に帰属する。\n- 共同で作る試作品の扱いは別途協議する。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 7] }],
    },
    {
      name: "a trade mark already filed for is brought, not made",
      text: EN("## IP\n\nAcme's trade mark, filed in 2024, belongs to Acme. The new biscuit's recipe will be discussed."),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
  ],
});

testRule(RULE, "batch u kinds: a YAML IP map that gives the background its own key", {
  valid: [
    {
      name: "a key beside `background` names a thing the alliance makes, whatever the key's words",
      text: "title: Review tool\nip:\n  background: each party keeps its own (Acme engine; Bolt templates)\n  clause_checker: owned by Acme\n  after_term: Bolt keeps a free internal licence for a year\n",
      filePath: "plan.alliance.yaml",
    },
    {
      name: "「背景」キーの横のキーは提携で作るもの",
      text: "title: 審査ツール\nip:\n  バックグラウンド: 各社の既存技術は各社に帰属する\n  審査モデル: 甲に帰属する\n",
      filePath: "plan.alliance.yaml",
    },
  ],
  invalid: [
    {
      name: "a key beside `background` that is only kept or licensed owns no result",
      text: "title: Review tool\nip:\n  background: each party keeps its own (Acme engine; Bolt templates)\n  after_term: Bolt keeps a free internal licence for a year\n",
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "noResults", range: [1, 0, 1, 2] }],
    },
    {
      name: "an owned key outside an IP map is no result",
      text: "title: Review tool\nip:\n  background: each party keeps its own (Acme engine; Bolt templates)\nteam:\n  lead: owned by Acme\n",
      filePath: "plan.alliance.yaml",
      errors: [{ messageId: "noResults", range: [1, 0, 1, 2] }],
    },
  ],
});

testRule(RULE, "CUAD kinds: a matter settled by a named decider or procedure is not put off", {
  valid: [
    {
      name: "'to be determined in accordance with' a section, 'by X in its sole judgment', 'by binding arbitration'",
      text: EN(
        "## IP\n\nEach party keeps its background IP. Results are owned by Acme.\n\n## Other terms\n\nEach party shall bear its own costs; any further tax is to be determined in accordance with Section 4. New sites shall be determined by Acme in its sole business judgment. Disputes over rights to the results shall be settled by binding arbitration.",
      ),
    },
    {
      name: "甲の裁量による決定や仲裁による解決は先送りではない",
      text: JA(
        "## 知的財産\n\n各社の既存技術は各社に帰属する。成果は甲に帰属する。\n\n## その他\n\n成果に関する権利の紛争は仲裁により解決する。出店地は甲がその裁量により決定する。",
      ),
    },
  ],
  invalid: [
    {
      name: "ownership 'to be determined' by a committee later is still put off",
      text: EN(
        "## IP\n\nEach party keeps its background IP. Ownership of the results is to be determined by the steering committee next year.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
    {
      name: "a procedure named beside a deferral ('in accordance with …, to be agreed') leaves the deferral",
      text: EN(
        "## IP\n\nEach party keeps its background IP. Ownership of the results shall be determined in accordance with a licence to be agreed.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 5] }],
    },
  ],
});

testRule(RULE, "batch w kinds: an owner to settle with, an owner after an arrow", {
  valid: [
    {
      name: "a fee to be agreed with the site owners leaves no IP ownership open",
      text: EN(
        "## Rights\n\n- Each partner keeps its own systems and know-how.\n- Route plans produced under the arrangement are owned jointly by the partners in equal shares.\n\n## Costs\n\n- Kiosk rent at the stations: TBD with the site owners.",
      ),
    },
    {
      name: "既存物の持ち主を矢印で書くメモ（「→ 工房のもの」）は既存IPの帰属を述べる",
      text: JA(
        "## 権利のこと\n\n既存の型紙と縫製の手順　→ 工房のもの（提携前から使っているもの）\n共同で作ったタグのデザイン　→ 権利は当社だけのもの\n",
      ),
    },
  ],
  invalid: [
    {
      name: "ownership to be agreed with the other owners is still ownership put off",
      text: EN(
        "## Intellectual property\n\n- Each partner keeps its own systems.\n- Ownership of the route plans: TBD with the other owners.",
      ),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 24] }],
    },
  ],
});

testRule(RULE, "batch x kinds: a thing adapted to a party is made for it", {
  valid: [
    {
      name: "the scoring engine 'as calibrated for' the lender, owned by the lender, is a result",
      text: EN(
        "## Ownership\n\n- The vendor retains ownership of its platform and pre-existing models.\n- The scoring engine as calibrated for the lender is owned by the lender.",
      ),
    },
    {
      name: "a model customised for the hospital group, owned by it, is a result",
      text: EN(
        "## IP\n\nEach party keeps its background IP. The triage model customised for the hospital group belongs to the hospital group.",
      ),
    },
  ],
  invalid: [],
});

testRule(RULE, "batch z kinds: what is commissioned, registered, owned in shares or made under the agreement is a result", {
  valid: [
    {
      name: "a joint name 'will be registered as a trade mark … and owned 50/50' under a heading that names no IP",
      text: EN(
        '## Names\n\nBoth firms keep their own names, logos and client lists. "Loaf & Leaf" (name and logo) will be registered as a trade mark in both our names and owned 50/50.',
      ),
    },
    {
      name: "photos 'commissioned by' the organiser at the event are made to order: a result, owned",
      text: EN(
        "## Names, logos and photos\n\n- The fair's name and logo remain the Guild's. Each sponsor keeps its own marks.\n- Photos commissioned by the Guild at the fair are owned by the Guild; sponsors may use them until 2028.",
      ),
    },
    {
      name: "new maps a party 'makes of our land under the agreement' are a result, owned",
      text: EN(
        "## Data and maps\n\nThe operator keeps its planning software. Our existing soil maps stay ours. Any new soil maps the operator makes of our land under the agreement belong to us.",
      ),
    },
    {
      name: "'everything the venture develops itself' is a result, owned by the venture",
      text: EN(
        "## IP reminder\n\nEach parent keeps its existing designs. Everything Ferrow Labs develops itself (portal, new variants) is owned by Ferrow Labs.",
      ),
    },
    {
      name: "「共同ブランド名は商標登録し、両社の共有（持分各50％）とする」：共有は成果",
      text: JA(
        "## 名称\n\n両社の既存の名称・ロゴは各社に帰属する。共同ブランド名「ほんとまめ」は両社名義で商標登録し、両社の共有（持分各50％）とする。",
      ),
    },
  ],
  invalid: [
    {
      name: "each side's own marks kept, nothing made: the results have no owner",
      text: EN("## Names\n\nBoth firms keep their own names, logos and client lists; photos may be taken at the fair."),
      errors: [{ messageId: "noIp", range: [0, 0, 0, 24] }],
    },
  ],
});

testRule(RULE, "batch z kinds: 'own' as the bare verb of a duty", {
  valid: [],
  invalid: [
    {
      name: "duties opened by the bare verb ('own the alliance scorecard') own no IP",
      text: "# Role: alliance manager\n\n## What the role is\n\nYou will:\n- own the alliance scorecard and present it to the joint board each month;\n- keep a clean log of decisions.\n",
      errors: [{ messageId: "noIp", range: [0, 0, 0, 24] }],
    },
  ],
});

testRule(RULE, "batch w kinds: one sentence owns the background in one clause and a result in another, set apart by a semicolon", {
  valid: [
    {
      name: "'the club owns all footage; Vidra owns the platform and the models, including anything fine-tuned on our footage'",
      text: EN(
        "## Notes\n\nUnder the contract the club owns all footage and match data; Vidra owns the platform and the tagging models, including anything fine-tuned on our footage.",
      ),
    },
  ],
  invalid: [
    {
      name: "two clauses that both own results leave the background without an owner",
      text: EN("## Intellectual property\n\nThe tuned models belong to Vidra; the co-written guides are owned jointly."),
      errors: [{ messageId: "noBackground", range: [6, 0, 6, 24] }],
    },
    {
      name: "ownership named as an item of a list set apart by semicolons ('the KPIs; the ownership of the design; …') owns nothing",
      text: "# Board minutes\n\n## Intellectual property\n\nThe co-developed hull design will be owned by one party.\n\nManagement to return before signing with: the KPIs; the ownership of the co-developed hull design; and the final report.\n",
      errors: [{ messageId: "noBackground", range: [2, 0, 2, 24] }],
    },
  ],
});

testRule(RULE, "batch w kinds: what is still to come, in the brackets after an owned thing, is a result", {
  valid: [
    {
      name: "'the pricing model (including whatever it learns from our data)': what it learns is a result, owned",
      text: EN(
        "## Data and models\n\nBooking data is ours. Tarifo owns the engine and the pricing model (including whatever it learns from our data).",
      ),
    },
  ],
  invalid: [
    {
      name: "'the platform (including its trained models)': the parts of a thing owned are no result",
      text: EN("## Data and models\n\nBooking data is ours. Tarifo owns the platform (including its trained models)."),
      errors: [{ messageId: "noIp", range: [0, 0, 0, 24] }],
    },
  ],
});

testRule(RULE, "batch z kinds (both languages): what an AI generates, named by its kind, is a result", {
  valid: [
    {
      name: "Japanese: 「生成画像の著作権は…に帰属」 owns a result beside the background kept by each",
      text: JA(
        "## 権利\n\n- 基盤モデル本体と既存の技術の権利は各社に帰属する。\n- 生成画像の著作権は当社に帰属し、納品時に顧客へ譲渡する。",
      ),
    },
    {
      name: "English: 'copyright in the generated images belongs to …' owns a result beside the background kept by each",
      text: EN(
        "## Rights\n\n- The base model and existing technology stay with each party.\n- Copyright in the generated images belongs to us and passes to the client on delivery.",
      ),
    },
  ],
  invalid: [
    {
      name: "Japanese: an image library brought by a party, owned by it, is background only",
      text: JA("## 権利\n\n- 基盤モデル本体と既存の技術の権利は各社に帰属する。\n- 当社の画像素材の著作権は当社に帰属する。"),
      errors: [{ messageId: "noResults", range: [6, 0, 6, 5] }],
    },
  ],
});

testRule(RULE, "batch z kinds (both languages): news promised to the readers once a matter is decided is no ownership left open", {
  valid: [
    {
      name: "Japanese: 「決まり次第、社内ポータルで共有します」 promises news about the KPIs, it leaves no ownership open",
      text: JA(
        "## 知的財産\n\n既存の技術は各社に残る。新たに開発したソフトウェアの権利は合弁会社に帰属する。\n\n## 進捗の確認\n\n具体的なKPIは未定です。決まり次第、社内ポータルで共有します。",
      ),
    },
    {
      name: "English: 'we will share them on the portal once decided' promises news, it leaves no ownership open",
      text: EN(
        "## IP\n\nExisting technology stays with each party. Rights in newly developed software belong to the joint company.\n\n## Tracking\n\nThe KPIs are still to be decided; we will share them on the portal once decided.",
      ),
    },
  ],
  invalid: [
    {
      name: "Japanese: 共有 as co-ownership of the results, put off, still leaves ownership open",
      text: JA("## 知的財産\n\n既存の技術は各社に残る。成果を両社の共有とするかは別途協議する。"),
      errors: [{ messageId: "deferred", range: [6, 0, 6, 7] }],
    },
  ],
});

testRule(RULE, "batch ab kinds: a result named by what the partner makes during the partnership", {
  valid: [
    {
      name: "English: a result named by a free relative ('including what it learns from our depots') is owned",
      text: EN(
        "## Data and who owns what\n\n- Our depot maps and timetables stay ours.\n- The routing model belongs to Acme, including what it learns from our depots.",
      ),
    },
    {
      name: "English: an answer that gives the owner of what is added 'during our partnership' names the results' owner",
      text: EN(
        "## Q7. Who owns the lesson plans our tutors write?\n\nWe do: they stay ours. Acme owns the app itself and everything it has built, including anything it adds to the app during our partnership.",
      ),
    },
  ],
  invalid: [],
});

testRule(RULE, "batch ab kinds (Japanese): a party made the rights holder, an issues table's open row, a pattern within one cell", {
  valid: [
    {
      name: "a party made the rights holder (当社が権利者となり、貴社には…使う権利を許諾) owns the results",
      text: JA(
        "## 知的財産\n\n- 既存の技術・商標は、それぞれの会社のものとします。\n- 共同開発で生まれた配合は、当社が権利者となり、貴社には販売に使う権利を無償で許諾します。",
      ),
    },
  ],
  invalid: [
    {
      name: "an issues table's row still open (未合意) states positions, not an owner, and a row's cells are not read across",
      text: JA(
        "## 論点\n\n| # | 論点 | 当社案 | 先方主張 | 状況 |\n|---|---|---|---|---|\n| 1 | 試作品の帰属 | 当社に単独で帰属 | 先方に帰属 | 未合意（次回協議） |\n| 2 | 解約後の試作品 | 当社は引き続き利用可 | #1の帰属次第 | #1に連動 |",
      ),
      errors: [{ messageId: "noIp", range: [0, 0, 0, 8] }],
    },
  ],
});
