/**
 * fast-check arbitraries for whole plans, in Japanese and English, composed from realistic
 * parts: headings in several styles, objectives vague and concrete (some ending in a
 * question mark), KPI tables and lists with and without targets or cadence, exit and IP
 * clauses present, missing, empty or deferred, optional front matter (or a lone `---`),
 * emoji and surrogate pairs, then LF or CRLF and an optional BOM.
 */
import { fc } from "@fast-check/vitest";

type Lang = "ja" | "en";
type Element = "background" | "objective" | "kpi" | "exit" | "ip" | "notes";

/** Per language: heading titles and statements by kind. */
interface Vocabulary {
  titles: Record<Element, string[]>;
  concreteObjectives: string[];
  vagueObjectives: string[];
  kpiTable: { header: string; targets: string[]; noTargets: string[] };
  kpiList: { targets: string[]; noTargets: string[] };
  cadence: string;
  exit: Record<"stated" | "deferred" | "reviewOnly", string>;
  ip: Record<"stated" | "deferred" | "resultsDeferred", string>;
  background: string[];
  notes: string[];
  documentTitle: string;
}

const VOCABULARY: Record<Lang, Vocabulary> = {
  ja: {
    titles: {
      background: ["背景", "提携の背景"],
      objective: ["目的", "提携の目的", "目標"],
      kpi: ["KPI", "成果指標", "KPI（成果指標）"],
      exit: ["出口戦略", "契約期間と終了", "提携の終了"],
      ip: ["知的財産", "知的財産権の帰属"],
      notes: ["備考", "未決事項"],
    },
    concreteObjectives: ["2027年度末までに共同配送の積載率を85%にする。", "2026年12月までに共同開発品を発売し、売上3億円を達成する。"],
    vagueObjectives: [
      "協力して新規事業を模索する。",
      "両社の強みを活かしてシナジーの最大化を図る",
      "顧客満足度を高められるか？",
      "物流の効率化を推進する！",
    ],
    kpiTable: {
      header: "| 指標 | 現状 | 目標 |\n|---|---|---|",
      targets: ["| 積載率 | 60% | 85% |", "| 共同配送の便数 | 0便 | 月120便 |"],
      noTargets: ["| 積載率 | 60% | 向上 |", "| 顧客満足度 | 3.2 | 未定 |"],
    },
    kpiList: {
      targets: ["- 積載率：2027年度末に85%", "- 共同配送の便数：月120便"],
      noTargets: ["- 顧客満足度の向上", "- 配送コスト：別途協議"],
    },
    cadence: "合同委員会で四半期ごとにKPIをレビューする。",
    exit: {
      stated: "本提携の有効期間は2026年4月1日から2029年3月31日までとする。",
      deferred: "提携の解消については別途協議する。",
      reviewOnly: "毎年1月に両社の役員が提携の見直しを行う。",
    },
    ip: {
      stated: "各社が従前から保有する知的財産権は各社に帰属し、本提携で生じた成果は両社の共有（持分各50％）とする。",
      deferred: "知的財産権の帰属は別途協議の上定める。",
      resultsDeferred: "- 既存の知的財産は各社に帰属する。\n- 共同開発した成果の帰属：別途協議。",
    },
    background: ["両社は関東圏で冷蔵配送を行っており、積載率の低さが課題である🚚。", "𠮷田運輸は創業60年の物流会社で、倉庫を12か所持つ。"],
    notes: ["- 知的財産の扱いは別途協議。", "- 配送料金は来期に見直す。"],
    documentTitle: "共同配送提携計画",
  },
  en: {
    titles: {
      background: ["Background", "Why this alliance"],
      objective: ["Objectives", "Goals", "Purpose of the alliance"],
      kpi: ["KPIs", "Success measures", "Key performance indicators"],
      exit: ["Exit", "Term and termination", "Ending the alliance"],
      ip: ["Intellectual property", "IP", "Ownership of results"],
      notes: ["Notes", "Open points"],
    },
    concreteObjectives: ["Sign 25 joint enterprise customers by December 2026.", "Reach $2M in joint revenue by March 2027."],
    vagueObjectives: [
      "Explore new markets together.",
      "Leverage each other's strengths to grow our presence",
      "Can we grow the joint business together?",
      "Strengthen the partnership!",
    ],
    kpiTable: {
      header: "| KPI | Baseline | Target |\n|---|---|---|",
      targets: ["| Joint customers | 0 | 25 |", "| Joint revenue | $0 | $2M by FY2027 |"],
      noTargets: ["| Joint customers | 0 | higher |", "| Customer satisfaction | 3.2 | TBD |"],
    },
    kpiList: {
      targets: ["- Joint revenue: $2M by FY2027", "- Joint customers: 25 by December 2026"],
      noTargets: ["- Customer satisfaction: higher", "- Delivery cost: to be agreed"],
    },
    cadence: "The steering committee reviews the KPIs monthly.",
    exit: {
      stated: "The partnership runs from 1 April 2026 to 31 March 2028.",
      deferred: "Exit terms: to be agreed.",
      reviewOnly: "The sponsors meet every January for an annual alliance review.",
    },
    ip: {
      stated: "Each party keeps ownership of its background IP. Results developed under the alliance are jointly owned 50/50.",
      deferred: "IP ownership will be discussed later.",
      resultsDeferred:
        "- Background IP remains with the party that brought it.\n- Ownership of the jointly developed firmware: to be agreed.",
    },
    background: [
      "Both companies run cold-chain fleets in the Midwest 🚚 and share three large shippers.",
      "Frostbyte 👩🏽‍💻 makes sensors; 𠮷 Foods is a pilot customer.",
    ],
    notes: ["- Open point: IP ownership to be agreed.", "- Prices are reviewed next year."],
    documentTitle: "Cold-chain alliance plan",
  },
};

const HEADING_STYLES = ["atx", "atx-closed", "setext", "bold", "bracket", "article"] as const;
type HeadingStyle = (typeof HEADING_STYLES)[number];

function heading(style: HeadingStyle, title: string, lang: Lang): string {
  switch (style) {
    case "atx":
      return `## ${title}`;
    case "atx-closed":
      return `### ${title} ###`;
    case "setext":
      return `${title}\n${"-".repeat(Math.max(3, title.length))}`;
    case "bold":
      return `**${title}**`;
    case "bracket":
      return lang === "ja" ? `【${title}】` : `${title}:`;
    case "article":
      return lang === "ja" ? `## 第3条（${title}）` : `**Article 3 – ${title}**`;
  }
}

/** Emoji, a ZWJ sequence or a surrogate-pair kanji appended to a line, or nothing. */
const flair = fc.constantFrom("", "", " 🚀", " 👩🏽‍💻", " 𠮷");

/** A section: its heading in one style, then its body (possibly empty). */
function section(lang: Lang, element: Element, body: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...HEADING_STYLES), fc.constantFrom(...VOCABULARY[lang].titles[element]), flair, body)
    .map(([style, title, extra, text]) =>
      text ? `${heading(style, title + extra, lang)}\n\n${text}` : heading(style, title + extra, lang),
    );
}

function objectives(v: Vocabulary): fc.Arbitrary<string> {
  const line = fc.tuple(fc.constantFrom(...v.concreteObjectives, ...v.vagueObjectives), flair).map(([s, f]) => s + f);
  return fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([lines, asList]) => (asList ? lines.map((l) => `- ${l}`).join("\n") : lines.join("\n\n")));
}

function kpis(v: Vocabulary): fc.Arbitrary<string> {
  const table = fc
    .array(fc.constantFrom(...v.kpiTable.targets, ...v.kpiTable.noTargets), { minLength: 1, maxLength: 3 })
    .map((rows) => `${v.kpiTable.header}\n${rows.join("\n")}`);
  const list = fc
    .array(fc.constantFrom(...v.kpiList.targets, ...v.kpiList.noTargets), { minLength: 1, maxLength: 3 })
    .map((l) => l.join("\n"));
  return fc.tuple(fc.oneof(table, list), fc.boolean()).map(([body, cadence]) => (cadence ? `${body}\n\n${v.cadence}` : body));
}

/** A clause that is stated, deferred, …, or an empty section (""); absent sections are left out by `plan`. */
const clause = (texts: Record<string, string>) => fc.constantFrom(...Object.values(texts), "");

function frontMatter(lang: Lang, v: Vocabulary): fc.Arbitrary<string> {
  // A lone `---` first line with no closing fence is a thematic break, not front matter.
  return fc.constantFrom(
    "",
    `---\ntitle: "${v.documentTitle}"\nlang: ${lang}\n---\n`,
    `---\ntitle: ${v.documentTitle}\nobjective: ${v.vagueObjectives[0]}\n---\n`,
    "---\n",
  );
}

function planIn(lang: Lang): fc.Arbitrary<string> {
  const v = VOCABULARY[lang];
  const sections = [
    section(lang, "background", fc.constantFrom(...v.background)),
    section(lang, "objective", objectives(v)),
    section(lang, "kpi", kpis(v)),
    section(lang, "exit", clause(v.exit)),
    section(lang, "ip", clause(v.ip)),
    section(lang, "notes", fc.constantFrom(...v.notes)),
  ].map((s) => fc.option(s, { nil: undefined }));
  const code = fc.constantFrom("", "```\nkick-off notes 📝\n```", "```\nunclosed fence\n");
  return fc
    .tuple(
      frontMatter(lang, v),
      fc.boolean(),
      fc.tuple(...sections),
      fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6 }),
      code,
      fc.boolean(),
    )
    .map(([front, titled, bodies, order, tail, finalNewline]) => {
      const parts = order.map((i) => bodies[i]).filter((s): s is string => s !== undefined);
      const text = [titled ? `# ${v.documentTitle}` : "", ...parts, tail].filter(Boolean).join("\n\n");
      return front + text + (finalNewline ? "\n" : "");
    });
}

/** A plan in either language, with LF or CRLF line endings and with or without a BOM. */
export const planText: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(planIn("ja"), planIn("en")), fc.boolean(), fc.boolean())
  .map(([text, crlf, bom]) => (bom ? "\uFEFF" : "") + (crlf ? text.replace(/\n/g, "\r\n") : text));
