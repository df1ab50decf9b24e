/**
 * A pull request from end to end: a git repository with four committed plans, a commit that
 * changes two of them, then alliance-lint with --changed-since and --changed-lines-only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isDocumentLevel } from "../../server/ci/changed-lines-filter";
import type { Finding } from "../../server/engine/finding";
import { TempRepo } from "./temp-repo";
import { cli, jsonResults, type JsonResult } from "./run-cli";

const FIXTURES = path.resolve(__dirname, "../../fixtures");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

/** Committed first; `exit` and `drone` are changed by the pull request. */
const PLANS = {
  "plans/exit.alliance.md": fixture("en/clean-co-marketing-ending-the-alliance.alliance.md"),
  "plans/drone.alliance.md": fixture("en/call-summary-insurer-drone-poc.alliance.md"),
  "plans/capital.alliance.md": fixture("ja/clean-capital-business-frontmatter.alliance.md"),
  "plans/memo.alliance.md": fixture("ja/vague-objectives-bullet-memo.alliance.md"),
};
const VAGUE_LINE = "- Strengthen the relationship and explore synergies together.";

let repo: TempRepo;
/** 1-based lines the pull request added to drone.alliance.md. */
let addedDroneLines: number[];

beforeAll(() => {
  repo = new TempRepo();
  repo.write(PLANS);
  repo.commit("plans");
  // exit: its exit section goes (a finding anchored away from the edit); drone: a vague objective is added.
  const exit = PLANS["plans/exit.alliance.md"];
  repo.write({
    "plans/exit.alliance.md": withoutExitSection(exit),
    "plans/drone.alliance.md": withVagueObjective(PLANS["plans/drone.alliance.md"]),
  });
  repo.commit("change two plans");
});
afterAll(() => repo.remove());

/** Drop the section whose heading names the ending (the fixture's exit clause). */
function withoutExitSection(text: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^#+ .*(?:end|exit|terminat)/i.test(l));
  expect(start).toBeGreaterThan(0);
  const level = /^#+/.exec(lines[start])![0].length;
  const next = lines.findIndex((l, i) => i > start && new RegExp(`^#{1,${level}} `).test(l));
  return [...lines.slice(0, start), ...(next < 0 ? [] : lines.slice(next))].join("\n");
}

/** A vague objective added under the first objective heading. */
function withVagueObjective(text: string): string {
  const lines = text.split("\n");
  const heading = lines.findIndex((l) => /^#+ .*(?:objective|goal|purpose|aim)/i.test(l));
  expect(heading).toBeGreaterThan(0);
  lines.splice(heading + 1, 0, "", VAGUE_LINE);
  addedDroneLines = [heading + 2, heading + 3];
  return lines.join("\n");
}

const names = (results: JsonResult[]) => results.map((r) => path.relative(repo.dir, r.filePath)).sort();
const byFile = (results: JsonResult[], file: string) => results.find((r) => r.filePath === repo.path(file))!;

describe("--changed-since HEAD~1", () => {
  test("lints only the two changed plans; their findings fail the run", async () => {
    const run = await cli(repo.dir, ["--changed-since", "HEAD~1", "--format", "json"]);
    const results = jsonResults(run);
    expect(names(results)).toEqual(["plans/drone.alliance.md", "plans/exit.alliance.md"]);
    expect(run.code).toBe(1);
  });

  test("each changed plan keeps all its findings", async () => {
    const all = jsonResults(await cli(repo.dir, ["--format", "json"]));
    const changed = jsonResults(await cli(repo.dir, ["--changed-since", "HEAD~1", "--format", "json"]));
    for (const file of ["plans/drone.alliance.md", "plans/exit.alliance.md"]) expect(byFile(changed, file)).toEqual(byFile(all, file));
  });

  test("nothing changed since HEAD: no plans, exit 0, and a one-line note on stderr", async () => {
    const run = await cli(repo.dir, ["--changed-since", "HEAD", "--format", "json"]);
    expect(jsonResults(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `alliance-lint: no changed plans since HEAD (${names(jsonResults(await cli(repo.dir, ["--format", "json"]))).length} plan(s) matched).\n`,
    );
    const ja = await cli(repo.dir, ["--changed-since", "HEAD", "--locale", "ja"]);
    expect(ja).toEqual(
      expect.objectContaining({
        code: 0,
        stdout: "",
        stderr: expect.stringMatching(/^alliance-lint: HEAD 以降に変更された計画はありません（対象の計画 \d+ 件）。\n$/),
      }),
    );
  });

  test("an unknown ref is a usage error (exit 2)", async () => {
    const run = await cli(repo.dir, ["--changed-since", "no-such-branch"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no-such-branch");
  });
});

describe("--changed-lines-only", () => {
  test("keeps findings on changed lines and the document-level ones, drops the rest", async () => {
    const full = jsonResults(await cli(repo.dir, ["--changed-since", "HEAD~1", "--format", "json"]));
    const only = jsonResults(await cli(repo.dir, ["--changed-since", "HEAD~1", "--changed-lines-only", "--format", "json"]));
    const drone = byFile(full, "plans/drone.alliance.md").messages;
    const kept = drone.filter((m) => isDocumentLevel({ ruleId: m.ruleId } as Finding) || addedDroneLines.includes(m.line));
    expect(byFile(only, "plans/drone.alliance.md").messages).toEqual(kept);
    // The added vague objective is reported; the fixture's own vague objectives are not.
    expect(kept.some((m) => m.ruleId === "vague-objective" && addedDroneLines.includes(m.line))).toBe(true);
    expect(drone.filter((m) => m.ruleId === "vague-objective").length).toBeGreaterThan(1);
  });

  test("a missing section is reported although its anchor line did not change", async () => {
    const only = jsonResults(await cli(repo.dir, ["--changed-since", "HEAD~1", "--changed-lines-only", "--format", "json"]));
    const exit = byFile(only, "plans/exit.alliance.md").messages;
    expect(exit.map((m) => m.ruleId)).toContain("missing-exit-clause");
  });

  test("exit codes: 1 with errors left, 0 with --fail-on never", async () => {
    const args = ["--changed-since", "HEAD~1", "--changed-lines-only", "--format", "json"];
    expect((await cli(repo.dir, args)).code).toBe(1);
    expect((await cli(repo.dir, [...args, "--fail-on", "never"])).code).toBe(0);
  });

  test("needs --changed-since", async () => {
    const run = await cli(repo.dir, ["--changed-lines-only"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--changed-since");
  });
});
