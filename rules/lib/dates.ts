/**
 * Dates and lengths of time as values, read from normalised text (lexicon.ts normalise: NFKC,
 * lower case, kanji numerals as Arabic, so 「令和十一年三月末」 reads 「令和11年3月末」). A date
 * names a period — a day, a month, a year, a fiscal year — and what it may mean is kept as
 * bounds: its first day lies in [first.min, first.max] and its last day in [last.min, last.max].
 * A Japanese 年度 starts in April (「2027年度末」 is 2028-03-31); an English FY may end anywhere
 * from March of its year to March of the next, so "end of FY2027" is [2027-03-31, 2028-03-31].
 * A comparison counts only when it holds for every reading (see before()).
 */

import { BUILT_IN } from "../vocab";

/** Days since 1970-01-01 (UTC): dates compare and subtract as numbers. */
export type Day = number;

export interface Bounds {
  min: Day;
  max: Day;
}

export interface DatePeriod {
  first: Bounds;
  last: Bounds;
  /** A year and nothing else ("2027", 「2027年」): often a name (the 2027 pilot), not a date. */
  bare?: boolean;
  /** Where the date is written in the normalised text. */
  index: number;
  length: number;
}

export function day(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

export function dayOf(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? day(+m[1], +m[2], +m[3]) : undefined;
}

export function isoOf(d: Day): string {
  return new Date(d * 86_400_000).toISOString().slice(0, 10);
}

const exact = (d: Day): Bounds => ({ min: d, max: d });
const lastOfMonth = (year: number, month: number): Day => day(year, month + 1, 0);

function period(first: Bounds, last: Bounds): Omit<DatePeriod, "index" | "length"> {
  return { first, last };
}

function monthPeriod(year: number, month: number, part?: string): Omit<DatePeriod, "index" | "length"> | undefined {
  if (month < 1 || month > 12) return undefined;
  const end = lastOfMonth(year, month);
  if (part === "末" || part === "end") return period(exact(end), exact(end));
  if (part === "初" || part === "上旬" || part === "start") return period(exact(day(year, month, 1)), exact(day(year, month, 10)));
  if (part === "中旬") return period(exact(day(year, month, 11)), exact(day(year, month, 20)));
  if (part === "下旬") return period(exact(day(year, month, 21)), exact(end));
  return period(exact(day(year, month, 1)), exact(end));
}

function dayPeriod(year: number, month: number, date: number): Omit<DatePeriod, "index" | "length"> | undefined {
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const d = day(year, month, date);
  return period(exact(d), exact(d));
}

function yearPeriod(year: number, part?: string): Omit<DatePeriod, "index" | "length"> {
  const end = day(year, 12, 31);
  if (part === "末" || part === "end") return period(exact(end), exact(end));
  return { ...period(exact(day(year, 1, 1)), exact(end)), bare: true };
}

/** A Japanese fiscal year: April to March. */
function nendo(year: number, part?: string): Omit<DatePeriod, "index" | "length"> {
  const end = day(year + 1, 3, 31);
  if (part === "末") return period(exact(end), exact(end));
  if (part === "上期" || part === "上半期") return period(exact(day(year, 4, 1)), exact(day(year, 9, 30)));
  if (part === "下期" || part === "下半期") return period(exact(day(year, 10, 1)), exact(end));
  return period(exact(day(year, 4, 1)), exact(end));
}

/** An English FY: it ends between March of its year and March of the next. */
function fiscalYear(year: number, part?: string): Omit<DatePeriod, "index" | "length"> {
  const last = { min: day(year, 3, 31), max: day(year + 1, 3, 31) };
  if (part === "end" || part === "close") return period(last, last);
  return period({ min: day(year - 1, 4, 1), max: day(year, 4, 1) }, last);
}

/** A quarter read every way a plan may count it: calendar, April-start (Japan) or October-start fiscal. */
function quarter(q: number, year: number): Omit<DatePeriod, "index" | "length"> {
  const starts = [
    [year, 3 * q - 2], // calendar
    [year + Math.floor((3 * q) / 12), ((3 * q) % 12) + 1], // April start: Q1 is April–June
    [year - 1 + Math.floor((3 * q + 6) / 12), ((3 * q + 6) % 12) + 1], // October start: Q1 is October–December of the year before
  ].map(([y, m]) => day(y, m, 1));
  const ends = starts.map((start) => {
    const d = new Date(start * 86_400_000);
    return lastOfMonth(d.getUTCFullYear(), d.getUTCMonth() + 3);
  });
  return period({ min: Math.min(...starts), max: Math.max(...starts) }, { min: Math.min(...ends), max: Math.max(...ends) });
}

const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988 };
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** English month names, from their vocabulary (not extensible: the same for every team). */
const MONTH_NAME = BUILT_IN.group("month-name", "en");

/** "31 March 2028", "March 31, 2028": the month by its name, the day and the year by their digits. */
function namedDay(text: string): Omit<DatePeriod, "index" | "length"> | undefined {
  const [date, year] = (text.match(/\d+/g) ?? []).map(Number);
  const month = /[a-z]{3,}/.exec(text.replace(/\d(?:st|nd|rd|th)/g, ""))?.[0];
  return month ? dayPeriod(year, monthNumber(month), date) : undefined;
}

/** After 年: 度 with its part (2027年度末, 上期), a month with its day or part (3月31日, 3月末), or 末. */
const AFTER_YEAR_JA =
  "\\s*年\\s*(?:(度)\\s*(末|上半期|下半期|上期|下期)?|(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|(末|初|上旬|中旬|下旬))?|(末))?";

/** What follows 年, read from the match's groups from `at` on (the year's own groups come first). */
function afterYear(year: number, m: RegExpExecArray, at: number): Omit<DatePeriod, "index" | "length"> | undefined {
  const [nendoMark, nendoPart, month, date, monthPart, yearEnd] = m.slice(at, at + 6);
  if (nendoMark) return nendo(year, nendoPart);
  if (month && date) return dayPeriod(year, Number(month), Number(date));
  if (month) return monthPeriod(year, Number(month), monthPart);
  return yearPeriod(year, yearEnd);
}

interface Shape {
  re: RegExp;
  read(m: RegExpExecArray): Omit<DatePeriod, "index" | "length"> | undefined;
}

/** The ways a date is written, most specific first; a shorter match inside a longer one is dropped. */
const SHAPES: Shape[] = [
  {
    // 2027年3月31日, 2027年3月末, 2027年3月, 2027年度末, 2027年末, 2027年.
    re: new RegExp(`(?<!\\d)(\\d{4})${AFTER_YEAR_JA}`, "g"),
    read: (m) => afterYear(Number(m[1]), m, 2),
  },
  {
    // 令和11年3月末, 令和元年度.
    re: new RegExp(`(令和|平成)\\s*(\\d{1,2}|元)${AFTER_YEAR_JA}`, "g"),
    read: (m) => afterYear(ERA_BASE[m[1]] + (m[2] === "元" ? 1 : Number(m[2])), m, 3),
  },
  {
    // 2027-03-31, 2027/3/31, 2027.3.31, 2027-03, 2027/3.
    re: /(?<![\d.])(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?![\d/])/g,
    read: (m) => (m[3] ? dayPeriod(+m[1], +m[2], +m[3]) : monthPeriod(+m[1], +m[2])),
  },
  {
    // 31 March 2028, 31st march, 2028; March 31, 2028. No groups: the day and year are its numbers.
    re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? {1,3}${MONTH_NAME}\\.?,? {1,3}\\d{4}\\b`, "g"),
    read: (m) => namedDay(m[0]),
  },
  {
    re: new RegExp(`\\b${MONTH_NAME}\\.? {1,3}\\d{1,2}(?:st|nd|rd|th)?,? {1,3}\\d{4}\\b`, "g"),
    read: (m) => namedDay(m[0]),
  },
  {
    // (the end of) March 2028.
    re: new RegExp(`\\b(?:(?:end|start) of )?${MONTH_NAME}\\.?,? {1,3}\\d{4}\\b`, "g"),
    read: (m) => {
      const part = /^(?:end|start)(?= of)/.exec(m[0])?.[0];
      const month = m[0].replace(/^(?:end|start) of /, "");
      return monthPeriod(Number(/\d{4}/.exec(month)![0]), monthNumber(month), part);
    },
  },
  {
    // (the end of) FY2027, FY27, FY 2027.
    re: /\b(?:(end|close) of\s+(?:the\s+)?)?fy\s?'?(\d{4}|\d{2})\b/g,
    read: (m) => fiscalYear(fullYear(m[2]), m[1]),
  },
  {
    // Q4 2027, Q4 FY2027: a calendar quarter, or a fiscal one starting in April or October.
    re: /\bq([1-4])\s*(?:fy\s?)?'?(\d{4}|\d{2})\b/g,
    read: (m) => quarter(Number(m[1]), fullYear(m[2])),
  },
  {
    // (the end of) 2028: a year alone, not a count (2,028 or 2028 units are no year).
    re: /(?<!-)\b(?:(end) of\s+)?((?:19|20)\d{2})\b(?![,.]\d|\s*[%年]|[-–/]\d)/g,
    read: (m) => yearPeriod(+m[2], m[1]),
  },
];

/** What every shape needs: a digit, or an era's name (令和元年 has none). */
const MAY_HOLD_DATE = /\d|令和|平成/;

/** Every date in the normalised text, in order; none inside another. */
export function datesIn(normal: string): DatePeriod[] {
  // Most statements hold no date: nine scans (and matchAll's copy of each pattern) are skipped.
  if (!MAY_HOLD_DATE.test(normal)) return [];
  const found: DatePeriod[] = [];
  for (const shape of SHAPES) {
    // exec on the shape's own pattern: matchAll would copy the pattern for every statement.
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(normal); m; m = shape.re.exec(normal)) {
      const read = shape.read(m);
      if (read) found.push({ ...read, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: DatePeriod[] = [];
  for (const d of found) if (!kept.length || d.index >= kept.at(-1)!.index + kept.at(-1)!.length) kept.push(d);
  return kept;
}

/** A length of time as bounds in days (a month is 28–31 days, a year 365–366). */
export interface Duration extends Bounds {
  index: number;
  length: number;
  /** For months and years: the length in calendar months, so a date plus it is exact. */
  months?: number;
}

/** The last day of a period of `length` that starts on `start` (「4月1日から2年間」 ends on 3月31日). */
export function lastDayFrom(start: Bounds, length: Bounds & { months?: number }): Bounds {
  if (!length.months) return { min: start.min + length.min - 1, max: start.max + length.max - 1 };
  const plus = (d: Day) => {
    const date = new Date(d * 86_400_000);
    return day(date.getUTCFullYear(), date.getUTCMonth() + 1 + length.months!, date.getUTCDate()) - 1;
  };
  return { min: plus(start.min), max: plus(start.max) };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

/** The digits a contract repeats after a number word: the " (12)" of "twelve (12) months". */
const DIGITS_AFTER_WORD = /^\s?\(\d{1,3}\)/;

const UNIT_DAYS: Record<string, [number, number]> = { day: [1, 1], week: [7, 7], month: [28, 31], year: [365, 366] };

function unitOf(word: string): string | undefined {
  if (word === "日" || word.startsWith("day")) return "day";
  if (word === "週間" || word.startsWith("week")) return "week";
  if (word === "年" || word.startsWith("year")) return "year";
  if (/^(?:か月|ヶ月|カ月|ヵ月|ケ月|箇月|month)/.test(word)) return "month";
  return undefined;
}

/**
 * A count (digits or an English number word, which contracts follow with its digits: "twelve
 * (12) months") and a unit of time; no groups, the parts are read apart.
 */
const DURATION = new RegExp(
  `(?<![\\d.,月])(?:\\d{1,3}|\\b(?:${Object.keys(NUMBER_WORDS).join("|")})\\b(?:${DIGITS_AFTER_WORD.source.slice(1)})?)[\\s-]{0,3}` +
    `(?:${BUILT_IN.group("month-unit", "ja")}|週間|日|年(?![度\\d])|(?:days?|weeks?|months?|years?)\\b)`,
  "g",
);

/** Every length of time in the normalised text (「3年間」, 「6か月」, "90 days", "two years"). */
export function durationsIn(normal: string, dates: readonly DatePeriod[] = datesIn(normal)): Duration[] {
  const found: Duration[] = [];
  for (const m of normal.matchAll(DURATION)) {
    if (dates.some((d) => m.index >= d.index && m.index < d.index + d.length)) continue; // the 31日 of 3月31日
    const count = /^(?:\d+|[a-z]+)/.exec(m[0])![0];
    const n = NUMBER_WORDS[count] ?? Number(count);
    const unit = unitOf(
      m[0]
        .slice(count.length)
        .replace(DIGITS_AFTER_WORD, "")
        .replace(/^[\s-]{1,3}/, ""),
    );
    if (!unit || !n) continue;
    const [min, max] = UNIT_DAYS[unit];
    const months = unit === "month" ? n : unit === "year" ? 12 * n : undefined;
    found.push({ min: n * min, max: n * max, index: m.index, length: m[0].length, ...(months && { months }) });
  }
  return found;
}

/** Is `a` before `b` however each is read: a's last day before b's first? */
export function before(a: Bounds, b: Bounds): boolean {
  return a.max < b.min;
}
