/** Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, config or missing files. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLANS, run, tempProject, WARN_BLANKS } from "./helpers";

/**
 * ai-alliance-terms, on by default, turned off where exit codes 0 and 1 are counted from the
 * headline rules and placeholders: a warning more would change the counts and the stylish
 * alignment under test.
 */
const CHECKLIST_OFF = ["--rule", "ai-alliance-terms:off"];

describe("exit code 0 and 1", () => {
  it("0 for clean plans in both languages, and stylish prints nothing", async () => {
    const cwd = tempProject({ "ja.alliance.md": PLANS.jaClean, "en.alliance.md": PLANS.enClean });
    expect(await run([...CHECKLIST_OFF, "ja.alliance.md", "en.alliance.md"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("1 for a Japanese plan with no exit clause", async () => {
    const cwd = tempProject({ "ja.alliance.md": PLANS.jaNoExit });
    const ran = await run([...CHECKLIST_OFF, "ja.alliance.md"], { cwd });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/ 1:1 {2}error {2}出口戦略.* {2}missing-exit-clause\n/);
  });

  it("1 for an English plan with no exit clause", async () => {
    const cwd = tempProject({ "en.alliance.md": PLANS.enNoExit });
    const ran = await run([...CHECKLIST_OFF, "en.alliance.md"], { cwd });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/ 1:1 {2}error {2}No exit clause.* {2}missing-exit-clause\n/);
  });

  it("1 for an unfilled template placeholder: a blank template does not pass", async () => {
    const cwd = tempProject({ "plan.alliance.md": PLANS.enPlaceholder });
    const ran = await run([...CHECKLIST_OFF, "plan.alliance.md"], { cwd });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/ 21:11 {2}error {2}Placeholder \[date\] is not filled in\. {2}unfilled-placeholder\n/);
  });

  it("warnings alone pass, within --max-warnings too; over it they fail", async () => {
    const cwd = tempProject({ "plan.alliance.md": PLANS.enPlaceholder, ...WARN_BLANKS });
    expect((await run([...CHECKLIST_OFF, "plan.alliance.md"], { cwd })).code).toBe(0);
    expect((await run([...CHECKLIST_OFF, "plan.alliance.md", "--max-warnings", "1"], { cwd })).code).toBe(0);
    const over = await run([...CHECKLIST_OFF, "plan.alliance.md", "--max-warnings", "0"], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("alliance-lint found too many warnings (maximum: 0).\n");
  });
});

describe("exit code 2", () => {
  const cwd = tempProject({ "plan.alliance.md": PLANS.enClean });
  const usage = (message: string) => ({
    code: 2,
    stdout: "",
    stderr: `alliance-lint: ${message}\nRun 'alliance-lint --help' for usage.\n`,
  });

  it.each([
    [["--frmat", "json"], "unknown option '--frmat'"],
    [["--format", "xml"], "invalid --format 'xml': expected stylish, json, sarif, github, junit, markdown, codequality"],
    [["--locale", "fr"], "invalid --locale 'fr': expected ja, en"],
    [["--max-warnings", "some"], "invalid --max-warnings 'some': expected a whole number"],
    [["--rule", "missing-kpi"], "invalid --rule 'missing-kpi': expected id:severity, e.g. missing-kpi:off"],
    [
      ["--rule", "no-such-rule:off"],
      expect.stringContaining("unknown rule 'no-such-rule' in --rule 'no-such-rule:off': known rules are vague-objective, missing-kpi,"),
    ],
    [
      ["--rule", "missing-kpi:sometimes"],
      "invalid severity 'sometimes' in --rule 'missing-kpi:sometimes': expected off, warn, warning, error",
    ],
    [["--stdin-filename", "plan.alliance.md"], "--stdin-filename needs --stdin"],
    [["--stdin", "plan.alliance.md"], "--stdin lints standard input: give no file patterns with it"],
  ])("usage error %j", async (argv, expected) => {
    const ran = await run([...argv], { cwd });
    if (typeof expected === "string") expect(ran).toEqual(usage(expected));
    else expect(ran).toEqual({ code: 2, stdout: "", stderr: expected });
  });

  it("a config error is printed as file:line:col: message", async () => {
    const project = tempProject({ "plan.alliance.md": PLANS.enClean, ".alliance-lint.yaml": "rules:\n  missing-kpi: sometimes\n" });
    const ran = await run(["plan.alliance.md"], { cwd: project });
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    const configPath = path.join(project, ".alliance-lint.yaml");
    expect(ran.stderr.startsWith(`${configPath}:2:`)).toBe(true);
    expect(ran.stderr).toMatch(/^[^\n]+:2:\d+: .+\n$/);
  });

  it("a --config file that does not exist", async () => {
    const ran = await run(["--config", "nope.yaml", "plan.alliance.md"], { cwd });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("nope.yaml");
  });

  it("a pattern that matches nothing", async () => {
    const ran = await run(["plan.alliance.md", "drafts/*.alliance.md"], { cwd });
    expect(ran).toEqual({
      code: 2,
      stdout: "",
      stderr: 'alliance-lint: no files matching the pattern "drafts/*.alliance.md" were found.\n',
    });
    expect((await run(["drafts/*.alliance.md"], { cwd, env: { LANG: "ja_JP.UTF-8" } })).stderr).toBe(
      'alliance-lint: "drafts/*.alliance.md" に一致するファイルが見つかりません。\n',
    );
  });
});

describe("a directory with no plans (exit 2) says which globs it used and how to include its files", () => {
  const project = tempProject({ "plans/partner.md": PLANS.enClean, "plans/yaml/partner.yaml": "title: x\n", "plans/notes.txt": "x" });
  const defaults =
    "  **/*.alliance.md, **/*.alliance.yaml, **/*.alliance.yml, **/alliances/**/*.md, **/alliances/**/*.yaml, **/alliances/**/*.yml";

  it("in English", async () => {
    expect(await run(["plans/"], { cwd: project })).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        'alliance-lint: no plans in "plans/": its 2 Markdown/YAML file(s) match none of the include globs:',
        defaults,
        "To lint them, either",
        '  - add a glob to include in .alliance-lint.yaml: include: ["plans/**/*.{md,yaml}"] (an include list replaces the default globs), or',
        "  - write alliance-plan: true in each plan's front matter (at the top of a YAML plan)",
        "",
      ].join("\n"),
    });
  });

  it("in Japanese, naming the config that sets the include globs", async () => {
    const configured = tempProject({ "docs/plans/a.md": PLANS.jaClean, "docs/.alliance-lint.yaml": "include: ['**/*.plan.md']\n" });
    expect(await run(["--locale", "ja", "docs/plans"], { cwd: configured })).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        'alliance-lint: "docs/plans" に提携計画がありません。Markdown / YAML ファイル 1 件は、どの include glob にも一致しません:',
        "  **/*.plan.md",
        "検査するには、次のどちらかを行ってください:",
        '  - docs/.alliance-lint.yaml の include に glob を追加する: include: ["plans/**/*.md"]（include を書くと既定の glob は使われません）',
        "  - 各計画のフロントマター（YAML の計画では先頭）に alliance-plan: true と書く",
        "",
      ].join("\n"),
    });
  });

  it("the glob it suggests, or the marker, makes them plans", async () => {
    const marked = tempProject({ "plans/partner.md": `---\nalliance-plan: true\n---\n${PLANS.enClean}` });
    expect((await run(["plans/"], { cwd: marked })).code).toBe(0);
    const included = tempProject({ "plans/partner.md": PLANS.enClean, ".alliance-lint.yaml": 'include: ["plans/**/*.md"]\n' });
    expect((await run(["plans/"], { cwd: included })).code).toBe(0);
  });
});
