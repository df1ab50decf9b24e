/** Document symbols: the plan's sections, nested, named in the document's words and the element's. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentSymbol } from "vscode-languageserver-protocol";
import { serverSession } from "./helpers/session";
import { EN_PLAN, JA_PLAN } from "./helpers/workspace";

const session = serverSession();

/** name @ first line of the range / of the selection, children indented. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${"  ".repeat(depth)}${s.name} @${s.range.start.line}-${s.range.end.line}/${s.selectionRange.start.line}`,
    ...outline(s.children ?? [], depth + 1),
  ]);
}

/** The symbols of `text` opened as `name`, and their outline. */
async function symbolsOf(name: string, text: string): Promise<{ symbols: DocumentSymbol[]; lines: string[] }> {
  const symbols = await session.client.symbols(session.client.open(path.join(session.ws, name), text));
  return { symbols, lines: outline(symbols) };
}

const JA_NUMBERED = `# 物流DX 業務提携計画

## 1. 提携の目的

2027年3月末までに共同配送の積載率を80％にする。

## 2. 成果指標

| KPI | 目標 |
|---|---|
| 積載率 | 80％ |

## 5. 提携期間と終了

### 5.1 解約予告

6か月前までに書面で通知する。

## 6. 知的財産権の帰属

成果物の知的財産権は当社に帰属する。
`;

describe("document symbols", () => {
  it("names each section of a Japanese plan and the element it is, nested as the plan nests them", async () => {
    expect((await symbolsOf("ja-numbered.alliance.md", JA_NUMBERED)).lines).toEqual([
      "物流DX 業務提携計画 @0-20/0",
      "  1. 提携の目的 @2-4/2",
      "  2. 成果指標 — KPI @6-10/6",
      "  5. 提携期間と終了 — 出口条項 @12-16/12",
      "    5.1 解約予告 — 出口条項 @14-16/14",
      "  6. 知的財産権の帰属 — 知財の帰属 @18-20/18",
    ]);
  });

  it("names the elements in English for an English plan, and not again when the title says it", async () => {
    const { symbols, lines } = await symbolsOf("en.alliance.md", EN_PLAN);
    expect(lines).toEqual([
      "Clinic booking partnership with Northwind Health @0-21/0",
      "  Purpose — Objective @2-4/2",
      "  KPIs @6-13/6",
      "  Intellectual property — IP ownership @15-17/15",
      "  Exit @19-21/19",
    ]);
    expect(symbols[0].children![0].selectionRange).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 10 } });
  });

  it("follows the message locale setting: element names in English for a Japanese plan", async () => {
    session.client.settings = { locale: "en" };
    await session.client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    const names = (await symbolsOf("ja-en.alliance.md", JA_PLAN)).lines;
    session.client.settings = {};
    await session.client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    expect(names).toEqual([
      "物流DX 業務提携計画（案） @0-17/0",
      "  提携の目的 — Objective @2-4/2",
      "  KPI @6-13/6",
      "  知的財産 — IP ownership @15-17/15",
    ]);
  });

  it("lists a YAML plan's keys as properties, nested", async () => {
    const yaml = `title: 共同配送\nobjective: 2027年3月末までに積載率を80％にする。\nexit:\n  conditions: 2期連続で目標未達なら解消する。\n  notice: 6か月前\nip:\n  results: 当社に帰属する。\n`;
    const { symbols, lines } = await symbolsOf("plan.alliance.yaml", yaml);
    expect(lines).toEqual([
      "title @0-0/0",
      "objective — 目的 @1-1/1",
      "exit — 出口条項 @2-4/2",
      "  conditions @3-3/3",
      "  notice @4-4/4",
      "ip — 知財の帰属 @5-6/5",
      "  results @6-6/6",
    ]);
    expect(symbols.map((s) => s.kind)).toEqual([7, 7, 7, 7]);
  });

  it("has no symbols for a document that is not a plan", async () => {
    expect((await symbolsOf("notes.md", "# Notes\n\n## Exit\n")).symbols).toEqual([]);
  });
});
