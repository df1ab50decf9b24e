/** Finding → LSP Diagnostic. The fix travels in `data`, so a code action needs no re-lint. */
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { Finding } from "../engine/finding";
import { ruleDocsUrl, type Rule } from "../engine/rule";
import { SOURCE } from "./protocol";
import type { Positions } from "./positions";

export interface FixData {
  title: string;
  edits: TextEdit[];
}

export interface DiagnosticData {
  /** The document version the edits apply to. */
  version: number;
  messageId: string;
  fix?: FixData;
  suggestions?: FixData[];
}

export function toDiagnostic(finding: Finding, positions: Positions, rules: readonly Rule[]): Diagnostic {
  const data: DiagnosticData = { version: positions.doc.version, messageId: finding.messageId };
  if (finding.fix) data.fix = { title: finding.fix.title, edits: positions.edits(finding.fix) };
  if (finding.suggestions) data.suggestions = finding.suggestions.map((s) => ({ title: s.title, edits: positions.edits(s) }));
  const diagnostic: Diagnostic = {
    // A finding about an absent element sits where its section would go, not on the title.
    range: positions.range(finding.anchor ?? finding.span),
    severity: finding.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: finding.ruleId,
    message: finding.message,
    data,
  };
  if (finding.related)
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: positions.doc.uri, range: positions.range(r.span) },
      message: r.message,
    }));
  // parse-error and other engine ids have no rule page.
  if (rules.some((r) => r.meta.id === finding.ruleId)) diagnostic.codeDescription = { href: ruleDocsUrl(finding.ruleId) };
  return diagnostic;
}

export function isOurs(diagnostic: Diagnostic): boolean {
  return diagnostic.source === SOURCE && typeof diagnostic.code === "string";
}
