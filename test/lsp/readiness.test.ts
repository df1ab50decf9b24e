/**
 * The readiness contract over stdio: the notification after each lint of a plan, the request
 * for one document (null for a non-plan) and for the workspace (open plans from their buffer),
 * a fix turning an element "template not filled" and filling it turning it present; plan-wide
 * findings marked where the missing section would go, and the hover written once.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PlanReadiness } from "../../server/lsp/protocol";
import { ensureBuilt } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { EN_PLAN, JA_PLAN, tempWorkspace } from "./helpers/workspace";

let client: TestClient | undefined;
beforeAll(() => ensureBuilt());
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const summary = (r: PlanReadiness | null | undefined) =>
  r && { ready: r.ready, count: `${r.readyCount}/${r.total}`, states: r.elements.map((e) => `${e.element}:${e.state}@${e.line}`) };

/** The last readiness the server sent for `uri`, once one for the document's current version has come. */
async function sent(c: TestClient, uri: string): Promise<PlanReadiness> {
  await c.current(uri);
  // The notification goes out before the diagnostics of the same lint.
  return c.readinessSent.filter((r) => r.uri === uri).at(-1)!;
}

describe("readiness", () => {
  it("is sent after each lint of a plan, and answered for the document", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    const expected = {
      ready: false,
      count: "0/4",
      states: ["objective:weak@2", "kpi:weak@6", "exit:missing@13", "ip:missing@15"],
    };
    const notified = await sent(client, uri);
    expect(summary(notified)).toEqual(expected);
    expect(notified.title).toBe("物流DX 業務提携計画（案）");
    expect(notified.elements.map((e) => e.label)).toEqual(["目的", "KPI", "出口条項", "知財の帰属"]);
    expect(notified.elements[2].messages).toEqual([
      "出口戦略（提携の終了条件）がありません。期間・解除事由・通知期間・終了時の取扱いを定めてください。",
    ]);
    expect(await client.readiness(uri)).toEqual(notified);
  });

  it("is null for a document that is not a plan", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "README.md"), "# Readme\n\nExit: TBD.\n");
    expect(await client.readiness(uri)).toBeNull();
  });

  it("a fix turns the missing exit clause into 'template not filled'; filling it makes it present", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "en.alliance.md"), EN_PLAN);
    const exit = (await client.current(uri)).find((d) => d.code === "missing-exit-clause")!;
    const [quickFix] = (await client.codeActions(uri, exit.range, [exit])).filter((a) => a.title === "Insert an exit clause template");
    client.replaceAll(uri, client.applied(uri, quickFix.edit));
    expect((await sent(client, uri)).elements.find((e) => e.element === "exit")?.state).toBe("unfilled");
    client.replaceAll(
      uri,
      client
        .text(uri)
        .replace("[start date]", "1 April 2026")
        .replace("[end date]", "31 March 2028")
        .replace("[transition plan]", "the transition plan in Annex 2"),
    );
    const filled = await sent(client, uri);
    expect(filled.elements.find((e) => e.element === "exit")).toMatchObject({ state: "present", messages: [] });
  });

  it("covers every plan in the workspace, an open one from its buffer", async () => {
    const ws = tempWorkspace({ "a.alliance.md": JA_PLAN, "docs/b.alliance.md": EN_PLAN, "README.md": "# Readme\n" });
    client = await TestClient.start({ root: ws });
    const a = client.open(path.join(ws, "a.alliance.md"), JA_PLAN);
    client.replaceAll(a, `${JA_PLAN}\n## 出口\n\n本提携は2028年3月31日に満了する。\n`);
    await client.current(a);
    const all = await client.workspaceReadiness();
    const byUri = Object.fromEntries(all.map((r) => [r.uri, r]));
    expect(Object.keys(byUri).sort()).toEqual([a, pathToFileURL(path.join(ws, "docs/b.alliance.md")).href].sort());
    expect(byUri[a].elements.find((e) => e.element === "exit")?.state).toBe("present");
    expect(summary(byUri[pathToFileURL(path.join(ws, "docs/b.alliance.md")).href])?.states).toEqual([
      "objective:weak@2",
      "kpi:weak@6",
      "exit:missing@19",
      "ip:present@15",
    ]);
  });
});

describe("plan-wide findings", () => {
  it("sit where the missing section would be inserted, and the hover says the state once", async () => {
    const ws = tempWorkspace();
    client = await TestClient.start({ root: ws });
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    const exit = (await client.current(uri)).find((d) => d.code === "missing-exit-clause")!;
    // After the KPI section's last line (13), where the exit template goes; not on the title.
    expect(exit.range).toEqual({ start: { line: 13, character: 23 }, end: { line: 13, character: 23 } });
    const hover = await client.hover(uri, exit.range.start);
    const value = (hover?.contents as { value: string }).value;
    expect(value.split("\n\n")[0]).toBe("**alliance-lint: missing-exit-clause** — 出口条項: なし");
    expect(value).not.toContain(exit.message);
  });
});
