/**
 * Files a config refers to (`extends`, `templates`). A config may come from a pull request, so
 * what it names must be a regular file of bounded size inside the config's project: the git
 * repository that holds the config, or, outside one, the config's own directory tree. Anything
 * else (`../../etc/passwd`, /proc/self/environ, /dev/zero, a FIFO, a symlink leading out) is a
 * config error at the key that names it.
 */
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { readBounded, ReadRefused } from "../files/read-bounded";
import type { ConfigDocument } from "./config-document";
import type { SchemaPath } from "../engine/schema-problems";
import { readFailure } from "./read-failure";

/** Config files and the templates they name are small; a larger one is refused unread. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The absolute path of a file `source` names at `keyPath`, once it is known to be allowed. */
export function referencedFile(source: ConfigDocument, relative: string, keyPath: SchemaPath): string {
  const target = path.resolve(path.dirname(source.file), relative);
  const root = projectRoot(source.file);
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    throw source.errorAt(keyPath, `cannot read "${relative}" (${readFailure(error)})`);
  }
  if (!isInside(real, realpathSync(root))) {
    throw source.errorAt(keyPath, `"${relative}" is outside the project (${root}): a config may only name files inside it`);
  }
  const stat = statSync(real);
  if (!stat.isFile()) throw source.errorAt(keyPath, `cannot read "${relative}" (not a regular file)`);
  if (stat.size > MAX_CONFIG_BYTES) throw source.errorAt(keyPath, `cannot read "${relative}" (larger than 1 MB)`);
  return target;
}

/** The text of a file `source` names at `keyPath` (BOM dropped). */
export function readReferenced(source: ConfigDocument, relative: string, keyPath: SchemaPath): string {
  const read = readConfigText(referencedFile(source, relative, keyPath));
  if (read.reason !== undefined) throw source.errorAt(keyPath, `cannot read "${relative}" (${read.reason})`);
  return read.text;
}

/** A config-sized file's text (BOM dropped), or in a few words why it cannot be read. */
export function readConfigText(file: string): { text: string; reason?: undefined } | { reason: string; text?: undefined } {
  try {
    return {
      text: readBounded(file, MAX_CONFIG_BYTES)
        .toString("utf8")
        .replace(/^\uFEFF/, ""),
    };
  } catch (error) {
    return { reason: error instanceof ReadRefused ? error.message : readFailure(error) };
  }
}

/** The nearest ancestor holding `.git`, else the config's own directory. */
export function projectRoot(configFile: string): string {
  const dir = path.dirname(configFile);
  for (let current = dir; ; current = path.dirname(current)) {
    if (statSync(path.join(current, ".git"), { throwIfNoEntry: false })) return current;
    if (path.dirname(current) === current) return dir;
  }
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative !== "" && relative.split(path.sep)[0] !== ".." && !path.isAbsolute(relative);
}
