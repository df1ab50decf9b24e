/**
 * Paragraphs that act as headings in contracts, memos and plain-text plans:
 * 「第7条（知的財産権）」, "Article 5 (Termination)", "12. TERMINATION", 【目的】, a line that is
 * all **bold**, and — only when the words name a plan element — 「■目的」, 「＜目的＞」, 「目的：」.
 */
import type { Paragraph } from "mdast";
import { classifyTitle } from "./elements";
import { commonEnds } from "./common-ends";
import { lineEnd } from "./line-index";
import type { Vocabulary } from "../../rules/vocab";

export interface PseudoHeading {
  title: string;
  /** Length of the heading's source text from where it starts. */
  length: number;
}

/** A heading inside a paragraph: where it starts, from the paragraph start. */
export interface PlacedHeading extends PseudoHeading {
  start: number;
}

const NUM = "[0-9\\uFF10-\\uFF19一二三四五六七八九十百]+";
/** 「第7条（知的財産権）」, its text on the same line or the next. */
const ARTICLE_JA = new RegExp(`^第\\s*${NUM}\\s*条\\s*[（(][^）)\\n]{1,40}[）)]`);
/** An outline's number as documents put it in brackets: 1, １, 一, ①, A. */
const OUTLINE_NUMBER = "\\s*(?:[0-9\\uFF10-\\uFF19]{1,2}|[一二三四五六七八九十]{1,3}|[\\u2460-\\u2473A-Za-z\\uFF21-\\uFF3A])\\s*";
/**
 * What follows a bracketed number on its line as the title: short, no sentence inside it, and not
 * ending as a Japanese verb or clause does (「（１）売上を伸ばす」 is an item of a list, not a title).
 */
const TITLE_AFTER_NUMBER = "[ \\t\\u3000]*[^\\s。][^\\n。]{0,29}(?<![、，,るたすいうくつむぐ])(?=\\n|$)";
/**
 * 【目的】, and 「【1】目的」: when the brackets hold only the outline's number, the title is the
 * rest of the line (a number alone titles nothing).
 */
const BRACKETED = new RegExp(`^【(?:${OUTLINE_NUMBER}】${TITLE_AFTER_NUMBER}|[^】\\n]{1,40}】)`);
/** The number in round or square brackets, then the title: 「（１）目的」, "(2) Objectives", 「［3］目標」. */
const PAREN_NUMBERED = new RegExp(`^[（(［[]${OUTLINE_NUMBER}[）)］\\]]${TITLE_AFTER_NUMBER}`);
/** The article's caption on the line above it, as statutes and 協定書 write it: 「（目的）」 over 「第1条 …」. */
const CAPTION = /^[（(][^）)\n]{1,30}[）)][ \t\u3000]*$/;
const ARTICLE_START = new RegExp(`^[ \\t\\u3000]*第\\s*${NUM}\\s*条`);
const ARTICLE_EN = /^(?:article|section|clause)\s+\d+(?:\.\d+)*\s*(?:[(（][^)）\n]{1,60}[)）]|[.:\-–—]\s*[^\n]{1,60})(?=\n|$)/i;
/** "ARTICLE 12 TERM AND TERMINATION": a contract's article number and its title in capitals. */
const ARTICLE_CAPS = /^(?:ARTICLE|SECTION)\s+[\dIVX]+[.:]?\s+[A-Z][A-Z0-9 ,&'’/-]{2,60}(?=\n|$)/;
/**
 * "PART C — WHY SYNTAGM, AND WHAT EACH PARTY DOES", "ANNEX 2 – FEES": a document's part, its
 * letter or number, a dash and its title in capitals (too long for a plain title).
 */
const PART_CAPS = /^(?:PART|ANNEX|APPENDIX|EXHIBIT)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,5})\s*[—–:.-]\s*[A-Z][A-Z0-9 ,&'’/()-]{2,70}(?=\n|$)/;
/** A numbered CAPS title with its text on the same line: "1. PURPOSE. The Parties will…". */
const NUMBERED_CAPS_WITH_TEXT = /^\d+(?:\.\d+)*\.?\s+[A-Z][A-Z0-9 ,&'’/-]{2,60}\.(?=[ \t])/;

/** Always headings: the form says so. */
const STRONG_FORMS: RegExp[] = [
  ARTICLE_JA,
  new RegExp(`^第\\s*${NUM}\\s*条[ \\u3000]+[^\\s、。]{1,20}(?=\\n|$)`),
  BRACKETED,
  ARTICLE_EN,
  ARTICLE_CAPS,
  PART_CAPS,
  /^\d+(?:\.\d+)*\.?\s+[A-Z][A-Z0-9 ,&'’/-]{2,60}(?=\n|$)/,
  // A roman-numbered CAPS title, as reports and agreements outline their parts: "II. OBJECTIVES".
  /^[IVX]{1,5}[.)]\s+[A-Z][A-Z0-9 ,&'’/-]{2,60}(?=\n|$)/,
  NUMBERED_CAPS_WITH_TEXT,
  // Q&A notes and 想定問答: 「Q4. 成果の見方」, "Q: What is the alliance for?"; a question answered on
  // its own line titles the answer after it ("Q: Who owns the model? — Nobody yet.", 「Q1. 期間は？ A. 2年間」).
  /^Q[ \t]*(?:\d+[ \t]*)?[.．:：)）][ \t]*(?:[^\n?？]{1,80}[?？]["”」』]?(?=[ \t\u3000]*\S)|[^\n]{1,80}(?=\n|$))/,
  // A run-in title in bold with its full stop, its text after it: "**What HireLoop offers.** An
  // applicant-tracking system…" (one naming an element is a label of its own, see lineLabels).
  /^\*\*[^*\n]{2,60}\.\*\*(?=[ \t]+\S)/,
  // Slide decks exported to text: "Slide 7: Rights", 「スライド3：体制」.
  /^(?:slide|スライド)\s*\d+\s*[.．:：]\s*[^\n]{1,80}(?=\n|$)/i,
];
/**
 * Forms that start a section on any line of a paragraph, their text on the same line: contracts
 * and MOUs run 「第1条（目的）本覚書は…」「第2条（…）…」 together without blank lines.
 */
const LINE_FORMS: RegExp[] = [ARTICLE_JA, BRACKETED, ARTICLE_EN, NUMBERED_CAPS_WITH_TEXT];

/** Headings only when the title names a plan element, or the document's outline uses the form for them. */
const MARKED_LINE = /^[■□◆◇●○▼▽▶►◎]\s*[^\n]{1,30}(?=\n|$)/;
/**
 * The same with a note in brackets after a short title, as long as a sentence: 「■ KPI（月次：営業会議／四半期：役員会）」.
 * Solid marks only, and a note of no clauses: a checklist's open box with its remark (「□ 定例会の設置（内諾済み、頻度は未定）」) is an item.
 */
const MARKED_LINE_WITH_NOTE = /^[■◆●▼▶►◎][ \t\u3000]*[^\s（(][^\n（(]{0,29}[（(][^\n（()）、。]{1,60}[）)](?=\n|$)/;
/** A plain-text outline numbered in digits with a space and no stop, as minutes are typed: 「4 目標（合意）」, its space often the ideographic one. */
const SPACED_NUMBERED_LINE = /^\d{1,2}[ \u3000]+[^\s\d。.．][^\n。.．]{0,29}(?=\n|$)/;
/** A plain-text outline numbered in kanji: 「一 連携の趣旨」「二、目標」. */
const KANJI_OUTLINE = /^[一二三四五六七八九十]{1,3}[ \u3000、．.]\s*[^\s。][^\n。]{0,29}(?=\n|$)/;
/** A line in capitals ("GOALS", "BRAND & IP", "WHY GRIDMIND, AND WHAT EACH SIDE BRINGS") over its text. */
const CAPS_LINE = /^[A-Z][A-Z &/'’,-]{2,60}(?=\n|$)/;
/** A label in capitals closed by a colon, alone on its line ("OBJECTIVES:", "ALLIANCE LEADS:"), as plain-text sheets title their parts. */
const CAPS_LABEL = /^[A-Z][A-Z0-9 &/'’,()-]{2,40}:(?=\n|$)/;
/** A numbered line standing alone, as Markdown reads it a one-item list: "2. Purpose of partnership". */
const NUMBERED_LINE = /^\d{1,2}[.)]\s+[^\s。.][^\n。.]{0,39}(?=\n|$)/;
/** The same in full-width digits, which Markdown leaves a paragraph, often with no space: 「１．計画のねらい」. */
const FULL_WIDTH_NUMBERED_LINE = /^[\uFF10-\uFF19]{1,2}[\uFF0E\uFF09.)]\s*[^\s。.．][^\n。.．]{0,29}(?=\n|$)/;
/** A roman-numbered line in mixed case: "II. Objectives", "IV) Term and termination". */
const ROMAN_LINE = /^[IVX]{1,5}[.)]\s+[A-Z][^\n。.]{0,39}(?=\n|$)/;
/** The key under which a document's numbered outline is remembered. */
export const NUMBERED_OUTLINE = "1.";
/** Outline forms, and the key under which a document's use of one is remembered (■ and ◆ apart). */
const OUTLINE_FORMS: [RegExp, (title: string) => string][] = [
  [MARKED_LINE, (title) => title[0]],
  [MARKED_LINE_WITH_NOTE, (title) => title[0]],
  [KANJI_OUTLINE, () => "一"],
  [NUMBERED_LINE, () => NUMBERED_OUTLINE],
  [FULL_WIDTH_NUMBERED_LINE, () => NUMBERED_OUTLINE],
  [SPACED_NUMBERED_LINE, () => "1 "],
  [ROMAN_LINE, () => "I."],
  [CAPS_LABEL, () => "CAPS:"],
  [PAREN_NUMBERED, () => "(1)"],
];
/**
 * A paragraph of one short line with no sentence punctuation and no figures, as memos and e-mails
 * pasted without Markdown title their sections ("What we want to achieve", 「計画の目標」). Not a
 * Japanese line that ends in a verb (「…を目指す」), a sentence written without its 。, nor a
 * salutation ("Board,", 「関様」); a line after an outline marker is another form's. A line in
 * capitals over the list it titles is one too ("NUMBERS", "CLOSE" beside "DATA AND OWNERSHIP (…)"),
 * not one alone between blank lines: a banner ("CONFIDENTIAL") or the paper's kind ("BOARD PAPER").
 * Headings only in a document without Markdown headings where such a line names an element; then
 * all of them are, so a section ends at the next title whatever it names ("How it would work").
 */
const PLAIN_TITLE = /^(?=\p{L})[^\n\d。．.!?！？:：;；|]{2,40}(?<![、，,るたすいうくつむぐ様殿])$/u;
/** The key under which a document's plain titles are remembered. */
const PLAIN = "plain";
const ATX_HEADING = /^#{1,6}[ \t]/m;
const WEAK_FORMS: RegExp[] = [
  MARKED_LINE,
  MARKED_LINE_WITH_NOTE,
  KANJI_OUTLINE,
  FULL_WIDTH_NUMBERED_LINE,
  SPACED_NUMBERED_LINE,
  ROMAN_LINE,
  PAREN_NUMBERED,
  /^[＜<《≪][^＞>》≫\n]{1,30}[＞>》≫](?=\n|$)/,
  CAPS_LABEL,
  /^[^\n。.、,]{1,24}[:：](?=\n|$)/,
  CAPS_LINE,
  // 「② 学習済みモデルの権利」: a circled number before a short title.
  /^[\u2460-\u2473]\s*[^\s。][^\n。]{0,29}(?=\n|$)/,
];

/** The quote marks that open a line of a quoted message ("> ", ">> "). */
export const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/;

/**
 * The outline markers (■, ◆, 一 …) a document uses for headings: those of its marked lines that
 * name an element. Its other short marked lines are headings too (「■ 業務提携の内容」「一 連携の趣旨」).
 */
export function headingMarkers(text: string, vocabulary: Vocabulary): Set<string> {
  const markers = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (const line of lines) lineMarkers(line, vocabulary, (key) => markers.add(key));
  if (!ATX_HEADING.test(text)) addPlainTitles(lines, markers, vocabulary);
  return markers;
}

/** The outline markers one line names an element with (see headingMarkers), each as it is found. */
function lineMarkers(line: string, vocabulary: Vocabulary, found: (key: string) => void): void {
  // A quoted e-mail's outline is the document's too (「>> ■KPI」 … 「>> ■ご質問」).
  const trimmed = line.replace(QUOTE_MARKS, "").trim();
  for (const [form, key] of OUTLINE_FORMS) {
    const m = form.exec(trimmed);
    if (m && m[0].length === trimmed.length && classifyTitle(m[0], vocabulary).length) found(key(m[0]));
  }
}

/**
 * headingMarkers of one document's versions (a ParseCache's): how many of the last version's
 * lines name each marker, so that a new version recounts only the lines an edit touched (a
 * line is read on its own). A document without Markdown headings, whose plain titles are read
 * line by line with their neighbours, is read whole.
 */
export class MarkerCounts {
  private text: string | undefined;
  private vocabulary: Vocabulary | undefined;
  /** Lines of `text` naming each marker; a marker no longer named stays at 0 (there are few). */
  private counts = new Map<string, number>();

  markers(text: string, vocabulary: Vocabulary): Set<string> {
    if (!ATX_HEADING.test(text)) {
      this.text = undefined;
      return headingMarkers(text, vocabulary);
    }
    if (this.text === undefined || vocabulary !== this.vocabulary) {
      this.counts = new Map();
      this.count(text, 0, text.length, 1, vocabulary);
    } else if (text !== this.text) {
      const old = this.text;
      const { prefix, suffix } = commonEnds(old, text, 0);
      // The lines that hold an edited character: from the line the edit starts in, to the end of the line it ends in.
      const from = prefix === 0 ? 0 : text.lastIndexOf("\n", prefix - 1) + 1;
      this.count(old, from, lineEnd(old, old.length - suffix), -1, vocabulary);
      this.count(text, from, lineEnd(text, text.length - suffix), 1, vocabulary);
    }
    this.text = text;
    this.vocabulary = vocabulary;
    const markers = new Set<string>();
    for (const [key, n] of this.counts) if (n > 0) markers.add(key);
    return markers;
  }

  /** Add `by` for each marker the lines in [from, end) name (`end` a line break or the text's end). */
  private count(text: string, from: number, end: number, by: number, vocabulary: Vocabulary): void {
    // headingMarkers splits at \r?\n: a \r before the line break at `end` is no part of the last line.
    const stop = end < text.length && text.charCodeAt(end - 1) === 0x0d && end > from ? end - 1 : end;
    for (const line of text.slice(from, stop).split(/\r?\n/))
      lineMarkers(line, vocabulary, (key) => this.counts.set(key, (this.counts.get(key) ?? 0) + by));
  }
}

/**
 * The plain titles of a document, each under `plain:<title>`, and PLAIN when one names an element.
 * A line that stands alone more than once is a page header or footer ("Table of Contents" on
 * every page of a filed contract), not a title.
 */
function addPlainTitles(lines: string[], markers: Set<string>, vocabulary: Vocabulary): void {
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    const overList = LIST_ITEM.test(lines[i + 1] ?? "");
    if (standsAlone(lines, i) && PLAIN_TITLE.test(trimmed) && (overList || !CAPITALS.test(trimmed)))
      seen.set(trimmed, (seen.get(trimmed) ?? 0) + 1);
  });
  for (const [title, count] of seen) {
    if (count > 1) continue;
    markers.add(`${PLAIN}:${title}`);
    if (classifyTitle(title, vocabulary).length) markers.add(PLAIN);
  }
}

/** Is the line a paragraph of its own: after a blank line, before a blank line or a list? */
function standsAlone(lines: string[], i: number): boolean {
  const blank = (line: string | undefined) => line === undefined || !line.trim();
  return blank(lines[i - 1]) && (blank(lines[i + 1]) || LIST_ITEM.test(lines[i + 1]));
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/;
/** A line all in capitals. */
const CAPITALS = /^[A-Z][A-Z &/'’,-]*$/;

function markerKey(form: RegExp, title: string): string | undefined {
  return OUTLINE_FORMS.find(([outline]) => outline === form)?.[1](title);
}

export function pseudoHeading(
  source: string,
  node: Paragraph,
  vocabulary: Vocabulary,
  markers: ReadonlySet<string> = new Set(),
): PseudoHeading | undefined {
  const bold = boldLine(source, node);
  if (bold) return bold;
  for (const form of STRONG_FORMS) {
    const m = form.exec(source);
    if (m) return { title: m[0].trim(), length: m[0].length };
  }
  for (const form of WEAK_FORMS) {
    const m = form.exec(source);
    if (!m) continue;
    const key = markerKey(form, m[0]);
    if (classifyTitle(m[0], vocabulary).length || (key && markers.has(key))) return { title: m[0].trim(), length: m[0].length };
  }
  if (markers.has(PLAIN) && markers.has(`${PLAIN}:${source.trim()}`)) return { title: source.trim(), length: source.length };
  return undefined;
}

/**
 * 「🎯 **Mission:** make every delivery zero-emission」: a bold label, then its text on the same line.
 * Not a byline's first part, which a middle dot or a bar separates from the next ("**Penrose / Gantry
 * Vision** · Reporting period: …").
 */
const BOLD_LABEL = /^(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)?\*\*([^*\n:：]{1,40})[:：]?\*\*[:：]?[ \t]+(?=[^\s·•|｜])/u;

/** The labels that open lines of a paragraph, when they name a plan element (a one-page canvas). */
export function lineLabels(source: string, vocabulary: Vocabulary): PlacedHeading[] {
  const found: PlacedHeading[] = [];
  let at = 0;
  for (const line of source.split("\n")) {
    const m = BOLD_LABEL.exec(line);
    if (m && classifyTitle(m[1], vocabulary).length) found.push({ title: m[1].trim(), length: m[0].length, start: at });
    at += line.length + 1;
  }
  return found;
}

/** The paragraph's headings: the pseudo heading it opens with, then each line that opens with an article form. */
export function paragraphHeadings(
  source: string,
  node: Paragraph,
  vocabulary: Vocabulary,
  markers: ReadonlySet<string> = new Set(),
): PlacedHeading[] {
  const lines = source.split("\n");
  const opening = captionOf(lines, 0) ?? pseudoHeading(source, node, vocabulary, markers);
  const first: PlacedHeading | undefined = framedHeading(source, node, vocabulary, markers) ?? (opening && { ...opening, start: 0 });
  const found: PlacedHeading[] = first ? [first] : [];
  let at = 0;
  lines.forEach((line, i) => {
    const m = at > 0 ? (captionOf(lines, i) ?? framedTitle(lines, i) ?? lineForm(line)) : undefined;
    // Not inside the opening heading (a bold title may run over several lines).
    if (m && at >= (first ? first.start + first.length : 0)) found.push({ ...m, start: at });
    at += line.length + 1;
  });
  return found;
}

/**
 * A rule drawn in box-drawing, full-width or ASCII characters, as a plain-text mail frames its
 * titles: 「────」, 「━━━」, 「＝＝＝」, "====", "----".
 */
const DRAWN_RULE = /^[ \t\u3000]*[\u2500-\u257F＝―－=_-]{3,}[ \t\u3000\r]*$/;
/** What a line framed by rules may be to title its part: short, and not a sentence. */
const FRAMED_TITLE = /^[ \t\u3000]*[^\s。.．!?！？][^\n]{0,39}(?<![\s。.．!?！？、，,])[ \t\u3000\r]*$/;

/**
 * Line `i` framed by drawn rules above and below (「━━━」 / 「2. 許諾の範囲」 / 「━━━」): a title
 * whatever its form or words, as the frame says so; the rule under it goes with it.
 */
function framedTitle(lines: string[], i: number): PseudoHeading | undefined {
  const [above, line, below] = [lines[i - 1], lines[i], lines[i + 1]];
  if (above === undefined || below === undefined || !DRAWN_RULE.test(above) || !DRAWN_RULE.test(below)) return undefined;
  return FRAMED_TITLE.test(line) ? { title: line.trim(), length: line.length + 1 + below.length } : undefined;
}

/** Is the line at `start` of the text framed by drawn rules (a list item 「1. 目的」 read out of its frame)? */
export function framedLine(text: string, start: number): boolean {
  const before = text.lastIndexOf("\n", start - 2);
  const end = text.indexOf("\n", start);
  const after = end < 0 ? -1 : text.indexOf("\n", end + 1);
  const lines = [
    text.slice(before + 1, Math.max(start - 1, 0)),
    text.slice(start, end < 0 ? undefined : end),
    text.slice(end + 1, after < 0 ? undefined : after),
  ];
  return start > 0 && end >= 0 && framedTitle(lines, 1) !== undefined;
}

/**
 * A title framed by drawn rules, as a plain-text mail or notice sets its parts apart (「────」 /
 * 「■ 提携のねらい」 / 「────」): the heading is the title line, the rule under it goes with it.
 */
function framedHeading(source: string, node: Paragraph, vocabulary: Vocabulary, markers: ReadonlySet<string>): PlacedHeading | undefined {
  const [rule, title, under] = source.split("\n", 3);
  if (title === undefined || !DRAWN_RULE.test(rule)) return undefined;
  const start = rule.length + 1;
  const heading = pseudoHeading(source.slice(start), node, vocabulary, markers);
  if (!heading || heading.length > title.length) return undefined;
  const length = under !== undefined && DRAWN_RULE.test(under) ? title.length + 1 + under.length : heading.length;
  return { ...heading, start, length };
}

function lineForm(line: string): PseudoHeading | undefined {
  const m = LINE_FORMS.map((form) => form.exec(line)).find((match) => match);
  return m ? { title: m[0].trim(), length: m[0].length } : undefined;
}

/** Line `i` as an article's caption: 「（目的）」 alone on its line, 「第1条…」 on the next. */
function captionOf(lines: string[], i: number): PseudoHeading | undefined {
  const line = lines[i];
  if (!CAPTION.test(line) || !ARTICLE_START.test(lines[i + 1] ?? "")) return undefined;
  return { title: line.trim(), length: line.length };
}

/**
 * ALL-CAPS titles after a list number ("5. KEY PERFORMANCE INDICATORS", "12. TERMINATION"), a note
 * for the reader in brackets after it too ("3. WHERE WE STAND (for internal reading — do not send)").
 */
const CAPS_TITLE = /^[A-Z][A-Z0-9 ,&'’/()\-–—]{2,60}$/;
const CAPS_TITLE_WITH_NOTE = /^[A-Z][A-Z0-9 ,&'’/\-–—]{1,59}[A-Z0-9] \([^()\n]{1,80}\)$/;
/** The same with its text after a full stop: "1. PURPOSE. The Parties will…". */
const CAPS_TITLE_THEN_TEXT = /^[A-Z][A-Z0-9 ,&'’/-]{2,60}\.(?=[ \t]+\S)/;

/**
 * The title of a list item that is really a heading: an ALL-CAPS line or an article form, or
 * — when text follows it or it stands alone — a short line that names a plan element (「1. 目的」).
 */
export function listItemTitle(firstLine: string, hasBody: boolean, vocabulary: Vocabulary): string | undefined {
  const line = firstLine.trim();
  if ((CAPS_TITLE.test(line) || CAPS_TITLE_WITH_NOTE.test(line)) && /[A-Z]{3}/.test(line)) return line;
  const capsThenText = CAPS_TITLE_THEN_TEXT.exec(line)?.[0];
  if (capsThenText && /[A-Z]{3}/.test(capsThenText)) return capsThenText;
  // "4. **Targets and review.** We propose to track…": a bold label that names an element, then its text.
  const label = BOLD_LABEL.exec(line);
  if (label && classifyTitle(label[1], vocabulary).length) return label[0].trim();
  if (STRONG_FORMS.some((form) => form.exec(line)?.[0].length === line.length)) return line;
  // 「売上：10億円」 is a label with its value, not a title.
  // Short as a title: 20 characters of Japanese, 40 of English ("Design and pattern ownership").
  const short = line.length <= (/[\u3040-\u30ff\u4e00-\u9fff]/.test(line) ? 20 : 40) && !/[。.、,]$/.test(line) && !/[:：]\s*\S/.test(line);
  return hasBody && short && classifyTitle(line, vocabulary).length ? line : undefined;
}

/**
 * What may follow a bold title on its line: a colon, or a short note in brackets, as Q&A sheets
 * tag a question with who answers it (「**Q1. …か。**【社長】」).
 */
const AFTER_BOLD = /^\s*(?:[:：]\s*)?(?:[【（(][^】）)\n]{1,20}[】）)]\s*)?$/;

/** What boldLine reads of the inline tree: bold first, then on its line nothing but a colon, a note or a break. */
export function opensWithBoldAlone(node: Paragraph): boolean {
  const [first, second] = node.children;
  if (first?.type !== "strong") return false;
  const rest = second?.type === "text" ? second.value.split("\n", 1)[0] : "";
  return !second || second.type === "break" || AFTER_BOLD.test(rest);
}

/** A paragraph whose first line is nothing but bold text (an optional colon or note after it). */
function boldLine(text: string, node: Paragraph): PseudoHeading | undefined {
  if (!opensWithBoldAlone(node)) return undefined;
  const firstLine = text.split("\n", 1)[0];
  const close = Math.max(firstLine.lastIndexOf("**"), firstLine.lastIndexOf("__"));
  if (firstLine.length > 100 || close < 2 || !/^(?:\*\*|__)/.test(firstLine) || !AFTER_BOLD.test(firstLine.slice(close + 2)))
    return undefined;
  const title = firstLine.slice(2, close).trim();
  return isTagline(title) ? undefined : { title, length: firstLine.length };
}

/**
 * A sentence in bold under a title ("**For finance leaders at companies running Ledgerline ERP.**"):
 * a tagline, not a heading. A numbered one is a question or a prompt ("**R12. Describe your exit
 * arrangements.**"), and so is one marked as a question ("**Q: What are the targets? Numbers
 * please.**"), whatever remark follows its question mark. A clause opened by a wh-word ("**What we are
 * trying to achieve.**", "**How the money flows.**") names a topic, as a memo's run-in titles do.
 */
function isTagline(title: string): boolean {
  return (
    /[a-z]\.$/i.test(title) && title.split(/\s+/).length >= 6 && !/^(?:[A-Z]{0,2}\d|Q\s*[.:)]|(?:what|why|how|where|who)\b)/i.test(title)
  );
}
