/** A file that looks like a plan but is not linted as one: one Information hint, whose quick fix makes it a plan. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverSession } from "./helpers/session";
import { brief, EN_PLAN, JA_PLAN } from "./helpers/workspace";

const session = serverSession();

const EN_FRONT_MATTER = `---
title: Clinic booking partnership
objective: Grow online bookings to 6,000 a month by FY2027.
kpis:
  - name: Online bookings per month
exit: TBD
---

Notes from the first call.
`;

describe("files that are not plans yet", () => {
  it("hints on a Japanese plan no glob includes, and its quick fix makes it a plan", async () => {
    const { client, ws } = session;
    const uri = client.open(path.join(ws, "docs", "物流提携.md"), JA_PLAN);
    const [hint, ...others] = await client.current(uri);
    expect(others).toEqual([]);
    expect(hint).toMatchObject({
      severity: 3,
      source: "alliance-lint",
      code: "not-a-plan",
      message: "アライアンス計画として検査されていません — 検査対象にする",
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: JA_PLAN.indexOf("\n") } },
    });
    const actions = await client.codeActions(uri, hint.range, [hint]);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([
      ["アライアンス計画として検査する（フロントマターに alliance-plan: true を追加）", "quickfix", true],
    ]);
    expect(client.applied(uri, actions[0].edit)).toBe(`---\nalliance-plan: true\n---\n\n${JA_PLAN}`);
    client.edit(uri, actions[0].edit!.changes![uri]);
    const linted = await client.current(uri);
    // Now a plan: the rules' findings, four lines further down, and no hint.
    expect(linted.map(brief)).toContain("vague-objective 8:0-8:29");
    expect(linted.some((d) => d.code === "not-a-plan")).toBe(false);
  });

  it("hints in English on front-matter fields of the plan schema, and adds the marker as their first key", async () => {
    const { client, ws } = session;
    const uri = client.open(path.join(ws, "notes", "kickoff.md"), EN_FRONT_MATTER);
    const [hint] = await client.current(uri);
    expect([hint.code, hint.message, hint.range.end]).toEqual([
      "not-a-plan",
      "Not linted as an alliance plan — lint it",
      { line: 0, character: 3 },
    ]);
    const [action] = await client.codeActions(uri, hint.range, [hint]);
    expect(action.title).toBe("Lint as an alliance plan (add alliance-plan: true to the front matter)");
    expect(client.applied(uri, action.edit)).toBe(EN_FRONT_MATTER.replace("---\n", "---\nalliance-plan: true\n"));
  });

  it("hints on a YAML file whose keys name plan elements, and adds the marker as its first key", async () => {
    const { client, ws } = session;
    const yaml = "objective: Grow bookings to 6,000 a month by FY2027.\nkpis:\n  - name: bookings\nexit:\n  conditions: TBD\n";
    const uri = client.open(path.join(ws, "data", "clinic.yaml"), yaml);
    const [hint] = await client.current(uri);
    // As a client that keeps no diagnostic data sends it back (Neovim 0.7).
    const [action] = await client.codeActions(uri, hint.range, [{ ...hint, data: undefined }]);
    expect(client.applied(uri, action.edit)).toBe(`alliance-plan: true\n${yaml}`);
  });

  it("leaves alone a README that names one or two plan elements, or no headline one", async () => {
    const { client, ws } = session;
    const readmes = {
      "README.md": "# Tool\n\n## Purpose\n\nLint things.\n\n## License\n\nMIT\n",
      "ROADMAP.md": "# Roadmap\n\n## Background\n\nWhy.\n\n## Schedule\n\nQ3.\n\n## Risks\n\nSome.\n",
      // Headings inside a code block are not the file's headings.
      "GUIDE.md": "# Guide\n\n```markdown\n## Objective\n## KPI\n## Exit\n```\n",
    };
    for (const [name, text] of Object.entries(readmes)) {
      const uri = client.open(path.join(ws, name), text);
      expect(await client.current(uri), name).toEqual([]);
    }
  });

  it("says nothing when the file says it is not a plan", async () => {
    const { client, ws } = session;
    const uri = client.open(path.join(ws, "old", "draft.md"), `---\nalliance-plan: false\n---\n\n${EN_PLAN}`);
    expect(await client.current(uri)).toEqual([]);
  });
});
