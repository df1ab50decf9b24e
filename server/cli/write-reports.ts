/**
 * Writing the reports of one run: each `--format` to its own file, or to --output-file, or to
 * the terminal. Several formats bound for one place are written there in the order given.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LintResult } from "../engine/finding";
import type { ReportContext } from "../report/types";
import { formatterFor } from "../report";
import type { FormatTarget } from "./args";

export interface ReportDestinations {
  formats: readonly FormatTarget[];
  outputFile?: string;
  /** Where formats without a file go when there is no --output-file. */
  out: { write(text: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
}

export function writeReports(results: readonly LintResult[], context: ReportContext, to: ReportDestinations): void {
  const byFile = new Map<string | undefined, string>();
  for (const target of to.formats) {
    const file = target.file ?? to.outputFile;
    // Colour escapes belong on a terminal, never in a file.
    const text = formatterFor(target.name, to.env)(results, file === undefined ? context : { ...context, color: false });
    byFile.set(file, (byFile.get(file) ?? "") + text);
  }
  for (const [file, text] of byFile) {
    if (file === undefined) {
      if (text) to.out.write(text);
    } else {
      const target = path.resolve(to.cwd, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
}
