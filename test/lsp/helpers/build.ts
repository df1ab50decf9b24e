/**
 * Builds dist/ once per vitest run, before the LSP tests spawn dist/server.js. Test files run
 * in parallel workers, so the first one to take the lock builds and the others wait for it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const SERVER = path.join(REPO, "dist", "server.js");

/** Workers share their parent (the vitest process): one lock per run. */
const LOCK = path.join(tmpdir(), `alliance-lint-lsp-build-${process.ppid}`);
const STATUS = path.join(LOCK, "status");

export async function ensureBuilt(): Promise<void> {
  try {
    mkdirSync(LOCK);
  } catch {
    return waitForBuild();
  }
  const built = spawnSync(process.execPath, [path.join(REPO, "esbuild.mjs")], { cwd: REPO, encoding: "utf8" });
  writeFileSync(STATUS, built.status === 0 ? "ok" : `npm run build failed:\n${built.stderr}${built.stdout}`);
  if (built.status !== 0) throw new Error(readFileSync(STATUS, "utf8"));
}

async function waitForBuild(): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 100) {
    if (existsSync(STATUS)) {
      const status = readFileSync(STATUS, "utf8");
      if (status === "ok") return;
      throw new Error(status);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("timed out waiting for another worker's build");
}
