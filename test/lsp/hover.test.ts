/** Hover over a finding: the rule's rationale, a good and a bad example, the docs link. */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleById } from "../../rules";
import { ensureBuilt } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { EN_PLAN, JA_PLAN, tempWorkspace } from "./helpers/workspace";

const DOCS = "https://github.com/alliance-lint/alliance-lint/blob/main/docs/rules/";

let ws: string;
let client: TestClient;
beforeAll(async () => {
  await ensureBuilt();
  ws = tempWorkspace();
  client = await TestClient.start({ root: ws });
});
afterAll(() => client.stop());

describe("hover", () => {
  it("explains a finding in a Japanese plan in Japanese", async () => {
    const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
    const exit = (await client.current(uri)).find((d) => d.code === "missing-exit-clause")!;
    const hover = await client.hover(uri, { line: 0, character: 5 });
    const meta = ruleById("missing-exit-clause")!.meta;
    expect(hover).toEqual({
      contents: {
        kind: "markdown",
        value: [
          `**alliance-lint: missing-exit-clause** — ${exit.message}`,
          `**なぜ重要か:** ${meta.rationale.ja}`,
          `✔ 良い例: ${meta.examples.good.ja}`,
          `✘ 悪い例: ${meta.examples.bad.ja}`,
          `[ルールの説明](${DOCS}missing-exit-clause.md)`,
        ].join("\n\n"),
      },
      range: exit.range,
    });
  });

  it("explains a finding in an English plan in English", async () => {
    const uri = client.open(path.join(ws, "en.alliance.md"), EN_PLAN);
    await client.current(uri);
    const hover = await client.hover(uri, { line: 4, character: 10 });
    const value = (hover?.contents as { value: string }).value;
    const meta = ruleById("vague-objective")!.meta;
    expect(value).toContain(`**Why it matters:** ${meta.rationale.en}`);
    expect(value).toContain(`✔ Good: ${meta.examples.good.en}`);
    expect(value).toContain(`✘ Bad: ${meta.examples.bad.en}`);
    expect(value).toContain(`[Rule documentation](${DOCS}vague-objective.md)`);
  });

  it("says nothing away from findings", async () => {
    const uri = client.open(path.join(ws, "quiet.alliance.md"), JA_PLAN);
    await client.current(uri);
    expect(await client.hover(uri, { line: 2, character: 3 })).toBeNull();
  });
});
