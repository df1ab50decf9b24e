/**
 * What the status bar, the CodeLens and the plans tree say about a plan's readiness: pure
 * functions of the server's PlanReadiness, so the views stay thin and are unit-tested.
 */
import type { ElementReadiness, ElementState, PlanReadiness } from "../../server/lsp/protocol";
import type { ClientTexts } from "./client-texts";

/** A codicon and its theme colour: what ThemeIcon takes. */
export interface IconSpec {
  id: string;
  color: string;
}

const STATE_ICONS: Record<ElementState, IconSpec> = {
  present: { id: "pass-filled", color: "testing.iconPassed" },
  weak: { id: "warning", color: "problemsWarningIcon.foreground" },
  missing: { id: "error", color: "problemsErrorIcon.foreground" },
  unfilled: { id: "edit", color: "problemsWarningIcon.foreground" },
};

/** The states that keep a plan from being ready, in the order the tooltip lists them. */
const NOT_READY_STATES = ["missing", "unfilled", "weak"] as const;

export function stateIcon(state: ElementState): IconSpec {
  return STATE_ICONS[state];
}

/** A plan's icon: ready, else its worst headline state (missing, then unfilled, then weak). */
export function planIcon(plan: PlanReadiness): IconSpec {
  if (plan.ready) return STATE_ICONS.present;
  const worst = NOT_READY_STATES.find((state) => plan.elements.some((e) => e.state === state));
  return STATE_ICONS[worst ?? "weak"];
}

/** "Plan 3/4 ready" (the status bar prefixes its codicon). */
export function summary(plan: PlanReadiness, texts: ClientTexts): string {
  return texts.summary(plan.readyCount, plan.total);
}

/**
 * One line per state that keeps the plan from being ready: "Missing: Exit clause, IP ownership"
 * (the headline elements, and a checklist element only when its template is not filled).
 */
export function problemLines(plan: PlanReadiness, texts: ClientTexts): string[] {
  const holding = [...plan.elements, ...plan.checklist.filter((e) => e.state === "unfilled")];
  return NOT_READY_STATES.flatMap((state) => {
    const labels = holding.filter((e) => e.state === state).map((e) => e.label);
    return labels.length ? [texts.stateList[state](labels.join(", "))] : [];
  });
}

/** "Checklist: 2/3 present"; undefined for a plan with no checklist. */
export function checklistSummary(plan: PlanReadiness, texts: ClientTexts): string | undefined {
  if (plan.checklist.length === 0) return undefined;
  return texts.checklistSummary(presentCount(plan), plan.checklist.length);
}

function presentCount(plan: PlanReadiness): number {
  return plan.checklist.filter((e) => e.state === "present").length;
}

/** The status bar's and the tree's tooltip, as Markdown: the headline verdict, then the checklist under it. */
export function tooltipMarkdown(plan: PlanReadiness, texts: ClientTexts): string {
  const head = `**${escapeMarkdown(plan.title)}**: ${summary(plan, texts)} — ${plan.ready ? texts.ready : texts.notReady}`;
  const problems = problemLines(plan, texts).map((line) => `- ${escapeMarkdown(line)}`);
  const checklist = checklistSummary(plan, texts);
  const items = plan.checklist.map((e) => `- ${escapeMarkdown(e.label)}: ${texts.state[e.state]}`);
  return [head, ...problems, ...(checklist ? [`**${checklist}**`, ...items] : [])].join("\n\n");
}

/** The CodeLens title: the summary, what is not ready yet and the checklist's count, on one line. */
export function lensTitle(plan: PlanReadiness, texts: ClientTexts): string {
  return [summary(plan, texts), ...problemLines(plan, texts), checklistSummary(plan, texts) ?? []].flat().join(" · ");
}

/** A plan row's description, short so the title keeps the room: "3/4". */
export function planDescription(plan: PlanReadiness): string {
  return `${plan.readyCount}/${plan.total}`;
}

/** The checklist row's description: "2/3" present. */
export function checklistDescription(plan: PlanReadiness): string {
  return `${presentCount(plan)}/${plan.checklist.length}`;
}

/** An element row's description: its state. */
export function elementDescription(element: ElementReadiness, texts: ClientTexts): string {
  return texts.state[element.state];
}

export function elementTooltip(element: ElementReadiness, texts: ClientTexts): string {
  return [`${element.label}: ${texts.state[element.state]}`, ...element.messages].join("\n");
}

/** Plans sorted for the tree: not ready first, then by title. */
export function sortPlans(plans: readonly PlanReadiness[]): PlanReadiness[] {
  return [...plans].sort((a, b) => Number(a.ready) - Number(b.ready) || a.title.localeCompare(b.title) || a.uri.localeCompare(b.uri));
}

/**
 * The plan's title line, where the CodeLens goes: the first Markdown heading after the front
 * matter, or a YAML plan's `title:`; else the first line.
 */
export function titleLine(text: string, yaml: boolean): number {
  const lines = text.split(/\r?\n/);
  if (yaml)
    return Math.max(
      0,
      lines.findIndex((l) => /^title:/.test(l)),
    );
  const start = lines[0]?.trim() === "---" ? lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l)) + 1 : 0;
  let fenced = false;
  for (let i = start; i < lines.length; i++) {
    if (/^ {0,3}(?:`{3}|~{3})/.test(lines[i])) fenced = !fenced;
    else if (!fenced && /^ {0,3}#{1,6}[ \t]/.test(lines[i])) return i;
  }
  return 0;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
