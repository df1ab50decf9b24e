/**
 * Responsiveness: changes are debounced, superseded lints never run or publish, and the
 * diagnostics that arrive are those of the final text.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CancellationTokenSource } from "vscode-jsonrpc/node";
import { ConfigLoader } from "../../server/config/load-config";
import { lintText } from "../../server/engine/engine";
import { RULE_IDS, ruleDefaults } from "../../rules";
import { ensureBuilt } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { editorRange, JA_PLAN, tempWorkspace } from "./helpers/workspace";

const TYPED = "2027年度末までに売上を10億円にする。";

let ws: string;
beforeAll(async () => {
  await ensureBuilt();
  ws = tempWorkspace();
});

function engineDiagnostics(file: string, text: string) {
  const config = new ConfigLoader({ cwd: ws, ruleDefaults: ruleDefaults(), knownRules: [...RULE_IDS], trusted: true }).forFile(file);
  return lintText(text, { filePath: file, config }).findings.map((f) => [f.ruleId, editorRange(f, text), f.message]);
}

describe("a burst of 50 rapid changes", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start({ root: ws, init: { debounceMs: 150, timing: true } });
  });
  afterAll(() => client.stop());

  it("ends in diagnostics for the final text only, from one lint", async () => {
    const file = path.join(ws, "burst.alliance.md");
    const uri = client.open(file, JA_PLAN);
    await client.current(uri);
    const typed = (TYPED + "ー".repeat(50)).slice(0, 50);
    for (let i = 0; i < 50; i++) {
      client.edit(uri, [{ range: { start: { line: 4, character: i }, end: { line: 4, character: i } }, newText: typed[i] }]);
    }
    expect(client.version(uri)).toBe(51);
    const final = await client.current(uri);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const published = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    expect(published).toEqual([1, 51]);
    expect(client.timings.filter((t) => t.uri === uri).map((t) => t.version)).toEqual([1, 51]);
    expect(final.map((d) => [d.code, d.range, d.message])).toEqual(engineDiagnostics(file, client.text(uri)));
  });
});

describe("pull diagnostics while typing", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start({ root: ws, pull: true, init: { debounceMs: 150 } });
  });
  afterAll(() => client.stop());

  it("cancels a superseded pull and answers the next with the final text", async () => {
    const file = path.join(ws, "pull.alliance.md");
    const uri = client.open(file, JA_PLAN);
    await client.pull(uri);
    client.edit(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: "2" }]);
    const source = new CancellationTokenSource();
    const superseded = client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } }, source.token);
    client.edit(uri, [{ range: { start: { line: 4, character: 1 }, end: { line: 4, character: 1 } }, newText: "0" }]);
    source.cancel();
    await expect(superseded).rejects.toMatchObject({ code: -32800 });
    const report = await client.pull(uri);
    const items = report.kind === "full" ? report.items : [];
    expect(items.map((d) => [d.code, d.range, d.message])).toEqual(engineDiagnostics(file, client.text(uri)));
  });
});

describe("run: onSave", () => {
  it("lints on open and save, not while typing", async () => {
    const client = await TestClient.start({ root: ws, settings: { run: "onSave" } });
    try {
      const uri = client.open(path.join(ws, "save.alliance.md"), JA_PLAN);
      await client.current(uri);
      client.edit(uri, [{ range: { start: { line: 17, character: 0 }, end: { line: 18, character: 0 } }, newText: "" }]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1]);
      client.save(uri);
      const saved = await client.current(uri);
      expect(saved.map((d) => d.code)).toContain("undefined-ip-ownership");
    } finally {
      await client.stop();
    }
  });
});
