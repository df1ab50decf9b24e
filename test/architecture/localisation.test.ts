/**
 * User-facing texts are chosen by language in one place per component: its localisation table
 * (server/engine/l10n.ts says how). A ternary on the language anywhere else is a text that
 * escaped its table, the way fix titles once followed the document while messages followed
 * the locale.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sources } from "./import-graph";

const ROOT = path.resolve(__dirname, "../..");

/** The localisation tables: the only files that may choose by language. */
const TABLES = [
  "server/engine/l10n.ts",
  "server/engine/engine-texts.ts",
  "rules/lib/rule-texts.ts",
  "server/lsp/lsp-texts.ts",
  "server/report/report-texts.ts",
  "server/cli/cli-texts.ts",
  "client/src/client-texts.ts",
];

/** Ways of choosing a text by language. */
const CHOICES: RegExp[] = [
  // lang === "ja" ? … : …, also across a line break
  /[!=]==\s*["'](?:ja|en)["'](?:\s*\))?\s*\?(?![.?])/,
  // tag.startsWith("ja") ? … : …
  /startsWith\(\s*["'](?:ja|en)["']\s*\)\s*\?(?![.?])/,
  // … ? TEXTS.ja : TEXTS.en
  /\?\s*[\w$]+(?:\.[\w$]+)*\.(?:ja|en)\s*:/,
  // if (context.lang === "ja")
  /\bif\s*\(\s*[\w$.]*(?:lang|locale)\s*[!=]==\s*["'](?:ja|en)["']/i,
];

function choicesIn(source: string): string[] {
  return CHOICES.flatMap((choice) => choice.exec(source)?.[0] ?? []);
}

describe("localisation", () => {
  it("no file outside the localisation tables chooses a text by language", () => {
    const files = ["server", "rules", "client/src"].flatMap((folder) => sources(ROOT, folder));
    const escaped = files
      .filter((file) => !TABLES.includes(file))
      .flatMap((file) => choicesIn(readFileSync(path.join(ROOT, file), "utf8")).map((choice) => `${file}: ${choice}`));
    expect(escaped).toEqual([]);
  });

  it("the tables named here exist and are read", () => {
    const files = ["server", "rules", "client/src"].flatMap((folder) => sources(ROOT, folder));
    expect(TABLES.filter((table) => !files.includes(table))).toEqual([]);
  });

  it("recognises each way of choosing by language", () => {
    const samples = [
      'const t = lang === "ja" ? "目的" : "Objective";',
      'return locale === "ja"\n    ? `ルール ${id}`\n    : `Rule ${id}`;',
      'const l = tag.startsWith("ja") ? "ja" : "en";',
      "const texts = isJa ? TEXTS.ja : TEXTS.en;",
      'if (context.lang === "ja") title = "挿入";',
    ];
    expect(samples.map((sample) => choicesIn(sample).length)).toEqual([1, 1, 1, 1, 1]);
    expect(choicesIn('locale: raw.locale === "auto" ? raw.locale : base.locale, x ?? y.ja')).toEqual([]);
  });
});
