/**
 * What a pull request changed: the files that differ from a ref (renames followed, deleted
 * files left out, untracked files in), each with the lines that are new or changed.
 */
import { realpathSync } from "node:fs";
import path from "node:path";
import { git, GitError, repositoryRoot } from "./git";
import { changedLinesFromDiff } from "./diff-hunks";

/** 0-based lines of the file as it is now; "all" for a file git does not know yet. */
export type ChangedLines = ReadonlySet<number> | "all";

export class ChangeSet {
  /** By real absolute path. */
  constructor(private readonly files: ReadonlyMap<string, ChangedLines>) {}

  /** The changed lines of `file`, or undefined when it did not change. */
  linesOf(file: string): ChangedLines | undefined {
    return this.files.get(realPath(file));
  }

  has(file: string): boolean {
    return this.linesOf(file) !== undefined;
  }
}

/** Working tree against `ref` (so staged, unstaged and committed changes all count). */
export function changesSince(ref: string, cwd: string): ChangeSet {
  const root = realPath(repositoryRoot(cwd));
  verifyRef(ref, root);
  const files = new Map<string, ChangedLines>();
  const hunks = changedLinesFromDiff(
    git(["diff", "-U0", "-M", "--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/", ref, "--"], root),
  );
  for (const file of changedPaths(ref, root)) files.set(path.join(root, file), hunks.get(file) ?? new Set());
  for (const file of nulSeparated(git(["ls-files", "--others", "--exclude-standard", "-z"], root))) files.set(path.join(root, file), "all");
  return new ChangeSet(files);
}

function verifyRef(ref: string, root: string): void {
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root);
  } catch {
    throw new GitError(`"${ref}" is not a commit of the repository at ${root}`);
  }
}

/** New-side paths of added, copied, modified, renamed and type-changed files (`-z`: exact names). */
function changedPaths(ref: string, root: string): string[] {
  const fields = nulSeparated(git(["diff", "--name-status", "-z", "-M", "--diff-filter=ACMRTU", ref, "--"], root));
  const paths: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const status = fields[i];
    // Renames and copies list the old path, then the new one.
    if (status.startsWith("R") || status.startsWith("C")) i++;
    paths.push(fields[++i]);
  }
  return paths;
}

function nulSeparated(output: string): string[] {
  return output.split("\0").filter(Boolean);
}

/** Symlinked checkouts (/tmp → /private/tmp) must not hide a file from its own change. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
