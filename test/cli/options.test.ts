/** --rule, --locale, --stdin, --print-config and --version (--help: help.test.ts). */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EslintResult } from "../../server/report/json";
import { fixText } from "../../server/engine/engine";
import { config } from "../helpers/lint";
import { version } from "../../package.json";
import { message, PLANS, run, tempProject } from "./helpers";

/**
 * ai-alliance-terms, on by default, turned off in the --rule, --locale and --stdin cases: those
 * tests look at the exit clause's finding alone.
 */
const CHECKLIST_OFF = ["--rule", "ai-alliance-terms:off"];

const json = (stdout: string) => JSON.parse(stdout) as EslintResult[];

describe("--rule", () => {
  const cwd = tempProject({ "plan.alliance.md": PLANS.jaNoExit });

  it("id:off turns a rule off", async () => {
    expect(await run([...CHECKLIST_OFF, "--rule", "missing-exit-clause:off", "plan.alliance.md"], { cwd })).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
  });

  it("id:warn makes an error a warning; the last --rule for an id wins", async () => {
    const ran = await run(
      [...CHECKLIST_OFF, "--rule", "missing-exit-clause:off", "--rule", "missing-exit-clause:warn", "-f", "json", "plan.alliance.md"],
      {
        cwd,
      },
    );
    expect(ran.code).toBe(0);
    expect(json(ran.stdout)[0].messages.map((m) => [m.ruleId, m.severity])).toEqual([["missing-exit-clause", 1]]);
  });

  it("warning is warn, on the command line and in a config file", async () => {
    const severities = async (argv: string[], dir: string) =>
      json((await run([...CHECKLIST_OFF, ...argv, "-f", "json", "plan.alliance.md"], { cwd: dir })).stdout)[0].messages.map((m) => [
        m.ruleId,
        m.severity,
      ]);
    expect(await severities(["--rule", "missing-exit-clause:warning"], cwd)).toEqual([["missing-exit-clause", 1]]);
    const configured = tempProject({
      "plan.alliance.md": PLANS.jaNoExit,
      ".alliance-lint.yaml": "rules:\n  missing-exit-clause: warning\n  missing-kpi: [warning, {}]\n",
    });
    expect(await severities([], configured)).toEqual([["missing-exit-clause", 1]]);
    expect(
      JSON.parse((await run([...CHECKLIST_OFF, "--print-config", "plan.alliance.md"], { cwd: configured })).stdout).rules["missing-kpi"],
    ).toEqual({
      severity: "warn",
      options: {},
    });
  });
});

describe("--locale", () => {
  it("en gives English messages for a Japanese plan", async () => {
    const cwd = tempProject({ "plan.alliance.md": PLANS.jaNoExit });
    const ran = await run([...CHECKLIST_OFF, "--locale", "en", "-f", "json", "plan.alliance.md"], { cwd });
    expect(json(ran.stdout)[0].messages[0].message).toBe(message("missing-exit-clause", "noExit", "en"));
  });

  it("without it, messages follow the document's language", async () => {
    const cwd = tempProject({ "ja.alliance.md": PLANS.jaNoExit, "en.alliance.md": PLANS.enNoExit });
    const ran = await run([...CHECKLIST_OFF, "-f", "json", "ja.alliance.md", "en.alliance.md"], { cwd });
    expect(json(ran.stdout).map((r) => r.messages[0].message)).toEqual([
      message("missing-exit-clause", "noExit", "ja"),
      message("missing-exit-clause", "noExit", "en"),
    ]);
  });
});

describe("--stdin", () => {
  const cwd = tempProject({});

  it("lints standard input as the file named by --stdin-filename", async () => {
    const ran = await run([...CHECKLIST_OFF, "--stdin", "--stdin-filename", "drafts/plan.alliance.md"], { cwd, stdin: PLANS.enNoExit });
    expect(ran.code).toBe(1);
    expect(ran.stdout.split("\n").slice(1, 3)).toEqual([
      "drafts/plan.alliance.md",
      `  1:1  error  ${message("missing-exit-clause", "noExit", "en")}  missing-exit-clause`,
    ]);
  });

  it("decodes bytes like a file: invalid UTF-8 is a parse-error", async () => {
    const ran = await run(["--stdin", "-f", "json"], { cwd, stdin: Uint8Array.of(0x23, 0x20, 0xe9, 0x0a) });
    expect(ran.code).toBe(1);
    expect(json(ran.stdout)[0]).toMatchObject({
      filePath: path.join(cwd, "<stdin>"),
      messages: [{ ruleId: "parse-error", line: 1, column: 1 }],
    });
  });

  it("the file name decides YAML or Markdown", async () => {
    const yaml = "title: Co-marketing plan\nlang: en\nexit: TBD\n";
    const asYaml = json((await run(["--stdin", "--stdin-filename", "plan.alliance.yaml", "-f", "json"], { cwd, stdin: yaml })).stdout);
    expect(asYaml[0].messages.find((m) => m.ruleId === "missing-exit-clause")?.line).toBe(3);
  });

  it("with --fix prints only the fixed text on stdout; what remains goes to stderr", async () => {
    const ran = await run(["--stdin", "--stdin-filename", "plan.alliance.md", "--fix"], { cwd, stdin: PLANS.enNoExit });
    const expected = fixText(PLANS.enNoExit, { filePath: path.join(cwd, "plan.alliance.md"), config: config() }).output;
    expect(ran.stdout).toBe(expected);
    expect(ran.stdout).not.toBe(PLANS.enNoExit);
    expect(ran.stderr).toContain("unfilled-placeholder");
    // The inserted template's blanks are errors until filled.
    expect(ran.code).toBe(1);
  });
});

describe("--print-config, --version", () => {
  it("--print-config prints the resolved config for a file as JSON, --rule included", async () => {
    const cwd = tempProject({});
    const ran = await run(["--print-config", "plan.alliance.md", "--rule", "missing-kpi:off"], { cwd });
    expect(ran.code).toBe(0);
    const printed = JSON.parse(ran.stdout);
    expect(printed.rules["missing-kpi"]).toEqual(expect.objectContaining({ severity: "off" }));
    expect(printed.rules["missing-exit-clause"]).toEqual(expect.objectContaining({ severity: "error" }));
  });

  it("--print-config prints the elements, each rule at the severity it runs at with them, and --rule over both", async () => {
    const cwd = tempProject({ ".alliance-lint.yaml": "elements: [capital-alliance]\n" });
    const ran = await run(["--print-config", "plan.alliance.md", "--rule", "governance:off"], { cwd });
    const printed = JSON.parse(ran.stdout);
    expect(printed.elements).toEqual(["objective", "kpi", "exit", "ip", "form", "governance"]);
    // alliance-form is off by default: the element turns it on at warn (whenRequired)
    expect(printed.rules["alliance-form"]).toEqual({ severity: "warn", options: {}, whenRequired: "warn" });
    expect(printed.rules.governance).toEqual({ severity: "off", options: {} });
  });

  it("--version prints package.json's version", async () => {
    expect(await run(["--version"], { cwd: tempProject({}) })).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
