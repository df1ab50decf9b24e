/**
 * A rule that throws: one diagnostic naming it, the other rules' findings still there, and
 * the server goes on serving. The server and its lint worker are bundled with an extra,
 * crashing rule.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, type BuildOptions } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleOptions, POOL_HOST_BANNER, poolHostOptions, tinypoolEntry } from "../../esbuild.mjs";
import { REPO } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { JA_PLAN, tempWorkspace } from "./helpers/workspace";

const RULES_WITH_CRASHING = `
import { RULES } from "./rules";
const rules = [
  ...RULES,
  {
    meta: { ...RULES[0].meta, id: "always-crashes" },
    check(model) {
      if (model.text.includes("💥")) throw new Error("boom");
      return [];
    },
  },
];
`;

const SERVER_ENTRY = `
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server/lsp/server";
${RULES_WITH_CRASHING}
startServer(createConnection(ProposedFeatures.all), { rules });
`;

const WORKER_ENTRY = `
import { jobHandler } from "./server/worker/handler";
${RULES_WITH_CRASHING}
export default jobHandler(rules);
`;

function bundle(contents: string, outfile: string, extra: BuildOptions = {}) {
  const stdin = { contents, resolveDir: REPO, sourcefile: path.basename(outfile, ".js") + "-entry.ts", loader: "ts" as const };
  return build({ ...bundleOptions, ...extra, stdin, outfile, sourcemap: false, logLevel: "error" });
}

let ws: string;
let client: TestClient;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "alliance-lint-crash-"));
  const server = path.join(dir, "server.js");
  await Promise.all([
    bundle(SERVER_ENTRY, server, { ...poolHostOptions, banner: { js: POOL_HOST_BANNER } }),
    bundle(WORKER_ENTRY, path.join(dir, "lint-worker.js")),
    build({ ...bundleOptions, ...tinypoolEntry(dir), sourcemap: false, logLevel: "error" }),
  ]);
  ws = tempWorkspace();
  client = await TestClient.start({ root: ws, server });
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
    expect(await client.hover(uri, { line: 4, character: 10 })).not.toBeNull();
    expect(client.alive).toBe(true);
  });
});
