/** Helpers for CLI tests: temp directories of plans, and runCli with captured output. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../server/cli/run";
import { ruleById } from "../../rules";

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  stdin?: string | Uint8Array;
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export async function run(argv: string[], options: RunOptions): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: options.stdin,
    cwd: options.cwd,
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** A fresh directory holding `files` (relative path → text or bytes). */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "alliance-lint-cli-"));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

export function read(dir: string, rel: string): string {
  return readFileSync(path.join(dir, rel), "utf8");
}

/** Lines 0–3 objective, 6–10 KPIs, 12–14 IP; an exit section is added by the plans below. */
const JA_BODY = [
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
];

const EN_BODY = [
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
];

const JA_EXIT = ["", "## 出口戦略", "", "本提携の有効期間は2026年4月1日から2029年3月31日までとする。"];
const EN_EXIT = ["", "## Exit", "", "Either party may terminate the alliance with 90 days' written notice."];

/** Last, so the lines above keep their numbers: governance runs by default, and a clean plan has it. */
const JA_GOVERNANCE = ["", "## 推進体制", "", "両社の担当役員で構成する合同委員会を四半期ごとに開催する。"];
const EN_GOVERNANCE = ["", "## Governance", "", "A joint steering committee meets quarterly."];
/** After it, for the same reason: a plan whose type asks for its form (capital-alliance) has it. */
const JA_FORM = ["", "## 提携の形態", "", "業務提携とし、出資は伴わない。"];
const EN_FORM = ["", "## Form", "", "A business alliance, with no equity."];

const text = (lines: string[]) => `${lines.join("\n")}\n`;

export const PLANS = {
  jaClean: text([...JA_BODY, ...JA_EXIT, ...JA_GOVERNANCE, ...JA_FORM]),
  jaNoExit: text([...JA_BODY, ...JA_GOVERNANCE, ...JA_FORM]),
  enClean: text([...EN_BODY, ...EN_EXIT, ...EN_GOVERNANCE, ...EN_FORM]),
  enNoExit: text([...EN_BODY, ...EN_GOVERNANCE, ...EN_FORM]),
  /** Clean but for one unfilled placeholder: a single error (a warning under WARN_BLANKS). */
  enPlaceholder: text([...EN_BODY, ...EN_EXIT, "", "Kick-off: [date].", ...EN_GOVERNANCE, ...EN_FORM]),
};

/** A config that makes unfilled placeholders warnings: for the tests of how warnings are shown and counted. */
export const WARN_BLANKS = { ".alliance-lint.yaml": "rules:\n  unfilled-placeholder: warn\n" };

/** A rule's message template, so tests do not copy the wording. */
export function message(ruleId: string, messageId: string, locale: "ja" | "en"): string {
  const template = ruleById(ruleId)?.meta.messages[messageId]?.[locale];
  if (!template) throw new Error(`no message ${ruleId}/${messageId}`);
  return template;
}
