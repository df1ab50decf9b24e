/** Which language a document is written in: Japanese when kana/kanji outweigh Latin words. */
import type { Lang } from "./model";

const SAMPLE = 20_000;

export function detectLang(text: string, declared?: unknown): Lang {
  if (declared === "ja" || declared === "en") return declared;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const japanese = sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  const latinWords = sample.match(/[a-z]{2,}/gi)?.length ?? 0;
  // A Japanese character carries about as much as an English word of three letters.
  return japanese / 3 > latinWords ? "ja" : "en";
}
