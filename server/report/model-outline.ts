/**
 * `--print-model`: how alliance-lint read a plan — its sections with the elements their titles
 * name, and the statements in each with their kind and key — so a planner (or a developer
 * chasing a missed finding) sees which line landed in which section. Text, one line each.
 */
import type { PlanModel, Statement } from "../engine/model";

const EXCERPT = 80;

function at(model: PlanModel, offset: number): string {
  const { line, character } = model.lines.positionAt(offset);
  return `${line + 1}:${character + 1}`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function statementLine(model: PlanModel, s: Statement, indent: string): string {
  const key = s.key === undefined ? "" : ` [${s.key}]`;
  return `${indent}${at(model, s.span.start)} ${s.kind}${key} ${excerpt(s.text)}`;
}

export function modelOutline(model: PlanModel, filePath: string): string {
  const out = [`${filePath} (${model.lang}, ${model.format})`];
  const bySection = new Map<number | undefined, Statement[]>();
  for (const s of model.statements) bySection.set(s.section, [...(bySection.get(s.section) ?? []), s]);
  for (const s of bySection.get(undefined) ?? []) out.push(statementLine(model, s, "  "));
  for (const section of model.sections) {
    const indent = "  ".repeat(section.path.length);
    const elements = section.elements.length ? ` → ${section.elements.join(", ")}` : "";
    out.push(`${indent.slice(2)}§ ${at(model, section.headingSpan.start)} ${section.kind} "${excerpt(section.title)}"${elements}`);
    for (const s of bySection.get(section.index) ?? []) out.push(statementLine(model, s, indent));
  }
  for (const table of model.tables) {
    out.push(`table ${at(model, table.span.start)}: ${table.header.map((c) => excerpt(c.text)).join(" | ")} (${table.rows.length} rows)`);
  }
  return `${out.join("\n")}\n`;
}
