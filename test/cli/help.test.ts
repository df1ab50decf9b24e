/**
 * `--help` speaks the message locale (--locale, the config's locale, else LC_ALL / LC_MESSAGES /
 * LANG) and lays out both languages alike: the same options in the same column, the formats,
 * severities and default globs taken from their sources.
 */
import { describe, expect, it } from "vitest";
import { FORMATTERS } from "../../server/report";
import { DEFAULT_INCLUDE } from "../../server/config/globs";
import { SEVERITY_SPELLINGS } from "../../server/engine/rule";
import { run, tempProject, type RunOptions } from "./helpers";

const FORMATS = Object.keys(FORMATTERS).join(", ");
const SEVERITIES = Object.keys(SEVERITY_SPELLINGS).join(", ");
const GLOBS = DEFAULT_INCLUDE.map((glob) => `  ${glob}`);

async function help(argv: string[], options: Partial<RunOptions> = {}): Promise<string[]> {
  const ran = await run(["--help", ...argv], { cwd: tempProject({}), ...options });
  expect(ran).toEqual({ code: 0, stdout: expect.any(String), stderr: "" });
  return ran.stdout.split("\n");
}

/** The lines from `first` on, as many as `expected` has. */
function linesFrom(lines: string[], expected: string[]): string[] {
  const start = lines.indexOf(expected[0]);
  return lines.slice(start, start + expected.length);
}

/** The option lines' first 27 columns: indent, short and long name, operand, up to the descriptions' column. */
function optionColumn(lines: string[]): string[] {
  return lines.filter((line) => /^ {2}(?:-\w, | {4})--/.test(line)).map((line) => line.slice(0, 27));
}

const EN = {
  usage: "Usage: alliance-lint [options] [file | dir | glob ...]",
  globs: ["or when it matches the config's include globs (include: in .alliance-lint.yaml), by default", ...GLOBS, ""],
  format: [
    "Options:",
    `  -f, --format NAME[=FILE] Output format: ${FORMATS} (default: stylish);`,
    "                           repeatable, e.g. --format stylish --format sarif=out.sarif",
  ],
  rule: [`      --rule ID:SEVERITY   Set a rule's severity (${SEVERITIES}); repeatable`],
  timeout: [
    "      --file-timeout SECONDS  Stop linting a file that takes longer and report it as a",
    "                           parse-error (default: 5). Given, or for runs of 1 MB or more, files",
  ],
  help: ["  -h, --help               Show this help", "  -v, --version            Show the version", ""],
};

const JA = {
  usage: "使い方: alliance-lint [オプション] [ファイル | ディレクトリ | glob ...]",
  globs: ["include の既定値:", ...GLOBS, ""],
  format: [
    "オプション:",
    `  -f, --format NAME[=FILE] 出力形式: ${FORMATS}`,
    "                           （既定: stylish）。複数指定可。",
    "                           例: --format stylish --format sarif=out.sarif",
  ],
  rule: [`      --rule ID:SEVERITY   ルールの重大度を設定する（${SEVERITIES}）。複数指定可`],
  timeout: [
    "      --file-timeout SECONDS  SECONDS 秒を超えたファイルは検査を打ち切り、parse-error として報告する",
    "                           （既定: 5）。指定したとき、または検査対象が合計 1 MB 以上のときは、",
  ],
  help: ["  -h, --help               このヘルプを表示する", "  -v, --version            バージョンを表示する", ""],
};

function expectHelp(lines: string[], expected: typeof EN): void {
  expect(lines[0]).toBe(expected.usage);
  for (const block of [expected.globs, expected.format, expected.rule, expected.timeout, expected.help]) {
    expect(linesFrom(lines, block)).toEqual(block);
  }
}

describe("--help", () => {
  it("is in English by default", async () => {
    expectHelp(await help([]), EN);
  });

  it("is in Japanese under LANG=ja_JP.UTF-8", async () => {
    expectHelp(await help([], { env: { LANG: "ja_JP.UTF-8" } }), JA);
  });

  it("follows --locale over the environment", async () => {
    expectHelp(await help(["--locale", "ja"], { env: { LANG: "en_US.UTF-8" } }), JA);
    expectHelp(await help(["--locale", "en"], { env: { LANG: "ja_JP.UTF-8" } }), EN);
  });

  it("follows the config's locale over the environment", async () => {
    const cwd = tempProject({ ".alliance-lint.yaml": "locale: ja\n" });
    expectHelp(await help([], { cwd, env: { LANG: "en_US.UTF-8" } }), JA);
  });

  it("still helps, in the environment's language, when the config cannot be read", async () => {
    const cwd = tempProject({ ".alliance-lint.yaml": "locale: [\n" });
    expectHelp(await help([], { cwd, env: { LC_ALL: "ja_JP.UTF-8" } }), JA);
  });

  it("lists the same options in the same column in both languages", async () => {
    const en = optionColumn(await help([]));
    expect(en).toHaveLength(20);
    expect(optionColumn(await help(["--locale", "ja"]))).toEqual(en);
  });
});
