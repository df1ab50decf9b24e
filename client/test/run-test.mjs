// Runs the extension test suite (client/test/suite) inside a real VS Code with
// @vscode/test-electron. VS Code cannot be downloaded on every machine, so this never tries:
// it uses VSCODE_EXECUTABLE_PATH, and without it says plainly that nothing was run.
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runTests } from "@vscode/test-electron";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const executable = process.env.VSCODE_EXECUTABLE_PATH;

if (!executable) {
  console.log(
    [
      "test:vscode: NOT RUN — the extension tests did not run.",
      "Reason: VSCODE_EXECUTABLE_PATH is not set, and this runner never downloads VS Code",
      "(update.code.visualstudio.com is not reachable from every machine).",
      "To run them: VSCODE_EXECUTABLE_PATH=/path/to/code npm run test:vscode",
    ].join("\n"),
  );
  process.exit(0);
}
if (!existsSync(executable)) {
  console.error(`test:vscode: VSCODE_EXECUTABLE_PATH=${executable} does not exist`);
  process.exit(1);
}
if (!existsSync(path.join(repo, "dist", "extension.js"))) {
  console.error("test:vscode: dist/extension.js is missing: run npm run build first");
  process.exit(1);
}

// The suite edits and saves files: it works on a copy of the fixture workspace.
const scratch = mkdtempSync(path.join(tmpdir(), "alliance-lint-vscode-test-"));
const workspace = path.join(scratch, "workspace");
cpSync(path.join(here, "workspace"), workspace, { recursive: true });

try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(here, "suite", "index.js"),
    launchArgs: [
      workspace,
      "--disable-extensions",
      "--user-data-dir",
      path.join(scratch, "user-data"),
      "--skip-welcome",
      "--skip-release-notes",
      "--disable-workspace-trust",
    ],
    extensionTestsEnv: { ALLIANCE_LINT_TEST_WORKSPACE: workspace },
  });
  console.log("test:vscode: passed");
} catch (error) {
  console.error(`test:vscode: FAILED (${error instanceof Error ? error.message : error})`);
  process.exit(1);
}
