/**
 * Reading a file named by untrusted input (a plan path, a config's `extends` or `templates`)
 * without ever blocking or reading without end: only regular files, at most `maxBytes`.
 *
 * The checks are made on the opened descriptor, not on the path, so a file swapped for a FIFO
 * between a stat and the read cannot hang us; O_NONBLOCK keeps even the open of a FIFO from
 * waiting for a writer. Files in /proc report a size of 0, so the limit is enforced on the
 * bytes read, not on the size the file claims.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

export class ReadRefused extends Error {
  constructor(
    message: string,
    /** Refused for what the file is (a FIFO, a directory) or for its size. */
    readonly why: "kind" | "size",
  ) {
    super(message);
    this.name = "ReadRefused";
  }
}

/** The kind of a file, in the words an error message uses ("it is a FIFO"). */
export function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return stat.isFile() ? "a regular file" : "not a regular file";
}

function refuseNonRegular(stat: Stats): void {
  if (!stat.isFile()) throw new ReadRefused(`it is ${fileKind(stat)}`, "kind");
}

/** The bytes of a regular file of at most `maxBytes`; throws ReadRefused (or the system's error). */
export function readBounded(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    refuseNonRegular(stat);
    if (stat.size > maxBytes) throw new ReadRefused(tooLarge(stat.size, maxBytes), "size");
    return readUpTo(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** The first `maxBytes` of a regular file (a quick look at its front matter); throws like readBounded. */
export function readHead(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    refuseNonRegular(stat);
    const head = Buffer.allocUnsafe(maxBytes);
    return head.subarray(0, readSync(fd, head, 0, maxBytes, 0));
  } finally {
    closeSync(fd);
  }
}

function readUpTo(fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    // Still growing past the size it claimed: a device or /proc file posing as a regular one.
    if (total > maxBytes) throw new ReadRefused(tooLarge(total, maxBytes, "more than "), "size");
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(size: number, maxBytes: number, prefix = ""): string {
  return `file too large: ${prefix}${size} bytes (at most ${formatBytes(maxBytes)})`;
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} bytes`;
}
