/**
 * fixText: clause templates in the document's language, into the empty section or as a new
 * section (after the KPI section or at the end), never inside code or a table, idempotent,
 * never removing text; the template's placeholders are then reported as errors (defaults are text).
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../server/engine/finding";
import { fix, model } from "../helpers/lint";
import { HEADLINE } from "../helpers/score";

const EXIT_JA = [
  "## 提携の終了（出口戦略）",
  "",
  "- 有効期間：本提携の有効期間は〔開始日〕から〔終了日〕までとする。期間満了の3か月前までにいずれの当事者からも書面による終了の通知がないときは、1年間更新する。",
  "- 終了事由：各当事者は、次のいずれかに該当するときは30日前までの書面通知により本提携を解除することができる。（1）KPIが2四半期連続で目標の50％を下回ったとき、（2）相手方が重大な違反を30日以内に是正しないとき、（3）相手方の支配権が変動したとき。",
  "- 終了時の取扱い：共同資産、知的財産、出向人材及び顧客の扱いは〔移行計画〕に従い、終了後90日以内に移行を完了する。",
].join("\n");
const IP_JA = [
  "## 知的財産権の帰属",
  "",
  "- 既存の知的財産：本提携の開始前から各当事者が保有する知的財産権は、引き続き当該当事者に帰属する。",
  "- 成果の帰属：本提携により生じた成果（発明、ノウハウ、データ、ソフトウェアを含む）に係る知的財産権は、〔帰属先：当事者名、又は甲乙の共有とその持分（例 甲50％・乙50％）〕に帰属する。",
  "- 利用権：各当事者は、本提携の期間中及び終了後も、〔利用範囲〕において成果を〔無償／有償〕で利用できる。第三者への実施許諾には相手方の書面による同意を要する。",
].join("\n");
const KPI_JA = [
  "## KPI（成果指標）",
  "",
  "| 指標 | 現状 | 目標 | 期限 | 責任者 |",
  "|---|---|---|---|---|",
  "| 〔KGI：例 共同開発品の売上高〕 | 〔現状値〕 | 〔目標値（数値と単位）〕 | 〔YYYY年MM月〕 | 〔担当者〕 |",
  "| 〔KPI：例 共同開発の進捗率〕 | 〔現状値〕 | 〔目標値（数値と単位）〕 | 〔YYYY年MM月〕 | 〔担当者〕 |",
  "",
  "- レビュー：両社の合同委員会で四半期ごとに進捗を確認し、結果を経営層に報告する。",
].join("\n");
const OBJECTIVE_JA = "（〔期限：YYYY年MM月〕までに〔指標〕を〔目標値（数値と単位）〕にする）";

const EXIT_EN = [
  "## Term and termination",
  "",
  "- Term: this alliance runs from [start date] to [end date] and renews for 1 year unless either party gives written notice of non-renewal 3 months before expiry.",
  "- Termination: either party may terminate on 30 days' written notice if (a) the KPIs stay below 50% of target for 2 consecutive quarters, (b) the other party commits a material breach and does not cure it within 30 days, or (c) the other party undergoes a change of control.",
  "- On termination: shared assets, IP, seconded staff and customers are handled under [transition plan], completed within 90 days.",
].join("\n");
const IP_EN = [
  "## Intellectual property",
  "",
  "- Background IP: intellectual property each party owned before the alliance remains owned by that party.",
  "- Results: intellectual property created under the alliance (inventions, know-how, data, software) is owned by [owner: one party, or joint ownership with shares, e.g. 50% / 50%].",
  "- Use: each party may use the results for [scope], during and after the alliance, [free of charge / for a fee]; licensing to third parties needs the other party's written consent.",
].join("\n");
const KPI_EN = [
  "## KPIs",
  "",
  "| KPI | Baseline | Target | Due | Owner |",
  "|---|---|---|---|---|",
  "| [KGI, e.g. revenue from the joint product] | [baseline] | [target: number and unit] | [date] | [owner] |",
  "| [KPI, e.g. joint development progress] | [baseline] | [target: number and unit] | [date] | [owner] |",
  "",
  "- Review: the joint steering committee reviews progress quarterly and reports to both executive teams.",
].join("\n");
const OBJECTIVE_EN = " ([KPI] to reach [target: number and unit] by [deadline])";

/** The template body without its heading line (what goes into an existing empty section). */
const body = (template: string) => template.replace(/^##[^\n]*\n\n/, "");

/** Is `a` a subsequence of `b` (nothing of `a` removed or reordered)? */
function isSubsequence(a: string, b: string): boolean {
  let i = 0;
  for (let j = 0; j < b.length && i < a.length; j++) if (a[i] === b[j]) i++;
  return i === a.length;
}

/** Each inserted line with a placeholder has its first placeholder reported, exactly there. */
function expectPlaceholdersReported(output: string, original: string, findings: Finding[]): void {
  const blanks = findings.filter((f) => f.ruleId === "unfilled-placeholder");
  expect(blanks.length).toBeGreaterThan(0);
  expect(blanks.every((f) => f.severity === "error")).toBe(true);
  const starts = new Set(blanks.map((f) => `${f.range.start.line}:${f.range.start.character}`));
  const originalLines = new Set(original.split(/\r?\n/));
  output.split(/\r?\n/).forEach((line, n) => {
    if (originalLines.has(line)) return;
    const at = line.search(/[〔[]/);
    if (at >= 0) expect(starts, `placeholder on line ${n}: ${line}`).toContain(`${n}:${at}`);
  });
}

/**
 * The headline templates alone: the checklist rules are off here so that their templates do not join
 * every expected text (governance ships off; alliance-form and ai-alliance-terms, on by default, are
 * turned off as the plans below name no form).
 */
const HEADLINE_ONLY = {
  rules: {
    governance: { severity: "off" as const, options: {} },
    "alliance-form": { severity: "off" as const, options: {} },
    "ai-alliance-terms": { severity: "off" as const, options: {} },
  },
};

/** fixText gives `expected`, then nothing more; only placeholder findings are left. */
function expectFix(original: string, expected: string, filePath = "plan.alliance.md"): void {
  const first = fix(original, filePath, HEADLINE_ONLY);
  expect(first.output).toBe(expected);
  expect(first.fixed).toBeGreaterThan(0);
  expect(isSubsequence(original, first.output)).toBe(true);
  expect(first.result.findings.filter((f) => HEADLINE.includes(f.ruleId))).toEqual([]);
  expect(first.result.findings.filter((f) => f.ruleId !== "unfilled-placeholder")).toEqual([]);
  expectPlaceholdersReported(first.output, original, first.result.findings);
  const second = fix(first.output, filePath, HEADLINE_ONLY);
  expect(second.output).toBe(first.output);
  expect(second.fixed).toBe(0);
}

describe("fixes in Japanese plans", () => {
  const head = "# 共同配送計画\n\n## 目的\n\n2027年度末までに共同配送の積載率を85%にする。";
  const kpi = "\n\n## KPI\n\n| 指標 | 目標 |\n|---|---|\n| 積載率 | 85% |\n\n合同委員会で四半期ごとにレビューする。";
  const exit = "\n\n## 契約期間\n\n本提携の有効期間は2026年4月1日から2029年3月31日までとする。";
  const ip = "\n\n## 知的財産\n\n各社が従前から保有する知的財産権は各社に帰属し、本提携で生じた成果は両社の共有（持分各50％）とする。";

  it("missing-exit-clause: the exit template goes right after the KPI section", () => {
    expectFix(`${head}${kpi}${ip}\n`, `${head}${kpi}\n\n${EXIT_JA}${ip}\n`);
  });

  it("undefined-ip-ownership: the IP template goes right after the KPI section", () => {
    expectFix(`${head}${kpi}${exit}\n`, `${head}${kpi}\n\n${IP_JA}${exit}\n`);
  });

  it("missing-kpi: the KPI section template goes after the objective section", () => {
    expectFix(`${head}${exit}${ip}\n`, `${head}\n\n${KPI_JA}${exit}${ip}\n`);
  });

  it("vague-objective: the target-and-deadline blank goes before the closing 。", () => {
    const vague = "# 共同配送計画\n\n## 目的\n\n協力して新規事業を模索する";
    expectFix(`${vague}。${kpi}${exit}${ip}\n`, `${vague}${OBJECTIVE_JA}。${kpi}${exit}${ip}\n`);
  });

  it("an empty exit section is filled, under its own heading", () => {
    const original = `${head}${kpi}\n\n## 出口戦略\n${ip}\n`;
    expectFix(original, `${head}${kpi}\n\n## 出口戦略\n\n${body(EXIT_JA)}\n${ip}\n`);
  });

  it("an empty IP section is filled", () => {
    const original = `${head}${kpi}${exit}\n\n## 知的財産\n`;
    expectFix(original, `${head}${kpi}${exit}\n\n## 知的財産\n\n${body(IP_JA)}\n`);
  });

  it("a plan with nothing but a vague objective: after the fixes no headline finding is left", () => {
    const original = "# 共同配送計画\n\n## 目的\n\n協力して新規事業を模索する。\n";
    const result = fix(original);
    expect(result.result.findings.filter((f) => HEADLINE.includes(f.ruleId))).toEqual([]);
    expect(isSubsequence(original, result.output)).toBe(true);
    expect(fix(result.output).output).toBe(result.output);
    for (const title of ["KPI（成果指標）", "提携の終了（出口戦略）", "知的財産権の帰属"]) {
      expect(model(result.output).sections.map((s) => s.title)).toContain(title);
    }
  });
});

describe("fixes in English plans", () => {
  const head = "# Co-marketing plan\n\n## Goals\n\nSign 25 joint enterprise customers by December 2026.";
  const kpi = "\n\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n\nThe steering committee reviews the KPIs monthly.";
  const exit = "\n\n## Term\n\nThe partnership runs from 1 April 2026 to 31 March 2028.";
  const ip =
    "\n\n## Ownership of results\n\nEach party keeps ownership of its background IP. Results developed under the alliance are jointly owned 50/50.";

  it("missing-exit-clause: the exit template goes right after the KPI section", () => {
    expectFix(`${head}${kpi}${ip}\n`, `${head}${kpi}\n\n${EXIT_EN}${ip}\n`);
  });

  it("undefined-ip-ownership: the IP template goes right after the KPI section", () => {
    expectFix(`${head}${kpi}${exit}\n`, `${head}${kpi}\n\n${IP_EN}${exit}\n`);
  });

  it("missing-kpi: the KPI section template goes after the objective section", () => {
    expectFix(`${head}${exit}${ip}\n`, `${head}\n\n${KPI_EN}${exit}${ip}\n`);
  });

  it("missing-kpi without a review cadence: the review line is added at the end of the KPI section", () => {
    const table = "\n\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |";
    expectFix(
      `${head}${table}${exit}${ip}\n`,
      `${head}${table}\n\n- Review: the joint steering committee reviews the KPIs [monthly / quarterly].${exit}${ip}\n`,
    );
  });

  it("vague-objective: the target-and-deadline blank goes before the closing period", () => {
    const vague = "# Co-marketing plan\n\n## Goals\n\nExplore new markets together";
    expectFix(`${vague}.${kpi}${exit}${ip}\n`, `${vague}${OBJECTIVE_EN}.${kpi}${exit}${ip}\n`);
  });

  it("an empty Termination section is filled, under its own heading", () => {
    const original = `${head}${kpi}\n\n## Termination\n${ip}\n`;
    expectFix(original, `${head}${kpi}\n\n## Termination\n\n${body(EXIT_EN)}\n${ip}\n`);
  });

  it("a plan with nothing but a vague objective: after the fixes no headline finding is left", () => {
    const original = "# Co-marketing plan\n\n## Goals\n\nExplore new markets together.\n";
    const result = fix(original);
    expect(result.result.findings.filter((f) => HEADLINE.includes(f.ruleId))).toEqual([]);
    expect(isSubsequence(original, result.output)).toBe(true);
    expect(fix(result.output).output).toBe(result.output);
    for (const title of ["KPIs", "Term and termination", "Intellectual property"]) {
      expect(model(result.output).sections.map((s) => s.title)).toContain(title);
    }
  });
});

describe("where templates go", () => {
  const head = "# Co-marketing plan\n\n## Goals\n\nSign 25 joint enterprise customers by December 2026.";

  it("never inside a table: a KPI section ending in a table at the end of the file", () => {
    const kpi = "\n\n## KPIs\n\nThe steering committee reviews the KPIs monthly.\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |";
    const exit = "\n\n## Term\n\nThe partnership runs from 1 April 2026 to 31 March 2028.";
    expectFix(`${head}${exit}${kpi}`, `${head}${exit}${kpi}\n\n${IP_EN}`);
    const out = model(fix(`${head}${exit}${kpi}`).output);
    expect(out.tables.map((t) => t.rows.length)).toEqual([1]);
  });

  it("never inside a code block: a KPI section ending in a fenced block", () => {
    const kpi =
      "\n\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n\nReviewed monthly by the steering committee.\n\n```\nkickoff notes: ask about the Osaka stores\n```";
    const ip =
      "\n\n## IP\n\nEach party keeps ownership of its background IP. Results developed under the alliance are jointly owned 50/50.";
    expectFix(`${head}${kpi}${ip}\n`, `${head}${kpi}\n\n${EXIT_EN}${ip}\n`);
  });

  it("never inside a code block: a file that ends in an unclosed fence", () => {
    const original = `${head}\n\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n\nReviewed monthly by the steering committee.\n\n\`\`\`\nkickoff notes: ask about the Osaka stores\n`;
    const { output } = fix(original);
    expect(isSubsequence(original, output)).toBe(true);
    const out = model(output);
    const titles = out.sections.map((s) => s.title);
    expect(titles).toContain("Term and termination");
    expect(titles).toContain("Intellectual property");
    for (const block of out.codeBlocks) expect(output.slice(block.span.start, block.span.end)).not.toContain("## ");
  });

  it("a YAML plan is never edited (no place for a Markdown template)", () => {
    const yaml = "title: Cold-chain alliance\nobjective: Explore synergies in cold-chain logistics.\n";
    const result = fix(yaml, "plan.alliance.yaml");
    expect(result.output).toBe(yaml);
    expect(result.fixed).toBe(0);
  });

  it("front matter is left alone: templates go into the body", () => {
    const original = `---\ntitle: Co-marketing plan\nlang: en\n---\n${head}\n`;
    const { output } = fix(original);
    expect(output.startsWith(`---\ntitle: Co-marketing plan\nlang: en\n---\n${head}\n\n## `)).toBe(true);
    expect(model(output).data).toEqual({ title: "Co-marketing plan", lang: "en" });
  });
});

describe("in a numbered document: the next number, in the document's style, after the last numbered section", () => {
  /** The template with its heading numbered: `## 知的財産権の帰属` → `## 4. 知的財産権の帰属`. */
  const numbered = (template: string, heading: (title: string) => string, marks = "##") =>
    template.replace(/^## (.*)/, (_, title: string) => `${marks} ${heading(title)}`);

  it("「## 1.」: the IP section is 「## 4. 知的財産権の帰属」 after section 3, not between 2 (KPI) and 3", () => {
    const plan = [
      "# 共同配送計画\n\n## 1. 目的\n\n2027年度末までに共同配送の積載率を85%にする。",
      "\n\n## 2. KPI\n\n| 指標 | 目標 |\n|---|---|\n| 積載率 | 85% |\n\n合同委員会で四半期ごとにレビューする。",
      "\n\n## 3. 提携期間と終了\n\n本提携の有効期間は2026年4月1日から2029年3月31日までとする。",
    ].join("");
    expectFix(`${plan}\n\n## 付録\n\n議事録\n`, `${plan}\n\n${numbered(IP_JA, (t) => `4. ${t}`)}\n\n## 付録\n\n議事録\n`);
  });

  it("「## 第1条（目的）」 and full-width 「## １．」: both missing sections, numbered 3 and 4 in the same style", () => {
    const articles =
      "# 業務提携計画\n\n## 第1条（目的）\n\n2027年度末までに共同配送の積載率を85%にする。\n\n## 第2条（KPI）\n\n| 指標 | 目標 |\n|---|---|\n| 積載率 | 85% |\n\n合同委員会で四半期ごとにレビューする。";
    expectFix(
      `${articles}\n`,
      `${articles}\n\n${numbered(EXIT_JA, (t) => `第3条（${t}）`)}\n\n${numbered(IP_JA, (t) => `第4条（${t}）`)}\n`,
    );
    const fullWidth = articles.replace("第1条（目的）", "１．目的").replace("第2条（KPI）", "２．KPI");
    expectFix(`${fullWidth}\n`, `${fullWidth}\n\n${numbered(EXIT_JA, (t) => `３．${t}`)}\n\n${numbered(IP_JA, (t) => `４．${t}`)}\n`);
  });

  it("「## 1)」 and 「### 1.」 in English plans, at the sections' own level", () => {
    const goals = "Sign 25 joint enterprise customers by December 2026.";
    const kpis = "| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n\nThe steering committee reviews the KPIs monthly.";
    const ip = "Each party keeps ownership of its background IP. Results developed under the alliance are jointly owned 50/50.";
    const parens = `# Co-marketing plan\n\n## 1) Goals\n\n${goals}\n\n## 2) KPIs\n\n${kpis}\n\n## 3) Ownership of results\n\n${ip}`;
    expectFix(`${parens}\n`, `${parens}\n\n${numbered(EXIT_EN, (t) => `4) ${t}`)}\n`);
    const nested = `# Co-marketing plan\n\n## Plan\n\n### 1. Goals\n\n${goals}\n\n### 2. KPIs\n\n${kpis}`;
    expectFix(`${nested}\n`, `${nested}\n\n${numbered(EXIT_EN, (t) => `3. ${t}`, "###")}\n\n${numbered(IP_EN, (t) => `4. ${t}`, "###")}\n`);
  });
});

describe("line ends and BOM", () => {
  const lf =
    "# Co-marketing plan\n\n## Goals\n\nSign 25 joint enterprise customers by December 2026.\n\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n\nThe steering committee reviews the KPIs monthly.\n";

  it("a CRLF document keeps CRLF everywhere, inserted text included", () => {
    const crlf = lf.replace(/\n/g, "\r\n");
    const { output } = fix(crlf);
    expect(output).toBe(fix(lf).output.replace(/\n/g, "\r\n"));
    expect(/(?<!\r)\n/.test(output)).toBe(false);
    expect(output).toContain("## Term and termination\r\n\r\n- Term:");
    expect(fix(output).output).toBe(output);
  });

  it("the BOM is kept, once, at the start", () => {
    const { output } = fix(`\uFEFF${lf}`);
    expect(output).toBe(`\uFEFF${fix(lf).output}`);
    expect(output.lastIndexOf("\uFEFF")).toBe(0);
    expect(fix(output).output).toBe(output);
  });

  it("BOM and CRLF in a Japanese plan", () => {
    const ja =
      "\uFEFF# 共同配送計画\r\n\r\n## 目的\r\n\r\n2027年度末までに共同配送の積載率を85%にする。\r\n\r\n## KPI\r\n\r\n| 指標 | 目標 |\r\n|---|---|\r\n| 積載率 | 85% |\r\n\r\n合同委員会で四半期ごとにレビューする。\r\n";
    const { output, result } = fix(ja);
    expect(output.startsWith("\uFEFF# 共同配送計画\r\n")).toBe(true);
    expect(/(?<!\r)\n/.test(output)).toBe(false);
    expect(output).toContain(`\r\n\r\n${EXIT_JA.replace(/\n/g, "\r\n")}`);
    expect(output).toContain(`\r\n\r\n${IP_JA.replace(/\n/g, "\r\n")}`);
    expect(result.findings.filter((f) => HEADLINE.includes(f.ruleId))).toEqual([]);
    expect(isSubsequence(ja, output)).toBe(true);
  });
});
