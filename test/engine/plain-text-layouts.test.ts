/** Plain-text layouts the plan model reads as structure: framed titles, … (kinds of batch z). */
import { describe, expect, it } from "vitest";
import { model } from "../helpers/lint";

const titles = (text: string, filePath: string) => model(text, filePath).sections.map((s) => [s.title, s.elements]);

describe("titles framed above and below by drawn rules", () => {
  // Each rule a plain-text mail draws its frames with; in Markdown `----` and `====` are also setext underlines.
  const RULES = ["━━━━━━━━━━", "──────────", "＝＝＝＝＝＝", "==========", "----------"];

  for (const rule of RULES) {
    for (const filePath of ["mail.alliance.txt", "mail.alliance.md"]) {
      it(`in ${filePath}, every numbered title framed by 「${rule}」 is a heading, whatever it names (Japanese)`, () => {
        const text = `各位\n\n以下のとおり整理しました。\n${rule}\n1. 提携の進め方\n${rule}\n毎週、定例会を開きます。\n${rule}\n2. 対象の店舗\n${rule}\n札幌市内の12店舗です。\n\n${rule}\n3. 目標\n${rule}\n2027年3月までに500台を販売する。\n`;
        expect(titles(text, filePath)).toEqual([
          ["提携の進め方", []],
          [expect.stringMatching(/^(?:2\. )?対象の店舗$/), []],
          [expect.stringMatching(/^(?:3\. )?目標$/), ["objective"]],
        ]);
        const m = model(text, filePath);
        // The sentence over the frame's first rule is no setext title; each part's text is its own.
        expect(m.statements.filter((s) => !/^[━─＝=-]+$/.test(s.text)).map((s) => [s.text, s.section])).toEqual([
          ["各位", undefined],
          ["以下のとおり整理しました。", undefined],
          ["毎週、定例会を開きます。", 0],
          ["札幌市内の12店舗です。", 1],
          ["2027年3月までに500台を販売する。", 2],
        ]);
      });

      it(`in ${filePath}, every numbered title framed by "${rule}" is a heading, whatever it names (English)`, () => {
        const text = `Dear team,\n\nHere is the plan.\n\n${rule}\n1. Purpose\n${rule}\nWe aim to sell 500 units by March 2027.\n\n${rule}\n2. Stores in scope\n${rule}\nTwelve stores in Leeds.\n\n${rule}\n3. Ending it\n${rule}\nEither party may end it on 90 days' notice.\n`;
        expect(titles(text, filePath)).toEqual([
          ["Purpose", ["objective"]],
          [expect.stringMatching(/^(?:2\. )?Stores in scope$/), []],
          [expect.stringMatching(/^(?:3\. )?Ending it$/), ["exit"]],
        ]);
      });
    }
  }

  it("a line between rules that is a sentence, or a rule with no title under it, frames nothing", () => {
    const text =
      "お知らせ\n\n──────────\n本メールは社外秘です。\n──────────\n売上を伸ばす。\n\n──────────\n提携の進め方\n毎週、定例会を開きます。\n";
    expect(titles(text, "mail.alliance.txt")).toEqual([]);
  });
});

describe("a line in capitals standing alone over its text, in a plain-text document titled by such lines", () => {
  it("is a heading, one word or several, once one of the document's titles names a plan element (English)", () => {
    const text =
      "Briefing notes, 5 March 2026\n\nOPENER\n- A year since the pilot started.\n\nNUMBERS\n- Orders: 1,200 a month.\n\nOwnership of the designs\n- Each side keeps what it brought.\n\nCLOSE\n- Thank the team.\n";
    expect(titles(text, "notes.alliance.txt")).toEqual([
      ["OPENER", []],
      ["NUMBERS", []],
      ["Ownership of the designs", ["ip"]],
      ["CLOSE", []],
    ]);
  });

  it("is a heading beside titles in Japanese, once one of them names a plan element", () => {
    const text =
      "説明会メモ（2026年3月5日）\n\n冒頭のご挨拶\n- 提携から1年が経ちました。\n\nFAQ\n- 質問は最後に受けます。\n\n成果の帰属\n- 各社が持ち込んだものは各社に残ります。\n";
    expect(titles(text, "notes.alliance.txt")).toEqual([
      ["冒頭のご挨拶", []],
      ["FAQ", []],
      ["成果の帰属", ["ip"]],
    ]);
  });

  it("is no heading in a document with Markdown headings, unless it names an element", () => {
    const text = "# Notes\n\nNUMBERS\n- Orders: 1,200 a month.\n\n## Ownership of the designs\n\nEach side keeps what it brought.\n";
    expect(titles(text, "notes.alliance.md")).toEqual([
      ["Notes", []],
      ["Ownership of the designs", ["ip"]],
    ]);
  });
});

describe("a table aligned with spaces (pasted from a terminal or a sheet as text)", () => {
  const tables = (text: string) =>
    model(text, "report.alliance.txt").tables.map((t) => [t.header.map((c) => c.text), ...t.rows.map((r) => r.cells.map((c) => c.text))]);

  it("is a table: its first line the header, each run of two spaces or more a column's border (English)", () => {
    const text =
      "Where we stand:\nMeasure             Baseline   Target\nDeliveries a month  4,000      5,000 by March 2027\nLoad factor         62%        75%\n";
    expect(tables(text)).toEqual([
      [
        ["Measure", "Baseline", "Target"],
        ["Deliveries a month", "4,000", "5,000 by March 2027"],
        ["Load factor", "62%", "75%"],
      ],
    ]);
    // The line over it is prose.
    expect(model(text, "report.alliance.txt").statements.map((s) => [s.kind, s.text])[0]).toEqual(["sentence", "Where we stand:"]);
  });

  it("is a table: its first line the header, each run of two spaces or more a column's border (Japanese)", () => {
    const text = "指標              2026年度末   2027年度末\n配送件数（月）    4,000件      5,000件\n積載率            62%          75%\n";
    expect(tables(text)).toEqual([
      [
        ["指標", "2026年度末", "2027年度末"],
        ["配送件数（月）", "4,000件", "5,000件"],
        ["積載率", "62%", "75%"],
      ],
    ]);
  });

  it("is a table between the rules of a reStructuredText simple table (=====  =====), English and Japanese", () => {
    const en =
      "==================  =========  ==========\nMeasure             Baseline   Target\n==================  =========  ==========\nDeliveries a month  4,000      5,000\nLoad factor         62%        75%\n==================  =========  ==========\n";
    expect(tables(en)).toEqual([
      [
        ["Measure", "Baseline", "Target"],
        ["Deliveries a month", "4,000", "5,000"],
        ["Load factor", "62%", "75%"],
      ],
    ]);
    const ja =
      "==========  ==========\n指標        2027年度末\n==========  ==========\n配送件数    5,000件\n積載率      75%\n==========  ==========\n";
    expect(tables(ja)).toEqual([
      [
        ["指標", "2027年度末"],
        ["配送件数", "5,000件"],
        ["積載率", "75%"],
      ],
    ]);
  });

  it("is none when its lines are prose with two spaces after a full stop, a form's labels, or a dated log", () => {
    const prose = "We met twice.  They agreed.\nThe pilot ran.  It worked.\nWe signed.  All good.\n";
    const form = "Partner:   Acme Ltd\nTerm:      Two years\nLead:      Dana Reyes\n";
    const log =
      "2026-03-14  Call   Intro call with the buyer\n2026-03-07  Email  Sent the draft proposal\n2026-03-03  Note   Legal view captured\n";
    for (const text of [prose, form, log]) expect(tables(text)).toEqual([]);
  });
});
