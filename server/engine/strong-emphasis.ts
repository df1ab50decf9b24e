/**
 * Bold text (`**…**`) in a heading, a cell or a paragraph's opening, read as micromark reads it,
 * for texts whose only markup is `**`: each run of two asterisks opens or closes by the characters
 * around it (CommonMark's flanking rules, with micromark's classes: white space, punctuation or
 * symbol, other), and a closer takes the nearest opener. Anything else — a single `*`, a longer
 * run, bold inside bold — is left to the full parser (undefined).
 */

/** [start of the opening `**`, start of the closing `**`] of each bold span, in order. */
export type StrongPairs = [number, number][];

const WHITESPACE = /\s/u;
const PUNCTUATION = /\p{P}|\p{S}/u;

/** micromark's classifyCharacter: 1 white space (or no character), 2 punctuation or symbol, 0 other. */
function classify(char: string | undefined): 0 | 1 | 2 {
  if (char === undefined || WHITESPACE.test(char)) return 1;
  return PUNCTUATION.test(char) ? 2 : 0;
}

/** The code point that ends before `at` (a surrogate pair whole). */
function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
}

function charAt(text: string, at: number): string | undefined {
  const point = text.codePointAt(at);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

export function strongPairs(text: string): StrongPairs | undefined {
  const pairs: StrongPairs = [];
  let opener: number | undefined;
  for (let at = text.indexOf("*"); at >= 0; at = text.indexOf("*", at + 2)) {
    if (text[at + 1] !== "*" || text[at + 2] === "*") return undefined;
    const before = classify(charBefore(text, at));
    const after = classify(charAt(text, at + 2));
    const open = !after || (after === 2 && before > 0);
    const close = !before || (before === 2 && after > 0);
    if (close && opener !== undefined) {
      pairs.push([opener, at]);
      opener = undefined;
    } else if (open) {
      // A second opener before the first is closed would nest bold in bold, or leave the first literal.
      if (opener !== undefined) return undefined;
      opener = at;
    }
  }
  return opener === undefined ? pairs : undefined;
}
