// Deterministic benchmark corpus: 2,000 strategic alliance plans (Japanese and English) in
// .cache/bench-corpus/. Same seed + same generator version + same source texts = the same
// bytes, so figures from different runs and machines compare. Reused when the manifest says
// it was written by this version; delete the folder (or pass --force) to write it again.
//
//   node scripts/bench/corpus.mjs [--force] [--out DIR]
//
// Japanese prose is spliced from the METI/JPO model contracts (CC BY 4.0) when the repository
// holds them (METI_DIRS) or BENCH_METI_DIR names a folder of them; otherwise a small built-in
// bank is used (the manifest records which, and the corpus differs). Nothing outside the
// clone is read unless BENCH_METI_DIR says so.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when the output of the generator changes. */
export const GENERATOR_VERSION = 4;
export const SEED = 0xa11ce;
export const COUNT = 2000;
/** How many of the plans are large (50–100 KB): contracts with commentary, long plans. */
const LARGE = 24;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_OUT = join(ROOT, ".cache/bench-corpus");

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32) and helpers. Nothing here may call Math.random.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** `n` distinct items, in a random order. */
  sample(list, n) {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(n, copy.length));
  }
}

// ---------------------------------------------------------------------------------------------
// Source text: the METI/JPO model contracts.

/** Where a clone may hold the contracts, relative to the repository root. */
const METI_DIRS = ["shared/corpora/meti-jpo-model-contracts", "test/corpora/meti-jpo-model-contracts"];

function findMetiDir() {
  const candidates = [process.env.BENCH_METI_DIR, ...METI_DIRS.map((dir) => join(ROOT, dir))].filter(Boolean);
  return candidates.find((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".md") && /^\d/.test(f)));
}

const FALLBACK_JA_PARAGRAPHS = [
  "共同研究開発のテーマは、抽象的に規定し過ぎると双方の認識に齟齬が生じやすい。一方、具体的に規定し過ぎると拡張や変更の度に契約修正の必要が生じる。",
  "バックグラウンド情報の管理を怠ると、契約締結前に保有していた情報と契約締結後に新たに生じた情報が混在し、各情報に関する知的財産権の帰属が曖昧になってしまう。",
  "秘密保持義務条項では、両当事者は共同研究開発の目的以外の目的で秘密情報を使用してはならないとの条件が設けられることが一般的である。",
  "成果物の利用条件を定めておかなければ、契約終了後に一方当事者が成果を使い続けられるかどうかをめぐって紛争が生じるおそれがある。",
  "技術検証の段階では、検証の範囲と期間、費用の負担、報告書の取扱いをあらかじめ定めておくことが望ましい。",
  "マイルストーン方式を採用する場合、各段階の達成基準と対価の支払時期を明確にしておく必要がある。",
  "学習用データセットの利用範囲は、提供者の事業に与える影響を考慮して、目的外利用の禁止とあわせて定めることが多い。",
  "契約の解除事由としては、重大な契約違反、支払停止、差押え、信用状態の著しい悪化などが一般的に列挙される。",
];

const FALLBACK_JA_ARTICLES = [
  { title: "目的", body: "甲および乙は、本契約に基づき、共同して本研究を行うものとする。" },
  { title: "役割分担", body: "甲は本素材の提供および技術指導を行い、乙は試作品の製造および評価を行う。" },
  { title: "経費負担", body: "本研究に要する費用は、別紙に定めるところにより甲および乙がそれぞれ負担する。" },
  { title: "知的財産権の帰属", body: "本研究の過程で生じた発明に係る知的財産権は、当該発明を行った当事者に帰属する。" },
  { title: "秘密保持", body: "甲および乙は、相手方から開示された秘密情報を本目的以外に使用してはならない。" },
  { title: "有効期間", body: "本契約の有効期間は、本契約締結日から2年間とする。" },
  { title: "解除", body: "甲または乙は、相手方が本契約に違反し、30日以内に是正されないときは、本契約を解除することができる。" },
];

function loadSources() {
  const dir = findMetiDir();
  if (!dir) return { meti: false, digest: "fallback", paragraphs: FALLBACK_JA_PARAGRAPHS, articles: FALLBACK_JA_ARTICLES, documents: [] };
  const hash = createHash("sha256");
  const paragraphs = new Set();
  const articles = [];
  const documents = [];
  const files = readdirSync(dir)
    .filter((f) => /^\d.*\.md$/.test(f))
    .sort();
  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8").replace(/\r\n?/g, "\n");
    hash.update(file).update(text);
    const lines = text.split("\n");
    let heading = "";
    let fence;
    const sections = [];
    for (const line of lines) {
      if (line.startsWith("```")) {
        if (fence) {
          const body = fence.join("\n").trim();
          const m = /^第\s*[0-9\uFF10-\uFF19]+\s*条\s*/.exec(body);
          const title = /[（(]([^（()）]+)[）)]/.exec(heading)?.[1];
          if (m && title) articles.push({ title, body: body.slice(m[0].length) });
          fence = undefined;
        } else fence = [];
        continue;
      }
      if (fence) {
        fence.push(line);
        continue;
      }
      if (line.startsWith("## ")) {
        heading = line.slice(3).trim();
        sections.push({ heading, lines: [] });
        continue;
      }
      sections.at(-1)?.lines.push(line);
      const stripped = line.replace(/^\s*(?:[-*+>]|\d+\.)\s*/, "").trim();
      if (/^[#|[!<]/.test(stripped) || stripped.includes("](")) continue;
      if (stripped.length >= 40 && stripped.length <= 600 && /[\u3040-\u309f]/.test(stripped)) paragraphs.add(stripped);
    }
    // Whole commentary sections (headings re-leveled by the caller), for the large plans.
    documents.push(sections.filter((s) => /条|前文|はじめに|コラム/.test(s.heading)));
  }
  return { meti: true, digest: hash.digest("hex").slice(0, 16), paragraphs: [...paragraphs], articles, documents };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const JA_COMPANIES = [
  "北星精機",
  "みなと物流",
  "青葉メディカル",
  "瀬戸内マリンテック",
  "東邦ケミカル",
  "さくら食品",
  "光陽電子",
  "大和ロボティクス",
  "信州アグリ",
  "白鷺ホテルズ",
  "ひかり薬品",
  "千代田データ",
  "湘南モビリティ",
  "はやて航空",
  "山城建設",
  "みらいエナジー",
  "若葉スポーツ",
  "京浜素材",
  "ことぶき保険",
  "あおぞら銀行",
  "九州グリーンパワー",
  "天空ゲームス",
  "日向テキスタイル",
  "富士見AIラボ",
];
const EN_COMPANIES = [
  "Northwind Robotics",
  "Harbor Logistics",
  "Bluefield Health",
  "Crescent Foods",
  "Ironbridge Steel",
  "Lumen Analytics",
  "Pioneer Mobility",
  "Silverline Hotels",
  "Evergreen Pharma",
  "Atlas Payments",
  "Summit Outdoor",
  "Brightwave Energy",
  "Cedar Learning",
  "Orbit Games",
  "Keystone Insurance",
  "Meridian Textiles",
  "Quantum Materials",
  "Riverstone Farms",
  "Solace Care",
  "Vantage Retail",
];
const JA_FORMS = [
  "業務提携",
  "資本業務提携",
  "資本提携",
  "共同研究開発",
  "ライセンス契約",
  "合弁会社の設立",
  "販売・マーケティング提携",
  "技術検証（PoC）",
];
const EN_FORMS = [
  "business alliance",
  "capital and business alliance",
  "joint venture",
  "licensing agreement",
  "joint R&D",
  "co-marketing partnership",
  "proof of concept",
  "strategic investment",
];
const JA_PRODUCTS = [
  "次世代放熱素材",
  "需要予測AI",
  "遠隔診療サービス",
  "物流最適化システム",
  "植物由来の代替肉",
  "リサイクル繊維",
  "観光ポイント連携",
  "スマート農業センサー",
  "EV充電ネットワーク",
  "学習支援アプリ",
];
const EN_PRODUCTS = [
  "demand-forecasting platform",
  "recycled-fibre apparel line",
  "remote patient monitoring service",
  "cold-chain tracking system",
  "loyalty programme",
  "EV charging network",
  "predictive maintenance service",
  "plant-based snack range",
  "learning app",
  "battery materials",
];
const JA_KPIS = [
  ["共同開発品の売上", "億円"],
  ["新規顧客獲得数", "社"],
  ["特許出願件数", "件"],
  ["プロトタイプ完成までの期間", "か月"],
  ["顧客満足度スコア", "点"],
  ["会員送客数", "人"],
  ["解約率", "%"],
  ["導入拠点数", "拠点"],
];
const EN_KPIS = [
  ["Joint product revenue", "$M"],
  ["New customers", "accounts"],
  ["Patent filings", "filings"],
  ["Time to prototype", "months"],
  ["Customer satisfaction (NPS)", "points"],
  ["Referred members", "members"],
  ["Churn", "%"],
  ["Sites live", "sites"],
];
const JA_CADENCE = ["四半期ごと", "毎月", "月次", "半期ごと"];
const EN_CADENCE = ["quarterly", "monthly", "every two weeks", "each quarter"];

// ---------------------------------------------------------------------------------------------
// Sentence builders: each returns one sentence or paragraph. `r` is the Rng, `c` the context.

const ja = {
  background: (r, c) =>
    r.pick([
      `${c.a}は${c.product}の開発を進めてきたが、量産体制と販売チャネルが不足している。`,
      `${c.b}は全国に${r.int(20, 400)}拠点の顧客基盤を持つ一方、${c.product}に関する技術を持たない。`,
      `市場規模は${2024 + r.int(0, 3)}年に約${r.int(200, 4000)}億円と見込まれ、年率${r.int(3, 25)}%で拡大している。`,
      `両社は${2023 + r.int(0, 2)}年から意見交換を重ね、${c.form}の可能性を検討してきた。`,
      `${c.a}の強みは研究開発力であり、${c.b}の強みは販売網と顧客データである。経営資源の補完性は高い。`,
    ]),
  goodObjective: (r, c) =>
    r.pick([
      `${r.int(2, 5)}年以内に${c.product}を共同開発し、${2026 + r.int(0, 3)}年度末までに売上${r.int(3, 50)}億円を達成する。`,
      `両社が組むことで${c.product}を短期間で市場に浸透させ、売上を${r.int(2, 5)}年で${r.int(5, 30)}億円に拡大する。`,
      `${2026 + r.int(0, 2)}年${r.int(1, 12)}月までに${c.product}の試作品を完成させ、導入顧客${r.int(10, 200)}社を獲得する。`,
    ]),
  vagueObjective: (r) =>
    r.pick([
      "協力して新規事業を模索する。",
      "シナジーの最大化を図る。",
      "両社の強みを活かし、新たな価値の創出に取り組む。",
      "顧客満足度の向上を目指す。",
      "連携を深め、事業の拡大を推進する。",
    ]),
  kpiLine: (r) => {
    const [name, unit] = r.pick(JA_KPIS);
    return r.chance(0.15) ? `${name}：目標値は未定` : `${name}：${2026 + r.int(0, 3)}年度末までに${r.int(2, 900)}${unit}`;
  },
  cadence: (r, c) => `KPIは合同委員会で${r.pick(JA_CADENCE)}にレビューし、${c.a}の事業開発部が集計を担当する。`,
  roles: (r, c) =>
    r.pick([
      `${c.a}は技術開発と品質保証を担い、${c.b}は販売と顧客サポートを担う。`,
      `${c.b}は実証フィールドとして${r.int(2, 12)}拠点を提供し、${c.a}は技術者${r.int(2, 15)}名を派遣する。`,
      `費用は${c.a}が${r.int(30, 70)}%、${c.b}が残りを負担し、利益は出資比率に応じて配分する。`,
    ]),
  governance: (r) => `両社の役員で構成する合同委員会を${r.pick(JA_CADENCE)}に開催し、進捗と合意事項を見直す。`,
  goodIp: (r, c) =>
    r.pick([
      `バックグラウンドIPは各社に帰属する。本提携で生じた成果物の知的財産権は${c.a}と${c.b}の共有（持分${r.int(3, 7)}:${r.int(3, 7)}）とし、両社は契約終了後も無償で利用できる。`,
      `共同研究の成果に係る特許権は${c.a}に単独帰属し、${c.b}には${r.int(2, 5)}年間の独占的通常実施権を許諾する。`,
    ]),
  deferredIp: (r) => r.pick(["知的財産権の帰属は別途協議の上定める。", "成果物の権利については今後検討する。"]),
  goodExit: (r) =>
    r.pick([
      `本提携の期間は${r.int(2, 5)}年とし、いずれかの当事者は${r.int(3, 6)}か月前の書面通知により解約できる。解消時には共同資産を持分に応じて分配し、移行計画を${r.int(1, 3)}か月以内に実行する。`,
      `KPIの達成率が${r.int(2, 4)}期連続で${r.int(40, 60)}%を下回った場合、いずれの当事者も本提携を解消できる。顧客と人材の取扱いは別紙の移行計画に従う。`,
    ]),
  deferredExit: (r) => r.pick(["提携の終了条件については別途協議する。", "撤退条件は未定。"]),
  risk: (r) =>
    r.pick([
      "技術情報の漏えいを防ぐため、秘密保持契約を締結してから情報を開示する。",
      "投資の不均衡が生じないよう、四半期ごとに費用負担を見直す。",
      "AIの出力には人によるレビューを必須とし、誤回答やバイアスのリスクを管理する。",
    ]),
  placeholder: () => "〔提携先の名称〕との間で〔契約締結日〕までに基本合意書を締結する。",
};

const en = {
  background: (r, c) =>
    r.pick([
      `${c.a} has spent ${r.int(2, 8)} years developing its ${c.product} but lacks the distribution to scale it.`,
      `${c.b} serves ${r.int(100, 9000)} business customers across ${r.int(3, 40)} regions and has no product in this category.`,
      `The addressable market was worth roughly $${r.int(1, 90)}bn in ${2023 + r.int(0, 2)} and is growing at ${r.int(4, 30)}% a year.`,
      `The two companies first met at a trade fair in ${2023 + r.int(0, 2)} and ran a small pilot together last spring.`,
      `Our strengths are complementary: ${c.a} brings engineering depth, ${c.b} brings customers, data and a trusted brand.`,
    ]),
  goodObjective: (r, c) =>
    r.pick([
      `Launch the co-developed ${c.product} by Q${r.int(1, 4)} FY${2026 + r.int(0, 3)} and reach $${r.int(2, 60)}M in annual revenue within ${r.int(2, 4)} years.`,
      `Sign ${r.int(10, 300)} paying customers for the ${c.product} by the end of ${2026 + r.int(0, 2)}.`,
      `Cut delivery lead time from ${r.int(10, 20)} days to ${r.int(2, 9)} days across all pilot sites within 18 months.`,
    ]),
  vagueObjective: (r) =>
    r.pick([
      "Leverage each other's strengths to explore new opportunities.",
      "Build a long-term relationship and unlock synergies.",
      "Strengthen our presence in the region as opportunities arise.",
      "Work towards becoming the partner of choice for our customers.",
      "Foster innovation and maximise value for both companies.",
    ]),
  kpiLine: (r) => {
    const [name, unit] = r.pick(EN_KPIS);
    return r.chance(0.15) ? `${name}: target TBD` : `${name}: ${r.int(2, 900)} ${unit} by FY${2026 + r.int(0, 3)}`;
  },
  cadence: (r, c) => `The steering committee reviews the KPIs ${r.pick(EN_CADENCE)}; ${c.a}'s partnerships team owns the dashboard.`,
  roles: (r, c) =>
    r.pick([
      `${c.a} leads engineering and quality; ${c.b} owns sales, onboarding and first-line support.`,
      `${c.b} provides ${r.int(2, 12)} pilot sites and ${c.a} seconds ${r.int(2, 15)} engineers for the first year.`,
      `Costs are shared ${r.int(30, 70)}/${r.int(30, 70)} and net profit from the joint offering is split in the same ratio.`,
    ]),
  governance: (r) =>
    `A joint steering committee of two executives from each side meets ${r.pick(EN_CADENCE)} and reviews the agreements once a year.`,
  goodIp: (r, c) =>
    r.pick([
      `Each party keeps its background IP. Foreground IP created under the alliance is jointly owned (${r.int(4, 6)}0/${r.int(4, 6)}0), and both parties may use it royalty-free during and after the alliance.`,
      `All patents arising from the joint work are owned by ${c.a}; ${c.b} receives an exclusive licence in its field for ${r.int(2, 5)} years.`,
    ]),
  deferredIp: (r) => r.pick(["Ownership of IP to be discussed.", "Rights to results will be agreed separately."]),
  goodExit: (r) =>
    r.pick([
      `The alliance runs for ${r.int(2, 5)} years. Either party may terminate on ${r.int(3, 6)} months' written notice; on termination shared assets are split pro rata and a transition plan is executed within ${r.int(30, 90)} days.`,
      `If the KPIs are missed for ${r.int(2, 4)} consecutive quarters, either side may wind down the alliance; customers and staff move according to the transition plan in Annex ${r.int(1, 4)}.`,
    ]),
  deferredExit: (r) => r.pick(["Exit terms TBD.", "How the alliance ends is subject to further discussion."]),
  risk: (r) =>
    r.pick([
      "No technical information is shared before the mutual NDA is signed.",
      "Model outputs are reviewed by a human before they reach customers, to contain hallucination and bias.",
      "An imbalance of investment is the most common failure; the committee reviews contributions every quarter.",
    ]),
  placeholder: () => "[Partner name] will sign the term sheet by [date].",
};

const EN_ARTICLES = [
  [
    "Purpose",
    (c) => `The parties shall jointly develop the ${c.product} (the "Product") and bring it to market in accordance with this Agreement.`,
  ],
  [
    "Definitions",
    () =>
      `"Background IP" means any intellectual property owned by a party before the Effective Date. "Foreground IP" means intellectual property created in the performance of this Agreement.`,
  ],
  [
    "Roles and Responsibilities",
    (c) =>
      `${c.a} shall be responsible for research and development. ${c.b} shall be responsible for manufacturing, marketing and sales of the Product in the Territory.`,
  ],
  [
    "Costs",
    (c, r) =>
      `Each party shall bear its own costs, except that ${c.b} shall reimburse ${c.a} for materials up to USD ${r.int(50, 900)},000 per year.`,
  ],
  [
    "Confidentiality",
    () =>
      "Each party shall keep the other party's Confidential Information in confidence and use it solely for the Purpose. This obligation survives for five years after termination.",
  ],
  [
    "Intellectual Property",
    (c, r) => (r.chance(0.7) ? en.goodIp(r, c) : "Ownership of Foreground IP shall be subject to further discussion between the parties."),
  ],
  [
    "Publication",
    () =>
      "Neither party shall publish results of the joint development without the prior written consent of the other party, which shall not be unreasonably withheld.",
  ],
  [
    "Term and Termination",
    (c, r) =>
      r.chance(0.7) ? en.goodExit(r, c) : "The term of this Agreement and the conditions of its termination shall be agreed separately.",
  ],
  [
    "Effect of Termination",
    () =>
      "Upon termination, each party shall return or destroy the other party's Confidential Information, and licences granted under Article 6 shall survive as stated therein.",
  ],
  [
    "Governing Law",
    () =>
      "This Agreement shall be governed by the laws of Japan. Any dispute shall be submitted to the exclusive jurisdiction of the Tokyo District Court.",
  ],
  ["Miscellaneous", () => "Any matter not provided for in this Agreement shall be discussed by the parties in good faith."],
];

// ---------------------------------------------------------------------------------------------
// Document builders. Each returns the text of one plan of about `target` UTF-8 bytes.

const bytes = (s) => Buffer.byteLength(s, "utf8");

function context(r, lang) {
  const [a, b] = r.sample(lang === "ja" ? JA_COMPANIES : EN_COMPANIES, 2);
  return {
    lang,
    a,
    b,
    form: r.pick(lang === "ja" ? JA_FORMS : EN_FORMS),
    product: r.pick(lang === "ja" ? JA_PRODUCTS : EN_PRODUCTS),
    quality: { objective: r.chance(0.55), kpi: r.int(0, 2), exit: r.int(0, 2), ip: r.int(0, 2) },
  };
}

/** Prose for filler sections: METI paragraphs (parties renamed) for Japanese, the bank for English. */
function prose(r, c, src, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (c.lang === "ja") {
      out.push(
        r.chance(0.7)
          ? r.pick(src.paragraphs).replaceAll("X社", c.a).replaceAll("Y社", c.b)
          : ja[r.pick(["background", "roles", "risk", "governance"])](r, c),
      );
    } else {
      const kind = r.pick(["background", "roles", "risk", "governance", "background"]);
      out.push(`${en[kind](r, c)} ${en[r.pick(["background", "roles", "risk"])](r, c)}`);
    }
  }
  return out;
}

const T = {
  ja: {
    background: ["背景", "提携の背景", "現状と課題", "概要"],
    objective: ["目的", "提携の目的", "目標", "ねらい"],
    kpi: ["KPI", "成果指標", "KGI・KPI", "数値目標"],
    roles: ["役割分担", "各社の役割", "体制と役割"],
    governance: ["体制", "会議体", "ガバナンス"],
    ip: ["知的財産", "知的財産権の帰属", "成果物の権利"],
    exit: ["出口戦略", "契約の終了", "撤退条件", "有効期間と終了"],
    risk: ["リスク", "懸念事項"],
    schedule: ["スケジュール", "マイルストーン"],
    notes: ["補足", "参考", "検討メモ"],
  },
  en: {
    background: ["Background", "Context", "Situation"],
    objective: ["Objectives", "Purpose", "Goals"],
    kpi: ["KPIs", "Success metrics", "Key results"],
    roles: ["Roles and responsibilities", "Contributions"],
    governance: ["Governance", "Steering committee", "Cadence"],
    ip: ["Intellectual property", "Ownership of results", "IP"],
    exit: ["Exit", "Term and termination", "Wind-down"],
    risk: ["Risks", "Concerns"],
    schedule: ["Timeline", "Milestones", "Next steps"],
    notes: ["Notes", "Appendix", "Open questions"],
  },
};

function kpiTable(r, c) {
  const rows = r.int(3, 7);
  const isJa = c.lang === "ja";
  const lines = isJa
    ? ["| 指標 | 現状 | 目標 | 期限 | 担当 |", "|---|---|---|---|---|"]
    : ["| KPI | Baseline | Target | Due | Owner |", "|---|---|---|---|---|"];
  for (const [name, unit] of r.sample(isJa ? JA_KPIS : EN_KPIS, rows)) {
    const target =
      c.quality.kpi === 0 && r.chance(0.6)
        ? isJa
          ? r.pick(["未定", "向上", ""])
          : r.pick(["TBD", "higher", ""])
        : `${r.int(5, 900)}${isJa ? unit : ` ${unit}`}`;
    const due = isJa ? `${2026 + r.int(0, 3)}年度末` : `FY${2026 + r.int(0, 3)}`;
    lines.push(`| ${name} | ${r.int(0, 100)}${isJa ? unit : ` ${unit}`} | ${target} | ${due} | ${r.pick([c.a, c.b])} |`);
  }
  return lines.join("\n");
}

function bullets(items, ordered = false) {
  return items.map((s, i) => `${ordered ? `${i + 1}.` : "-"} ${s}`).join("\n");
}

/** Body sections of a Markdown plan, element by element; quality decides good, deferred or missing. */
function planSections(r, c, src, level) {
  const L = T[c.lang];
  const B = c.lang === "ja" ? ja : en;
  const h = (key) => `${"#".repeat(level)} ${r.pick(L[key])}`;
  const sections = [];
  sections.push([h("background"), prose(r, c, src, r.int(1, 3)).join("\n\n")]);
  const objectives = [];
  for (let i = r.int(1, 3); i > 0; i--)
    objectives.push(c.quality.objective ? B.goodObjective(r, c) : r.chance(0.5) ? B.vagueObjective(r, c) : B.goodObjective(r, c));
  sections.push([h("objective"), r.chance(0.5) ? bullets(objectives) : objectives.join(c.lang === "ja" ? "" : " ")]);
  if (c.quality.kpi > 0 || r.chance(0.3)) {
    const body = r.chance(0.6) ? kpiTable(r, c) : bullets(Array.from({ length: r.int(2, 5) }, () => B.kpiLine(r, c)));
    sections.push([h("kpi"), c.quality.kpi === 2 ? `${body}\n\n${B.cadence(r, c)}` : body]);
  }
  sections.push([h("roles"), r.chance(0.5) ? bullets([B.roles(r, c), B.roles(r, c)]) : B.roles(r, c)]);
  if (r.chance(0.6)) sections.push([h("governance"), B.governance(r, c)]);
  if (c.quality.ip === 2) sections.push([h("ip"), B.goodIp(r, c)]);
  else if (c.quality.ip === 1) sections.push([h("ip"), B.deferredIp(r, c)]);
  if (c.quality.exit === 2) sections.push([h("exit"), B.goodExit(r, c)]);
  else if (c.quality.exit === 1) sections.push([h("exit"), B.deferredExit(r, c)]);
  if (r.chance(0.5)) sections.push([h("risk"), bullets([B.risk(r, c), B.risk(r, c)])]);
  if (r.chance(0.1)) sections.push([h("notes"), B.placeholder(r, c)]);
  return sections;
}

/** Filler sections until the document reaches `target` bytes. */
function padSections(r, c, src, level, target, current) {
  const L = T[c.lang];
  const out = [];
  let size = current;
  let n = 0;
  while (size < target) {
    n++;
    const key = r.pick(["background", "notes", "risk", "schedule", "roles"]);
    const title = `${"#".repeat(level)} ${r.pick(L[key])}${c.lang === "ja" ? `（${n}）` : ` (${n})`}`;
    const paras = prose(r, c, src, r.int(2, 5));
    const body = r.chance(0.4) ? bullets(paras) : paras.join("\n\n");
    out.push([title, body]);
    size += bytes(title) + bytes(body) + 4;
  }
  return out;
}

function render(sections) {
  return sections.map(([head, body]) => `${head}\n\n${body}`).join("\n\n") + "\n";
}

function markdownWithFrontMatter(r, c, src, target) {
  const isJa = c.lang === "ja";
  const B = isJa ? ja : en;
  const objective = c.quality.objective ? B.goodObjective(r, c) : B.vagueObjective(r, c);
  const fm = [
    "---",
    `title: ${JSON.stringify(isJa ? `${c.a}×${c.b} ${c.form}計画書` : `${c.a} × ${c.b}: ${c.form} plan`)}`,
    `lang: ${c.lang}`,
    `partners: [${JSON.stringify(c.a)}, ${JSON.stringify(c.b)}]`,
    `form: ${JSON.stringify(c.form)}`,
    `objective: ${JSON.stringify(objective)}`,
  ];
  if (c.quality.kpi > 0) {
    fm.push("kpis:");
    for (let i = r.int(1, 3); i > 0; i--) fm.push(`  - ${JSON.stringify(B.kpiLine(r, c))}`);
    if (c.quality.kpi === 2) fm.push(`kpi_review: ${isJa ? r.pick(JA_CADENCE) : r.pick(EN_CADENCE)}`);
  }
  fm.push(`updated: ${2025 + r.int(0, 1)}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`, "---", "");
  const head = `${fm.join("\n")}\n# ${isJa ? `${c.product}に関する${c.form}計画` : `${c.product}: ${c.form} plan`}\n\n`;
  const body = planSections(r, c, src, 2);
  const pad = padSections(r, c, src, 2, target, bytes(head) + bytes(render(body)));
  return head + render([...body.slice(0, 2), ...pad, ...body.slice(2)]);
}

function markdownWithTables(r, c, src, target) {
  const isJa = c.lang === "ja";
  const B = isJa ? ja : en;
  const head = `# ${isJa ? `${c.a}と${c.b}の${c.form}` : `${c.a} and ${c.b}: ${c.form}`}\n\n${isJa ? `作成：${c.a} 経営企画部` : `Prepared by ${c.a} corporate development`}\n\n`;
  const body = planSections(r, c, src, 2);
  const roles = isJa
    ? [
        "| 項目 | " + c.a + " | " + c.b + " |",
        "|---|---|---|",
        `| 開発 | 主担当 | 支援 |`,
        `| 販売 | 支援 | 主担当 |`,
        `| 費用負担 | ${r.int(30, 70)}% | 残り |`,
      ]
    : [
        `| Area | ${c.a} | ${c.b} |`,
        "|---|---|---|",
        "| Engineering | lead | support |",
        "| Sales | support | lead |",
        `| Cost share | ${r.int(30, 70)}% | remainder |`,
      ];
  body.splice(3, 0, [
    `## ${isJa ? "分担表" : "Responsibility matrix"}`,
    `${roles.join("\n")}\n\n${bullets([B.roles(r, c), B.risk(r, c)], true)}`,
  ]);
  const pad = padSections(r, c, src, 3, target, bytes(head) + bytes(render(body)));
  return head + render([...body, ...pad]);
}

function memo(r, c, src, target) {
  const isJa = c.lang === "ja";
  const B = isJa ? ja : en;
  const lines = [
    isJa ? `# ${c.b}との打合せメモ（${2025 + r.int(0, 1)}/${r.int(1, 12)}/${r.int(1, 28)}）` : `# Call summary: ${c.a} / ${c.b}`,
    "",
  ];
  lines.push(
    isJa ? `参加者：${c.a} ${r.int(2, 5)}名、${c.b} ${r.int(2, 5)}名` : `Attendees: ${r.int(2, 5)} from ${c.a}, ${r.int(2, 5)} from ${c.b}`,
    "",
  );
  const items = [
    isJa ? "【目的】" : "**Goals**",
    `- ${c.quality.objective ? B.goodObjective(r, c) : B.vagueObjective(r, c)}`,
    "",
    isJa ? "【決定事項】" : "**Decisions**",
    `- ${B.roles(r, c)}`,
    `- ${B.governance(r, c)}`,
    "",
  ];
  if (c.quality.kpi > 0) items.push(isJa ? "■KPI" : "**Metrics**", `- ${B.kpiLine(r, c)}`, `- ${B.kpiLine(r, c)}`, "");
  if (c.quality.ip > 0) items.push(isJa ? "【知財】" : "**IP**", `- ${c.quality.ip === 2 ? B.goodIp(r, c) : B.deferredIp(r, c)}`, "");
  if (c.quality.exit > 0)
    items.push(isJa ? "【出口】" : "**Exit**", `- ${c.quality.exit === 2 ? B.goodExit(r, c) : B.deferredExit(r, c)}`, "");
  let text = [...lines, ...items].join("\n");
  while (bytes(text) < target) {
    text += `\n${isJa ? "【所感】" : "**Discussion**"}\n\n${bullets(prose(r, c, src, r.int(2, 6)))}\n`;
  }
  return text;
}

/** Block scalar: YAML literal text indented under its key. */
function block(text, indent) {
  const pad = " ".repeat(indent);
  return `|\n${text
    .split("\n")
    .map((l) => pad + l)
    .join("\n")}`;
}

function yamlPlan(r, c, src, target) {
  const isJa = c.lang === "ja";
  const B = isJa ? ja : en;
  const out = [
    `# ${isJa ? "提携計画" : "Alliance plan"} (${c.a} / ${c.b})`,
    `title: ${JSON.stringify(isJa ? `${c.product}の${c.form}` : `${c.product} ${c.form}`)}`,
    `lang: ${c.lang}`,
    "partners:",
    `  - name: ${JSON.stringify(c.a)}`,
    `    role: ${JSON.stringify(B.roles(r, c))}`,
    `  - name: ${JSON.stringify(c.b)}`,
    `    role: ${JSON.stringify(B.roles(r, c))}`,
    `form: ${JSON.stringify(c.form)}`,
    `background: ${block(prose(r, c, src, r.int(1, 3)).join("\n"), 2)}`,
    "objectives:",
  ];
  for (let i = r.int(1, 3); i > 0; i--)
    out.push(`  - ${JSON.stringify(c.quality.objective ? B.goodObjective(r, c) : B.vagueObjective(r, c))}`);
  if (c.quality.kpi > 0) {
    out.push("kpis:");
    for (const [name, unit] of r.sample(isJa ? JA_KPIS : EN_KPIS, r.int(2, 5))) {
      out.push(
        `  - name: ${JSON.stringify(name)}`,
        `    target: ${JSON.stringify(r.chance(0.15) ? "TBD" : `${r.int(5, 900)} ${unit}`)}`,
        `    due: FY${2026 + r.int(0, 3)}`,
      );
    }
    if (c.quality.kpi === 2) out.push(`kpi_review: ${JSON.stringify(B.cadence(r, c))}`);
  }
  out.push("governance:", `  committee: ${JSON.stringify(B.governance(r, c))}`);
  if (c.quality.ip > 0) out.push("ip:", `  ownership: ${JSON.stringify(c.quality.ip === 2 ? B.goodIp(r, c) : B.deferredIp(r, c))}`);
  if (c.quality.exit > 0) out.push("exit:", `  terms: ${JSON.stringify(c.quality.exit === 2 ? B.goodExit(r, c) : B.deferredExit(r, c))}`);
  out.push("notes:");
  let text = out.join("\n");
  let n = 0;
  while (bytes(text) < target) {
    n++;
    text += `\n  - topic: ${JSON.stringify(isJa ? `検討事項${n}` : `Open item ${n}`)}\n    detail: ${block(prose(r, c, src, r.int(1, 3)).join("\n\n"), 6)}`;
  }
  return text + "\n";
}

function contract(r, c, src, target) {
  const isJa = c.lang === "ja";
  // How articles are marked: Markdown headings, plain pseudo-heading paragraphs, or fenced text.
  const style = r.pick(["heading", "pseudo", "fenced"]);
  if (!isJa) {
    const title = c.form.replace(/^\w/, (m) => m.toUpperCase()).replace(/ agreement$/, "");
    const lines = [`# ${title} Agreement`, "", `This Agreement is made between ${c.a} and ${c.b} (each a "Party").`, ""];
    let n = 0;
    const articles = [...EN_ARTICLES];
    while (bytes(lines.join("\n")) < target) {
      const [title, clause] = articles[n % articles.length];
      n++;
      const head = style === "heading" ? `## Article ${n} (${title})` : `**Article ${n} (${title})**`;
      const body = `${clause(c, r)}${n > articles.length ? ` ${en.roles(r, c)}` : ""}`;
      lines.push(head, style === "fenced" ? `\n\`\`\`\n${body}\n\`\`\`\n` : `${style === "heading" ? "\n" : ""}${body}\n`);
    }
    return lines.join("\n") + "\n";
  }
  const lines = [
    `# ${c.form}契約書`,
    "",
    `${c.a}（以下「甲」という。）と${c.b}（以下「乙」という。）は、${c.product}に関し、次のとおり契約を締結する。`,
    "",
  ];
  // Shuffled, but a contract starts with its purpose article.
  const articles = r.sample(src.articles, src.articles.length).sort((x, y) => Number(y.title === "目的") - Number(x.title === "目的"));
  let n = 0;
  while (bytes(lines.join("\n")) < target) {
    const a = articles[n % articles.length];
    n++;
    const body = a.body.replaceAll("X社", c.a).replaceAll("Y社", c.b);
    if (style === "heading") lines.push(`## 第${n}条（${a.title}）`, "", body, "");
    else if (style === "pseudo") lines.push(`第${n}条（${a.title}）`, body, "");
    else lines.push(`## 第${n}条（${a.title}）`, "", "```", `第${n}条\u3000${body}`, "```", "");
    if (r.chance(0.15)) lines.push(`（注）${r.pick(src.paragraphs)}`, "");
  }
  return lines.join("\n");
}

/** 50–100 KB: a METI contract with its commentary (Japanese), or a long English plan. */
function large(r, c, src, target) {
  if (c.lang === "ja" && src.documents.length) {
    const doc = r.pick(src.documents);
    const head = `---\ntitle: ${JSON.stringify(`${c.a}×${c.b} ${c.form} 契約検討資料`)}\nlang: ja\n---\n\n# ${c.form}契約書（逐条解説付き）\n\n`;
    let text = head;
    let i = 0;
    while (bytes(text) < target && i < doc.length * 3) {
      const s = doc[i % doc.length];
      i++;
      text += `## ${s.heading}\n${s.lines.join("\n").replaceAll("X社", c.a).replaceAll("Y社", c.b)}\n`;
    }
    const pad = padSections(r, c, src, 2, target, bytes(text));
    return text + (pad.length ? `\n${render(pad)}` : "");
  }
  return r.chance(0.5) ? markdownWithTables(r, c, src, target) : contract(r, c, src, target);
}

const KINDS = [
  { name: "frontmatter", weight: 5, ext: ".md", build: markdownWithFrontMatter },
  { name: "tables", weight: 5, ext: ".md", build: markdownWithTables },
  { name: "memo", weight: 2, ext: ".md", build: memo },
  { name: "yaml", weight: 3, ext: ".yaml", build: yamlPlan },
  { name: "contract", weight: 4, ext: ".md", build: contract },
];

function pickKind(r) {
  const total = KINDS.reduce((s, k) => s + k.weight, 0);
  let x = r.next() * total;
  for (const k of KINDS) if ((x -= k.weight) < 0) return k;
  return KINDS[0];
}

// ---------------------------------------------------------------------------------------------

/** Write the corpus unless a matching one is there. Returns the manifest. */
export function ensureCorpus({ out = DEFAULT_OUT, force = false, log = () => {} } = {}) {
  const src = loadSources();
  const key = { version: GENERATOR_VERSION, seed: SEED, count: COUNT, sources: src.digest };
  const manifestPath = join(out, "manifest.json");
  if (!force && existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
      if (JSON.stringify(manifest.key) === JSON.stringify(key) && manifest.files.every((f) => existsSync(join(out, f.name)))) {
        log(`corpus: reusing ${out} (generator v${GENERATOR_VERSION})`);
        return { ...manifest, dir: out, reused: true };
      }
    } catch {
      // unreadable manifest: write the corpus again
    }
  }
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const r = new Rng(SEED);
  const largeAt = new Set(r.sample([...Array(COUNT).keys()], LARGE));
  const files = [];
  for (let i = 0; i < COUNT; i++) {
    const lang = r.chance(0.5) ? "ja" : "en";
    const c = context(r, lang);
    const isLarge = largeAt.has(i);
    // 1–10 KB, most plans at the small end; a few 50–100 KB.
    const target = isLarge ? r.int(50, 100) * 1024 : Math.round(1024 * (1 + 9 * r.next() ** 1.6));
    const kind = isLarge ? { name: "large", ext: ".md", build: large } : pickKind(r);
    const text = kind.build(r, c, src, target);
    const name = `${String(i).padStart(4, "0")}-${lang}-${kind.name}${kind.ext}`;
    writeFileSync(join(out, name), text);
    files.push({ name, lang, kind: kind.name, bytes: bytes(text) });
  }
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
  const manifest = { key, meti: src.meti, totalBytes, files };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
  log(
    `corpus: wrote ${files.length} plans, ${(totalBytes / 1e6).toFixed(2)} MB to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s${src.meti ? "" : " (METI corpus not found: built-in Japanese bank)"}`,
  );
  return { ...manifest, dir: out, reused: false };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const manifest = ensureCorpus({
    out: outAt >= 0 ? resolve(args[outAt + 1]) : DEFAULT_OUT,
    force: args.includes("--force"),
    log: console.log,
  });
  const by = (field) =>
    Object.entries(manifest.files.reduce((m, f) => ((m[f[field]] = (m[f[field]] ?? 0) + 1), m), {}))
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  const sizes = manifest.files.map((f) => f.bytes).sort((a, b) => a - b);
  console.log(
    `  ${manifest.files.length} files, ${(manifest.totalBytes / 1e6).toFixed(2)} MB; min ${sizes[0]} B, median ${sizes[sizes.length >> 1]} B, max ${sizes.at(-1)} B`,
  );
  console.log(`  by language: ${by("lang")}; by kind: ${by("kind")}`);
}
