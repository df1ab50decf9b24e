/**
 * Hover over a finding: the element it is about and how it stands (the engine's readiness),
 * why the rule matters (RuleMeta.rationale), a good and a bad example in the document's
 * language, and a link to the rule's page. Not the finding's message: the editor shows the
 * diagnostic beside the hover, so the message would be read twice.
 */
import { MarkupKind, type Hover, type Position, type Range } from "vscode-languageserver";
import type { Finding, LintResult } from "../engine/finding";
import { ruleDocsUrl, type Rule } from "../engine/rule";
import type { PlanOutcome } from "./linter";
import { lspTexts } from "./lsp-texts";
import { engineTexts } from "../engine/engine-texts";
import { readinessElements } from "../engine/readiness";

export function hover(outcome: PlanOutcome, position: Position, rules: readonly Rule[], markdown: boolean): Hover | undefined {
  const { result } = outcome.plan;
  // The diagnostics are the findings, converted in order.
  const hits = outcome.diagnostics
    .map((d, i) => ({ range: d.range, finding: result.findings[i] }))
    .filter((h) => contains(h.range, position));
  const shown = new Set<string>();
  const parts: string[] = [];
  for (const { finding } of hits) {
    const rule = rules.find((r) => r.meta.id === finding.ruleId);
    if (!rule || shown.has(rule.meta.id)) continue;
    shown.add(rule.meta.id);
    parts.push(explain(rule, finding, result));
  }
  if (!parts.length) return undefined;
  const value = parts.join("\n\n---\n\n");
  return {
    contents: markdown ? { kind: MarkupKind.Markdown, value } : { kind: MarkupKind.PlainText, value: plain(value) },
    range: hits[0].range,
  };
}

function explain(rule: Rule, finding: Finding, result: LintResult): string {
  const { meta } = rule;
  const { locale, lang: docLang } = result;
  const label = lspTexts(locale).hover;
  const element = result.readiness && readinessElements(result.readiness).find((e) => e.element === finding.element);
  const state = element ? ` — ${element.label}: ${engineTexts(locale).states[element.state]}` : "";
  return [
    `**alliance-lint: ${meta.id}**${state}`,
    `**${label.why}:** ${meta.rationale[locale]}`,
    example(`✔ ${label.good}`, meta.examples.good[docLang]),
    example(`✘ ${label.bad}`, meta.examples.bad[docLang]),
    `[${label.docs}](${ruleDocsUrl(meta.id)})`,
  ].join("\n\n");
}

/** Multi-line examples (YAML) keep their lines in a code block. */
function example(label: string, text: string): string {
  return text.includes("\n") ? `${label}:\n\n\`\`\`\n${text}\n\`\`\`` : `${label}: ${text}`;
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

function plain(markdown: string): string {
  return markdown
    .replace(/\*\*/g, "")
    .replace(/\[([^[\]]+)\]\(([^)]+)\)/g, "$1: $2")
    .replace(/```\n?/g, "");
}
