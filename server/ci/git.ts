/** Running git for the pull-request options (--changed-since, --changed-lines-only). */
import { execFileSync } from "node:child_process";

/** A git failure the CLI reports as a usage problem (bad ref, not a repository). */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GitError";
  }
}

/** git's stdout; quotePath off so non-ASCII file names come back as written. */
export function git(args: string[], cwd: string): string {
  try {
    return execFileSync("git", ["-c", "core.quotePath=off", ...args], {
      cwd,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}

/** The top of the work tree that contains `cwd`. */
export function repositoryRoot(cwd: string): string {
  return git(["rev-parse", "--show-toplevel"], cwd).trim();
}
