/**
 * The `--help` text, in the message locale. The words are in cli-texts.ts; the layout is here,
 * once for every language. Formats, default globs, severity spellings and the cache file come
 * from their sources, so a change shows up here by itself.
 */
import type { Lang } from "../engine/model";
import { FORMATTERS } from "../report";
import { DEFAULT_INCLUDE } from "../config/globs";
import { SEVERITY_SPELLINGS } from "../engine/rule";
import { DEFAULT_CACHE_FILE } from "../ci/lint-cache";
import { OPTIONS, type OptionName } from "./args";
import { cliTexts } from "./cli-texts";

/** Each option's operand ("" for a flag), in the order the help lists them. */
const OPERANDS: Readonly<Record<OptionName, string>> = {
  format: "NAME[=FILE]",
  "output-file": "FILE",
  fix: "",
  config: "FILE",
  locale: "ja|en",
  "max-warnings": "N",
  "fail-on": "LEVEL",
  "changed-since": "REF",
  "changed-lines-only": "",
  "file-timeout": "SECONDS",
  cache: "",
  "cache-location": "PATH",
  rule: "ID:SEVERITY",
  "print-config": "FILE",
  "print-model": "FILE",
  stdin: "",
  "stdin-filename": "NAME",
  debug: "",
  help: "",
  version: "",
};

/** Where descriptions start, after the indent; a longer option name pushes its first line right. */
const INDENT = "  ";
const NAME_WIDTH = 25;

export function helpText(locale: Lang): string {
  const words = cliTexts(locale).help({
    formats: Object.keys(FORMATTERS).join(", "),
    severities: Object.keys(SEVERITY_SPELLINGS).join(", "),
    cacheFile: DEFAULT_CACHE_FILE,
  });
  const lines = [
    words.usage,
    "",
    ...words.about,
    "",
    ...words.plans,
    ...DEFAULT_INCLUDE.map((glob) => `${INDENT}${glob}`),
    "",
    words.optionsHeading,
    ...(Object.keys(OPERANDS) as OptionName[]).flatMap((name) => optionLines(name, words.options[name])),
    "",
    ...words.exitCodes,
  ];
  return `${lines.join("\n")}\n`;
}

/** `  -f, --format NAME[=FILE] Description`, further lines under the description. */
function optionLines(name: OptionName, description: readonly string[]): string[] {
  const spec = OPTIONS[name];
  const short = "short" in spec ? spec.short : undefined;
  const operand = OPERANDS[name];
  const spelled = `${short ? `-${short}, ` : "    "}--${name}${operand ? ` ${operand}` : ""}`;
  const column = spelled.length < NAME_WIDTH ? spelled.padEnd(NAME_WIDTH) : `${spelled}  `;
  const [first, ...rest] = description;
  return [`${INDENT}${column}${first}`, ...rest.map((line) => `${INDENT}${" ".repeat(NAME_WIDTH)}${line}`)];
}
