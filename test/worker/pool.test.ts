/**
 * The worker pool: jobs give what the engine gives in this thread; a job past its budget is
 * answered with one parse-error finding naming the budget, and an aborted job rejects; in
 * both cases the worker is replaced and the pool goes on serving.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixText, lintText } from "../../server/engine/engine";
import { LintPool } from "../../server/worker/pool";
import { config } from "../helpers/lint";
import { ensureBuilt, REPO } from "../lsp/helpers/build";

const PLAN = path.join(REPO, "fixtures/en/missing-exit-annual-review-ip-to-be-agreed-coldchain.alliance.md");

describe("jobs on dist/lint-worker.js", () => {
  let pool: LintPool;
  beforeAll(async () => {
    await ensureBuilt();
    pool = new LintPool({ workerFile: path.join(REPO, "dist/lint-worker.js"), threads: 2 });
  });
  afterAll(() => pool.destroy());

  const text = readFileSync(PLAN, "utf8");
  const exitTemplate = {
    name: "exit-clause",
    lang: "en" as const,
    body: "## Exit\n\nTeam exit clause: [ notice period ].\n",
    source: "team" as const,
  };
  const options = { filePath: PLAN, config: config({ templates: [exitTemplate], locale: "ja" }) };

  it("lints as lintText does, config and locale included", async () => {
    const { result, ms } = await pool.lint({ text, ...options, cacheKey: "plan" });
    expect(ms).toBeGreaterThan(0);
    expect(result).toEqual(lintText(text, options));
    expect(result.findings.map((f) => f.ruleId)).toContain("missing-exit-clause");
    // A second job for the same document (parse cache in the worker) gives the same.
    expect((await pool.lint({ text, ...options, cacheKey: "plan" })).result).toEqual(result);
  });

  it("fixes as fixText does, with the team's template", async () => {
    const { result: outcome } = await pool.fix({ text, ...options });
    expect(outcome).toEqual(fixText(text, options));
    expect(outcome.output).toContain("Team exit clause: [ notice period ].");
  });
});

describe("the budget and cancellation", () => {
  // A worker of the same shape that never returns on "hang".
  const workerFile = path.join(mkdtempSync(path.join(tmpdir(), "alliance-lint-pool-")), "worker.js");
  writeFileSync(
    workerFile,
    `module.exports = ({ job, started }) => {
      started.postMessage(null);
      if (job.text === "hang") for (;;);
      const result = { filePath: job.filePath, lang: "en", locale: "en", findings: [], rulesRun: ["echo:" + job.text] };
      return { result, ms: 1 };
    };`,
  );
  const job = (text: string) => ({ text, filePath: "/ws/plan.alliance.md", config: config() });
  let pool: LintPool;
  beforeAll(() => {
    pool = new LintPool({ workerFile, threads: 1, budgetMs: 1500 });
  });
  afterAll(() => pool.destroy());

  it("answers a job past its budget with one parse-error finding, then serves the next", async () => {
    const { result } = await pool.lint(job("hang"));
    expect(result).toEqual({
      filePath: "/ws/plan.alliance.md",
      lang: "en",
      locale: "en",
      rulesRun: [],
      findings: [
        {
          ruleId: "parse-error",
          messageId: "timeout",
          severity: "error",
          message: "Linting this file took longer than its 1.5 s time budget and was stopped. Split the file, or raise the budget.",
          span: { start: 0, end: 0 },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
      ],
    });
    expect((await pool.lint(job("next"))).result.rulesRun).toEqual(["echo:next"]);
  });

  it("leaves a fix past its budget unchanged, the message in the config's language", async () => {
    const { result: outcome } = await pool.fix({ ...job("hang"), config: config({ locale: "ja" }) });
    expect(outcome.output).toBe("hang");
    expect(outcome.fixed).toBe(0);
    expect(outcome.result.findings.map((f) => f.message)).toEqual([
      "このファイルの検査が制限時間（1.5 秒）を超えたため中止しました。ファイルを分割するか、制限時間を延ばしてください。",
    ]);
  });

  it("rejects an aborted job, running or queued, and goes on serving", async () => {
    const running = new AbortController();
    const queued = new AbortController();
    const hung = pool.lint(job("hang"), running.signal);
    const waiting = pool.lint(job("queued"), queued.signal);
    const after = pool.lint(job("after"));
    queued.abort();
    running.abort();
    await expect(hung).rejects.toThrow();
    await expect(waiting).rejects.toThrow();
    expect((await after).result.rulesRun).toEqual(["echo:after"]);
  });
});
