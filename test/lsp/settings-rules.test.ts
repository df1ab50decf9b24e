/**
 * `allianceLint.rules` from the editor's settings: over the built-in defaults, under the config
 * file (a rule the config sets keeps the config's severity, so the editor agrees with CI on it).
 */
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { EN_PLAN, JA_PLAN, tempWorkspace } from "./helpers/workspace";

let client: TestClient | undefined;
beforeAll(() => ensureBuilt());
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const severities = (diagnostics: { code?: unknown; severity?: number }[]) => diagnostics.map((d) => [d.code, d.severity]);

describe("rule severities from settings", () => {
  it("apply without a config file, with warning read as warn (Japanese plan)", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({
      root: ws,
      settings: { rules: { "missing-exit-clause": "off", "vague-objective": "warning" } as never },
    });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    expect(severities(await client.current(uri))).toEqual([
      ["vague-objective", 2],
      ["missing-kpi", 1],
      ["undefined-ip-ownership", 1],
    ]);
  });

  it("decide only the rules the config file leaves alone, and follow a settings change (English plan)", async () => {
    const ws = tempWorkspace({ ".alliance-lint.yaml": "rules:\n  missing-kpi: error\n" });
    client = await TestClient.start({ root: ws, settings: { rules: { "missing-kpi": "off", "vague-objective": "warn" } } });
    const uri = client.open(path.join(ws, "en.alliance.md"), EN_PLAN);
    const before = await client.current(uri);
    expect(severities(before).filter(([code]) => code === "missing-kpi" || code === "vague-objective")).toEqual([
      ["vague-objective", 2],
      ["missing-kpi", 1],
    ]);
    client.settings = { rules: { "vague-objective": "off", "no-such-rule": "error" } };
    void client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === "vague-objective"));
    expect(after.diagnostics.map((d) => d.code)).toContain("missing-kpi");
  });

  it("lose to a preset the config extends: it sets every rule", async () => {
    const ws = tempWorkspace({ ".alliance-lint.yaml": "extends: recommended\n" });
    client = await TestClient.start({ root: ws, settings: { rules: { "missing-exit-clause": "off" } } });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    expect((await client.current(uri)).map((d) => d.code)).toContain("missing-exit-clause");
  });
});
