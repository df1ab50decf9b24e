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

/** Trimmed sentence spans of `text`, offset by `base`. */
export function sentenceSpans(text: string, base: number, lang: Lang): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmenter(lang).segment(text)) {
    const span = trimSpan(segment, index);
    if (span) spans.push({ start: base + span.start, end: base + span.end });
  }
  return spans;
}

/** The span of `text` without leading/trailing white space (full-width included), or undefined if blank. */
export function trimSpan(text: string, base = 0): Span | undefined {
  const lead = text.length - text.replace(/^[\s\u3000]+/, "").length;
  const body = text.replace(/[\s\u3000]+$/, "");
  if (body.length <= lead) return undefined;
  return { start: base + lead, end: base + body.length };
}
