/**
 * The `alliance-lint` command as a function: argv and an io object in, an exit code out. It
 * never calls process.exit and never reads process.*, so tests run it in-process.
 */
import { statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Lang } from "../engine/model";
import type { ReportContext } from "../report/types";
import { ConfigError } from "../config/types";
import { findPlanFiles } from "../config/find-plan-files";
import { printConfig } from "../config/print-config";
import { RULES } from "../../rules";
import { changesSince, type ChangeSet } from "../ci/changes-since";
import { keepChangedLines } from "../ci/changed-lines-filter";
import { GitError } from "../ci/git";
import { LintCache } from "../ci/lint-cache";
import { lintPlanFileCached } from "../ci/cached-lint";
import { LintPool } from "../worker/pool";
import { version } from "../../package.json";
import { parseOptions, UsageError, type Options } from "./args";
import { helpText } from "./help";
import { CliConfig } from "./config";
import { EXIT, verdict } from "./exit-code";
import { decodePlan, readPlan } from "../lint/read-plan";
import { buildModel, PlanParseError } from "../engine/build-model";
import { vocabularyFor } from "../../rules/vocab";
import { modelOutline } from "../report/model-outline";
import { lintFailed, lintPlanFile, lintPlanText, lintUnreadable, type Linted, type PlanRun } from "../lint/lint-plan";
import { writeReports } from "./write-reports";
import { noPlansMessage } from "./no-plans";
import { cliTexts, envLang } from "./cli-texts";

export { EXIT };

export interface Output {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: Output;
  stderr: Output;
  /** Standard input, read by the caller when --stdin is given (see wantsStdin); bytes are decoded like a file. */
  stdin?: string | Uint8Array;
  cwd: string;
  /** Is stdout a terminal? (colour, with NO_COLOR unset) */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /**
   * The lint worker's entry (dist/lint-worker.js). With it, several files are linted on
   * worker threads, each within --file-timeout; without it (tests in-process), in this thread.
   */
  workerFile?: string;
}

/** Shown for standard input without --stdin-filename. */
const STDIN_NAME = "<stdin>";
/** A file in cwd, to ask for cwd's config. */
const NEW_FILE = "plan.alliance.md";

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await execute(parseOptions(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`alliance-lint: ${error.message}\nRun 'alliance-lint --help' for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof GitError) {
      io.stderr.write(`alliance-lint: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.format()}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function execute(options: Options, io: CliIo): number | Promise<number> {
  if (options.help) return print(io.stdout, helpText(helpLocale(options, io)));
  if (options.version) return print(io.stdout, `${version}\n`);
  const configs = new CliConfig(options, io.cwd);
  if (options.printConfig !== undefined) return printConfigFor(options.printConfig, io, configs);
  if (options.printModel !== undefined) return printModelFor(options.printModel, io, configs);
  return options.stdin ? lintStdin(options, io, configs) : lintFiles(options, io, configs);
}

/** `--rule` included: it shows the config the file would be linted with. */
function printConfigFor(file: string, io: CliIo, configs: CliConfig): number {
  return print(
    io.stdout,
    withNewline(
      printConfig(
        configs.forFile(path.resolve(io.cwd, file)),
        RULES.map((r) => r.meta),
      ),
    ),
  );
}

/** The model the rules see, or the file's parse error (exit 1), as `alliance-lint FILE` would report it. */
function printModelFor(file: string, io: CliIo, configs: CliConfig): number {
  const filePath = path.resolve(io.cwd, file);
  const read = readPlan(filePath);
  if (read.error !== undefined) return print(io.stderr, `alliance-lint: ${file}: ${read.error}\n`, EXIT.problems);
  const vocabulary = vocabularyFor(configs.forFile(filePath).vocabulary);
  try {
    return print(io.stdout, modelOutline(buildModel(read.text, { filePath, vocabulary }), file));
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    return print(io.stderr, `alliance-lint: ${file}: ${error.message}\n`, EXIT.problems);
  }
}

async function lintFiles(options: Options, io: CliIo, configs: CliConfig): Promise<number> {
  const { files, missing, skipped } = findPlanFiles(options.patterns, configs.loader, io.cwd);
  if (options.debug) for (const { file, reason } of skipped) io.stderr.write(`alliance-lint: skipped ${file}: ${reason}\n`);
  if (missing.length > 0) {
    const locale = messageLocale(options, configs, io);
    for (const one of missing) io.stderr.write(`${noPlansMessage(one, configs.loader, io.cwd, locale)}\n`);
    return EXIT.usage;
  }
  const changes = options.changedSince === undefined ? undefined : changesSince(options.changedSince, io.cwd);
  // --fix rewrites what it lints: its findings are always of the new text, never cached ones.
  const cache = options.cache && !options.fix ? LintCache.open(options.cacheLocation, io.cwd) : undefined;
  // findPlanFiles returns absolute paths.
  const selected = files.filter((filePath) => !changes || changes.has(filePath));
  if (changes && selected.length === 0) {
    io.stderr.write(`${cliTexts(messageLocale(options, configs, io)).noChangedPlans(options.changedSince!, files.length)}\n`);
  }
  const pool = lintPool(options, io, selected);
  const linted = await Promise.all(
    selected.map(async (filePath) => {
      const run = { ...planRun(options, configs, filePath), pool };
      const one = await lintOne(filePath, run, cache);
      return changes && options.changedLinesOnly ? onChangedLines(one, changes, filePath) : one;
    }),
  ).finally(() => pool?.destroy());
  cache?.save();
  return finish(linted, options, io, { out: io.stdout, color: useColor(io) });
}

/** Whatever goes wrong with one file (a worker that failed, a fix that cannot be written) is that file's finding. */
async function lintOne(filePath: string, run: PlanRun, cache: LintCache | undefined): Promise<Linted> {
  try {
    const one = cache ? await lintPlanFileCached(filePath, run, cache, version) : await lintPlanFile(filePath, run);
    if (one.fixed !== undefined) writeFileSync(filePath, one.fixed);
    return one;
  } catch (error) {
    return lintFailed(filePath, error, run);
  }
}

/**
 * Worker threads, one per core, each file within its time budget: for runs of at least
 * PARALLEL_BYTES, or when --file-timeout asks for the budget. A worker loads and compiles
 * the engine again (about a third of a second of CPU): on fewer bytes that costs more than
 * the lint, so those are linted in this thread.
 */
const PARALLEL_BYTES = 1_000_000;

function lintPool(options: Options, io: CliIo, files: string[]): LintPool | undefined {
  if (!io.workerFile || files.length === 0) return undefined;
  if (options.fileTimeoutMs === undefined && (files.length < 2 || totalBytes(files) < PARALLEL_BYTES)) return undefined;
  return new LintPool({
    workerFile: io.workerFile,
    threads: Math.min(availableParallelism(), files.length),
    budgetMs: options.fileTimeoutMs,
  });
}

function totalBytes(files: string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // Unreadable: reported when it is read.
    }
    if (total >= PARALLEL_BYTES) break;
  }
  return total;
}

function onChangedLines(linted: Linted, changes: ChangeSet, filePath: string): Linted {
  return { ...linted, result: keepChangedLines(linted.result, changes.linesOf(filePath)!) };
}

async function lintStdin(options: Options, io: CliIo, configs: CliConfig): Promise<number> {
  const filePath = path.resolve(io.cwd, options.stdinFilename ?? STDIN_NAME);
  const run = planRun(options, configs, filePath);
  const read = typeof io.stdin === "string" ? { text: io.stdin } : decodePlan(io.stdin ?? new Uint8Array());
  const linted = read.error === undefined ? await lintPlanText(read.text, filePath, run) : lintUnreadable(filePath, read.error, run);
  if (!options.fix) return finish([linted], options, io, { out: io.stdout, color: useColor(io) });
  // stdout carries nothing but the text, so an editor or a pipe can take it as the new buffer.
  if (linted.source !== undefined) io.stdout.write(linted.source);
  return finish([linted], options, io, { out: io.stderr, color: false });
}

function planRun(options: Options, configs: CliConfig, filePath: string): PlanRun {
  return { config: configs.forFile(filePath), locale: options.locale, fix: options.fix };
}

/** Print the report, then turn the findings into the exit code. */
function finish(linted: Linted[], options: Options, io: CliIo, report: { out: Output; color: boolean }): number {
  const results = linted.map((l) => l.result);
  const context = reportContext(linted, options, io, report.color);
  writeReports(results, context, { formats: options.formats, outputFile: options.outputFile, out: report.out, cwd: io.cwd, env: io.env });
  const outcome = verdict(results, options.maxWarnings, options.failOn);
  if (outcome.tooManyWarnings) io.stderr.write(`alliance-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
  return outcome.code;
}

function reportContext(linted: Linted[], options: Options, io: CliIo, color: boolean): ReportContext {
  const sources = new Map<string, string>();
  for (const { result, source } of linted) if (source !== undefined) sources.set(result.filePath, source);
  const locale = options.locale ?? dominantLocale(linted.map((l) => l.result.locale));
  return { cwd: io.cwd, locale, rules: RULES.map((r) => r.meta), version, color, sources };
}

/** The language of the CLI's own messages: --locale, the config's locale, else the environment's. */
function messageLocale(options: Options, configs: CliConfig, io: CliIo): Lang {
  if (options.locale) return options.locale;
  const configured = configs.forFile(path.join(io.cwd, NEW_FILE)).locale;
  return configured === "auto" ? envLang(io.env) : configured;
}

/** The message locale; with a config that cannot be read, the environment's, so --help still helps. */
function helpLocale(options: Options, io: CliIo): Lang {
  try {
    return messageLocale(options, new CliConfig(options, io.cwd), io);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return envLang(io.env);
  }
}

/** Report headings follow the language most messages are in (config or documents). */
function dominantLocale(locales: Lang[]): Lang {
  const ja = locales.filter((l) => l === "ja").length;
  return ja > locales.length - ja ? "ja" : "en";
}

function useColor(io: CliIo): boolean {
  // https://no-color.org: set and not empty disables colour.
  return io.isTTY && !io.env.NO_COLOR;
}

function print(out: Output, text: string, code: number = EXIT.ok): number {
  out.write(text);
  return code;
}

function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
