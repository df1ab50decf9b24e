/**
 * The install path outside the repository: `npm pack` makes a tarball of the bundles alone, and
 * `npm install -g` of it gives a working `alliance-lint` (README: Install). Installed into a
 * temporary prefix; the dependencies come from npm's cache (`npm ci` filled it), as the bundles
 * need none of them at run time.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { version } from "../../package.json";
import { PLANS, tempProject } from "./helpers";

const REPO = path.resolve(__dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "alliance-lint-install-"));
const tarball = path.join(work, `alliance-lint-${version}.tgz`);
const bin = path.join(work, "prefix", "bin", "alliance-lint");
const npm = (args: string[], cwd = REPO) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });

beforeAll(() => {
  // dist/ is built by the test run (npm test's pretest); npm pack alone builds it through prepare.
  npm(["pack", "--ignore-scripts", "--pack-destination", work]);
  npm(["install", "-g", "--prefix", path.join(work, "prefix"), "--prefer-offline", tarball], work);
}, 120_000);

it("the tarball holds the bundles, the two schemas and the docs, nothing else", () => {
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").sort();
  expect(files).toEqual(
    [
      "LICENSE",
      "README.md",
      "dist/cli-bundle.js",
      "dist/cli-bundle.js.cache",
      "dist/cli.js",
      "dist/lint-worker.js",
      "dist/server.js",
      "dist/tinypool/entry/worker.js",
      "package.json",
      "schemas/alliance-lint.schema.json",
      "schemas/alliance-plan.schema.json",
    ].map((file) => `package/${file}`),
  );
});

it("the installed alliance-lint prints its version and lints a plan (exit 1 on errors)", () => {
  expect(execFileSync(bin, ["--version"], { encoding: "utf8" })).toBe(`${version}\n`);
  const cwd = tempProject({ "plans/partner.alliance.md": PLANS.enNoExit });
  const ran = spawnSync(bin, ["plans"], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  expect(ran.stderr).toBe("");
  expect(ran.status).toBe(1);
  expect(ran.stdout).toContain("plans/partner.alliance.md\n  1:1  error  No exit clause");
});
