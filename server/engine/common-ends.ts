/** What two versions of a document share: the text before an edit and the text after it. */

/** Lengths of the longest common prefix (counted from `base`, which both share) and suffix of `a` and `b`, not overlapping. */
export function commonEnds(a: string, b: string, base = 0): { prefix: number; suffix: number } {
  const shorter = Math.min(a.length, b.length);
  let prefix = Math.min(base, shorter);
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}
