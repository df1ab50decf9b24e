/**
 * The numbering a heading is written with — 「5.」「5)」「３．」「3.2」「第5条（…）」「第五条」
 * 「Article 5」「Section 5:」 — so an inserted section can take the next number in the same style.
 */
import { kanji2number, number2kanji } from "@geolonia/japanese-numeral";

/** 第5条（目的）, 第五章 提携期間, 第１０条: the counter, then the title in brackets or after a space. */
const ARTICLE = /^第([0-9\uFF10-\uFF19]+|[〇一二三四五六七八九十百]+)([条章節款])(.*)$/;
/** 5. Term, 5) Term, ５．期間, 3.2 KPI, Article 5 Term, Section 5: Term. */
const DOTTED = /^((?:article|section|art\.|§)\s*)?([0-9\uFF10-\uFF19]+(?:[.．][0-9\uFF10-\uFF19]+)*)([.)．）:：]\s*|\s+)\S/i;
const BRACKETED = /^([（(]).*([）)])$/;

/** The heading after one titled `previous`, numbered as it is, titled `title`; undefined when `previous` has no number. */
export function nextNumberedTitle(previous: string, title: string): string | undefined {
  return nextArticle(previous, title) ?? nextDotted(previous, title);
}

function nextArticle(previous: string, title: string): string | undefined {
  const match = ARTICLE.exec(previous);
  if (!match) return undefined;
  const [, number, counter, rest] = match;
  const bracket = BRACKETED.exec(rest.trim());
  const titled = bracket ? `${bracket[1]}${title}${bracket[2]}` : rest ? `${/^\s*/.exec(rest)![0] || " "}${title}` : `（${title}）`;
  return `第${next(number)}${counter}${titled}`;
}

function nextDotted(previous: string, title: string): string | undefined {
  const match = DOTTED.exec(previous);
  if (!match) return undefined;
  const [, lead = "", number, separator] = match;
  // A single number with no word before it and no mark after it is part of the title ("2026 Roadmap").
  if (!lead && !separator.trim() && !/[.．]/.test(number)) return undefined;
  const parts = number.split(/([.．])/);
  parts[parts.length - 1] = next(parts[parts.length - 1]);
  return `${lead}${parts.join("")}${separator}${title}`;
}

/** One more than `number`, in its own digits: 5 → 6, ５ → ６, 五 → 六, 十二 → 十三. */
function next(number: string): string {
  if (/^\d+$/.test(number)) return String(Number(number) + 1);
  if (/^[\uFF10-\uFF19]+$/.test(number)) return fullWidth(Number(number.normalize("NFKC")) + 1);
  return number2kanji(kanji2number(number) + 1);
}

function fullWidth(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
