/** Hand-made results with the characters each format must escape. */
import type { Finding, LintResult } from "../../server/engine/finding";
import type { Severity } from "../../server/engine/rule";
import { ROOT } from "./report-fixtures";

export function finding(ruleId: string, message: string, line: number, severity: Severity = "error"): Finding {
  return {
    ruleId,
    messageId: "m",
    severity,
    message,
    span: { start: 0, end: 0 },
    range: { start: { line, character: 2 }, end: { line, character: 9 } },
  };
}

export function result(relativePath: string, findings: Finding[], rulesRun = [...new Set(findings.map((f) => f.ruleId))]): LintResult {
  return { filePath: `${ROOT}/${relativePath}`, lang: "en", locale: "en", findings, rulesRun };
}

/** Every character some format gives a meaning to: workflow-command, XML and Markdown syntax. */
export const NASTY_MESSAGE = "100% sure: a, b\r\nline <two> & \"three\" 'four' | *five* [six](x) `seven` \u0007 \uD800 #8";
export const NASTY_PATH = "plans/a,b:c %25 <d>&'e' #f|g.alliance.md";
