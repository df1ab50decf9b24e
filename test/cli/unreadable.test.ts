/** Files that cannot be read as plans: one parse-error each, and the other files are still linted. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EslintResult } from "../../server/report/json";
import { MAX_PLAN_BYTES } from "../../server/lint/read-plan";
import { PLANS, run, tempProject } from "./helpers";

describe("unreadable plans", () => {
  it("binary, invalid UTF-8, huge and invalid YAML front matter are parse-errors; the other plans are linted", async () => {
    const cwd = tempProject({
      "a-binary.alliance.md": Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a),
      "b-latin1.alliance.md": Buffer.from("# Plan for Café Zürich\n", "latin1"),
      "c-huge.alliance.md": "a".repeat(MAX_PLAN_BYTES + 1),
      "d-front-matter.alliance.md": "---\ntitle: [unclosed\n---\n# Plan\n",
      "e-good.alliance.md": PLANS.jaNoExit,
    });
    const ran = await run(["-f", "json", "."], { cwd });
    expect(ran.code).toBe(1);
    const report = JSON.parse(ran.stdout) as EslintResult[];
    const brief = report.map((r) => ({
      file: path.basename(r.filePath),
      messages: r.messages.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message })),
    }));
    expect(brief.slice(0, 3)).toEqual([
      {
        file: "a-binary.alliance.md",
        messages: [{ ruleId: "parse-error", severity: 2, line: 1, column: 1, message: "binary file: not a plan" }],
      },
      {
        file: "b-latin1.alliance.md",
        messages: [{ ruleId: "parse-error", severity: 2, line: 1, column: 1, message: "invalid UTF-8: save the plan as UTF-8" }],
      },
      {
        file: "c-huge.alliance.md",
        messages: [
          {
            ruleId: "parse-error",
            severity: 2,
            line: 1,
            column: 1,
            message: `file too large: ${MAX_PLAN_BYTES + 1} bytes (at most 10 MB)`,
          },
        ],
      },
    ]);
    // Broken front matter is an error on its line; the plan under it is still read.
    expect(brief[3].messages.map((m) => [m.ruleId, m.line])).toEqual([
      ["parse-error", 2],
      ["missing-exit-clause", 4],
      ["missing-kpi", 4],
      ["undefined-ip-ownership", 4],
    ]);
    expect(brief[3].messages[0]).toMatchObject({ severity: 2, message: expect.stringMatching(/^invalid YAML: /) });
    expect(brief[4]).toEqual({
      file: "e-good.alliance.md",
      messages: [expect.objectContaining({ ruleId: "missing-exit-clause", line: 1, column: 1 })],
    });
    // An unreadable file has no source to show.
    expect(report[0].source).toBeUndefined();
  });

  it("stylish names the file and the reason", async () => {
    const cwd = tempProject({ "plan.alliance.md": Uint8Array.of(0x00) });
    const ran = await run(["plan.alliance.md"], { cwd });
    expect(ran.stdout).toContain("plan.alliance.md\n  1:1  error  binary file: not a plan  parse-error\n");
  });
});
