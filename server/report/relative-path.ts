/** File paths as reports show them: relative to the run's directory, with forward slashes. */
import path from "node:path";

/** `fixtures/ja/plan.md` for a file under cwd; the absolute path (forward slashes) for one outside it. */
export function relativePath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  const shown = relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? filePath : relative;
  return shown.split(path.sep).join("/");
}

/** A relative path as a URI reference: each segment percent-encoded (日本語, spaces, `#`). */
export function uriReference(relative: string): string {
  return relative.split("/").map(encodeURIComponent).join("/");
}
