/** `--print-model FILE` shows how the plan was read: sections, their elements, statements with kind and key. */
import { expect, it } from "vitest";
import { run, tempProject } from "./helpers";

it("prints sections with their elements and the statements in each, then exits 0", async () => {
  const cwd = tempProject({
    "plan.alliance.md":
      "# Plan\n\nIntro line.\n\n| Item | Terms |\n|---|---|\n| Objective | Sell 10 units by 2027. |\n| Term | Two years. |\n| Background IP | Each keeps its own. |\n",
  });
  const { code, stdout } = await run(["--print-model", "plan.alliance.md"], { cwd });
  expect(code).toBe(0);
  expect(stdout).toBe(
    [
      "plan.alliance.md (en, markdown)",
      '§ 1:1 heading "Plan"',
      "  3:1 sentence Intro line.",
      '  § 7:3 pseudo "Objective" → objective',
      "    7:15 sentence [Objective] Sell 10 units by 2027.",
      '  § 8:3 pseudo "Term" → exit',
      "    8:10 sentence [Term] Two years.",
      '  § 9:3 pseudo "Background IP" → ip, background',
      "    9:19 sentence [Background IP] Each keeps its own.",
      "",
    ].join("\n"),
  );
});

it("a file that cannot be read as a plan: its parse error on stderr, exit 1", async () => {
  const cwd = tempProject({ "plan.alliance.md": "---js\nmodule.exports = {}\n---\n" });
  const { code, stdout, stderr } = await run(["--print-model", "plan.alliance.md"], { cwd });
  expect([code, stdout]).toEqual([1, ""]);
  expect(stderr).toMatch(/^alliance-lint: plan\.alliance\.md: .*js/);
});
