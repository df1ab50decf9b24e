// Draws images/icon.png (128×128): two interlocking rings (the alliance) and a check badge
// (the linter) on a rounded navy square. Shapes are distance functions, 4×4 supersampled;
// the PNG is written by hand with zlib, so no image library is needed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZE = 128;
const SAMPLES = 4;
const NAVY = [23, 50, 77];
const GOLD = [242, 177, 52];
const TEAL = [63, 182, 168];
const WHITE = [255, 255, 255];

const ring = (cx, cy, r, width) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2;
const disc = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const roundedSquare = (inset, radius) => (x, y) => {
  const qx = Math.abs(x - SIZE / 2) - (SIZE / 2 - inset - radius);
  const qy = Math.abs(y - SIZE / 2) - (SIZE / 2 - inset - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
};
const segment = (ax, ay, bx, by, width) => (x, y) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) - width / 2;
};
const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));
const inside = (shape) => (x, y) => shape(x, y) <= 0;

const left = ring(50, 58, 27, 10);
const right = ring(80, 58, 27, 10);
/** Where the teal ring passes over the gold one (upper crossing), so they interlock. */
const tealOnTop = (x, y) => y < 58 && x > 60 && x < 72;
const check = union(segment(91, 101, 98, 108, 6), segment(98, 108, 111, 92, 6));

/** Colour of one sample point, or undefined outside the icon (transparent). */
function sample(x, y) {
  if (!inside(roundedSquare(2, 24))(x, y)) return undefined;
  if (inside(disc(100, 100, 19))(x, y)) return inside(check)(x, y) ? NAVY : WHITE;
  if (inside(disc(100, 100, 23))(x, y)) return NAVY;
  const onLeft = inside(left)(x, y);
  const onRight = inside(right)(x, y);
  if (onLeft && onRight) return tealOnTop(x, y) ? TEAL : GOLD;
  if (onLeft) return GOLD;
  if (onRight) return TEAL;
  return NAVY;
}

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const colour = sample(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES);
      if (!colour) continue;
      for (let k = 0; k < 3; k++) sum[k] += colour[k];
      sum[3]++;
    }
  }
  const n = sum[3];
  return n ? [sum[0] / n, sum[1] / n, sum[2] / n, (255 * n) / SAMPLES ** 2].map(Math.round) : [0, 0, 0, 0];
}

function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = [0]; // filter: none
  for (let x = 0; x < SIZE; x++) row.push(...pixel(x, y));
  rows.push(Buffer.from(row));
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
writeFileSync(new URL("./icon.png", import.meta.url), png);
