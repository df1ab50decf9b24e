/**
 * User-facing texts live in one table per component (engine, rules, lsp, report, client), each
 * `{ ja: {...}, en: {...} }`: the type makes both languages carry every key, and `localise` is
 * the one place a text is chosen by language. Texts shown to the user follow the message
 * locale; text inserted into the document (templates, placeholders) follows the document.
 */
import type { Lang } from "./model";

export const LANGS: readonly Lang[] = ["ja", "en"];

/** A component's texts in every language; a text with parameters is a function. */
export type TextTable<T> = Readonly<Record<Lang, T>>;

export function localise<T>(table: TextTable<T>, lang: Lang): T {
  return table[lang];
}

/** The language of a BCP 47 tag such as an editor's UI language ("ja-JP"); English for any other. */
export function langOfTag(tag: string | undefined): Lang {
  const lower = tag?.toLowerCase() ?? "";
  return LANGS.find((lang) => lower.startsWith(lang)) ?? "en";
}
