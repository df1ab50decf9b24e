/** The CI options through the CLI: several formats and output files, --fail-on, the link base. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { cli } from "./run-cli";

const CLEAN = [
  "# Plan",
  "",
  "## Objectives",
  "",
  "Reach $2M in joint revenue by March 2027.",
  "",
  "## KPIs",
  "",
  "| KPI | Target | Review |",
  "|---|---|---|",
  "| Joint revenue | $2M | monthly |",
  "",
  "## Intellectual property",
  "",
  "Each party keeps its background IP; results are jointly owned 50/50.",
  "",
  "## Exit",
  "",
  "Either party may terminate the alliance with 90 days' written notice.",
  "",
  "## Governance",
  "",
  "A joint steering committee meets quarterly.",
  "",
].join("\n");
const WARNING_ONLY = `${CLEAN}\nKick-off: [date].\n`;
/** Unfilled placeholders are errors by default; WARNING_ONLY's one is a warning under this config. */
const WARN_BLANKS = { ".alliance-lint.yaml": "rules:\n  unfilled-placeholder: warn\n" };
const ERRORS = "# Plan\n\n## Objectives\n\n- Explore synergies together.\n";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "alliance-lint-ci-"));
  projects.push(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe("--format, repeated, with files", () => {
  test("stylish to stdout, sarif and markdown to files", async () => {
    const dir = project({ "p.alliance.md": ERRORS });
    const run = await cli(dir, [
      "--format",
      "stylish",
      "--format",
      "sarif=reports/out.sarif",
      "--format",
      "markdown=summary.md",
      "p.alliance.md",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("vague-objective");
    expect(JSON.parse(readFileSync(path.join(dir, "reports/out.sarif"), "utf8")).version).toBe("2.1.0");
    expect(readFileSync(path.join(dir, "summary.md"), "utf8")).toMatch(/^## alliance-lint: 0 of 1 plan ready/);
  });

  test("--output-file takes the formats given without a file", async () => {
    const dir = project({ "p.alliance.md": ERRORS });
    const run = await cli(dir, ["--format", "github", "--output-file", "annotations.txt", "--format", "junit=junit.xml", "p.alliance.md"]);
    expect(run.stdout).toBe("");
    expect(readFileSync(path.join(dir, "annotations.txt"), "utf8")).toMatch(/^::error file=p\.alliance\.md,/m);
    expect(readFileSync(path.join(dir, "junit.xml"), "utf8")).toMatch(/^<\?xml/);
  });

  test("a file gets no colour escapes, even on a terminal", async () => {
    const dir = project({ "p.alliance.md": ERRORS });
    const run = await cli(dir, ["--format", "stylish", "--format", "stylish=out.txt", "p.alliance.md"], {}, true);
    expect(run.stdout).toContain("\u001b[");
    expect(readFileSync(path.join(dir, "out.txt"), "utf8")).not.toContain("\u001b[");
  });

  test("an unknown format name is a usage error, and nothing is written", async () => {
    const dir = project({ "p.alliance.md": ERRORS });
    const run = await cli(dir, ["--format", "xml=out.xml", "p.alliance.md"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("invalid --format 'xml'");
    expect(existsSync(path.join(dir, "out.xml"))).toBe(false);
  });

  test("NAME= without a file is a usage error", async () => {
    expect((await cli(project({}), ["--format", "sarif="])).code).toBe(2);
  });

  test("ALLIANCE_LINT_LINK_BASE makes the markdown links absolute", async () => {
    const dir = project({ "p.alliance.md": ERRORS });
    const run = await cli(dir, ["--format", "markdown", "p.alliance.md"], { ALLIANCE_LINT_LINK_BASE: "https://github.com/o/r/blob/abc/" });
    expect(run.stdout).toContain("](https://github.com/o/r/blob/abc/p.alliance.md#L5)");
  });
});

describe("--fail-on and --max-warnings", () => {
  /**
   * alliance-form and ai-alliance-terms, on by default, turned off for the warning and clean plans:
   * they name no form, and a warning more would change the count under test.
   */
  const CHECKLIST_OFF = ["--rule", "alliance-form:off", "--rule", "ai-alliance-terms:off"];
  const cases: [string, string[], number][] = [
    ["errors, default", [], 1],
    ["errors, --fail-on error", ["--fail-on", "error"], 1],
    ["errors, --fail-on warning", ["--fail-on", "warning"], 1],
    ["errors, --fail-on never", ["--fail-on", "never"], 0],
  ];
  test.each(cases)("%s", async (_, args, code) => {
    expect((await cli(project({ "p.alliance.md": ERRORS }), [...args, "p.alliance.md"])).code).toBe(code);
  });

  const warnings: [string, string[], number][] = [
    ["a warning, default", [], 0],
    ["a warning, --max-warnings 0", ["--max-warnings", "0"], 1],
    ["a warning, --max-warnings 1", ["--max-warnings", "1"], 0],
    ["a warning, --fail-on warning", ["--fail-on", "warning"], 1],
    ["a warning, --fail-on warn (as a config spells it)", ["--fail-on", "warn"], 1],
    ["a warning, --fail-on never", ["--fail-on", "never"], 0],
  ];
  test.each(warnings)("%s", async (_, args, code) => {
    expect((await cli(project({ "p.alliance.md": WARNING_ONLY, ...WARN_BLANKS }), [...CHECKLIST_OFF, ...args, "p.alliance.md"])).code).toBe(
      code,
    );
  });

  test("a clean plan passes whatever --fail-on says", async () => {
    for (const level of ["error", "warning", "never"])
      expect((await cli(project({ "p.alliance.md": CLEAN }), [...CHECKLIST_OFF, "--fail-on", level, "p.alliance.md"])).code).toBe(0);
  });

  test("--fail-on never still exits 2 on a usage error", async () => {
    expect((await cli(project({}), ["--fail-on", "never", "missing.alliance.md"])).code).toBe(2);
  });

  test("an unknown level, and --max-warnings with warning or never, are usage errors", async () => {
    expect((await cli(project({}), ["--fail-on", "sometimes"])).stderr).toContain(
      "invalid --fail-on 'sometimes': expected error, warning, never, warn",
    );
    expect((await cli(project({}), ["--fail-on", "never", "--max-warnings", "3"])).stderr).toContain(
      "--max-warnings cannot be used with --fail-on never",
    );
  });
});
