/**
 * A config from a pull request may name files (`extends`, `templates`): only regular files of at
 * most 1 MB inside the config's project are read; anything else is a config error at the key.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLANS, run, tempProject } from "../cli/helpers";

const SECRET = "ALLIANCE_LINT_TEST_SECRET";

/** A repository with one plan that lacks its exit clause (so the exit template would be used). */
function repo(config: string, extra: Record<string, string> = {}): string {
  return tempProject({
    ".git/HEAD": "ref: refs/heads/main\n",
    "plan.alliance.md": PLANS.enNoExit,
    ".alliance-lint.yaml": config,
    ...extra,
  });
}

async function lintJson(cwd: string) {
  return run(["-f", "json", "plan.alliance.md"], { cwd, env: { [SECRET]: "hunter2" } });
}

describe("config references outside the project are refused", () => {
  it.each([
    ["templates: { exit-clause: ../../../../../../etc/passwd }\n", "templates.exit-clause", "../../../../../../etc/passwd"],
    ["templates: { exit-clause: /proc/self/environ }\n", "templates.exit-clause", "/proc/self/environ"],
    ["extends: /dev/zero\n", "extends", "/dev/zero"],
    ["extends: [recommended, /etc/hostname]\n", "extends[1]", "/etc/hostname"],
  ])("%s", async (config, key, named) => {
    const cwd = repo(config);
    const ran = await lintJson(cwd);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    const where = `${path.join(cwd, ".alliance-lint.yaml")}:1:`;
    expect(ran.stderr).toMatch(new RegExp(`^${escape(where)}\\d+: ${escape(key)}: "${escape(named)}" is outside the project`));
    expect(ran.stderr).not.toContain("hunter2");
    expect(ran.stderr).not.toContain("root:");
  });

  it("a symlink inside the project that leads out of it", async () => {
    const cwd = repo("templates: { exit-clause: templates/exit.md }\n");
    mkdirSync(path.join(cwd, "templates"));
    symlinkSync("/etc/passwd", path.join(cwd, "templates/exit.md"));
    const ran = await lintJson(cwd);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`templates.exit-clause: "templates/exit.md" is outside the project`);
  });
});

describe("config references that are not small regular files are refused", () => {
  it("a FIFO is not opened for reading (it would hang)", async () => {
    const cwd = repo("extends: ./team.yaml\n");
    execFileSync("mkfifo", [path.join(cwd, "team.yaml")]);
    const ran = await lintJson(cwd);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(`${path.join(cwd, ".alliance-lint.yaml")}:1:10: extends: cannot read "./team.yaml" (not a regular file)\n`);
  });

  it("a template over 1 MB", async () => {
    const cwd = repo("templates: { exit-clause: big.md }\n", { "big.md": "x".repeat(1024 * 1024 + 1) });
    const ran = await lintJson(cwd);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      `${path.join(cwd, ".alliance-lint.yaml")}:1:27: templates.exit-clause: cannot read "big.md" (larger than 1 MB)\n`,
    );
  });
});

describe("what a config may name", () => {
  it("any file inside its repository, and the template is used", async () => {
    const cwd = repo("", {
      "team/.alliance-lint.yaml": "templates: { exit-clause: ../shared/exit.md }\n",
      "team/plan.alliance.md": PLANS.enNoExit,
      "shared/exit.md": "## Exit\n\nOur team's exit clause.\n",
    });
    const ran = await run(["-f", "json", "team/plan.alliance.md"], { cwd });
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toContain("Our team's exit clause.");
  });

  it("outside a repository, only files below the config's own directory", async () => {
    const cwd = tempProject({
      "team/.alliance-lint.yaml": "root: true\nextends: ../shared.yaml\n",
      "team/plan.alliance.md": PLANS.enNoExit,
      "shared.yaml": "locale: ja\n",
    });
    const ran = await run(["team/plan.alliance.md"], { cwd });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`extends: "../shared.yaml" is outside the project (${path.join(cwd, "team")})`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
