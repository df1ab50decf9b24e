/**
 * Sentence segmentation with Intl.Segmenter, one block of text at a time: ICU slows badly on
 * long strings, so callers pass a paragraph, never the document.
 */
import type { Lang, Span } from "./model";

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: "sentence" });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * Line breaks inside a sentence of a hard-wrapped paragraph: after 、 , ; or after a Latin word
 * when the next line goes on in lower case. ICU ends a sentence at every line break. The match
 * includes the character before the break (a lookbehind over `[ \t]*` would rescan a run of
 * spaces from each position in it); only the break is replaced.
 */
const SOFT_BREAK = /[、，,;][ \t]*\r?\n|[A-Za-z0-9%)\]'’-][ \t]*\r?\n(?=[ \t\u3000]*[a-z0-9$¥€£([])/g;

/** Trimmed sentence spans of `text`, offset by `base`. */
export function sentenceSpans(text: string, base: number, lang: Lang): Span[] {
  const spans: Span[] = [];
  let open = 0;
  // Soft breaks become spaces of the same length, so offsets into `text` hold.
  const joined = text.includes("\n") ? text.replace(SOFT_BREAK, (soft) => soft.replace(/[\r\n]/g, " ")) : text;
  for (const { segment, index } of segmenter(lang).segment(joined)) {
    const span = trimSpan(segment, index);
    if (!span) continue;
    const absolute = { start: base + span.start, end: base + span.end };
    // ICU ends a sentence at 「。」 even inside brackets: 「（…を含む。）は、…」 is one sentence.
    if ((open > 0 || CONTINUATION.test(segment.trimStart())) && spans.length) spans[spans.length - 1].end = absolute.end;
    else spans.push(absolute);
    open = Math.max(0, open + bracketBalance(segment));
  }
  return spans;
}

/** No Japanese sentence starts with a closing bracket, a comma, or the particles は・が・を. */
const CONTINUATION = /^(?:[、，,）」』】)〕］はがを]|[にのとでも][、,])/;
const OPENING = "（「『【(〔［";
const CLOSING = "）」』】)〕］";

const ANY_BRACKET = /[（「『【(〔［）」』】)〕］]/;

function bracketBalance(text: string): number {
  if (!ANY_BRACKET.test(text)) return 0;
  let balance = 0;
  for (const c of text) {
    if (OPENING.includes(c)) balance++;
    else if (CLOSING.includes(c)) balance--;
  }
  return balance;
}

/** The span of `text` without leading/trailing white space (full-width included), or undefined if blank. */
export function trimSpan(text: string, base = 0): Span | undefined {
  const lead = text.length - text.trimStart().length;
  const body = text.trimEnd();
  if (body.length <= lead) return undefined;
  return { start: base + lead, end: base + body.length };
}
