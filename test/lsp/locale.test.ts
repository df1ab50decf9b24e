/**
 * The editor's locale setting chooses the language of every code action's title, as it does
 * the diagnostics' messages; what an action writes into the plan stays in the plan's language.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CodeAction, TextEdit } from "vscode-languageserver-protocol";
import { serverSession, type Session } from "./helpers/session";
import { EN_PLAN, JA_PLAN } from "./helpers/workspace";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** Each diagnostic's code and the titles of the actions offered on it. */
async function actionsOn(session: Session, name: string, text: string): Promise<{ code: string; actions: CodeAction[] }[]> {
  const uri = session.client.open(path.join(session.ws, name), text);
  const diagnostics = await session.client.current(uri);
  return Promise.all(
    diagnostics.map(async (d) => ({ code: String(d.code), actions: await session.client.codeActions(uri, d.range, [d]) })),
  );
}

function titles(offered: { code: string; actions: CodeAction[] }[]): Record<string, string[]> {
  return Object.fromEntries(offered.map((o) => [o.code, o.actions.map((a) => a.title)]));
}

/** The text the rules' own actions insert (not the directive of "disable for this line"). */
function inserted(offered: { actions: CodeAction[] }[]): string[] {
  const edits = offered.flatMap((o) => o.actions.flatMap((a) => Object.values(a.edit?.changes ?? {}).flat() as TextEdit[]));
  return edits.map((e) => e.newText).filter((text) => !text.includes("alliance-lint-disable"));
}

describe("locale en on a Japanese plan", () => {
  const session = serverSession({ settings: { locale: "en" } });

  it("titles every quick fix, suggestion and action in English and inserts Japanese text", async () => {
    const offered = await actionsOn(session, "ja.alliance.md", JA_PLAN);
    const fixAll = "Fix all alliance-lint problems";
    expect(titles(offered)).toEqual({
      "missing-exit-clause": ["Insert an exit clause template", "Disable missing-exit-clause for this line", fixAll],
      "vague-objective": ["Add a target and deadline to fill in", "Disable vague-objective for this line", fixAll],
      "missing-kpi": ['Replace "未定" with the placeholder 〔要記入：目標値〕', "Disable missing-kpi for this line", fixAll],
      "undefined-ip-ownership": [
        "Insert an IP ownership template",
        'Replace "別途協議の上定める" with the placeholder 〔要記入：権利の帰属先〕',
        "Disable undefined-ip-ownership for this line",
        fixAll,
      ],
    });
    const texts = inserted(offered);
    expect(texts).toHaveLength(5);
    for (const text of texts) expect(text).toMatch(JAPANESE);
    expect(texts).toContain("〔要記入：目標値〕");
  });
});

describe("locale ja on an English plan", () => {
  const session = serverSession({ settings: { locale: "ja" } });

  it("titles every quick fix, suggestion and action in Japanese and inserts English text", async () => {
    const offered = await actionsOn(session, "en.alliance.md", EN_PLAN);
    const fixAll = "alliance-lint の問題をすべて修正";
    expect(titles(offered)).toEqual({
      "vague-objective": ["目的に数値目標と期限の記入欄を追加", "この行で vague-objective を無効にする", fixAll],
      "missing-kpi": ["「TBD」を記入欄 [to fill in: target value] に置き換え", "この行で missing-kpi を無効にする", fixAll],
      "missing-exit-clause": [
        "出口条項のテンプレートを挿入",
        "「TBD」を記入欄 [to fill in: termination conditions and notice period] に置き換え",
        "この行で missing-exit-clause を無効にする",
        fixAll,
      ],
    });
    const texts = inserted(offered);
    expect(texts).toHaveLength(4);
    expect(texts.filter((text) => JAPANESE.test(text))).toEqual([]);
    expect(texts).toContain("[to fill in: target value]");
  });
});
