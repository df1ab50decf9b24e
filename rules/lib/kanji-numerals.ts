/**
 * Numbers written in kanji, as Arabic numerals: 「十億円」→「1000000000円」,「一、二〇〇トン」→
 * 「1200トン」,「令和十一年三月末」→「令和11年3月末」, so one set of patterns reads quantities and
 * dates however a plan writes them. Only a run of numerals that counts something (a counter or
 * unit follows it) or names an era year is converted: 「統一」「一部」「十分」「二分の一」「四半期」
 * keep their kanji. The conversion itself is @geolonia/japanese-numeral's.
 */
import { kanji2number } from "@geolonia/japanese-numeral";

/**
 * Kanji digits and powers, with 、 between groups of three (一、二〇〇). At most 24 characters:
 * kanji2number's own patterns are quadratic in what they are given.
 */
const RUN = /[〇一二三四五六七八九十百千万億兆](?:[〇一二三四五六七八九十百千万億兆]|[、，,](?=[〇一二三四五六七八九]{3})){0,23}/g;
/**
 * What a number counts or measures, right after it: a counter, or a unit, which Japanese
 * writes in katakana (トン, メートル, ポイント). 分 is left out: 十分 is "enough".
 */
const COUNTER =
  /[年月日週円件社店台人名品種本回倍割期基戸校港冊個枚点隻機棟軒床頭羽袋箱便%％\u30a1-\u30fa]|か月|箇月|時間|拠点|か所|箇所|施設|か国|漁協|立方|平方/y;
/** An era name before a year (令和十一年). */
const ERA = /(?:令和|平成|昭和)\s*$/;

function counts(text: string, start: number, end: number): boolean {
  COUNTER.lastIndex = end;
  return COUNTER.test(text) || ERA.test(text.slice(Math.max(0, start - 3), start));
}

/**
 * Each run's Arabic numerals, kept across lints: plans write the same few runs (一, 三, 十二) again
 * and again, and kanji2number runs a dozen patterns over each (1.8 % of the every-rule-on lint's
 * CPU on the bench corpus, 0.3 % with this map). Bounded: the map is emptied when it reaches
 * MAX_RUNS, and only runs of at most MAX_KEPT characters are kept: V8 makes a longer substring a
 * slice of its text, and a key kept as a slice would keep the whole statement alive.
 */
const converted = new Map<string, string>();
const MAX_RUNS = 4_096;
const MAX_KEPT = 12;

function converts(run: string): string {
  if (run.length > MAX_KEPT) return convert(run);
  let arabic = converted.get(run);
  if (arabic === undefined) {
    if (converted.size >= MAX_RUNS) converted.clear();
    converted.set(run, (arabic = convert(run)));
  }
  return arabic;
}

function convert(run: string): string {
  try {
    return String(kanji2number(run.replace(/[、，,]/g, "")));
  } catch {
    return run; // not a number after all (「万一」)
  }
}

export function arabicNumerals(text: string): string {
  return text.replace(RUN, (run: string, start: number) => (counts(text, start, start + run.length) ? converts(run) : run));
}
