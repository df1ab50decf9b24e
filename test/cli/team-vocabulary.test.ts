/**
 * A team's words from config (`vocabulary:`, and `headings:` as its older form) reach the
 * engine and every rule through the CLI, as the built-in words do.
 */
import { describe, expect, it } from "vitest";
import type { EslintResult } from "../../server/report/json";
import { run, tempProject } from "./helpers";

/**
 * ai-alliance-terms, on by default, turned off: noise in these tests, which are about a team's
 * vocabulary for the headline rules.
 */
const CHECKLIST_OFF = ["--rule", "ai-alliance-terms:off"];

const PLAN = [
  "# 共同配送の提携計画",
  "",
  "## 目的",
  "",
  "2027年3月までに両社の積載率を85%に高める。",
  "",
  "## KPI",
  "",
  "| 指標 | 目標 |",
  "|---|---|",
  "| 積載率 | 85% |",
  "",
  "月次の定例会議で進捗を確認する。",
  "",
  "## 卒業条件",
  "",
  "持ち帰り検討とする。",
  "",
  "## 知的財産",
  "",
  "各社が従前から保有する知的財産は各社に帰属し、本提携の成果は両社の共有（持分各50%）とする。",
  "",
].join("\n");

async function findings(config: string | undefined): Promise<string[]> {
  const files: Record<string, string> = { "plan.alliance.md": PLAN };
  if (config !== undefined) files[".alliance-lint.yaml"] = config;
  const { stdout } = await run(["--format", "json", ...CHECKLIST_OFF, "plan.alliance.md"], { cwd: tempProject(files) });
  return (JSON.parse(stdout) as EslintResult[])[0].messages.map((m) => `${m.line}:${m.ruleId}/${m.messageId}`);
}

describe("a team's vocabulary", () => {
  it("without it, 卒業条件 is no exit heading and the plan has no exit clause", async () => {
    expect(await findings(undefined)).toEqual(["1:missing-exit-clause/noExit"]);
  });

  it("an exit-heading word makes 卒業条件 the exit section, which names no condition", async () => {
    expect(await findings("vocabulary:\n  exit-heading: { ja: [卒業条件] }\n")).toEqual(["15:missing-exit-clause/noCondition"]);
  });

  it("a deferral word makes that section's answer a deferral", async () => {
    const config = "vocabulary:\n  exit-heading: { ja: [卒業条件] }\n  deferral: { ja: [持ち帰り検討] }\n";
    expect(await findings(config)).toEqual(["15:missing-exit-clause/deferred"]);
  });

  it("`headings:` is still read, as heading words", async () => {
    expect(await findings("headings:\n  exit: [卒業条件]\n")).toEqual(["15:missing-exit-clause/noCondition"]);
  });

  it("an unknown concept is a config error at its key", async () => {
    const { stderr, code } = await run(["plan.alliance.md"], {
      cwd: tempProject({ "plan.alliance.md": PLAN, ".alliance-lint.yaml": "vocabulary:\n  exit-headings: { ja: [卒業条件] }\n" }),
    });
    expect(code).toBe(2);
    expect(stderr).toContain(".alliance-lint.yaml:2:3: vocabulary.exit-headings: is not a known key; expected one of: ");
  });
});
