/**
 * fixText converges for any rule: a fix whose finding stays is applied once and the finding
 * is reported without a fix; a fix already in the text is not offered again, so a second
 * run changes nothing. Tested with rules whose fixes never resolve their findings.
 */
import { describe, expect, it } from "vitest";
import type { Fix, Rule, RuleReport } from "../../server/engine/rule";
import { fixText, lintText } from "../../server/engine/engine";
import { isApplied } from "../../server/engine/apply-fixes";
import { config, fix } from "../helpers/lint";

/** A rule that always reports at offset `anchor` and offers `fixFor(text)`. */
function stubbornRule(id: string, fixFor: (text: string) => Fix, anchor = 0): Rule {
  return {
    meta: {
      id,
      headline: false,
      fixable: true,
      defaultSeverity: "warn",
      description: { ja: "テスト用", en: "for tests" },
      messages: { always: { ja: "常に", en: "always" } },
      rationale: { ja: "テスト用", en: "for tests" },
      examples: { good: { ja: "", en: "" }, bad: { ja: "", en: "" } },
      scope: "statement",
      summary: "for tests",
    },
    check(model): RuleReport[] {
      return [{ messageId: "always", span: { start: anchor, end: anchor }, fix: fixFor(model.text) }];
    },
  };
}

const insert = (at: number, newText: string): Fix => ({ title: "insert", edits: [{ span: { start: at, end: at }, newText }] });
const PLAN = "# Plan\n\nSome text.\n";
const run = (text: string, rules: Rule[]) => fixText(text, { filePath: "plan.alliance.md", config: config(), rules });

describe("a fix whose finding does not disappear", () => {
  it("is applied once; the finding stays, without a fix; a second run changes nothing", () => {
    const rule = stubbornRule("note-after-title", () => insert(6, "\n\nA note."));
    const first = run(PLAN, [rule]);
    expect(first.output).toBe("# Plan\n\nA note.\n\nSome text.\n");
    expect(first.fixed).toBe(1);
    expect(first.result.findings.map((f) => [f.ruleId, f.fix])).toEqual([["note-after-title", undefined]]);
    const second = run(first.output, [rule]);
    expect(second.output).toBe(first.output);
    expect(second.fixed).toBe(0);
  });

  it("is applied once per run even when its text and place change with every pass", () => {
    const rule = stubbornRule("moving-note", (text) => insert(text.length, `note ${text.length}\n`), 2);
    const first = run(PLAN, [rule]);
    expect(first.output).toBe(`${PLAN}note ${PLAN.length}\n`);
    expect(first.fixed).toBe(1);
    expect(first.result.findings).toHaveLength(1);
  });

  it("does not hold back another finding of the same rule that a fix made", () => {
    // Every section wants its own note after its heading; the first note also opens a second section.
    const note = (title: string) => `\n\nNote on ${title}.`;
    const perSection: Rule = {
      ...stubbornRule("note-per-section", () => insert(0, "")),
      check: (model) =>
        model.sections
          .filter((s) => !model.text.startsWith(note(s.title), s.headingSpan.end))
          .map((s) => ({
            messageId: "always",
            span: s.headingSpan,
            fix: insert(s.headingSpan.end, note(s.title) + (model.sections.length === 1 ? "\n\n## Next" : "")),
          })),
    };
    const { output, fixed } = run("# Plan\n", [perSection]);
    expect(output).toBe("# Plan\n\nNote on Plan.\n\n## Next\n\nNote on Next.\n");
    expect(fixed).toBe(2);
    expect(run(output, [perSection]).output).toBe(output);
  });
});

describe("isApplied", () => {
  const text = "# Plan\n\n## IP\n\n- Background: each party keeps its own.\n\n## Data\n";

  it("lines (a clause, a section) already anywhere in the text", () => {
    const at = text.indexOf("\n\n## Data");
    expect(isApplied(text, insert(at, "\n\n## Data"))).toBe(true);
    expect(isApplied(text, insert(0, "- Background: each party keeps its own.\n\n"))).toBe(true);
    expect(isApplied(text, insert(at, "\n\n## Term"))).toBe(false);
  });

  it("a section whose body already is there, under another heading", () => {
    const at = text.indexOf("\n\n## Data");
    expect(isApplied(text, insert(at, "\n\n## Intellectual property\n\n- Background: each party keeps its own."))).toBe(true);
    expect(isApplied(text, insert(at, "\n\n## Intellectual property\n\n- Results: owned jointly."))).toBe(false);
  });

  it("an insertion within a line only right next to its point, on either side, spaces aside", () => {
    const line = "Explore markets (fill in) together.";
    expect(isApplied(line, insert(line.indexOf(" (fill"), " (fill in)"))).toBe(true);
    expect(isApplied(line, insert(line.indexOf(" together"), " (fill in)"))).toBe(true);
    expect(isApplied(line, insert(line.indexOf("."), " (fill in)"))).toBe(false);
  });

  it("a replacement whose span already holds its text; empty insertions never count", () => {
    const span = { start: 2, end: 6 };
    expect(isApplied(text, { title: "r", edits: [{ span, newText: "Plan" }] })).toBe(true);
    expect(isApplied(text, { title: "r", edits: [{ span, newText: "Deal" }] })).toBe(false);
    expect(isApplied(text, insert(3, ""))).toBe(false);
  });

  it("lintText offers no fix that is already in the text", () => {
    const rule = stubbornRule("note-after-title", () => insert(6, "\n\nA note."));
    const lint = (t: string) => lintText(t, { filePath: "plan.alliance.md", config: config(), rules: [rule] }).findings[0];
    expect(lint(PLAN).fix).toBeDefined();
    expect(lint("# Plan\n\nA note.\n").fix).toBeUndefined();
  });
});

describe("the built-in rules", () => {
  it("an empty IP section with the ownership deferred elsewhere is filled once, not followed by another template", () => {
    const head = "# Co-marketing plan\n\n## Goals\n\nSign 25 joint enterprise customers by December 2026.";
    const kpi = "\n\n## KPIs\n\n| KPI | Target |\n|---|---|\n| Joint customers | 25 |\n\nThe steering committee reviews the KPIs monthly.";
    const exit = "\n\n## Term\n\nThe partnership runs from 1 April 2026 to 31 March 2028.";
    const open = "\n\n## Open points\n\n- Ownership of jointly developed results: to be agreed.\n";
    const first = fix(`${head}${kpi}${exit}\n\n## IP${open}`);
    expect(first.output.match(/- Background IP:/g)).toHaveLength(1);
    expect(first.output).toContain("## IP\n\n- Background IP:");
    const ip = first.result.findings.filter((f) => f.ruleId === "undefined-ip-ownership");
    expect(ip.map((f) => [f.messageId, f.fix])).toEqual([["deferred", undefined]]);
    expect(fix(first.output).output).toBe(first.output);
  });
});
