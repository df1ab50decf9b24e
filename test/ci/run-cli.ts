/** The CLI in-process, as the executable runs it: argv in; exit code, stdout and stderr out. */
import { runCli } from "../../server/cli/run";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(cwd: string, argv: string[], env: Record<string, string | undefined> = {}, isTTY = false): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    isTTY,
    env,
  });
  return { code, stdout, stderr };
}

/** `--format json` output: ESLint's shape, paths and 1-based lines. */
export interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; severity: 1 | 2; message: string }[];
}

export function jsonResults(run: CliRun): JsonResult[] {
  return JSON.parse(run.stdout);
}
