/** Message text shared by the engine: placeholders, the parse-error id, rule crashes. */
import type { Lang } from "./model";

/** Rule id of findings for files that cannot be read as plans. */
export const PARSE_ERROR = "parse-error";

/** Replace `{name}` with `data.name`. */
export function formatMessage(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}

export function ruleCrashMessage(ruleId: string, locale: Lang, reason = ""): string {
  return locale === "ja" ? `ルール ${ruleId} の実行中にエラーが発生しました: ${reason}` : `Rule ${ruleId} crashed: ${reason}`;
}
