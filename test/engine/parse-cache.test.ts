/**
 * A ParseCache cuts a new version of a document where the last version was cut, away from the
 * edit (parse-cache.ts, split): the chunks are those a cold cut gives, after any edit.
 */
import { describe, expect, it } from "vitest";
import { MAX_CHUNK, ParseCache } from "../../server/engine/parse-cache";
import { headingMarkers } from "../../server/engine/pseudo-heading";
import { BUILT_IN } from "../../rules/vocab";
import { random } from "../helpers/random";

const repeat = (n: number, block: (i: number) => string) => Array.from({ length: n }, (_, i) => block(i)).join("");

/** Past MAX_CHUNK several times, so chunks are cut between blocks, table rows and sentences too. */
const DOCUMENTS: Record<string, string> = {
  "headings and paragraphs": repeat(400, (i) => `## ${i}. Section\n\nPartner ${i} ships weekly.\nIt runs ${i} sites.\n\n- item ${i}\n\n`),
  "no headings": repeat(400, (i) => `Partner ${i} ships weekly.\n\n- item ${i}\n  more\n\n1. first\n\n> quote ${i}\n\n`),
  "a long table": `# KPIs\n\n| KPI | Target |\n|---|---|\n${repeat(1200, (i) => `| KPI ${i} | ${i}% by FY2027 |\n`)}\nAfter.\n\n## Exit\n\nTBD.\n`,
  "fences and HTML": repeat(
    300,
    (i) =>
      `Text ${i}.\n\n\`\`\`text\nline ${i}\n\n## not a heading\n\`\`\`\n\n<!--\n\n## nor this ${i}\n\n-->\n\n<pre>\n\nkept ${i}\n</pre>\n\n`,
  ),
  "long lines": `# Plan\n\n${repeat(3, (k) => `${repeat(1500, (i) => `Partner ${k}-${i} ships weekly. `)}\n\n`)}## End\n\nDone.\n`,
};

/** Inserted or deleted characters and lines, some of them opening or closing a fence, a table or HTML. */
const EDITS: ((t: string, at: number, eol: string) => string)[] = [
  (t, at) => `${t.slice(0, at)}x${t.slice(at)}`,
  (t, at) => t.slice(0, at) + t.slice(at + 1),
  (t, at, eol) => `${t.slice(0, at)}A new sentence here.${eol}${eol}${t.slice(at)}`,
  (t, at, eol) => `${t.slice(0, at)}## A new heading${eol}${t.slice(at)}`,
  (t, at, eol) => `${t.slice(0, at)}\`\`\`${eol}${t.slice(at)}`,
  (t, at, eol) => `${t.slice(0, at)}${eol}| a | b |${eol}|---|---|${eol}| 1 | 2 |${eol}${t.slice(at)}`,
  (t, at, eol) => `${t.slice(0, at)}<!--${eol}${t.slice(at)}`,
  (t, at) => {
    const end = t.indexOf("\n", at);
    return end < 0 ? t.slice(0, at) : t.slice(0, at) + t.slice(end + 1);
  },
  (t, at, eol) => `${t.slice(0, at)}${eol}${t.slice(at)}`,
  (t, at) => `${t.slice(0, at)}${"Long text without an end ".repeat(2000)}${t.slice(at)}`,
];

/** What the walker reads of each chunk: where it starts, whether it continues a table, its source. */
function chunks(cache: ParseCache, text: string, base: number) {
  return [...cache.parse(text, base)].map(({ start, continuesTable, source }) => ({ start, continuesTable, source }));
}

interface Piece {
  from: number;
  end: number;
  prefix: string;
  source?: string;
}

/** The cache's pieces of `text` before it parses them (a piece kept from the last version has its source already). */
function pieces(cache: ParseCache, text: string, base: number): Piece[] {
  return (cache as unknown as { split(text: string, base: number): Piece[] }).split(text, base);
}

/** The chunks a cold cut gives, without parsing them. */
function cold(text: string, base: number) {
  return pieces(new ParseCache(), text, base).map(({ from, end, prefix }) => ({
    start: from - prefix.length,
    continuesTable: prefix ? (true as const) : undefined,
    source: prefix + text.slice(from, end),
  }));
}

describe("a ParseCache's chunks of a new version", () => {
  it.each(Object.entries(DOCUMENTS))(
    "are a cold cut's, after edits before, inside and after chunks: %s",
    (name, original) => {
      expect(original.length).toBeGreaterThan(3 * MAX_CHUNK);
      for (const eol of ["\n", "\r\n"]) {
        let text = eol === "\n" ? original : original.replace(/\n/g, "\r\n");
        const cache = new ParseCache();
        const next = random(name.length * 31 + eol.length);
        chunks(cache, text, 0);
        for (let round = 0; round < 3; round++)
          for (const edit of EDITS) {
            // At a line's start or anywhere: at the start, the end, or a random place.
            const r = next();
            const at = r < 0.1 ? 0 : r > 0.9 ? text.length : Math.floor(next() * text.length);
            const place = next() < 0.5 ? at : text.lastIndexOf("\n", at) + 1;
            text = edit(text, place, eol);
            expect(chunks(cache, text, 0), `${name} (${JSON.stringify(eol)}), ${edit.toString().slice(0, 60)} at ${place}`).toEqual(
              cold(text, 0),
            );
          }
        // Typing the same character again and again, as in an editor.
        const mid = text.indexOf("\n", text.length >> 1) + 1;
        for (let i = 0; i < 20; i++) {
          text = `${text.slice(0, mid + i)}y${text.slice(mid + i)}`;
          expect(chunks(cache, text, 0)).toEqual(cold(text, 0));
        }
      }
    },
    120_000,
  );

  it("are the last version's but near the edit", () => {
    let text = DOCUMENTS["headings and paragraphs"];
    const cache = new ParseCache();
    chunks(cache, text, 0);
    const mid = text.indexOf("\n", text.length >> 1) + 1;
    text = `${text.slice(0, mid)}x${text.slice(mid)}`;
    const cut = pieces(cache, text, 0);
    expect(cut.length).toBe(400);
    expect(cut.filter((p) => p.source === undefined).length).toBeLessThanOrEqual(2);
  });

  it("are a cold cut's when the Markdown starts elsewhere (front matter added or removed)", () => {
    const body = DOCUMENTS["headings and paragraphs"];
    const cache = new ParseCache();
    const front = "---\ntitle: Plan\n---\n";
    chunks(cache, body, 0);
    expect(chunks(cache, front + body, front.length)).toEqual(cold(front + body, front.length));
    expect(chunks(cache, body, 0)).toEqual(cold(body, 0));
    expect(chunks(cache, body, 0)).toEqual(cold(body, 0));
  });
});

describe("a ParseCache's outline markers of a new version", () => {
  const outline = repeat(
    60,
    (i) =>
      `## ${i}. Part\n\n■ 目的\n\n共同配送を行う ${i}。\n\n一 連携の趣旨\n\n1. 目的\n\n> ■ KPI\n\n(1) 知的財産\n\nPURPOSE: text ${i}\n\n`,
  );
  const MARKER_EDITS: ((t: string, at: number, eol: string) => string)[] = [
    ...EDITS.slice(0, 4),
    (t, at, eol) => `${t.slice(0, at)}◆ 目的${eol}${t.slice(at)}`,
    (t, at, eol) => `${t.slice(0, at)}${eol}■ 知的財産${eol}${t.slice(at)}`,
    (t, at) => {
      const end = t.indexOf("\n", at);
      return end < 0 ? t.slice(0, at) : t.slice(0, at) + t.slice(end + 1);
    },
    (t, at) => t.slice(0, at) + t.slice(at + 2),
    (t, at) => `${t.slice(0, at)}\r${t.slice(at)}`,
  ];

  it.each(["\n", "\r\n"])("are those of the whole text, after edits anywhere (%j)", (eol) => {
    let text = eol === "\n" ? outline : outline.replace(/\n/g, "\r\n");
    const cache = new ParseCache();
    const next = random(eol.length);
    expect(cache.markers.markers(text, BUILT_IN)).toEqual(headingMarkers(text, BUILT_IN));
    for (let round = 0; round < 12; round++)
      for (const edit of MARKER_EDITS) {
        const r = next();
        const at = r < 0.05 ? 0 : r > 0.95 ? text.length : Math.floor(next() * text.length);
        text = edit(text, next() < 0.5 ? at : text.lastIndexOf("\n", at) + 1, eol);
        expect([...cache.markers.markers(text, BUILT_IN)].sort()).toEqual([...headingMarkers(text, BUILT_IN)].sort());
      }
    // Every marker line deleted, then the headings: the markers follow, and a text without headings is read whole.
    text = text.replace(/^(?:■|◆|一 |> ■).*$/gm, "");
    expect([...cache.markers.markers(text, BUILT_IN)].sort()).toEqual([...headingMarkers(text, BUILT_IN)].sort());
    text = text.replace(/^#+ /gm, "");
    expect([...cache.markers.markers(text, BUILT_IN)].sort()).toEqual([...headingMarkers(text, BUILT_IN)].sort());
  });
});
