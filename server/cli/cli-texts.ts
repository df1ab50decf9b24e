/**
 * The command line's own messages about what it was asked to lint (the findings have theirs).
 * They follow --locale, else the config's locale, else the environment's (LC_ALL, LC_MESSAGES, LANG).
 */
import type { Lang } from "../engine/model";
import { langOfTag, localise, type TextTable } from "../engine/l10n";
import type { OptionName } from "./args";

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

/** What the help text quotes from its sources, so it never goes stale. */
export interface HelpFacts {
  /** The --format names, joined. */
  formats: string;
  /** The --rule severity spellings, joined. */
  severities: string;
  cacheFile: string;
}

/** The words of `--help`, line by line; help.ts lays them out (option column, default globs). */
export interface HelpWords {
  usage: string;
  about: readonly string[];
  /** Ends with a lead-in to the default include globs, listed after it. */
  plans: readonly string[];
  optionsHeading: string;
  /** Each option's description, in lines beside its name. */
  options: Readonly<Record<OptionName, readonly string[]>>;
  exitCodes: readonly string[];
}

interface CliTexts {
  noFilesMatching(pattern: string): string;
  noPlansIn(found: NoPlansIn): string;
  noChangedPlans(ref: string, matched: number): string;
  help(facts: HelpFacts): HelpWords;
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
    help: ({ formats, severities, cacheFile }) => ({
      usage: "使い方: alliance-lint [オプション] [ファイル | ディレクトリ | glob ...]",
      about: [
        "提携計画（YAML フロントマター付きの Markdown、または YAML。日本語・英語に対応）を検査します。",
        "コマンドラインで指定したファイルは常に検査します。ディレクトリと glob は、設定の include と",
        "ignore で絞り込みます。パスを省略すると、カレントディレクトリを検査します。",
      ],
      plans: [
        "フロントマター（YAML の計画では先頭）に alliance-plan: true と書いたファイル、または設定の",
        "include の glob（.alliance-lint.yaml の include:）に一致するファイルを計画として扱います。",
        "include の既定値:",
      ],
      optionsHeading: "オプション:",
      options: {
        format: [`出力形式: ${formats}`, "（既定: stylish）。複数指定可。", "例: --format stylish --format sarif=out.sarif"],
        "output-file": ["=FILE を付けずに指定した形式を、標準出力ではなく FILE に書き出す"],
        fix: ["修正をファイルに適用する（条項のテンプレート、記入欄）"],
        config: [".alliance-lint.{yaml,yml,json} を探さず、この設定ファイルを使う"],
        locale: ["メッセージの言語（既定: 設定の locale、なければ計画の言語）"],
        "max-warnings": ["警告が N 件を超えたら失敗にする"],
        "fail-on": [
          "error: エラーがあれば失敗にする（既定）。warning（または warn）:",
          "指摘が 1 件でもあれば失敗にする。never: 失敗にしない",
        ],
        "changed-since": ["git の REF 以降に変更された計画だけを検査する（リネームも追跡）"],
        "changed-lines-only": [
          "--changed-since と併用する。変更行の指摘と、計画全体の指摘（KPI の欠落、",
          "出口条項、知的財産の帰属、スキーマ）だけを報告する",
        ],
        "file-timeout": [
          "SECONDS 秒を超えたファイルは検査を打ち切り、parse-error として報告する",
          "（既定: 5）。指定したとき、または検査対象が合計 1 MB 以上のときは、",
          "ワーカースレッドで並列に検査し、各ファイルにこの制限をかける。それより",
          "小さいときはメインスレッドで検査し、時間の制限はかからない",
        ],
        cache: ["内容・設定・バージョンが前回の実行から変わっていないファイルを飛ばす"],
        "cache-location": ["キャッシュファイル、またはそれを置くディレクトリ", `（既定: ${cacheFile}）`],
        rule: [`ルールの重大度を設定する（${severities}）。複数指定可`],
        "print-config": ["FILE の検査に使う設定を表示して終了する"],
        "print-model": ["FILE をどう読んだか（セクション、要素、文）を表示して終了する"],
        stdin: ["標準入力を検査する。--fix と併用すると修正後のテキストを出力する", "（残った問題は標準エラー出力へ）"],
        "stdin-filename": ["標準入力をこのパスのファイルとして検査する"],
        debug: [
          "ディレクトリの走査で飛ばしたファイルとその理由を表示する（FIFO、",
          "デバイス、シンボリックリンクのループ、ツリーの外を指すリンク）",
        ],
        help: ["このヘルプを表示する"],
        version: ["バージョンを表示する"],
      },
      exitCodes: [
        "終了コード: 0 エラーなし（警告は --max-warnings 以内）。1 エラーあり、または警告が多すぎる。",
        "2 使い方・設定・git のエラー、内部エラー、または計画のないパス。--fail-on warning では",
        "指摘が 1 件でもあれば 1、--fail-on never では指摘によらず 0。--changed-since で変更された",
        "計画がなければ 0 を返し、標準エラー出力に 1 行の通知を出します。",
      ],
    }),
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
    help: ({ formats, severities, cacheFile }) => ({
      usage: "Usage: alliance-lint [options] [file | dir | glob ...]",
      about: [
        "Lints strategic alliance plans (Markdown with YAML front matter, or YAML; Japanese or English).",
        "Files named on the command line are always linted; directories and globs are filtered by the",
        "config's include and ignore. With no paths, the current directory is linted.",
      ],
      plans: [
        "A file is a plan when its front matter (or a YAML plan's top level) says alliance-plan: true,",
        "or when it matches the config's include globs (include: in .alliance-lint.yaml), by default",
      ],
      optionsHeading: "Options:",
      options: {
        format: [`Output format: ${formats} (default: stylish);`, "repeatable, e.g. --format stylish --format sarif=out.sarif"],
        "output-file": ["Write the formats given without =FILE to FILE instead of stdout"],
        fix: ["Apply fixes to the files (clause templates, placeholders)"],
        config: ["Use this config file instead of looking for .alliance-lint.{yaml,yml,json}"],
        locale: ["Language of the messages (default: config, else the plan's language)"],
        "max-warnings": ["Fail when there are more than N warnings"],
        "fail-on": ["error: fail on errors (default); warning (or warn): on any finding; never"],
        "changed-since": ["Lint only the plans changed since the git ref (renames followed)"],
        "changed-lines-only": [
          "With --changed-since: only findings on changed lines, plus the",
          "plan-wide ones (missing KPIs, exit clause, IP ownership, schema)",
        ],
        "file-timeout": [
          "Stop linting a file that takes longer and report it as a",
          "parse-error (default: 5). Given, or for runs of 1 MB or more, files",
          "are linted on worker threads in parallel, each within this limit;",
          "smaller runs are linted in the main thread, where nothing stops a file",
        ],
        cache: ["Skip files unchanged (content, config, version) since the last run"],
        "cache-location": [`The cache file, or a directory for it (default: ${cacheFile})`],
        rule: [`Set a rule's severity (${severities}); repeatable`],
        "print-config": ["Print the configuration used for FILE and exit"],
        "print-model": ["Print how FILE was read (sections, elements, statements) and exit"],
        stdin: ["Lint standard input; with --fix, print the fixed text", "(remaining problems go to stderr)"],
        "stdin-filename": ["The path standard input is linted as"],
        debug: ["Say which files a directory walk skipped, and why (FIFOs,", "devices, symlink loops, links leading out of the tree)"],
        help: ["Show this help"],
        version: ["Show the version"],
      },
      exitCodes: [
        "Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,",
        "2 usage, configuration, git or internal error, or a path with no plans. --fail-on warning:",
        "1 on any finding; --fail-on never: 0 whatever the findings. --changed-since with no changed",
        "plan: 0, and a one-line note on stderr.",
      ],
    }),
  },
};

export function cliTexts(locale: Lang): CliTexts {
  return localise(CLI_TEXTS, locale);
}

/** The environment's language, as a terminal user set it. */
export function envLang(env: Record<string, string | undefined>): Lang {
  return langOfTag(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
