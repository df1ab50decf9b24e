/**
 * One temporary root per test run: every suite's mkdtemp (os.tmpdir() reads TMPDIR on each call)
 * lands under it, and it is removed when the run ends, so thousands of temp projects do not pile
 * up in /tmp across runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "alliance-lint-test-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
