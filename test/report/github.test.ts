import { expect, test } from "vitest";
import { github } from "../../server/report/github";
import { escapeData, escapeProperty } from "../../server/report/workflow-command";
import { GOLDEN_PLANS, lintPlans, reportContext } from "./report-fixtures";
import { NASTY_MESSAGE, NASTY_PATH, finding, result } from "./synthetic-results";

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Reads a command back as the Actions runner does: split, then unescape each part. */
function parseCommand(line: string): WorkflowCommand {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) =>
    s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
  const properties = Object.fromEntries(
    (match[2] ?? "").split(",").map((pair) => {
      const eq = pair.indexOf("=");
      return [pair.slice(0, eq), unescape(pair.slice(eq + 1))];
    }),
  );
  return { command: match[1], properties, message: unescape(match[3]) };
}

test("escaping: % \\r \\n in messages; also : and , in properties", () => {
  expect(escapeData("100%\r\n: ,")).toBe("100%25%0D%0A: ,");
  expect(escapeProperty("100%\r\n: ,")).toBe("100%25%0D%0A%3A %2C");
});

test("a message and a path full of special characters survive the round trip", () => {
  const output = github([result(NASTY_PATH, [finding("vague-objective", NASTY_MESSAGE, 4)])], reportContext("en"));
  const lines = output.split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe("");
  expect(lines[0]).not.toMatch(/\r/);
  const command = parseCommand(lines[0]);
  expect(command).toEqual({
    command: "error",
    properties: { file: NASTY_PATH, line: "5", col: "3", endLine: "5", endColumn: "10", title: "alliance-lint (vague-objective)" },
    message: NASTY_MESSAGE,
  });
});

test("warnings become ::warning, errors ::error; one line per finding", () => {
  const findings = [finding("unfilled-placeholder", "w", 1, "warn"), finding("missing-kpi", "e", 2)];
  const commands = github([result("plan.alliance.md", findings)], reportContext("en"))
    .trimEnd()
    .split("\n")
    .map(parseCommand);
  expect(commands.map((c) => c.command)).toEqual(["warning", "error"]);
});

test("every golden line parses back to its finding", () => {
  const { results, context } = lintPlans(GOLDEN_PLANS.ja, "ja");
  const commands = github(results, context).trimEnd().split("\n").map(parseCommand);
  const findings = results.flatMap((r) => r.findings);
  expect(commands.map((c) => c.message)).toEqual(findings.map((f) => f.message));
  expect(commands.map((c) => Number(c.properties.line))).toEqual(findings.map((f) => f.range.start.line + 1));
});

test("no findings, no output", () => {
  expect(github([result("plan.alliance.md", [])], reportContext("en"))).toBe("");
});
