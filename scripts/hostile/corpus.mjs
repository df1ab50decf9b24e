// The hostile corpus: files an attacker or an unlucky user could hand the linter, generated
// (nothing here is checked in). The test suite lints it at a small scale in one CLI run and
// checks every file gets a result without a crash; `npm run bench` lints it at full scale and
// prints the time and peak memory.
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

const EN_PLAN = [
  "# Alliance plan",
  "",
  "## Objectives",
  "",
  "Reach $2M in joint revenue by March 2027.",
  "",
  "## KPIs",
  "",
  "| KPI | Target | Review |",
  "|---|---|---|",
  "| Joint revenue | $2M | monthly |",
  "",
  "## Intellectual property",
  "",
  "Each party keeps its background IP; results are jointly owned 50/50.",
  "",
  "## Exit",
  "",
  "Either party may terminate the alliance with 90 days' written notice.",
  "",
  "## Governance",
  "",
  "A joint steering committee meets quarterly.",
  "",
  "## Form",
  "",
  "A business alliance, with no equity.",
  "",
].join("\n");

const JA_PLAN = [
  "# 共同配送計画",
  "",
  "## 目的",
  "",
  "2027年度末までに積載率を85%にする。",
  "",
  "## KPI",
  "",
  "| 指標 | 目標 | 確認頻度 |",
  "|---|---|---|",
  "| 積載率 | 85% | 月次 |",
  "",
  "## 知的財産",
  "",
  "各当事者が従前から保有する知的財産権は当該当事者に帰属し、本提携の成果は甲乙の共有（持分各50％）とする。",
  "",
  "## 出口戦略",
  "",
  "本提携の有効期間は2026年4月1日から2029年3月31日までとする。",
  "",
  "## 推進体制",
  "",
  "両社の担当役員で構成する合同委員会を四半期ごとに開催する。",
  "",
  "## 提携の形態",
  "",
  "業務提携とし、出資は伴わない。",
  "",
].join("\n");

/** Each level refers to the one before nine times: 9^9 nodes once expanded. */
export function aliasBomb() {
  const lines = ["a0: &a0 [lol]"];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(", ")}]`,
    );
  return `${lines.join("\n")}\n`;
}

function kpiTable(rows) {
  const lines = ["# KPI plan", "", "## KPIs", "", "| KPI | Target | Review |", "|---|---|---|"];
  for (let i = 0; i < rows; i++) lines.push(`| KPI ${i} revenue | $${i}M | monthly |`);
  return `${lines.join("\n")}\n`;
}

function withObjective(plan, objective, heading) {
  return plan.replace(heading === "ja" ? "2027年度末までに積載率を85%にする。" : "Reach $2M in joint revenue by March 2027.", objective);
}

/** name → content (string or bytes); `kb` scales the large ones (the bench uses 1024, the test less). */
export function hostileFiles(kb = 1024) {
  const big = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
  const enParagraph = big("the partners will work together on new markets and ", kb * 800);
  const jaParagraph = big("両社は協力して新規市場の開拓を進める", kb * 800);
  return {
    "crlf.alliance.md": EN_PLAN.replace(/\n/g, "\r\n"),
    "bom.alliance.md": `\uFEFF${JA_PLAN}`,
    "surrogates.alliance.md": JA_PLAN.replace("共同配送計画", "共同配送計画 🚚𠮷😀").replace("積載率", "積載率🚛"),
    "invalid-utf8.alliance.md": Buffer.concat([Buffer.from(EN_PLAN), Buffer.from([0xc3, 0x28, 0xff])]),
    "binary.alliance.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a]),
    "utf16.alliance.md": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN_PLAN, "utf16le")]),
    "empty.alliance.md": "",
    "too-large.alliance.md": big("x", 10 * 1024 * 1024 + 1),
    "large.alliance.md": big(`${EN_PLAN}\n`, kb * 9 * 1024),
    "nested-quotes.alliance.md": `${">".repeat(400)} deep\n${EN_PLAN}`,
    "nested-lists.alliance.md": `${Array.from({ length: 400 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n")}\n${EN_PLAN}`,
    "spaces.alliance.md": `${EN_PLAN}\n${" ".repeat(kb * 1024)}x\n`,
    "digits.alliance.md": `${EN_PLAN}\n${"7".repeat(kb * 1024)}\n`,
    "kanji.alliance.md": `${JA_PLAN}\n${"漢".repeat(kb * 340)}\n`,
    "front-matter-js.alliance.md": `---js\nrequire("fs").writeFileSync("hostile-ran", "x")\n---\n${EN_PLAN}`,
    "front-matter-coffee.alliance.md": `---coffee\nx = 1\n---\n${EN_PLAN}`,
    "lone-fence.alliance.md": `---\n${EN_PLAN}`,
    "alias-bomb.alliance.md": `---\n${aliasBomb()}---\n${EN_PLAN}`,
    "alliances/alias-bomb.yaml": aliasBomb(),
    "anchor-reuse.alliance.md": `---\nowner: &who Acme\n${Array.from({ length: 200 }, (_, i) => `k${i}: *who`).join("\n")}\n---\n${EN_PLAN}`,
    "within-spaces.alliance.md": withObjective(EN_PLAN, `Grow sales within${" ".repeat(kb * 5)}the year.`),
    "genzai-spaces.alliance.md": JA_PLAN.replace("| 積載率 | 85% | 月次 |", `| 積載率 現在${" ".repeat(kb * 5)}| 85% | 月次 |`),
    "from-digits.alliance.md": withObjective(EN_PLAN, `Grow revenue from 1${"0".repeat(kb * 50)} to more.`),
    "ip-digits.alliance.md": EN_PLAN.replace("results are jointly owned 50/50.", `results are owned ${"9".repeat(kb * 200)}.`),
    "paragraph-en.alliance.md": withObjective(EN_PLAN, enParagraph),
    "paragraph-ja.alliance.md": withObjective(JA_PLAN, jaParagraph, "ja"),
    "kpi-table.alliance.md": kpiTable(kb * 100),
    "ip-deferred.alliance.md": EN_PLAN.replace(
      "Each party keeps its background IP; results are jointly owned 50/50.",
      "Ownership of results is to be agreed.",
    ),
    "question.alliance.md": withObjective(EN_PLAN, "Can we explore new markets together?"),
  };
}

/** Files that are not regular files: made where the system allows (mkfifo), else left out. */
function specialFiles(dir) {
  symlinkSync("loop.alliance.md", path.join(dir, "loop.alliance.md"));
  symlinkSync("/etc/passwd", path.join(dir, "passwd.alliance.md"));
  try {
    execFileSync("mkfifo", [path.join(dir, "fifo.alliance.md")]);
  } catch {
    // No mkfifo: the corpus goes without a FIFO.
  }
}

/** Writes the corpus into `dir` and returns the regular files' names. */
export function writeHostileCorpus(dir, kb = 1024) {
  const files = hostileFiles(kb);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  specialFiles(dir);
  return Object.keys(files);
}
