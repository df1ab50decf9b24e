/**
 * Config over stdio: severities from `.alliance-lint.yaml`, a changed config re-lints the open
 * plans, an invalid config is a diagnostic on the config file and a notification, not silence.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { JA_PLAN, tempWorkspace, write } from "./helpers/workspace";

let client: TestClient | undefined;
beforeAll(() => ensureBuilt());
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

describe("config", () => {
  it("takes severities from the workspace's config", async () => {
    const ws = tempWorkspace({ ".alliance-lint.yaml": "rules:\n  vague-objective: warn\n  missing-kpi: off\n" });
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    const diagnostics = await client.current(uri);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["missing-exit-clause", 1],
      ["vague-objective", 2],
      ["undefined-ip-ownership", 1],
    ]);
  });

  it("asks the client to watch .alliance-lint.* files", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    await client.current(uri);
    const watch = client.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles");
    expect(watch?.registerOptions).toEqual({ watchers: [{ globPattern: "**/.alliance-lint.*" }] });
  });

  it("re-lints the open plans when a config file changes on disk", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    expect((await client.current(uri)).map((d) => d.code)).toContain("missing-kpi");
    const config = write(ws, ".alliance-lint.yaml", "rules:\n  missing-kpi: off\n");
    client.watchedFileChanged(config, 1);
    const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === "missing-kpi"));
    expect(after.diagnostics.map((d) => d.code)).toEqual(["missing-exit-clause", "vague-objective", "undefined-ip-ownership"]);
  });

  it("reports an invalid config on the config file and in a notification, and on the plan", async () => {
    const ws = tempWorkspace({ ".alliance-lint.yaml": "rules:\n  no-such-rule: error\n" });
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    const configUri = pathToFileURL(path.join(ws, ".alliance-lint.yaml")).href;
    const onConfig = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0);
    expect(onConfig.diagnostics).toHaveLength(1);
    expect(onConfig.diagnostics[0]).toMatchObject({ source: "alliance-lint", code: "config-error", severity: 1 });
    expect(onConfig.diagnostics[0].message).toContain("no-such-rule");
    expect(onConfig.diagnostics[0].range.start.line).toBe(1);
    const plan = await client.current(uri);
    expect(plan.map((d) => d.code)).toEqual(["config-error"]);
    expect(plan[0].message).toMatch(/^設定ファイルが不正なため検査できません: .*\.alliance-lint\.yaml:2/);
    expect(client.messages).toHaveLength(1);
    expect(client.messages[0]).toMatchObject({ type: 1 });
    expect(client.messages[0].message).not.toContain("\n");
    expect(client.alive).toBe(true);

    // Fixed: the config diagnostic is cleared and the plan is linted again.
    write(ws, ".alliance-lint.yaml", "rules:\n  missing-kpi: warn\n");
    client.watchedFileChanged(path.join(ws, ".alliance-lint.yaml"));
    await client.diagnostics(configUri, (p) => p.diagnostics.length === 0);
    const relinted = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "missing-kpi"));
    expect(relinted.diagnostics.find((d) => d.code === "missing-kpi")?.severity).toBe(2);
  });
});

describe("a document that stops being a plan", () => {
  it("loses its diagnostics when its front matter says alliance-plan: false", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    expect(await client.current(uri)).not.toEqual([]);
    client.edit(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "---\nalliance-plan: false\n---\n" },
    ]);
    expect(await client.current(uri)).toEqual([]);
  });

  it("loses its diagnostics when the config starts ignoring it", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "drafts", "ja.alliance.md"), JA_PLAN);
    expect(await client.current(uri)).not.toEqual([]);
    client.watchedFileChanged(write(ws, ".alliance-lint.yaml", "ignore:\n  - drafts/**\n"), 1);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  });

  it("loses its findings when renamed to a name that is not a plan's: only the hint that it looks like one", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    expect(await client.current(uri)).not.toEqual([]);
    // A rename is a close of the old name and an open of the new one.
    client.close(uri);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    const renamed = client.open(path.join(ws, "notes.md"), JA_PLAN);
    expect((await client.current(renamed)).map((d) => d.code)).toEqual(["not-a-plan"]);
  });
});

describe("untrusted workspace", () => {
  it("reads no config from the folder (restricted mode)", async () => {
    const ws = tempWorkspace({ ".alliance-lint.yaml": "rules:\n  missing-kpi: off\n" });
    client = await TestClient.start({ root: ws, init: { trusted: false } });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    expect((await client.current(uri)).map((d) => d.code)).toContain("missing-kpi");
  });
});
