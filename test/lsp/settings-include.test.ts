/**
 * `allianceLint.include` from the editor's settings: more globs of plans, added to the config
 * file's include (or the defaults); the config's ignore still applies.
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

const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => d.code);

describe("plan globs from settings", () => {
  it("lint a file the default globs miss (Japanese plan)", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws, settings: { include: ["plans/**/*.md"] } });
    const uri = client.open(path.join(ws, "plans", "logistics.md"), JA_PLAN);
    expect(codes(await client.current(uri))).toEqual(["missing-exit-clause", "vague-objective", "missing-kpi", "undefined-ip-ownership"]);
  });

  it("add to the config file's include, and leave its ignore in force (English plan)", async () => {
    const ws = tempWorkspace({ ".alliance-lint.yaml": "include: ['proposals/*.md']\nignore: ['plans/drafts/**']\n" });
    client = await TestClient.start({ root: ws, settings: { include: ["plans/**/*.md"] } });
    const fromConfig = client.open(path.join(ws, "proposals", "clinic.md"), EN_PLAN);
    const fromSettings = client.open(path.join(ws, "plans", "clinic.md"), EN_PLAN);
    const ignored = client.open(path.join(ws, "plans", "drafts", "clinic.md"), EN_PLAN);
    expect(codes(await client.current(fromConfig))).toContain("missing-exit-clause");
    expect(codes(await client.current(fromSettings))).toContain("missing-exit-clause");
    expect(codes(await client.current(ignored))).not.toContain("missing-exit-clause");
  });

  it("without the setting, such a file is only hinted at, not linted", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "plans", "logistics.md"), JA_PLAN);
    expect(codes(await client.current(uri))).not.toContain("missing-exit-clause");
  });
});
