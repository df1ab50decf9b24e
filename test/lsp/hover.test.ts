/** Hover over a finding: its element's readiness, the rule's rationale, a good and a bad example, the docs link; not the message again. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ruleById } from "../../rules";
import { DOCS, serverSession } from "./helpers/session";
import { EN_PLAN, JA_PLAN } from "./helpers/workspace";

const session = serverSession();

describe("hover", () => {
  it("explains a finding in a Japanese plan in Japanese", async () => {
    const uri = session.client.open(path.join(session.ws, "ja.alliance.md"), JA_PLAN);
    const exit = (await session.client.current(uri)).find((d) => d.code === "missing-exit-clause")!;
    const hover = await session.client.hover(uri, exit.range.start);
    const meta = ruleById("missing-exit-clause")!.meta;
    expect(hover).toEqual({
      contents: {
        kind: "markdown",
        value: [
          "**alliance-lint: missing-exit-clause** — 出口条項: なし",
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
    const uri = session.client.open(path.join(session.ws, "en.alliance.md"), EN_PLAN);
    await session.client.current(uri);
    const hover = await session.client.hover(uri, { line: 4, character: 10 });
    const value = (hover?.contents as { value: string }).value;
    const meta = ruleById("vague-objective")!.meta;
    expect(value.split("\n\n")[0]).toBe("**alliance-lint: vague-objective** — Objective: weak");
    expect(value).toContain(`**Why it matters:** ${meta.rationale.en}`);
    expect(value).toContain(`✔ Good: ${meta.examples.good.en}`);
    expect(value).toContain(`✘ Bad: ${meta.examples.bad.en}`);
    expect(value).toContain(`[Rule documentation](${DOCS}vague-objective.md)`);
  });

  it("names a checklist element's state: a rule the plan's type turned on", async () => {
    const text = `---\nalliance-type: capital-alliance\n---\n${EN_PLAN}`;
    const uri = session.client.open(path.join(session.ws, "capital.alliance.md"), text);
    const form = (await session.client.current(uri)).find((d) => d.code === "alliance-form")!;
    const hover = await session.client.hover(uri, form.range.start);
    expect((hover?.contents as { value: string }).value.split("\n\n")[0]).toBe("**alliance-lint: alliance-form** — Form: missing");
  });

  it("says nothing away from findings", async () => {
    const uri = session.client.open(path.join(session.ws, "quiet.alliance.md"), JA_PLAN);
    await session.client.current(uri);
    expect(await session.client.hover(uri, { line: 2, character: 3 })).toBeNull();
  });
});
