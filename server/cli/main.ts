/**
 * The `alliance-lint` executable (bundled to dist/cli.js): wires the process to runCli. The
 * exit code is set, not forced, so piped output is flushed before node exits.
 */
import path from "node:path";
import { runCli } from "./run";
import { wantsStdin } from "./args";

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

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

main().catch((error: unknown) => {
  process.stderr.write(`alliance-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
