/** The `--help` text. Formats come from the registry, so a new formatter shows up here by itself. */
import { FORMATTERS } from "../report";

export function helpText(): string {
  return `Usage: alliance-lint [options] [file | dir | glob ...]

Lints strategic alliance plans (Markdown with YAML front matter, or YAML; Japanese or English).
Files named on the command line are always linted; directories and globs are filtered by the
config's include and ignore. With no paths, the current directory is linted.

Options:
  -f, --format NAME        Output format: ${Object.keys(FORMATTERS).join(", ")} (default: stylish)
      --fix                Apply fixes to the files (clause templates, placeholders)
  -c, --config FILE        Use this config file instead of looking for .alliance-lint.{yaml,yml,json}
      --locale ja|en       Language of the messages (default: config, else the plan's language)
      --max-warnings N     Fail when there are more than N warnings
      --rule ID:SEVERITY   Set a rule's severity (off, warn, error); repeatable
      --print-config FILE  Print the configuration used for FILE and exit
      --stdin              Lint standard input; with --fix, print the fixed text
                           (remaining problems go to stderr)
      --stdin-filename NAME  The path standard input is linted as
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage, configuration or internal error.
`;
}
