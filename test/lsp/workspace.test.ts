/** Workspace mode and clause templates: "Lint all alliance plans", the template list, inserting one. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TemplatesResult } from "../../server/lsp/protocol";
import { ensureBuilt, REPO } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { EN_PLAN, JA_PLAN, tempWorkspace } from "./helpers/workspace";

const TEAM_EXIT = "## 出口戦略（当社標準）\n\n- 有効期間は〔終了日〕までとする。\n";

let client: TestClient | undefined;
beforeAll(() => ensureBuilt());
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const uriOf = (ws: string, rel: string) => pathToFileURL(path.join(ws, rel)).href;

describe("Lint all alliance plans in the workspace", () => {
  it("publishes every plan's findings, opened or not, and nothing for other files", async () => {
    const ws = tempWorkspace({
      "a.alliance.md": JA_PLAN,
      "b.alliance.md": EN_PLAN,
      "docs/c.alliance.md": JA_PLAN,
      "README.md": "# Readme\n\nExit: TBD.\n",
    });
    client = await TestClient.start({ root: ws });
    const b = client.open(path.join(ws, "b.alliance.md"), EN_PLAN);
    await client.current(b);
    const result = await client.connection.sendRequest("workspace/executeCommand", {
      command: "allianceLint.lintWorkspace",
      arguments: [],
    });
    expect(result).toEqual({ files: 3, problems: 4 + 3 + 4 });
    const a = await client.diagnostics(uriOf(ws, "a.alliance.md"));
    expect(a.diagnostics.map((d) => d.code)).toEqual(["missing-exit-clause", "vague-objective", "missing-kpi", "undefined-ip-ownership"]);
    expect((await client.diagnostics(uriOf(ws, "docs/c.alliance.md"))).diagnostics).toHaveLength(4);
    expect(client.published.some((p) => p.uri === uriOf(ws, "README.md"))).toBe(false);
    expect(client.messages.at(-1)?.message).toBe("alliance-lint: linted 3 plan(s), found 11 problem(s).");
  });

  it("keeps a closed plan's findings in the Problems panel once run", async () => {
    const ws = tempWorkspace({ "a.alliance.md": JA_PLAN });
    client = await TestClient.start({ root: ws });
    await client.connection.sendRequest("workspace/executeCommand", { command: "allianceLint.lintWorkspace", arguments: [] });
    const uri = client.open(path.join(ws, "a.alliance.md"), JA_PLAN);
    client.replaceAll(uri, `${JA_PLAN}\n## 出口\n\n本提携は2028年3月31日に満了する。\n`);
    expect((await client.current(uri)).map((d) => d.code)).not.toContain("missing-exit-clause");
    // Closed without saving: the file on disk still lacks an exit clause.
    client.close(uri);
    const onDisk = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "missing-exit-clause"));
    expect(onDisk.diagnostics).toHaveLength(4);
  });
});

describe("clause templates", () => {
  const files = {
    ".alliance-lint.yaml": "templates:\n  exit-clause:\n    ja: templates/exit-ja.md\n",
    "templates/exit-ja.md": TEAM_EXIT,
    "a.alliance.md": JA_PLAN,
  };

  it("lists the team's templates first, then the built-in ones, with the document's language", async () => {
    const ws = tempWorkspace(files);
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "a.alliance.md"), JA_PLAN);
    const result: TemplatesResult = await client.connection.sendRequest("allianceLint/templates", { uri });
    expect(result.lang).toBe("ja");
    expect(result.templates[0]).toEqual({
      name: "exit-clause",
      lang: "ja",
      source: "team",
      body: TEAM_EXIT,
      file: path.join(ws, "templates/exit-ja.md"),
    });
    const builtIn = result.templates.filter((t) => t.source === "built-in").map((t) => `${t.name}/${t.lang}`);
    expect(builtIn).toEqual(
      expect.arrayContaining(["exit-clause/en", "ip-ownership/ja", "ip-ownership/en", "kpi-section/ja", "objective/en"]),
    );
    expect(builtIn).not.toContain("exit-clause/ja");
  });

  it("uses the team's template in the quick fix", async () => {
    const ws = tempWorkspace(files);
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "a.alliance.md"), JA_PLAN);
    const exit = (await client.current(uri)).find((d) => d.code === "missing-exit-clause")!;
    const [fix] = await client.codeActions(uri, exit.range, [exit]);
    expect(client.applied(uri, fix.edit)).toBe(JA_PLAN.replace("レビューする。\n", `レビューする。\n\n${TEAM_EXIT.trim()}\n`));
  });

  it("inserts a template at a position with allianceLint.applyTemplate (editors without the extension)", async () => {
    const ws = tempWorkspace(files);
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "a.alliance.md"), JA_PLAN);
    const args = { uri, position: { line: 2, character: 0 }, name: "objective", lang: "ja" };
    const applied = await client.connection.sendRequest("workspace/executeCommand", {
      command: "allianceLint.applyTemplate",
      arguments: [args],
    });
    expect(applied).toBe(true);
    const body = readFileSync(path.join(REPO, "rules/templates/ja/objective.md"), "utf8");
    const lines = JA_PLAN.split("\n");
    expect(client.applied(uri, client.appliedEdits[0])).toBe([...lines.slice(0, 2), body + lines[2], ...lines.slice(3)].join("\n"));
  });

  it("offers no team templates in an untrusted workspace", async () => {
    const ws = tempWorkspace(files);
    client = await TestClient.start({ root: ws, init: { trusted: false } });
    const uri = client.open(path.join(ws, "a.alliance.md"), JA_PLAN);
    const result: TemplatesResult = await client.connection.sendRequest("allianceLint/templates", { uri });
    expect(result.templates.every((t) => t.source === "built-in")).toBe(true);
  });
});
