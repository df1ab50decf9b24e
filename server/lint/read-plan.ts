/**
 * Reading plan files from disk. A file that is not text (NUL bytes, invalid UTF-8) or is too
 * big to be a plan becomes one `parse-error` finding, so one bad file never stops the run.
 */
import { readBounded, ReadRefused } from "../files/read-bounded";
import type { LintResult } from "../engine/finding";
import type { Lang } from "../engine/model";
import { PARSE_ERROR } from "../engine/messages";

/** Plans are documents, not data dumps; beyond this the file is refused unread. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

export type ReadOutcome = { text: string; error?: undefined } | { error: string; text?: undefined };

export function readPlan(filePath: string): ReadOutcome {
  try {
    return decodePlan(readBounded(filePath, MAX_PLAN_BYTES));
  } catch (error) {
    if (error instanceof ReadRefused) return { error: error.why === "size" ? error.message : `cannot read file: ${error.message}` };
    // Node's message is "EACCES: permission denied, open '/path'": the path is shown anyway.
    return { error: `cannot read file: ${(error as Error).message.split(",")[0]}` };
  }
}

/** Bytes → text. A fatal decoder, so mojibake is reported instead of linted. */
export function decodePlan(bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_PLAN_BYTES) return { error: `file too large: more than ${MAX_PLAN_BYTES} bytes (at most 10 MB)` };
  if (isUtf16(bytes)) return { error: "UTF-16 text: save the plan as UTF-8" };
  if (bytes.includes(0)) return { error: "binary file: not a plan" };
  try {
    // ignoreBOM keeps the BOM in the text: the engine strips it, and --fix must write it back.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: "invalid UTF-8: save the plan as UTF-8" };
  }
}

/** A UTF-16 byte order mark (little- or big-endian). */
function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** The result for a file that could not be read (or linted): one finding at 1:1. */
export function unreadableResult(filePath: string, message: string, locale: Lang, ruleId = PARSE_ERROR): LintResult {
  const start = { line: 0, character: 0 };
  return {
    filePath,
    lang: locale,
    locale,
    findings: [
      {
        ruleId,
        messageId: ruleId,
        severity: "error",
        message,
        span: { start: 0, end: 0 },
        range: { start, end: start },
      },
    ],
    rulesRun: [],
  };
}
