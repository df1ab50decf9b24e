// Generated single files that used to be super-linear, for the scaling table of `npm run bench`
// (and by hand: `node scripts/bench/pathological.mjs <kind> <size> > file.md`).
//
//   paragraph-ja / paragraph-en <bytes>: a plan whose background is one paragraph of sentences
//   kpi-table <rows>: a table whose rows mention KPIs, under a heading that is not a KPI section
//   blockquote <depth>: 200 lines of a paragraph inside `depth` nested blockquotes
//   goal-list <items>: a bullet list of aims, nested four deep, after a lead-in, under a rationale heading
//   short-paragraphs <bytes>: many short paragraphs under one heading (one parse chunk)
//
// Deterministic: the same arguments give the same bytes.
import { pathToFileURL } from "node:url";

const JA_SENTENCES = [
  "両社は2023年から意見交換を重ね、業務提携の可能性を検討してきた。",
  "市場規模は約1200億円と見込まれ、年率8%で拡大している。",
  "北星精機は研究開発力に強みを持ち、みなと物流は全国の販売網を持つ。",
  "共同開発品の試作は2026年度中に完了させる予定である（詳細は別紙に定める。）。",
  "物流拠点の再編により、配送のリードタイムを短縮できる見込みがある。",
];
const EN_SENTENCES = [
  "The two companies first met at a trade fair in 2023 and ran a small pilot together last spring.",
  "The addressable market was worth roughly $12bn in 2024 and is growing at 8% a year.",
  "Northwind brings engineering depth, while Harbor brings customers, data and a trusted brand.",
  "A prototype of the joint product is due in FY2026 (see Annex 2 for the details).",
  "Consolidating the warehouses should shorten delivery lead times for both partners.",
];

/** Sentences joined without a line break until the paragraph has about `bytes` UTF-8 bytes. */
function paragraph(sentences, separator, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = sentences[i % sentences.length];
    parts.push(s);
    size += Buffer.byteLength(s) + separator.length;
  }
  return parts.join(separator);
}

export function paragraphPlan(lang, bytes) {
  return lang === "ja"
    ? `# 業務提携計画書\n\n## 背景\n\n${paragraph(JA_SENTENCES, "", bytes)}\n`
    : `# Alliance plan\n\n## Background\n\n${paragraph(EN_SENTENCES, " ", bytes)}\n`;
}

/** The table sits under "Plan details": with no KPI section, every row that names a KPI declares one. */
export function kpiTable(rows) {
  const body = Array.from({ length: rows }, (_, i) => `| KPI ${i + 1} | Revenue of line ${i + 1} | $${(i % 90) + 2}M by FY2027 |`);
  return `# Alliance plan\n\n## Plan details\n\n| Item | Description | Goal |\n| --- | --- | --- |\n${body.join("\n")}\n`;
}

/** 200 lines, each inside `depth` blockquotes: the bytes grow with the depth. */
export function nestedBlockquote(depth) {
  const line = `${"> ".repeat(depth)}The partners share one warehouse in Osaka.\n`;
  return `# Alliance plan\n\n## Background\n\n${line.repeat(200)}`;
}

/**
 * A list whose items each ask for their parent item, their lead-in and their list's measured aims
 * (vague-objective): `items` bullets nested up to four deep, every third one with a target and a date.
 */
export function goalList(items) {
  const body = Array.from({ length: items }, (_, i) =>
    i % 3 ? `${"  ".repeat(i % 4)}- Grow our presence in region ${i}.` : `- Win ${i + 1} contracts by 31 March 2029.`,
  );
  return `# Alliance plan\n\n## Why we partner\n\nOur goals:\n\n${body.join("\n")}\n`;
}

export function shortParagraphs(bytes) {
  const parts = ["# Alliance plan\n"];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const text = `${EN_SENTENCES[i % EN_SENTENCES.length]}\n`;
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return parts.join("\n");
}

export const KINDS = {
  "paragraph-ja": (n) => paragraphPlan("ja", n),
  "paragraph-en": (n) => paragraphPlan("en", n),
  "kpi-table": kpiTable,
  blockquote: nestedBlockquote,
  "goal-list": goalList,
  "short-paragraphs": shortParagraphs,
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [kind, size] = process.argv.slice(2);
  if (!KINDS[kind] || !Number(size)) {
    console.error(`usage: node pathological.mjs <${Object.keys(KINDS).join("|")}> <size>`);
    process.exit(2);
  }
  process.stdout.write(KINDS[kind](Number(size)));
}
