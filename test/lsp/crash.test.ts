/**
 * A rule that throws: one diagnostic naming it, the other rules' findings still there, and
 * the server goes on serving. The server is bundled with an extra, crashing rule.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { JA_PLAN, tempWorkspace } from "./helpers/workspace";

const ENTRY = `
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server/lsp/server";
import { RULES } from "./rules";
const crashing = {
  meta: { ...RULES[0].meta, id: "always-crashes" },
  check(model) {
    if (model.text.includes("💥")) throw new Error("boom");
    return [];
  },
};
startServer(createConnection(ProposedFeatures.all), { rules: [...RULES, crashing] });
`;

let ws: string;
let client: TestClient;
beforeAll(async () => {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), "alliance-lint-crash-")), "server.js");
  await build({
    stdin: { contents: ENTRY, resolveDir: REPO, sourcefile: "crash-entry.ts", loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    loader: { ".md": "text" },
    outfile,
    logLevel: "error",
  });
  ws = tempWorkspace();
  client = await TestClient.start({ root: ws, server: outfile });
});
afterAll(() => client.stop());

describe("a rule that crashes", () => {
  it("becomes one diagnostic naming the rule, and the server keeps serving", async () => {
    const uri = client.open(path.join(ws, "ja.alliance.md"), `${JA_PLAN}\n💥\n`);
    const diagnostics = await client.current(uri);
    const crash = diagnostics.filter((d) => d.code === "always-crashes");
    expect(crash).toEqual([
      expect.objectContaining({
        severity: 1,
        source: "alliance-lint",
        message: "ルール always-crashes の実行中にエラーが発生しました: boom",
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      }),
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(["missing-exit-clause", "vague-objective", "undefined-ip-ownership"]),
    );

    client.replaceAll(uri, JA_PLAN);
    expect((await client.current(uri)).map((d) => d.code)).not.toContain("always-crashes");
    expect(await client.hover(uri, { line: 0, character: 1 })).not.toBeNull();
    expect(client.alive).toBe(true);
  });
});
