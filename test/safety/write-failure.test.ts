/** A fix that cannot be written back (read-only file system) is that file's internal-error; the others are fixed. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { EslintResult } from "../../server/report/json";
import { PLANS, run, tempProject } from "../cli/helpers";

const state = vi.hoisted(() => ({ readOnly: "" }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeFileSync: typeof fs.writeFileSync = (file, ...rest) => {
    if (state.readOnly && String(file) === state.readOnly)
      throw Object.assign(new Error("EROFS: read-only file system, open 'a.alliance.md'"), { code: "EROFS" });
    return fs.writeFileSync(file, ...rest);
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

describe("--fix when a file cannot be written", () => {
  it("reports it on that file and fixes the others", async () => {
    const cwd = tempProject({ "a.alliance.md": PLANS.enNoExit, "b.alliance.md": PLANS.enNoExit });
    state.readOnly = path.join(cwd, "a.alliance.md");
    const ran = await run(["--fix", "-f", "json", "a.alliance.md", "b.alliance.md"], { cwd });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("");
    const [a, b] = JSON.parse(ran.stdout) as EslintResult[];
    expect(a.messages).toEqual([
      expect.objectContaining({
        ruleId: "internal-error",
        severity: 2,
        line: 1,
        column: 1,
        message: "Internal error while linting this file: EROFS: read-only file system, open 'a.alliance.md'",
      }),
    ]);
    expect(readFileSync(path.join(cwd, "a.alliance.md"), "utf8")).toBe(PLANS.enNoExit);
    expect(b.messages.map((m) => m.ruleId)).not.toContain("missing-exit-clause");
    expect(readFileSync(path.join(cwd, "b.alliance.md"), "utf8")).not.toBe(PLANS.enNoExit);
  });
});
