/**
 * The `alliance-lint` executable (bundled to dist/cli.js): wires the process to runCli. The
 * exit code is set, not forced, so piped output is flushed before node exits.
 */
import path from "node:path";
import { runCli } from "./run";
import { wantsStdin } from "./args";
import { MAX_PLAN_BYTES } from "../lint/read-plan";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // Read standard input only when asked: in CI it may be an open pipe that never ends.
  const stdin = wantsStdin(argv) ? await readAll(process.stdin) : undefined;
  process.exitCode = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    workerFile: path.join(__dirname, "lint-worker.js"),
  });
}

/** Standard input up to one byte past the plan size limit: enough to say it is too large, never more. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
    total += chunk.length;
    if (total > MAX_PLAN_BYTES) break;
  }
  return Buffer.concat(chunks).subarray(0, MAX_PLAN_BYTES + 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`alliance-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
