/** The `--help` text. Formats and default globs come from their sources, so a change shows up here by itself. */
import { FORMATTERS } from "../report";
import { DEFAULT_INCLUDE } from "../config/globs";
import { SEVERITY_SPELLINGS } from "../engine/rule";

export function helpText(): string {
  return `Usage: alliance-lint [options] [file | dir | glob ...]

Lints strategic alliance plans (Markdown with YAML front matter, or YAML; Japanese or English).
Files named on the command line are always linted; directories and globs are filtered by the
config's include and ignore. With no paths, the current directory is linted.

A file is a plan when its front matter (or a YAML plan's top level) says alliance-plan: true,
or when it matches the config's include globs (include: in .alliance-lint.yaml), by default
  ${DEFAULT_INCLUDE.join("\n  ")}

Options:
  -f, --format NAME[=FILE] Output format: ${Object.keys(FORMATTERS).join(", ")} (default: stylish);
                           repeatable, e.g. --format stylish --format sarif=out.sarif
  -o, --output-file FILE   Write the formats given without =FILE to FILE instead of stdout
      --fix                Apply fixes to the files (clause templates, placeholders)
  -c, --config FILE        Use this config file instead of looking for .alliance-lint.{yaml,yml,json}
      --locale ja|en       Language of the messages (default: config, else the plan's language)
      --max-warnings N     Fail when there are more than N warnings
      --fail-on LEVEL      error: fail on errors (default); warning (or warn): on any finding; never
      --changed-since REF  Lint only the plans changed since the git ref (renames followed)
      --changed-lines-only With --changed-since: only findings on changed lines, plus the
                           plan-wide ones (missing KPIs, exit clause, IP ownership, schema)
      --file-timeout SECONDS  Stop linting a file that takes longer and report it as a
                           parse-error (default: 5). Given, or for runs of 1 MB or more, files
                           are linted on worker threads in parallel, each within this limit;
                           smaller runs are linted in the main thread, where nothing stops a file
      --cache              Skip files unchanged (content, config, version) since the last run
      --cache-location PATH  The cache file, or a directory for it (default: .alliance-lint-cache)
      --rule ID:SEVERITY   Set a rule's severity (${Object.keys(SEVERITY_SPELLINGS).join(", ")}); repeatable
      --print-config FILE  Print the configuration used for FILE and exit
      --print-model FILE   Print how FILE was read (sections, elements, statements) and exit
      --stdin              Lint standard input; with --fix, print the fixed text
                           (remaining problems go to stderr)
      --stdin-filename NAME  The path standard input is linted as
      --debug              Say which files a directory walk skipped, and why (FIFOs,
                           devices, symlink loops, links leading out of the tree)
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage, configuration, git or internal error, or a path with no plans. --fail-on warning:
1 on any finding; --fail-on never: 0 whatever the findings. --changed-since with no changed
plan: 0, and a one-line note on stderr.
`;
}
