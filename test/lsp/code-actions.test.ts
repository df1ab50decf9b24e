/**
 * Code actions over stdio: each returned WorkspaceEdit is applied to the text and the result
 * compared with the expected text; the server then re-lints the edited document.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import { ConfigLoader } from "../../server/config/load-config";
import { fixText } from "../../server/engine/engine";
import { RULE_IDS, ruleById, ruleDefaults } from "../../rules";
import { REPO } from "./helpers/build";
import { serverSession } from "./helpers/session";
import { EN_PLAN, JA_PLAN } from "./helpers/workspace";

const session = serverSession();

/** Open `text`, wait for its diagnostics and ask for the actions on the one of `rule`. */
async function actionsFor(
  name: string,
  text: string,
  rule: string,
): Promise<{ uri: string; diagnostic: Diagnostic; actions: CodeAction[] }> {
  const uri = session.client.open(path.join(session.ws, name), text);
  const diagnostic = (await session.client.current(uri)).find((d) => d.code === rule);
  if (!diagnostic) throw new Error(`no ${rule} diagnostic`);
  return { uri, diagnostic, actions: await session.client.codeActions(uri, diagnostic.range, [diagnostic]) };
}

function titled(actions: CodeAction[], title: string): CodeAction {
  const action = actions.find((a) => a.title === title);
  if (!action) throw new Error(`no action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

function engineFix(file: string, text: string, rule?: string): string {
  const config = new ConfigLoader({ cwd: session.ws, ruleDefaults: ruleDefaults(), knownRules: [...RULE_IDS], trusted: true }).forFile(
    file,
  );
  return fixText(text, { filePath: file, config, ...(rule && { rules: [ruleById(rule)!] }) }).output;
}

describe("the rule's quick fix", () => {
  it("inserts the exit clause template in Japanese, as --fix would, and the finding goes", async () => {
    const { uri, actions } = await actionsFor("exit.alliance.md", JA_PLAN, "missing-exit-clause");
    const fix = titled(actions, "出口条項のテンプレートを挿入");
    expect(fix).toMatchObject({ kind: "quickfix", isPreferred: true });
    const fixed = session.client.applied(uri, fix.edit);
    const template = readFileSync(path.join(REPO, "rules/templates/ja/exit-clause.md"), "utf8").trim();
    // No exit section: the new one goes after the KPI section.
    expect(fixed).toBe(JA_PLAN.replace("レビューする。\n", `レビューする。\n\n${template}\n`));
    expect(fixed).toBe(engineFix(path.join(session.ws, "exit.alliance.md"), JA_PLAN, "missing-exit-clause"));
    session.client.replaceAll(uri, fixed);
    expect((await session.client.current(uri)).map((d) => d.code)).not.toContain("missing-exit-clause");
  });

  it("inserts the English template after the English plan's deferred exit section", async () => {
    const { uri, actions } = await actionsFor("exit-en.alliance.md", EN_PLAN, "missing-exit-clause");
    const fixed = session.client.applied(uri, titled(actions, "Insert an exit clause template").edit);
    const template = readFileSync(path.join(REPO, "rules/templates/en/exit-clause.md"), "utf8").trim();
    expect(fixed).toBe(`${EN_PLAN.trimEnd()}\n\n${template}\n`);
  });
});

describe("replacing a deferred phrase with a placeholder", () => {
  it("「別途協議の上定める」 under the IP heading becomes 〔要記入：…〕", async () => {
    const { uri, actions } = await actionsFor("ip.alliance.md", JA_PLAN, "undefined-ip-ownership");
    const action = titled(actions, "「別途協議の上定める」を記入欄 〔要記入：権利の帰属先〕 に置き換え");
    expect(session.client.applied(uri, action.edit)).toBe(JA_PLAN.replace("別途協議の上定める。", "〔要記入：権利の帰属先〕。"));
  });

  it("「未定」 in a KPI row becomes the target to fill in", async () => {
    const { uri, actions } = await actionsFor("kpi.alliance.md", JA_PLAN, "missing-kpi");
    const action = titled(actions, "「未定」を記入欄 〔要記入：目標値〕 に置き換え");
    expect(session.client.applied(uri, action.edit)).toBe(JA_PLAN.replace("| 3.2 | 未定 |", "| 3.2 | 〔要記入：目標値〕 |"));
  });

  it("is not offered for a phrase elsewhere in the plan: 'no exit clause' points at the title", async () => {
    const { actions } = await actionsFor("no-exit.alliance.md", JA_PLAN, "missing-exit-clause");
    expect(actions.map((a) => a.title)).toEqual([
      "出口条項のテンプレートを挿入",
      "この行で missing-exit-clause を無効にする",
      "alliance-lint の問題をすべて修正",
    ]);
  });

  it('"TBD" in an English exit section becomes [to fill in: …]', async () => {
    const { uri, actions } = await actionsFor("tbd.alliance.md", EN_PLAN, "missing-exit-clause");
    const action = titled(actions, 'Replace "TBD" with the placeholder [to fill in: termination conditions and notice period]');
    expect(session.client.applied(uri, action.edit)).toBe(
      EN_PLAN.replace("Exit: TBD.", "Exit: [to fill in: termination conditions and notice period]."),
    );
  });
});

describe("disable <rule> for this line", () => {
  it("inserts the HTML directive above a Markdown line, and the finding goes", async () => {
    const { uri, actions } = await actionsFor("disable.alliance.md", JA_PLAN, "vague-objective");
    const fixed = session.client.applied(uri, titled(actions, "この行で vague-objective を無効にする").edit);
    expect(fixed).toBe(JA_PLAN.replace("両社の強みを", "<!-- alliance-lint-disable-next-line vague-objective -->\n両社の強みを"));
    session.client.replaceAll(uri, fixed);
    expect((await session.client.current(uri)).map((d) => d.code)).not.toContain("vague-objective");
  });

  it("indents the directive like a list item's text, so the list stays one list", async () => {
    const text = JA_PLAN.replace(
      "両社の強みを活かし、協力して新たな物流サービスを模索する。",
      "- 2027年度末までに積載率を80％にする。\n- 協力して新たな物流サービスを模索する。",
    );
    const { uri, actions } = await actionsFor("list.alliance.md", text, "vague-objective");
    const fixed = session.client.applied(uri, titled(actions, "この行で vague-objective を無効にする").edit);
    expect(fixed).toContain(
      "- 2027年度末までに積載率を80％にする。\n  <!-- alliance-lint-disable-next-line vague-objective -->\n- 協力して",
    );
  });

  it("keeps a table whole: a row gets the same-line directive", async () => {
    const { uri, actions } = await actionsFor("row.alliance.md", JA_PLAN, "missing-kpi");
    const fixed = session.client.applied(uri, titled(actions, "この行で missing-kpi を無効にする").edit);
    expect(fixed).toBe(
      JA_PLAN.replace("| 2027年3月末 |\n\n合同", "| 2027年3月末 | <!-- alliance-lint-disable-line missing-kpi -->\n\n合同"),
    );
    session.client.replaceAll(uri, fixed);
    expect((await session.client.current(uri)).map((d) => d.code)).not.toContain("missing-kpi");
  });

  it("uses a YAML comment, with the line's indentation, in a YAML plan", async () => {
    const yaml = "title: 共同研究計画\nlang: ja\nobjectives:\n  - 協力して新規事業を模索する\n";
    const { uri, actions } = await actionsFor("disable.alliance.yaml", yaml, "vague-objective");
    const fixed = session.client.applied(uri, titled(actions, "この行で vague-objective を無効にする").edit);
    expect(fixed).toBe(
      "title: 共同研究計画\nlang: ja\nobjectives:\n  # alliance-lint-disable-next-line vague-objective\n  - 協力して新規事業を模索する\n",
    );
    session.client.replaceAll(uri, fixed);
    expect((await session.client.current(uri)).map((d) => d.code)).not.toContain("vague-objective");
  });
});

describe("fix all", () => {
  it("source.fixAll.allianceLint gives fixText's output (for editor.codeActionsOnSave)", async () => {
    const uri = session.client.open(path.join(session.ws, "all.alliance.md"), JA_PLAN);
    await session.client.current(uri);
    const actions = await session.client.codeActions(
      uri,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
      ["source.fixAll"],
    );
    expect(actions.map((a) => a.kind)).toEqual(["source.fixAll.allianceLint"]);
    expect(session.client.applied(uri, actions[0].edit)).toBe(engineFix(path.join(session.ws, "all.alliance.md"), JA_PLAN));
  });

  it("is offered among the quick fixes and resolved lazily", async () => {
    const { uri, actions } = await actionsFor("all-lazy.alliance.md", JA_PLAN, "missing-exit-clause");
    const lazy = titled(actions, "alliance-lint の問題をすべて修正");
    expect(lazy.edit).toBeUndefined();
    const resolved: CodeAction = await session.client.connection.sendRequest("codeAction/resolve", lazy);
    expect(session.client.applied(uri, resolved.edit)).toBe(engineFix(path.join(session.ws, "all-lazy.alliance.md"), JA_PLAN));
  });
});
