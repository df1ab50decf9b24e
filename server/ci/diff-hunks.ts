/**
 * Reads `git diff -U0` output: for each file of the new side, the lines that are new or
 * changed (0-based, as Finding.range counts them). Pure, so it is tested on diff text.
 */

/** The new side's lines, by path relative to the repository root. */
type ChangedLinesByPath = Map<string, Set<number>>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function changedLinesFromDiff(diff: string): ChangedLinesByPath {
  const byPath: ChangedLinesByPath = new Map();
  let lines: Set<number> | undefined;
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) lines = undefined;
    else if (line.startsWith("+++ ")) lines = newSide(byPath, line.slice(4));
    else if (lines) addHunk(lines, line);
  }
  return byPath;
}

function newSide(byPath: ChangedLinesByPath, name: string): Set<number> | undefined {
  const path = unquote(name.replace(/\t$/, ""));
  if (path === "/dev/null") return undefined;
  const relative = path.replace(/^b\//, "");
  const lines = byPath.get(relative) ?? new Set<number>();
  byPath.set(relative, lines);
  return lines;
}

/** `@@ -a,b +c,d @@`: new lines c … c+d-1 (1-based); d = 0 is a pure deletion, nothing new to flag. */
function addHunk(lines: Set<number>, line: string): void {
  const match = HUNK.exec(line);
  if (!match) return;
  const start = Number(match[1]);
  const count = match[2] === undefined ? 1 : Number(match[2]);
  for (let n = start; n < start + count; n++) lines.add(n - 1);
}

/** git quotes a path with `"`, `\`, tabs or newlines as a C string (octal escapes are UTF-8 bytes). */
export function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  const bytes: number[] = [];
  const simple: Record<string, string> = { a: "\x07", b: "\b", t: "\t", n: "\n", v: "\v", f: "\f", r: "\r", '"': '"', "\\": "\\" };
  // By code point, so a raw emoji is not split into two halves.
  const body = [...name.slice(1, -1)];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== "\\") {
      bytes.push(...Buffer.from(body[i], "utf8"));
    } else if (/[0-7]/.test(body[i + 1])) {
      bytes.push(parseInt(body.slice(i + 1, i + 4).join(""), 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(simple[body[i + 1]] ?? body[i + 1], "utf8"));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
