/** The answer for a job that ran past its time budget: one parse-error finding at the top of the file. */
import { detectLang } from "../engine/detect-lang";
import type { Finding, LintResult } from "../engine/finding";
import { PARSE_ERROR, TIMEOUT, timeoutMessage } from "../engine/messages";
import type { JobResult, LintJob } from "./job";

export function tooSlow(job: LintJob, budgetMs: number): JobResult {
  const lang = detectLang(job.text);
  const locale = job.locale ?? (job.config.locale === "auto" ? lang : job.config.locale);
  const start = { line: 0, character: 0 };
  const finding: Finding = {
    ruleId: PARSE_ERROR,
    messageId: TIMEOUT,
    severity: "error",
    message: timeoutMessage(locale, budgetMs),
    span: { start: 0, end: 0 },
    range: { start, end: start },
  };
  const result: LintResult = { filePath: job.filePath, lang, locale, findings: [finding], rulesRun: [] };
  return job.fix ? { output: job.text, fixed: 0, result } : result;
}
