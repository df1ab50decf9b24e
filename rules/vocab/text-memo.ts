/**
 * Results of pure functions of a text, kept across lints. In an editor the same document is
 * linted on every keystroke and all but one of its statements are unchanged, so most of a
 * lint's text work (normalising, segmenting, vocabulary tests) becomes a lookup.
 *
 * Bounded whatever is linted: texts longer than MAX_TEXT are not kept (they rarely recur and
 * cost little to look up next to their own work), and the memo is emptied once the texts it
 * holds reach its budget.
 *
 * Only a process that lints the same documents again remembers (the language server's workers
 * turn it on): in a one-pass run over many files texts seldom recur, and keeping them cost 7 %
 * more CPU and nearly twice the memory on the bench corpus.
 */
const MAX_TEXT = 4_096;
const BUDGET_CHARS = 2_000_000;

let remembering = false;

/** Whether memos keep what they compute (off by default: see above). */
export function rememberTexts(on: boolean): void {
  remembering = on;
}

/** Whether memos keep what they compute now (the language server's workers: see rememberTexts). */
export function remembersTexts(): boolean {
  return remembering;
}

export class TextMemo<V> {
  private readonly values = new Map<string, V>();
  private chars = 0;

  constructor(private readonly compute: (text: string) => V) {}

  get(text: string): V {
    if (!remembering || text.length > MAX_TEXT) return this.compute(text);
    let value = this.values.get(text);
    if (value === undefined) {
      if (this.chars + text.length > BUDGET_CHARS) this.clear();
      const key = ownCopy(text);
      value = this.compute(key);
      this.values.set(key, value);
      this.chars += key.length;
    }
    return value;
  }

  private clear(): void {
    this.values.clear();
    this.chars = 0;
  }
}

/**
 * A copy of the text that does not share its characters: a statement's text is a slice of its
 * document, and a key kept as that slice would keep every version of the document alive. V8
 * flattens a concatenation into fresh storage before slicing it.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
