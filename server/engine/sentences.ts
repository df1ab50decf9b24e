/**
 * Sentence segmentation with Intl.Segmenter, one block of text at a time: ICU slows badly on
 * long strings, so callers pass a paragraph, never the document, and a long paragraph is
 * segmented in bounded windows.
 */
import type { Lang, Span } from "./model";
import { TextMemo } from "../../rules/vocab/text-memo";
import { BUILT_IN } from "../../rules/vocab";

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
 * Line breaks inside a sentence of a hard-wrapped paragraph: after 、 , ; after a Latin word
 * when the next line goes on in lower case, or after a word no English sentence ends on ("from
 * June to / September"), whatever follows. ICU ends a sentence at every line break. The match
 * includes the character before the break (a lookbehind over `[ \t]*` would rescan a run of
 * spaces from each position in it); only the break is replaced.
 */
const SOFT_BREAK = /[、，,;][ \t]*\r?\n|[A-Za-z0-9%)\]'’-][ \t]*\r?\n(?=[ \t\u3000]*[a-z0-9$¥€£([])/g;
/**
 * A Japanese line cut inside a sentence: after a middle dot (「通話要約・/応答生成」) or a particle
 * no sentence ends on (を, に, が, の …), when the next line goes on in kana or kanji (not a 「・」 bullet).
 */
const JA_SOFT_BREAK = /[・をにがはのへとでや][ \t]*\r?\n(?=[ \t\u3000]*[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff])/g;
/**
 * The same particles before a line that goes on in a figure (「平均日数を / 7.2日から3日に」), not in an
 * item's number (「1. 」, 「2）」).
 */
const JA_FIGURE_BREAK =
  /[をにがはのへとでや][ \t]*\r?\n(?=[ \t\u3000]*[0-9\uFF10-\uFF19](?![0-9\uFF10-\uFF19]*[.)）．、](?:[^0-9\uFF10-\uFF19]|$)))/g;
/** English grammar, not plan vocabulary: the words a line cannot end a sentence on. */
const RUN_ON_BREAK = /\b(?:to|from|and|or|of|the|a|an|in|on|at|by|for|with|than|between)[ \t]*\r?\n/g;
/** The same for the words that open a clause or a noun phrase: "… so that / Corvale can train …", "… because / Nobody …". */
const CLAUSE_BREAK = /\b(?:that|which|whose|so|because|whether|if|as|into|onto|its|their|our|your|via|including)[ \t]*\r?\n/g;
/**
 * A date cut between its day and its month, the year after it: "… by 31st / December, 2026",
 * 「2026年 / 3月末までに」. The month names are the vocabulary's (month-name, lower case: hence `i`).
 */
const EN_DATE_BREAK = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?[ \\t]*\\r?\\n(?=[ \\t]*${BUILT_IN.group("month-name")}\\.?,?[ \\t]*\\d)`,
  "gi",
);
const JA_DATE_BREAK = /年[ \t]*\r?\n(?=[ \t\u3000]*[0-9\uFF10-\uFF19一二三四五六七八九十]{1,3}月)/g;

const toSpace = (soft: string) => soft.replace(/[\r\n]/g, " ");

/**
 * ICU's cost per segment grows with the length of the string it walks beyond about 64K
 * characters, so a long paragraph is segmented in windows of at most this many characters.
 */
export const SEGMENT_WINDOW = 8192;

/**
 * Each language's segmentations by text, kept across lints: in an editor every paragraph but the
 * one being typed in is segmented again on every keystroke otherwise.
 */
const segmented = { ja: new TextMemo((text) => segment(text, "ja")), en: new TextMemo((text) => segment(text, "en")) };

/** Trimmed sentence spans of `text`, offset by `base`. `window` is there for the tests. */
export function sentenceSpans(text: string, base: number, lang: Lang, window = SEGMENT_WINDOW): Span[] {
  const spans = window === SEGMENT_WINDOW ? segmented[lang].get(text) : segment(text, lang, window);
  return spans.map((span) => ({ start: base + span.start, end: base + span.end }));
}

/** Trimmed sentence spans of `text`, from offset 0. */
function segment(text: string, lang: Lang, window = SEGMENT_WINDOW): readonly Span[] {
  const spans: Span[] = [];
  let open = 0;
  // Soft breaks become spaces of the same length, so offsets into `text` hold.
  const joined = text.includes("\n")
    ? text
        .replace(SOFT_BREAK, toSpace)
        .replace(RUN_ON_BREAK, toSpace)
        .replace(CLAUSE_BREAK, toSpace)
        .replace(JA_SOFT_BREAK, toSpace)
        .replace(JA_FIGURE_BREAK, toSpace)
        .replace(EN_DATE_BREAK, toSpace)
        .replace(JA_DATE_BREAK, toSpace)
    : text;
  for (const { segment, index } of windowedSegments(joined, lang, window)) {
    const span = trimSpan(segment, index);
    if (!span) continue;
    const absolute = { start: span.start, end: span.end };
    // ICU ends a sentence at 「。」 even inside brackets: 「（…を含む。）は、…」 is one sentence.
    if ((open > 0 || CONTINUATION.test(segment.trimStart())) && spans.length) spans[spans.length - 1].end = absolute.end;
    else spans.push(absolute);
    open = Math.max(0, open + bracketBalance(segment));
  }
  return spans;
}

interface Segment {
  segment: string;
  index: number;
}

/**
 * ICU's sentences of `text`, found window by window: each window's last sentence may be cut
 * short by the window's end, so it is left for the next window, which starts where it does.
 * A window with no sentence break in it is cut at its end (a piece of at most `window` characters).
 */
function* windowedSegments(text: string, lang: Lang, window: number): Generator<Segment> {
  for (let start = 0; start < text.length;) {
    const end = start + window >= text.length ? text.length : cutPoint(text, start + window);
    const pieces = [...segmenter(lang).segment(text.slice(start, end))];
    const last = pieces.length > 1 && end < text.length ? pieces.pop()! : undefined;
    for (const { segment, index } of pieces) yield { segment, index: start + index };
    start = last ? start + last.index : end;
  }
}

/** `at`, moved back one when it would split a surrogate pair. */
function cutPoint(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
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
