/** Diagnostics over stdio: exact ranges, codes, links, languages, push and pull, and the CLI's results. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigLoader } from "../../server/config/load-config";
import { lintText } from "../../server/engine/engine";
import { RULE_IDS, ruleDefaults } from "../../rules";
import { ensureBuilt } from "./helpers/build";
import { TestClient } from "./helpers/client";
import { DOCS, serverSession } from "./helpers/session";
import { brief, editorRange, EN_PLAN, JA_PLAN, tempWorkspace } from "./helpers/workspace";

describe("diagnostics (push)", () => {
  const session = serverSession();

  it("reports a Japanese plan's findings at their exact ranges, in Japanese; the missing exit clause where it would go", async () => {
    const uri = session.client.open(path.join(session.ws, "ja.alliance.md"), JA_PLAN);
    const diagnostics = await session.client.current(uri);
    expect(diagnostics.map(brief)).toEqual([
      "missing-exit-clause 13:23-13:23",
      "vague-objective 4:0-4:29",
      "missing-kpi 11:0-11:31",
      "undefined-ip-ownership 15:0-15:7",
    ]);
    expect(diagnostics[0]).toMatchObject({
      source: "alliance-lint",
      code: "missing-exit-clause",
      codeDescription: { href: `${DOCS}missing-exit-clause.md` },
      severity: 1,
      message: "出口戦略（提携の終了条件）がありません。期間・解除事由・通知期間・終了時の取扱いを定めてください。",
      data: { version: 1, messageId: "noExit", fix: { title: "出口条項のテンプレートを挿入" } },
    });
  });

  it("reports an English plan in English, the deferred exit at its heading", async () => {
    const uri = session.client.open(path.join(session.ws, "en.alliance.md"), EN_PLAN);
    const diagnostics = await session.client.current(uri);
    expect(diagnostics.map(brief)).toEqual(["vague-objective 4:0-4:83", "missing-kpi 11:0-11:50", "missing-exit-clause 19:0-19:7"]);
    expect(diagnostics[2].message).toBe(
      "The exit clause is deferred ('TBD', 'to be agreed') and states no condition for ending the alliance.",
    );
  });

  it("gives exactly the CLI's findings: same config discovery, same lintText", async () => {
    const file = path.join(session.ws, "same.alliance.md");
    const uri = session.client.open(file, JA_PLAN);
    const diagnostics = await session.client.current(uri);
    const config = new ConfigLoader({ cwd: session.ws, ruleDefaults: ruleDefaults(), knownRules: [...RULE_IDS], trusted: true }).forFile(
      file,
    );
    const findings = lintText(JA_PLAN, { filePath: file, config }).findings;
    expect(diagnostics.map((d) => [d.code, d.range, d.message, d.severity === 1 ? "error" : "warn"])).toEqual(
      findings.map((f) => [f.ruleId, editorRange(f, JA_PLAN), f.message, f.severity]),
    );
  });

  it("leaves a Markdown file that is not a plan alone", async () => {
    const uri = session.client.open(path.join(session.ws, "README.md"), "# Notes\n\nWe will explore synergies. Exit: TBD.\n");
    expect(await session.client.current(uri)).toEqual([]);
  });

  it("lints a pure YAML plan", async () => {
    const yaml = "title: 共同研究計画\nlang: ja\nobjectives:\n  - 協力して新規事業を模索する\nexit: 別途協議\n";
    const uri = session.client.open(path.join(session.ws, "plan.alliance.yaml"), yaml);
    const codes = (await session.client.current(uri)).map((d) => d.code);
    expect(codes).toContain("missing-exit-clause");
    expect(codes).toContain("vague-objective");
  });
});

describe("allianceLint.locale", () => {
  it("writes messages in the chosen language whatever the document's", async () => {
    await ensureBuilt();
    const ws = tempWorkspace();
    const client = await TestClient.start({ root: ws, settings: { locale: "en" } });
    try {
      const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
      const exit = (await client.current(uri)).find((d) => d.code === "missing-exit-clause");
      expect(exit?.message).toBe("No exit clause: state the term, termination triggers, notice period and what happens on exit.");
    } finally {
      await client.stop();
    }
  });

  it("is off with allianceLint.enable: false", async () => {
    const ws = tempWorkspace();
    const client = await TestClient.start({ root: ws, settings: { enable: false } });
    try {
      const uri = client.open(path.join(ws, "ja.alliance.md"), JA_PLAN);
      expect(await client.current(uri)).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

describe("relatedInformation", () => {
  it("points at a contradiction's other place, in the same document, with its message", async () => {
    await ensureBuilt();
    const ws = tempWorkspace({ ".alliance-lint.yaml": "rules:\n  plan-consistency: warn\n" });
    const client = await TestClient.start({ root: ws });
    try {
      const text = "# 提携計画\n\n作成日：2026年4月1日\n\n## スケジュール\n\n- 2026年3月末までにNDAを締結する。\n";
      const uri = client.open(path.join(ws, "ja.alliance.md"), text);
      const diagnostics = await client.current(uri);
      const past = diagnostics.find((d) => d.code === "plan-consistency");
      expect(past?.range).toEqual({ start: { line: 6, character: 2 }, end: { line: 6, character: 10 } });
      expect(past?.relatedInformation).toEqual([
        {
          location: { uri, range: { start: { line: 2, character: 4 }, end: { line: 2, character: 13 } } },
          message: "計画の日付（2026-04-01）",
        },
      ]);
      expect(diagnostics.filter((d) => d.code !== "plan-consistency").every((d) => d.relatedInformation === undefined)).toBe(true);
    } finally {
      await client.stop();
    }
  });
});

describe("diagnostics (pull)", () => {
  const session = serverSession({ pull: true });

  it("answers textDocument/diagnostic, and 'unchanged' when nothing changed", async () => {
    const uri = session.client.open(path.join(session.ws, "ja.alliance.md"), JA_PLAN);
    const report = await session.client.pull(uri);
    expect(report.kind).toBe("full");
    const items = report.kind === "full" ? report.items : [];
    expect(items.map(brief)).toEqual([
      "missing-exit-clause 13:23-13:23",
      "vague-objective 4:0-4:29",
      "missing-kpi 11:0-11:31",
      "undefined-ip-ownership 15:0-15:7",
    ]);
    expect(await session.client.pull(uri, report.resultId)).toEqual({ kind: "unchanged", resultId: report.resultId });
    expect(session.client.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  it("waits for the lint of the latest version", async () => {
    const uri = session.client.open(path.join(session.ws, "grow.alliance.md"), JA_PLAN);
    await session.client.pull(uri);
    session.client.edit(uri, [{ range: { start: { line: 15, character: 0 }, end: { line: 16, character: 0 } }, newText: "" }]);
    const report = await session.client.pull(uri);
    const items = report.kind === "full" ? report.items : [];
    // The IP heading is gone: the IP finding now marks where an IP section would go (the end of the plan).
    expect(items.map(brief)).toContain("undefined-ip-ownership 16:19-16:19");
  });
});
