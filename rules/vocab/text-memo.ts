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
 * more CPU and nearly twice the memory on the bench corpus. A memo made `withinLint` keeps a lint's
 * texts in any process, and forgets them as the next lint begins.
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

/** Lints begun in this process: a memo kept within one lint empties itself when this moves on. */
let lintsBegun = 0;

/** The engine calls this as each lint begins (see TextMemo's `withinLint`). */
export function beginLint(): void {
  lintsBegun++;
}

export class TextMemo<V> {
  private readonly values = new Map<string, V>();
  private chars = 0;
  private lint = -1;

  /**
   * `withinLint`: in a one-pass run too, keep what is computed during one lint (emptied as the
   * next begins), for a judgment that every rule makes again of the same statements: the
   * every-rule-on lint normalises each text about 7 times.
   */
  constructor(
    private readonly compute: (text: string) => V,
    private readonly withinLint = false,
  ) {}

  get(text: string): V {
    if (text.length > MAX_TEXT) return this.compute(text);
    if (!remembering) {
      if (!this.withinLint) return this.compute(text);
      this.followLint();
    }
    let value = this.values.get(text);
    if (value === undefined) {
      if (this.chars + text.length > BUDGET_CHARS) this.clear();
      // Kept within one lint only, a slice of the document costs nothing to keep.
      const key = remembering ? ownCopy(text) : text;
      value = this.compute(key);
      this.values.set(key, value);
      this.chars += key.length;
    }
    return value;
  }

  /** Forget the texts of an earlier lint. */
  private followLint(): void {
    if (this.lint === lintsBegun) return;
    this.clear();
    this.lint = lintsBegun;
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
