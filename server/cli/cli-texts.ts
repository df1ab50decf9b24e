/**
 * The command line's own messages about what it was asked to lint (the findings have theirs).
 * They follow --locale, else the config's locale, else the environment's (LC_ALL, LC_MESSAGES, LANG).
 */
import type { Lang } from "../engine/model";
import { langOfTag, localise, type TextTable } from "../engine/l10n";

/** A directory that holds Markdown or YAML files, none of them a plan: what would include them. */
export interface NoPlansIn {
  pattern: string;
  /** Markdown and YAML files below it. */
  files: number;
  /** The include globs that matched none of them. */
  include: readonly string[];
  /** The config file to add a glob to (the nearest one, or a new one). */
  configFile: string;
  /** A glob that takes the directory's files in, relative to that config. */
  glob: string;
}

interface CliTexts {
  noFilesMatching(pattern: string): string;
  noPlansIn(found: NoPlansIn): string;
  noChangedPlans(ref: string, matched: number): string;
}

const CLI_TEXTS: TextTable<CliTexts> = {
  ja: {
    noFilesMatching: (pattern) => `alliance-lint: "${pattern}" に一致するファイルが見つかりません。`,
    noPlansIn: ({ pattern, files, include, configFile, glob }) =>
      [
        `alliance-lint: "${pattern}" に提携計画がありません。Markdown / YAML ファイル ${files} 件は、どの include glob にも一致しません:`,
        `  ${include.join(", ")}`,
        "検査するには、次のどちらかを行ってください:",
        `  - ${configFile} の include に glob を追加する: include: ["${glob}"]（include を書くと既定の glob は使われません）`,
        "  - 各計画のフロントマター（YAML の計画では先頭）に alliance-plan: true と書く",
      ].join("\n"),
    noChangedPlans: (ref, matched) => `alliance-lint: ${ref} 以降に変更された計画はありません（対象の計画 ${matched} 件）。`,
  },
  en: {
    noFilesMatching: (pattern) => `alliance-lint: no files matching the pattern "${pattern}" were found.`,
    noPlansIn: ({ pattern, files, include, configFile, glob }) =>
      [
        `alliance-lint: no plans in "${pattern}": its ${files} Markdown/YAML file(s) match none of the include globs:`,
        `  ${include.join(", ")}`,
        "To lint them, either",
        `  - add a glob to include in ${configFile}: include: ["${glob}"] (an include list replaces the default globs), or`,
        "  - write alliance-plan: true in each plan's front matter (at the top of a YAML plan)",
      ].join("\n"),
    noChangedPlans: (ref, matched) => `alliance-lint: no changed plans since ${ref} (${matched} plan(s) matched).`,
  },
};

export function cliTexts(locale: Lang): CliTexts {
  return localise(CLI_TEXTS, locale);
}

/** The environment's language, as a terminal user set it. */
export function envLang(env: Record<string, string | undefined>): Lang {
  return langOfTag(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
