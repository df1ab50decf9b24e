/**
 * The locale chooses every text shown to the user — messages, fix and suggestion titles —
 * while what a fix writes into the plan stays in the plan's language.
 */
import { describe, expect, it } from "vitest";
import type { EslintResult } from "../../server/report/json";
import type { SarifLog } from "../../server/report/sarif-types";
import { EN_PLAN, JA_PLAN } from "../lsp/helpers/workspace";
import { run, tempProject } from "./helpers";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

async function lint(format: "json" | "sarif", locale: "ja" | "en", plan: string): Promise<string> {
  const cwd = tempProject({ "plan.alliance.md": plan });
  return (await run(["--format", format, "--locale", locale, "plan.alliance.md"], { cwd })).stdout;
}

async function jsonMessages(locale: "ja" | "en", plan: string) {
  return (JSON.parse(await lint("json", locale, plan)) as EslintResult[])[0].messages;
}

/** Every fix's title (SARIF's description) and inserted text, in the report's order. */
async function sarifFixes(locale: "ja" | "en", plan: string): Promise<{ title: string; text: string }[]> {
  const log = JSON.parse(await lint("sarif", locale, plan)) as SarifLog;
  return log.runs[0].results.flatMap((r) =>
    (r.fixes ?? []).map((f) => ({
      title: f.description!.text,
      text: f.artifactChanges.flatMap((c) => c.replacements.map((x) => x.insertedContent?.text ?? "")).join(""),
    })),
  );
}

describe("locale en on a Japanese plan", () => {
  it("titles every fix and suggestion in English", async () => {
    expect((await sarifFixes("en", JA_PLAN)).map((f) => f.title)).toEqual([
      "Insert an exit clause template",
      "Add a target and deadline to fill in",
      'Replace "未定" with the placeholder 〔要記入：目標値〕',
      "Insert an IP ownership template",
      'Replace "別途協議の上定める" with the placeholder 〔要記入：権利の帰属先〕',
    ]);
    const suggestions = (await jsonMessages("en", JA_PLAN)).flatMap((m) => m.suggestions ?? []);
    expect(suggestions.map((s) => s.desc)).toEqual([
      'Replace "未定" with the placeholder 〔要記入：目標値〕',
      'Replace "別途協議の上定める" with the placeholder 〔要記入：権利の帰属先〕',
    ]);
  });

  it("inserts Japanese text: the Japanese templates and 〔要記入：…〕", async () => {
    const messages = await jsonMessages("en", JA_PLAN);
    const fixes = messages.flatMap((m) => m.fix?.text ?? []);
    expect(fixes).toHaveLength(3);
    for (const text of fixes) expect(text).toMatch(JAPANESE);
    for (const text of fixes) expect(text).toContain("〔");
    expect(messages.flatMap((m) => m.suggestions ?? []).map((s) => s.fix.text)).toEqual(["〔要記入：目標値〕", "〔要記入：権利の帰属先〕"]);
    // The messages follow the locale too; only the quoted words are the plan's.
    expect(messages.map((m) => m.message).filter((m) => JAPANESE.test(m.replace(/'[^']*'/g, "")))).toEqual([]);
  });
});

describe("locale ja on an English plan", () => {
  it("titles every fix and suggestion in Japanese", async () => {
    expect((await sarifFixes("ja", EN_PLAN)).map((f) => f.title)).toEqual([
      "目的に数値目標と期限の記入欄を追加",
      "「TBD」を記入欄 [to fill in: target value] に置き換え",
      "出口条項のテンプレートを挿入",
      "「TBD」を記入欄 [to fill in: termination conditions and notice period] に置き換え",
    ]);
    const suggestions = (await jsonMessages("ja", EN_PLAN)).flatMap((m) => m.suggestions ?? []);
    expect(suggestions.map((s) => s.desc)).toEqual([
      "「TBD」を記入欄 [to fill in: target value] に置き換え",
      "「TBD」を記入欄 [to fill in: termination conditions and notice period] に置き換え",
    ]);
  });

  it("inserts English text: the English templates and [to fill in: …]", async () => {
    const inserted = (await sarifFixes("ja", EN_PLAN)).map((f) => f.text);
    expect(inserted).toHaveLength(4);
    expect(inserted.filter((text) => JAPANESE.test(text))).toEqual([]);
    expect(inserted[0]).toBe(" ([KPI] to reach [target: number and unit] by [deadline])");
  });
});
