/**
 * Command-line parsing and validation: argv → Options, or a UsageError (exit 2). Nothing
 * here touches the file system; run.ts acts on the Options.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../engine/model";
import { SEVERITY_SPELLINGS, severitySetting, type SeveritySetting } from "../engine/rule";
import { RULE_IDS } from "../../rules";
import { FORMATTERS } from "../report";
import { DEFAULT_CACHE_FILE } from "../ci/lint-cache";
import { FAIL_ON, type FailOn } from "./exit-code";

export interface Options {
  /** Files, directories and globs; `.` when none are given. */
  patterns: string[];
  /** Reports to write: `--format NAME` (to --output-file or stdout) or `--format NAME=FILE`; repeatable. */
  formats: FormatTarget[];
  /** Where formats without a file of their own go, instead of stdout. */
  outputFile?: string;
  /** Which findings make the run fail (exit 1). */
  failOn: FailOn;
  /** Lint only the plans changed since this git ref. */
  changedSince?: string;
  /** With changedSince: only findings on changed lines, and document-level ones. */
  changedLinesOnly: boolean;
  /** Reuse the findings of files unchanged since the last --cache run. */
  cache: boolean;
  cacheLocation: string;
  fix: boolean;
  configFile?: string;
  /** `--file-timeout` in milliseconds: how long one file may take (undefined: the default). */
  fileTimeoutMs?: number;
  /** Message language, overriding config and document. */
  locale?: Lang;
  /** Warnings tolerated before the run fails; undefined: any number. */
  maxWarnings?: number;
  /** Severities from `--rule id:severity`; the last one given for an id wins. */
  rules: Record<string, SeveritySetting>;
  /** `--print-config FILE`: show the config for FILE instead of linting. */
  printConfig?: string;
  /** `--print-model FILE`: show how FILE was read (sections, statements) instead of linting. */
  printModel?: string;
  stdin: boolean;
  /** The path standard input is linted as (config, Markdown or YAML). */
  stdinFilename?: string;
  /** Print what the file walk passed over (FIFOs, devices, symlink loops) to stderr. */
  debug: boolean;
  help: boolean;
  version: boolean;
}

export interface FormatTarget {
  /** A key of FORMATTERS. */
  name: string;
  file?: string;
}

/** A mistake on the command line: printed with a hint to --help, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The options parseArgs accepts; help.ts lays out a line for each, so none goes undocumented. */
export const OPTIONS = {
  format: { type: "string", short: "f", multiple: true, default: ["stylish"] },
  "output-file": { type: "string", short: "o" },
  "fail-on": { type: "string", default: "error" },
  "changed-since": { type: "string" },
  "changed-lines-only": { type: "boolean", default: false },
  cache: { type: "boolean", default: false },
  "cache-location": { type: "string", default: DEFAULT_CACHE_FILE },
  fix: { type: "boolean", default: false },
  config: { type: "string", short: "c" },
  locale: { type: "string" },
  "file-timeout": { type: "string" },
  "max-warnings": { type: "string" },
  rule: { type: "string", multiple: true, default: [] },
  "print-config": { type: "string" },
  "print-model": { type: "string" },
  stdin: { type: "boolean", default: false },
  "stdin-filename": { type: "string" },
  debug: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} satisfies ParseArgsConfig["options"];

/** An option's long name, without the dashes. */
export type OptionName = keyof typeof OPTIONS;

const LOCALES: readonly Lang[] = ["ja", "en"];

export function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseRaw(argv);
  const options: Options = {
    patterns: positionals.length > 0 ? positionals : ["."],
    formats: values.format.map(formatTarget),
    outputFile: values["output-file"],
    failOn: failOn(values["fail-on"]),
    changedSince: values["changed-since"],
    changedLinesOnly: values["changed-lines-only"],
    cache: values.cache,
    cacheLocation: values["cache-location"],
    fix: values.fix,
    configFile: values.config,
    locale: values.locale === undefined ? undefined : oneOf("--locale", values.locale, LOCALES),
    maxWarnings: values["max-warnings"] === undefined ? undefined : count("--max-warnings", values["max-warnings"]),
    fileTimeoutMs: values["file-timeout"] === undefined ? undefined : seconds("--file-timeout", values["file-timeout"]) * 1000,
    rules: Object.fromEntries(values.rule.map(ruleSetting)),
    printConfig: values["print-config"],
    printModel: values["print-model"],
    stdin: values.stdin,
    stdinFilename: values["stdin-filename"],
    debug: values.debug,
    help: values.help,
    version: values.version,
  };
  checkStdin(options, positionals.length > 0);
  checkPullRequestOptions(options);
  return options;
}

/** Whether the caller must read standard input before calling runCli. */
export function wantsStdin(argv: string[]): boolean {
  try {
    return parseOptions(argv).stdin;
  } catch {
    return false;
  }
}

function parseRaw(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    // Node's text suggests `--` for positionals; an unknown option is far more often a typo.
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(unknown ? `unknown option '${unknown[1]}'` : message);
  }
}

/** `value` if allowed; the error names the value as given and the spellings accepted (`shown`). */
function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], shown: readonly string[] = allowed): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid ${option} '${value}': expected ${shown.join(", ")}`);
}

/** `sarif` → stdout; `sarif=out.sarif` → that file. */
function formatTarget(value: string): FormatTarget {
  const eq = value.indexOf("=");
  const name = oneOf("--format", eq < 0 ? value : value.slice(0, eq), Object.keys(FORMATTERS));
  if (eq < 0) return { name };
  const file = value.slice(eq + 1);
  if (!file) throw new UsageError(`invalid --format '${value}': expected NAME or NAME=FILE`);
  return { name, file };
}

function count(option: string, value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new UsageError(`invalid ${option} '${value}': expected a whole number`);
}

function seconds(option: string, value: string): number {
  if (/^\d+(?:\.\d+)?$/.test(value) && Number(value) > 0) return Number(value);
  throw new UsageError(`invalid ${option} '${value}': expected a number of seconds above 0, e.g. 5 or 0.5`);
}

/** `missing-kpi:off` → ["missing-kpi", "off"]. */
function ruleSetting(value: string): [string, SeveritySetting] {
  const colon = value.lastIndexOf(":");
  if (colon < 0) throw new UsageError(`invalid --rule '${value}': expected id:severity, e.g. missing-kpi:off`);
  const id = value.slice(0, colon);
  if (!RULE_IDS.includes(id)) throw new UsageError(`unknown rule '${id}' in --rule '${value}': known rules are ${RULE_IDS.join(", ")}`);
  const written = value.slice(colon + 1);
  const severity = severitySetting(written);
  if (!severity)
    throw new UsageError(`invalid severity '${written}' in --rule '${value}': expected ${Object.keys(SEVERITY_SPELLINGS).join(", ")}`);
  return [id, severity];
}

/** `--fail-on warn` is `--fail-on warning`, as a config's `warn` is its `warning`. */
function failOn(value: string): FailOn {
  return oneOf("--fail-on", value === "warn" ? "warning" : value, FAIL_ON, [...FAIL_ON, "warn"]);
}

function checkStdin(options: Options, hasPatterns: boolean): void {
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError("--stdin-filename needs --stdin");
  if (options.stdin && hasPatterns) throw new UsageError("--stdin lints standard input: give no file patterns with it");
}

function checkPullRequestOptions(options: Options): void {
  if (options.changedLinesOnly && options.changedSince === undefined)
    throw new UsageError("--changed-lines-only needs --changed-since REF");
  if (options.stdin && options.changedSince !== undefined)
    throw new UsageError("--changed-since picks files from git: it cannot be used with --stdin");
  // --fail-on warning and never decide about warnings themselves: a limit on top would contradict them.
  if (options.failOn !== "error" && options.maxWarnings !== undefined)
    throw new UsageError(`--max-warnings cannot be used with --fail-on ${options.failOn}`);
}
