/** Completion of plan fields in a Markdown plan's front matter, from schemas/alliance-plan.schema.json. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CompletionItem, CompletionList } from "vscode-languageserver-protocol";
import PLAN_SCHEMA from "../../schemas/alliance-plan.schema.json";
import { lspTexts } from "../../server/lsp/lsp-texts";
import { serverSession } from "./helpers/session";

const session = serverSession();

let serial = 0;
/** Completion at the `|` of `text`, in a new file `name`. */
async function complete(text: string, name = `plan-${++serial}.alliance.md`): Promise<CompletionItem[]> {
  const before = text.slice(0, text.indexOf("|")).split("\n");
  const uri = session.client.open(path.join(session.ws, name), text.replace("|", ""));
  const result = await session.client.completion(uri, { line: before.length - 1, character: before.at(-1)!.length });
  return Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const doc = (items: CompletionItem[], label: string) => (items.find((i) => i.label === label)?.documentation as { value: string }).value;

describe("front-matter completion", () => {
  it("offers the plan's top-level fields with Japanese descriptions in a Japanese plan", async () => {
    const items = await complete("---\ntitle: 物流DX 業務提携計画\n|\n---\n\n# 物流DX 業務提携計画\n\n本計画は両社の提携を定める。\n");
    expect(labels(items)).toEqual(expect.arrayContaining(["alliance-plan", "objective", "kpis", "exit", "ip", "partners", "lang"]));
    expect(doc(items, "exit")).toBe("撤退条項：提携がいつ、どのように終わるか（条件、期間、予告、終了日、引継ぎ など）。");
    expect(doc(items, "objective")).toBe("目的：文章、文章のリスト、または {text, target, due, kpi} のリスト。");
    expect(items.find((i) => i.label === "exit")?.textEdit).toEqual({
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: "exit: ",
    });
  });

  it("replaces the word being typed, with English descriptions in an English plan", async () => {
    const items = await complete(
      "---\ntitle: Clinic booking partnership\nalli|\n---\n\n# Clinic booking partnership\n\nThe plan for the alliance.\n",
    );
    const marker = items.find((i) => i.label === "alliance-plan")!;
    expect(marker.textEdit).toEqual({
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } },
      newText: "alliance-plan: ",
    });
    expect(doc(items, "alliance-plan")).toBe("true: this file is an alliance plan whatever its name; false: it is not.");
  });

  it("offers the values of an enum or a boolean", async () => {
    expect(labels(await complete("---\nlang: |\n---\n\n# Plan\n"))).toEqual(["ja", "en"]);
    expect(labels(await complete("---\nalliance-plan: t|\n---\n\n# Plan\n"))).toEqual(["true", "false"]);
  });

  it("offers a field's own keys under it, and a list item's keys in a list", async () => {
    expect(labels(await complete("---\nexit:\n  |\n---\n\n# Plan\n"))).toEqual(["conditions", "term", "notice", "end", "handover"]);
    const kpi = ["name", "kpi", "metric", "target", "baseline", "owner", "due", "unit", "cadence"];
    expect(labels(await complete("---\nkpis:\n  - |\n---\n\n# Plan\n"))).toEqual(kpi);
    expect(labels(await complete("---\nkpis:\n  - name: bookings\n    |\n---\n\n# Plan\n"))).toEqual(kpi);
    expect(labels(await complete("---\nkpis:\n  - name: bookings\n|\n---\n\n# Plan\n"))).toContain("exit");
  });

  it("offers nothing outside the front matter, or in a YAML plan", async () => {
    expect(await complete("---\ntitle: Plan\n---\n\n|# Plan\n")).toEqual([]);
    expect(await complete("# Plan\n\n|\n")).toEqual([]);
    expect(await complete("title: Plan\n|\n", "plan.alliance.yaml")).toEqual([]);
  });

  it("has a Japanese description for every field the schema describes", () => {
    const described: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      const { description } = node as { description?: unknown };
      if (typeof description === "string" && node !== PLAN_SCHEMA) described.push(description);
      Object.values(node).forEach(walk);
    };
    walk(PLAN_SCHEMA);
    expect(described.filter((d) => lspTexts("ja").fieldDescription(d) === d)).toEqual([]);
  });
});
