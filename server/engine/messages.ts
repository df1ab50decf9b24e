/** Message text shared by the engine: placeholders, the parse-error id, rule crashes. */
import type { Lang } from "./model";
import { engineTexts } from "./engine-texts";

/** Rule id of findings for files that cannot be read as plans. */
export const PARSE_ERROR = "parse-error";

/** Rule id of findings for a failure outside any rule (a bug in the engine): the run goes on. */
export const INTERNAL_ERROR = "internal-error";

/** Replace `{name}` with `data.name`. */
export function formatMessage(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}

export function ruleCrashMessage(ruleId: string, locale: Lang, reason = ""): string {
  return engineTexts(locale).ruleCrash(ruleId, reason);
}

export function internalErrorMessage(locale: Lang, reason: string): string {
  return engineTexts(locale).internalError(reason);
}

/** messageId of the parse-error finding for a file whose lint ran past its time budget. */
export const TIMEOUT = "timeout";

export function timeoutMessage(locale: Lang, budgetMs: number): string {
  const seconds = String(Number((budgetMs / 1000).toFixed(3)));
  return engineTexts(locale).timeout(seconds);
}
