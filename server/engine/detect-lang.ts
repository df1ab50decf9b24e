/** Which language a document is written in: Japanese when kana/kanji outweigh Latin words. */
import type { Lang } from "./model";

const SAMPLE = 20_000;

export function detectLang(text: string, declared?: unknown): Lang {
  if (declared === "ja" || declared === "en") return declared;
  const { japanese, latinWords } = count(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
  // A Japanese character carries about as much as an English word of three letters.
  return japanese / 3 > latinWords ? "ja" : "en";
}

/** Kana and kanji (U+3040–30FF, U+4E00–9FFF), and runs of two or more ASCII letters: one pass, no match arrays. */
function count(sample: string): { japanese: number; latinWords: number } {
  let japanese = 0;
  let latinWords = 0;
  let run = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) japanese++;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    run = letter ? run + 1 : 0;
    if (run === 2) latinWords++;
  }
  return { japanese, latinWords };
}
