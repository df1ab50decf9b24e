/** Binary search over anything sorted: offsets of lines, spans, statements by start. */

/** The first i in [0, length) with value(i) >= at (value ascends with i); `length` if none. */
export function lowerBound(length: number, value: (i: number) => number, at: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
