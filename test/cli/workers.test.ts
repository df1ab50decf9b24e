/**
 * Files on worker threads (dist/lint-worker.js; --file-timeout asks for them on a small
 * run): the same report as linting them in this thread, and a file past --file-timeout is
 * one parse-error finding while the others are linted as usual.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../server/cli/run";
import { ensureBuilt, REPO } from "../lsp/helpers/build";
import { hugePlan } from "../lsp/helpers/workspace";
import { tempProject } from "./helpers";

const WORKER = path.join(REPO, "dist/lint-worker.js");
const FIXTURES = ["ja", "en"].map((lang) => path.join(REPO, "fixtures", lang));

async function run(argv: string[], cwd: string, workerFile?: string) {
  let stdout = "";
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd, isTTY: false, env: {}, workerFile };
  const code = await runCli(argv, io);
  return { code, stdout };
}

beforeAll(() => ensureBuilt());

describe("linting several files on worker threads", () => {
  it("reports what linting them in this thread reports", async () => {
    const inThread = await run([...FIXTURES, "--format", "json"], REPO);
    const onWorkers = await run([...FIXTURES, "--format", "json", "--file-timeout", "60"], REPO, WORKER);
    expect(JSON.parse(onWorkers.stdout).length).toBeGreaterThan(20);
    expect(onWorkers).toEqual(inThread);
  });

  it("fixes what fixing them in this thread fixes", async () => {
    const files = Object.fromEntries(
      ["ja/clean-jv-review-and-end-heading.alliance.md", "en/missing-exit-annual-review-ip-to-be-agreed-coldchain.alliance.md"].map(
        (rel) => [rel, readFileSync(path.join(REPO, "fixtures", rel), "utf8")],
      ),
    );
    const [inThread, onWorkers] = [tempProject(files), tempProject(files)];
    const ran = [await run(["--fix", "."], inThread), await run(["--fix", ".", "--file-timeout", "60"], onWorkers, WORKER)];
    expect(ran[1].code).toBe(ran[0].code);
    for (const rel of Object.keys(files)) {
      expect(readFileSync(path.join(onWorkers, rel), "utf8")).toBe(readFileSync(path.join(inThread, rel), "utf8"));
    }
  });

  it("reports a file past --file-timeout as a parse-error and lints the others", async () => {
    const dir = tempProject({
      "huge.alliance.md": hugePlan(1_000_000),
      "small.alliance.md": "# 提携計画\n\n## 目的\n\n協力して模索する。\n",
    });
    const { code, stdout } = await run([".", "--file-timeout", "0.5", "--format", "json"], dir, WORKER);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number }[] }[];
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages]));
    expect(byFile["huge.alliance.md"]).toEqual([
      expect.objectContaining({
        ruleId: "parse-error",
        line: 1,
        message: "このファイルの検査が制限時間（0.5 秒）を超えたため中止しました。ファイルを分割するか、制限時間を延ばしてください。",
      }),
    ]);
    expect(byFile["small.alliance.md"].map((m) => m.ruleId)).toContain("missing-exit-clause");
    expect(code).toBe(1);
  });
});

describe("--file-timeout", () => {
  it("must be a number of seconds above 0", async () => {
    const { code } = await run(["--file-timeout", "0", "."], REPO);
    expect(code).toBe(2);
  });
});
