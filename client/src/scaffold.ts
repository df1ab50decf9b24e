/**
 * A new plan from the clause templates (built-in or the team's, as the server lists them):
 * the marker, a title, the objective, then the KPI, exit and IP sections, numbered.
 */
import type { Lang } from "../../server/engine/model";
import type { TemplateInfo } from "../../server/lsp/protocol";
import type { NewPlanTexts } from "./client-texts";

/** The sections after the objective, as template names. */
const SECTIONS = ["kpi-section", "exit-clause", "ip-ownership"];

export function scaffoldPlan(lang: Lang, templates: readonly TemplateInfo[], texts: NewPlanTexts): string {
  // trimEnd: the objective's template is a suffix that may open with a space
  const body = (name: string) => templates.find((t) => t.name === name && t.lang === lang)?.body.trimEnd();
  const objective = `## 1. ${texts.objectiveHeading}\n\n${texts.objectiveLead}${body("objective") ?? ""}`;
  const sections = SECTIONS.flatMap((name) => body(name) ?? []).map((section, i) => numbered(section, i + 2));
  const front = ["---", "alliance-plan: true", `lang: ${lang}`, "status: draft", "---"].join("\n");
  return `${[front, `# ${texts.title}`, objective, ...sections].join("\n\n")}\n`;
}

/** The template's own heading, numbered: "## 2. KPI（成果指標）". */
function numbered(section: string, n: number): string {
  return section.trimStart().replace(/^(#{1,6})[ \t]+/, `$1 ${n}. `);
}
