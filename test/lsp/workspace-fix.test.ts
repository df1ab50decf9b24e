/** allianceLint.fixWorkspace: every safe fix of every plan, open or not, as one workspace edit. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ruleDefaults, RULE_IDS } from "../../rules";
import { ConfigLoader } from "../../server/config/load-config";
import { fixText } from "../../server/engine/engine";
import type { FixWorkspaceResult } from "../../server/lsp/protocol";
import { ensureBuilt } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { EN_PLAN, JA_PLAN, tempWorkspace } from "./helpers/workspace";

let client: TestClient | undefined;
beforeAll(() => ensureBuilt());
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

/** What `alliance-lint --fix` writes for the file. */
function cliFix(ws: string, rel: string, text: string) {
  const file = path.join(ws, rel);
  const config = new ConfigLoader({ cwd: ws, ruleDefaults: ruleDefaults(), knownRules: [...RULE_IDS] }).forFile(file);
  return fixText(text, { filePath: file, config });
}

/** The file's text after the edit the server asked the client to apply. */
function afterEdit(ws: string, rel: string, text: string, client: TestClient): string {
  const uri = pathToFileURL(path.join(ws, rel)).href;
  const edits = client.appliedEdits.at(-1)?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, "markdown", 0, text), edits);
}

describe("Fix all alliance plans in the workspace", () => {
  it("applies what --fix would to every plan, the open one from its unsaved text, and counts the fixes", async () => {
    const ws = tempWorkspace({ "a.alliance.md": JA_PLAN, "docs/b.alliance.md": EN_PLAN, "README.md": "# Readme\n\nExit: TBD.\n" });
    client = await TestClient.start({ root: ws });
    const edited = `${EN_PLAN}\nThe partners will explore synergies.\n`;
    const b = client.open(path.join(ws, "docs/b.alliance.md"), EN_PLAN);
    client.replaceAll(b, edited);
    const result = await client.command<FixWorkspaceResult>("allianceLint.fixWorkspace");
    const [a, bFixed] = [cliFix(ws, "a.alliance.md", JA_PLAN), cliFix(ws, "docs/b.alliance.md", edited)];
    expect(result).toEqual({ files: 2, changed: 2, fixes: a.fixed + bFixed.fixed, applied: true });
    expect(client.appliedEdits).toHaveLength(1);
    expect(Object.keys(client.appliedEdits[0].changes!).sort()).toEqual([pathToFileURL(path.join(ws, "a.alliance.md")).href, b].sort());
    expect(afterEdit(ws, "a.alliance.md", readFileSync(path.join(ws, "a.alliance.md"), "utf8"), client)).toBe(a.output);
    expect(client.applied(b, client.appliedEdits[0])).toBe(bFixed.output);
    expect(client.messages.at(-1)?.message).toBe(`alliance-lint: fixed ${result.fixes} problem(s) in 2 of 2 plan(s).`);
  });

  it("says so in the client's language when there is nothing to fix, and asks for no edit", async () => {
    const ws = tempWorkspace({ "a.alliance.md": "# 計画\n\nメモのみ。\n" });
    client = await TestClient.start({
      root: ws,
      locale: "ja",
      settings: {
        rules: {
          "missing-kpi": "off",
          "missing-exit-clause": "off",
          "undefined-ip-ownership": "off",
          governance: "off",
          "alliance-form": "off",
        },
      },
    });
    const result = await client.command<FixWorkspaceResult>("allianceLint.fixWorkspace");
    expect(result).toEqual({ files: 1, changed: 0, fixes: 0, applied: false });
    expect(client.appliedEdits).toEqual([]);
    expect(client.messages.at(-1)?.message).toBe("alliance-lint: 1 件の計画のうち 0 件で、0 件の問題を修正しました。");
  });
});
