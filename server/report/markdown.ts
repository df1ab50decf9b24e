/**
 * The reviewer's summary, for $GITHUB_STEP_SUMMARY or a pull-request comment: which plans are
 * ready, a scorecard of the elements each one has, then what each still lacks, by file:line.
 */
import path from "node:path";
import type { Finding, LintResult } from "../engine/finding";
import type { Formatter, ReportContext } from "./types";
import { relativePath, uriReference } from "./relative-path";
import { reportTexts, type ReportTexts } from "./report-texts";
import type { ElementState } from "../engine/readiness";
import { columns, scorePlan, type Column, type Columns, type PlanScore } from "./scorecard";
import { escapeMarkdown, linkDestination } from "./markdown-escape";

export interface MarkdownOptions {
  /**
   * Prefix for file links, e.g. `https://github.com/o/r/blob/<sha>/`. Relative links resolve
   * against the page showing the report, which for a PR comment is not the repository.
   */
  linkBase?: string;
}

const MARK: Record<ElementState, string> = { present: "✅", weak: "⚠️", missing: "❌", unfilled: "📝" };
const UNCHECKED = "–";
/** Findings listed per plan: past this a list stops helping (and a PR comment holds 65,536 characters). */
const MAX_LISTED = 20;

export function markdownFormatter(options: MarkdownOptions = {}): Formatter {
  return (results, context) => {
    const t = reportTexts(context.locale);
    const cols = columns(results, context.locale);
    const scores = results.map((result) => scorePlan(result, cols));
    const link = linker(context, options.linkBase ?? "");
    const ready = scores.filter((s) => s.readiness.ready).length;
    const heading = `## ${t.title}: ${t.readyCount(ready, results.length)}`;
    if (results.length === 0) return `${heading}\n\n${t.noPlans}\n`;
    const table = scoreTable(scores, cols.elements, t, link);
    const sections = [heading, table, t.legend, ...checklistSection(scores, cols, t, link), ...findingSections(scores, t, link)];
    return `${sections.join("\n\n")}\n`;
  };
}

export const markdown: Formatter = markdownFormatter();

type Linker = (result: LintResult, line?: number) => string;

/**
 * `[dir/plan.md](dir/plan.md)` for a plan; `[plan.md:12](dir/plan.md#L12)` for a line, listed
 * under the plan's own heading. Targets are relative to the run's directory (or linkBase).
 */
function linker(context: ReportContext, base: string): Linker {
  return (result, line) => {
    const file = relativePath(result.filePath, context.cwd);
    const label = line === undefined ? file : `${path.posix.basename(file)}:${line}`;
    const target = base + uriReference(file) + (line === undefined ? "" : `#L${line}`);
    return `[${escapeMarkdown(label)}](${linkDestination(target)})`;
  };
}

function scoreTable(scores: PlanScore[], cols: Column[], t: ReportTexts, link: Linker): string {
  const header = [t.plan, t.status, t.readiness, ...cols.map((c) => c.label), t.findings];
  const align = [":--", ":-:", "--:", ...cols.map(() => ":-:"), ":--"];
  const rows = scores.map((s) => [
    s.unreadable ? `${link(s.result)} (${t.parseError})` : link(s.result),
    s.readiness.ready ? `✅ ${t.ready}` : `❌ ${t.notReady}`,
    s.readiness.total ? `${s.readiness.readyCount}/${s.readiness.total}` : UNCHECKED,
    ...s.states.map(mark),
    counts(s.result, t),
  ]);
  return rowsOf([header, align, ...rows]);
}

/** The checklist under the headline table, when any plan has one: each plan's other elements, and how many are present. */
function checklistSection(scores: PlanScore[], cols: Columns, t: ReportTexts, link: Linker): string[] {
  if (cols.checklist.length === 0) return [];
  const header = [t.plan, t.checklist, ...cols.checklist.map((c) => c.label)];
  const align = [":--", "--:", ...cols.checklist.map(() => ":-:")];
  const rows = scores.map((s) => {
    const present = s.readiness.checklist.filter((e) => e.state === "present").length;
    const total = s.readiness.checklist.length;
    return [link(s.result), total ? `${present}/${total}` : UNCHECKED, ...s.checklist.map(mark)];
  });
  return [`### ${t.checklist}`, rowsOf([header, align, ...rows]), t.checklistLegend];
}

function mark(state: ElementState | undefined): string {
  return state ? MARK[state] : UNCHECKED;
}

function rowsOf(cells: string[][]): string {
  return cells.map((row) => `| ${row.join(" | ")} |`).join("\n");
}

function counts(result: LintResult, t: ReportTexts): string {
  const errors = result.findings.filter((f) => f.severity === "error").length;
  return t.counts(errors, result.findings.length - errors);
}

/** One section per plan with findings; plans that pass need no more than their table row. */
function findingSections(scores: PlanScore[], t: ReportTexts, link: Linker): string[] {
  const withFindings = scores.filter((s) => s.result.findings.length > 0);
  if (withFindings.length === 0) return [t.noFindings];
  return [
    `### ${t.findings}`,
    ...withFindings.map((s) => {
      const title = `#### ${s.readiness.ready ? "✅" : "❌"} ${link(s.result)}: ${counts(s.result, t)}`;
      const items = s.result.findings.slice(0, MAX_LISTED).map((f) => findingItem(s.result, f, link));
      const rest = s.result.findings.length - items.length;
      return [title, "", ...items, ...(rest > 0 ? [`- ${t.more(rest)}`] : [])].join("\n");
    }),
  ];
}

function findingItem(result: LintResult, finding: Finding, link: Linker): string {
  const mark = finding.severity === "error" ? "❌" : "⚠️";
  return `- ${mark} ${link(result, finding.range.start.line + 1)} ${escapeMarkdown(finding.message)} \`${finding.ruleId}\``;
}
