/** The built executable: shebang, bin permissions and exit code, as npx and CI run it. */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { PLANS, tempProject } from "./helpers";

const REPO = path.resolve(__dirname, "../..");
const CLI = path.join(REPO, "dist/cli.js");

beforeAll(() => {
  execFileSync("npm", ["run", "build"], { cwd: REPO, stdio: "pipe" });
}, 120_000);

it("dist/cli.js runs as a program and exits 1 on a plan with errors, from a file or a pipe", () => {
  const cwd = tempProject({ "plan.alliance.md": PLANS.enNoExit });
  const options = { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } } as const;
  const ran = spawnSync(CLI, ["plan.alliance.md"], options);
  expect(ran.stderr).toBe("");
  expect(ran.status).toBe(1);
  expect(ran.stdout).toContain("plan.alliance.md\n  1:1  error  No exit clause");

  const piped = spawnSync(CLI, ["--stdin", "--stdin-filename", "piped.alliance.md"], { ...options, input: PLANS.enNoExit });
  expect(piped.status).toBe(1);
  expect(piped.stdout).toContain("piped.alliance.md\n  1:1  error  No exit clause");
});
