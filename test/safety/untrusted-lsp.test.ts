/** The language server in an untrusted workspace: `---js` front matter does not run, and no config file is read. */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../lsp/helpers/build";
import { TestClient } from "../lsp/helpers/client";
import { JA_PLAN, tempWorkspace } from "../lsp/helpers/workspace";

let client: TestClient | undefined;
beforeAll(() => ensureBuilt());
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

describe("untrusted workspace", () => {
  it("---js front matter is a parse-error diagnostic and runs nothing; extends and templates are not read", async () => {
    const ws = tempWorkspace({
      ".alliance-lint.yaml": "extends: ./team.yaml\ntemplates: { exit-clause: ./exit.md }\n",
      "team.yaml": "rules: { missing-kpi: off }\n",
      "exit.md": "## Exit\n\nTEAM TEMPLATE\n",
    });
    const marker = path.join(ws, "ran");
    client = await TestClient.start({ root: ws, init: { trusted: false } });
    const attack = client.open(
      path.join(ws, "a.alliance.md"),
      `---js\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "x")\n---\n${JA_PLAN}`,
    );
    expect(await client.current(attack)).toEqual([
      expect.objectContaining({ code: "parse-error", message: 'front matter in "js" is not supported: write it in YAML' }),
    ]);
    expect(existsSync(marker)).toBe(false);
    const plan = client.open(path.join(ws, "b.alliance.md"), JA_PLAN);
    expect((await client.current(plan)).map((d) => d.code)).toContain("missing-kpi");
  });
});
