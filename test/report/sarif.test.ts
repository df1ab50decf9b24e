import { describe, expect, test } from "vitest";
import type { Lang } from "../../server/engine/model";
import type { LintResult } from "../../server/engine/finding";
import type { SarifLog } from "../../server/report/sarif-types";
import { FINGERPRINT_KEY, SRCROOT, sarif } from "../../server/report/sarif";
import { RULES } from "../../rules";
import { GOLDEN_PLANS, ROOT, lintPlans, lintTexts, reportContext, type Linted } from "./report-fixtures";
import { multitoolValidate, schemaErrors } from "./sarif-validation";

/** SARIF's names for the default severities (a rule off by default is level "none"). */
const SARIF_LEVEL = { error: "error", warn: "warning", off: "none" } as const;

function parse({ results, context }: Linted): SarifLog {
  return JSON.parse(sarif(results, context));
}

/** Both validators, on the exact text the formatter wrote. */
function expectValid(linted: Linted): void {
  const text = sarif(linted.results, linted.context);
  expect(schemaErrors(JSON.parse(text))).toEqual([]);
  const report = multitoolValidate(text);
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
}

/** Plans that exercise the corners: unreadable YAML, a name to percent-encode, an astral character, BOM and CRLF. */
const EDGE_PLANS = {
  "plans/broken.alliance.yaml": "lang: en\nobjectives: [never closed\n",
  "plans/提携 計画#1.alliance.md": "# Plan\n\n## Objectives\n\n- 🚀 Reach [target] by [date].\n",
  "plans/bom-crlf.alliance.md": "\uFEFF# Plan\r\n\r\n## Objectives\r\n\r\n- Explore synergies together.\r\n",
};

describe("SARIF validates (JSON Schema and Sarif.Multitool with GitHub's rules)", () => {
  test.each(["ja", "en"] as Lang[])("goldens (%s)", (lang) => expectValid(lintPlans(GOLDEN_PLANS[lang], lang)));

  test("edge cases: parse error, encoded names, astral characters, BOM and CRLF", () => expectValid(lintTexts(EDGE_PLANS)));

  test("no plans at all", () => expectValid({ results: [], context: reportContext("en") }));
});

describe("SARIF content", () => {
  test("tool.driver.rules: every rule with both languages, help, helpUri and default level", () => {
    const rules = parse(lintPlans(GOLDEN_PLANS.en, "en")).runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.meta.id), "parse-error"]);
    for (const meta of RULES.map((r) => r.meta)) {
      const rule = rules.find((r) => r.id === meta.id)!;
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.shortDescription.text).toBe(meta.description.en);
      expect(rule.fullDescription.text).toContain(meta.description.en);
      expect(rule.fullDescription.text).toContain(meta.description.ja);
      expect(rule.help.markdown).toContain(meta.rationale.en);
      expect(rule.helpUri).toBe(`https://github.com/alliance-lint/alliance-lint/blob/main/docs/rules/${meta.id}.md`);
      expect(rule.defaultConfiguration.level).toBe(SARIF_LEVEL[meta.defaultSeverity]);
      expect(rule.defaultConfiguration.enabled).toBe(meta.defaultSeverity !== "off");
    }
  });

  test("Japanese locale: the short description and help are Japanese", () => {
    const rules = parse(lintPlans(GOLDEN_PLANS.ja, "ja")).runs[0].tool.driver.rules;
    const meta = RULES[0].meta;
    expect(rules[0].shortDescription.text).toBe(meta.description.ja);
    expect(rules[0].help.text).toContain("良い例");
  });

  test("relative artifact URIs under %SRCROOT%, percent-encoded; the base ends in a slash", () => {
    const run = parse(lintTexts(EDGE_PLANS)).runs[0];
    expect(run.originalUriBaseIds[SRCROOT].uri).toBe(`file://${ROOT}/`);
    const uris = new Set(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(
      new Set([
        "plans/broken.alliance.yaml",
        "plans/%E6%8F%90%E6%90%BA%20%E8%A8%88%E7%94%BB%231.alliance.md",
        "plans/bom-crlf.alliance.md",
      ]),
    );
    for (const r of run.results) expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe(SRCROOT);
  });

  test("a file outside the run's directory keeps an absolute file URI", () => {
    const linted = lintTexts({ "../elsewhere/plan.alliance.md": "# Plan\n\nExplore synergies.\n" });
    const location = parse(linted).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: "file:///elsewhere/plan.alliance.md" });
  });

  test("regions: 1-based lines, 1-based UTF-16 columns, end column after the last character", () => {
    const text = "# Plan\n\n## Objectives\n\n- 🚀 Reach [target] by [date].\n";
    const linted = lintTexts({ "plan.alliance.md": text });
    const index = linted.results[0].findings.findIndex((f) => f.message.includes("[date]"));
    const region = parse(linted).runs[0].results[index].locations[0].physicalLocation.region;
    // 🚀 is two UTF-16 code units: "[date]" starts at JS index 23 of its line, so at column 24.
    expect(text.split("\n")[4].indexOf("[date]")).toBe(23);
    expect(region).toEqual({ startLine: 5, startColumn: 24, endLine: 5, endColumn: 30 });
  });

  test("fixes where the rule has a fix or suggestions (the fix first), as replacements in the plan", () => {
    const linted = lintPlans(GOLDEN_PLANS.en, "en");
    const findings = linted.results.flatMap((r) => r.findings);
    const results = parse(linted).runs[0].results;
    const proposals = findings.map((f) => [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])]);
    expect(results.map((r) => r.fixes?.length ?? 0)).toEqual(proposals.map((p) => p.length));
    const withFix = findings.findIndex((f) => f.fix);
    const withSuggestion = findings.findIndex((f) => !f.fix && f.suggestions);
    for (const i of [withFix, withSuggestion]) {
      expect(i).toBeGreaterThanOrEqual(0);
      const [change] = results[i].fixes![0].artifactChanges;
      expect(results[i].fixes![0].description.text).toBe(proposals[i][0].title);
      expect(change.replacements[0].insertedContent.text).toBe(proposals[i][0].edits[0].newText);
    }
  });

  test("levels follow the finding's severity", () => {
    const linted = lintPlans(GOLDEN_PLANS.ja, "ja");
    const severities = linted.results.flatMap((r) => r.findings.map((f) => f.severity));
    expect(parse(linted).runs[0].results.map((r) => r.level)).toEqual(severities.map((s) => (s === "warn" ? "warning" : "error")));
  });
});

describe("partialFingerprints", () => {
  const plan = "# Plan\n\n## Objectives\n\n- Explore synergies together.\n- Reach [target] by [date].\n";
  const prints = (text: string) => fingerprintsOf(lintTexts({ "plan.alliance.md": text }));

  test("stay the same when lines are added above the finding", () => {
    const before = prints(plan);
    const after = prints(plan.replace("## Objectives\n", "## Objectives\n\nSome context.\n\nMore context.\n"));
    expect(before.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  test("change when the flagged line changes", () => {
    const vague = (text: string) => fingerprintsOf(lintTexts({ "plan.alliance.md": text }), "vague-objective");
    const before = vague(plan);
    const after = vague(plan.replace("Explore synergies together.", "Explore new synergies together."));
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);
  });

  test("tell identical lines apart by occurrence", () => {
    const twice = prints("# Plan\n\n## Objectives\n\n- Explore synergies.\n- Explore synergies.\n");
    expect(new Set(twice).size).toBe(twice.length);
  });

  test("depend on the file path", () => {
    const a = fingerprintsOf(lintTexts({ "a.alliance.md": plan }));
    const b = fingerprintsOf(lintTexts({ "b.alliance.md": plan }));
    expect(a[0]).not.toBe(b[0]);
  });
});

function fingerprintsOf(linted: Linted, ruleId?: string): string[] {
  const results = parse(linted).runs[0].results.filter((r) => !ruleId || r.ruleId === ruleId);
  return results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
}

describe("relatedLocations", () => {
  const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  const result: LintResult = {
    filePath: `${ROOT}/plan.alliance.md`,
    lang: "en",
    locale: "en",
    rulesRun: ["plan-consistency"],
    findings: [
      {
        ruleId: "plan-consistency",
        messageId: "kpiAfterTerm",
        severity: "warn",
        message: "This target is due after the term ends.",
        span: { start: 40, end: 50 },
        range: at(4, 21, 31),
        related: [{ span: { start: 90, end: 103 }, range: at(8, 43, 56), message: "The end of the term (2028-03-31)" }],
      },
    ],
  };
  const linted = { results: [result], context: reportContext("en") };

  test("a finding's other place is a related location with its message, in the same file", () => {
    const [sarifResult] = parse(linted).runs[0].results;
    expect(sarifResult.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: "plan.alliance.md", uriBaseId: SRCROOT },
          region: { startLine: 9, startColumn: 44, endLine: 9, endColumn: 57 },
        },
        message: { text: "The end of the term (2028-03-31)" },
      },
    ]);
  });

  test("validates, and a finding without one has none", () => {
    expectValid(linted);
    expect(parse(lintPlans(GOLDEN_PLANS.en, "en")).runs[0].results.every((r) => r.relatedLocations === undefined)).toBe(true);
  });
});

test("a rule crash, reported without the source text, still validates", () => {
  const result: LintResult = {
    filePath: `${ROOT}/plan.alliance.md`,
    lang: "en",
    locale: "en",
    rulesRun: [],
    findings: [
      {
        ruleId: "missing-kpi",
        messageId: "crash",
        severity: "error",
        message: "Rule missing-kpi crashed: boom",
        span: { start: 0, end: 0 },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      },
    ],
  };
  expect(schemaErrors(JSON.parse(sarif([result], reportContext("en"))))).toEqual([]);
});
