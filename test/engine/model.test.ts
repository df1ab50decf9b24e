/** The plan model: sections, statements, tables, language and ranges, with exact source spans. */
import { describe, expect, it } from "vitest";
import type { PlanModel, Section, Span } from "../../server/engine/model";
import { lintText } from "../../server/engine/engine";
import { config, lint, model, only } from "../helpers/lint";

const slice = (text: string, span: Span) => text.slice(span.start, span.end);

function section(m: PlanModel, title: string): Section {
  const found = m.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section "${title}" in ${JSON.stringify(m.sections.map((s) => s.title))}`);
  return found;
}

/** Statements as [kind, text, title of their section], each checked against its span. */
function statements(m: PlanModel): [string, string, string | undefined][] {
  return m.statements.map((s) => {
    expect(slice(m.text, s.span)).toBe(s.text);
    return [s.kind, s.text, s.section === undefined ? undefined : m.sections[s.section].title];
  });
}

describe("sections from Markdown headings", () => {
  const text = [
    "# 北斗物流・南星食品 提携計画", // 0
    "",
    "## 提携の目的", // 2
    "",
    "2027年度末までに共同配送の売上を12億円にする。",
    "",
    "### 成果指標", // 6
    "",
    "積載率を四半期ごとに測る。",
    "",
    "## Exit strategy", // 10
    "",
    "The alliance ends on 31 March 2029.",
    "",
    "## Intellectual property", // 14
    "",
    "Each party keeps its background IP.",
    "",
  ].join("\n");
  const m = model(text);

  it("has title, level, parent path and kind", () => {
    expect(m.sections.map((s) => [s.title, s.level, s.path, s.kind])).toEqual([
      ["北斗物流・南星食品 提携計画", 1, ["北斗物流・南星食品 提携計画"], "heading"],
      ["提携の目的", 2, ["北斗物流・南星食品 提携計画", "提携の目的"], "heading"],
      ["成果指標", 3, ["北斗物流・南星食品 提携計画", "提携の目的", "成果指標"], "heading"],
      ["Exit strategy", 2, ["北斗物流・南星食品 提携計画", "Exit strategy"], "heading"],
      ["Intellectual property", 2, ["北斗物流・南星食品 提携計画", "Intellectual property"], "heading"],
    ]);
    expect(section(m, "成果指標").parent).toBe(section(m, "提携の目的").index);
  });

  it("classifies the element from the heading in either language", () => {
    expect(section(m, "提携の目的").elements).toEqual(["objective"]);
    expect(section(m, "成果指標").elements).toEqual(["kpi"]);
    expect(section(m, "Exit strategy").elements).toEqual(["exit"]);
    expect(section(m, "Intellectual property").elements).toEqual(["ip"]);
  });

  it("has exact heading, body and section spans (subsections included)", () => {
    const objective = section(m, "提携の目的");
    expect(slice(text, objective.headingSpan)).toBe("## 提携の目的");
    expect(slice(text, objective.span)).toBe(
      "## 提携の目的\n\n2027年度末までに共同配送の売上を12億円にする。\n\n### 成果指標\n\n積載率を四半期ごとに測る。\n\n",
    );
    expect(objective.bodySpan).toEqual({ start: objective.headingSpan.end, end: objective.span.end });
    const kpi = section(m, "成果指標");
    expect(slice(text, kpi.headingSpan)).toBe("### 成果指標");
    expect(slice(text, kpi.span)).toBe("### 成果指標\n\n積載率を四半期ごとに測る。\n\n");
    const ip = section(m, "Intellectual property");
    expect(slice(text, ip.span)).toBe("## Intellectual property\n\nEach party keeps its background IP.\n");
  });

  it("knows the team's extra heading synonyms", () => {
    const plan = "# Plan\n\n## 手仕舞いの段取り\n\n2028年3月末で終える。\n\n## Off-ramp\n\nWe stop in 2028.\n";
    expect(section(model(plan), "手仕舞いの段取り").elements).toEqual([]);
    const withSynonyms = model(plan, "plan.alliance.md", { "exit-heading": { ja: ["手仕舞い"], en: ["off-ramp"] } });
    expect(section(withSynonyms, "手仕舞いの段取り").elements).toEqual(["exit"]);
    expect(section(withSynonyms, "Off-ramp").elements).toEqual(["exit"]);
  });

  it("does not take a heading inside a fenced code block for a section", () => {
    const plan = "# Plan\n\n## Objectives\n\n```md\n## Exit\n```\n";
    expect(model(plan).sections.map((s) => s.title)).toEqual(["Plan", "Objectives"]);
  });
});

describe("pseudo headings (contract and memo styles)", () => {
  it("in a numbered outline, an English line alone that names an element and qualifies it may run to 60 characters; a Japanese line keeps the 40-character limit", () => {
    const en = model("MEMO\n\n1. Scope of this review\n\nText.\n\n2. Partnership objective as put to us by the sponsor\n\nText.\n");
    expect(en.sections.map((s) => [s.title, s.elements])).toEqual([
      ["Scope of this review", ["governance"]],
      ["Partnership objective as put to us by the sponsor", ["objective"]],
    ]);
    const ja = model(
      "メモ\n\n1. 範囲\n\n本文。\n\n2. 事業部長から説明を受けた提携の目的と、それに対する当室の見解および今後の確認事項の一覧\n\n本文。\n",
    );
    expect(ja.sections.map((s) => s.title)).not.toContain(
      "事業部長から説明を受けた提携の目的と、それに対する当室の見解および今後の確認事項の一覧",
    );
  });

  it("a Markdown heading of any depth ends the bold subtitle under the title: the subtitle parents none of the ### parts after it, in either language", () => {
    for (const text of [
      "# Innovation hub application\n\n**Data Protection Office · Innovation stream**\nRef: ______\n\n### Part A — Applicants\n\nTwo firms.\n\n### Part B — The proposal\n\nThe pilot aims to show how open data can make lending fairer.\n",
      "# 実証事業 応募書\n\n**データ保護室・イノベーション枠**\n受付番号：______\n\n### A. 応募者\n\n2社。\n\n### B. 提案内容\n\n実証では地域の貸出を公平にすることを目指す。\n",
    ]) {
      const m = model(text);
      expect(m.sections.map((s) => [s.kind, s.level, s.parent])).toEqual([
        ["heading", 1, undefined],
        ["pseudo", 2, 0],
        ["heading", 3, 0],
        ["heading", 3, 0],
      ]);
    }
  });

  it("articles run together in one paragraph, each 第N条（…） on the same line as its text, are sections of their own", () => {
    const text =
      "覚書\n\n両社は以下のとおり合意する。\n第1条（目的）本覚書は、2027年度末までに売上10億円を達成することを目的とする。\n第2条（有効期間）本覚書の有効期間は2029年3月31日までとする。\n【付記】以上。\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.kind, s.level, s.elements])).toEqual([
      ["第1条（目的）", "pseudo", 1, ["objective"]],
      ["第2条（有効期間）", "pseudo", 1, ["exit"]],
      ["【付記】", "pseudo", 1, []],
    ]);
    const purpose = section(m, "第1条（目的）");
    expect(slice(text, purpose.headingSpan)).toBe("第1条（目的）");
    expect(m.statements.filter((s) => s.section === m.sections.indexOf(purpose)).map((s) => s.text)).toEqual([
      "本覚書は、2027年度末までに売上10億円を達成することを目的とする。",
    ]);
    // The lead-in before the first article stays outside every article.
    expect(m.statements.find((s) => s.text.startsWith("両社は"))?.section).toBeUndefined();
  });

  it("a mail's quoted message keeps its ■ outline: the marks behind the quote marks head sections, named or not", () => {
    const text =
      "藤井様\n\n>> ■当社のねらい\n>> 2026年9月末までに日数を6日から2日にしたい。\n>>\n>> ■進め方\n>> ・秘密保持契約を締結させてください。\n>>\n>> ■KPI\n>> ・日数：平均2日以内\n";
    expect(model(text).sections.map((s) => [s.title, s.elements])).toEqual([
      ["■当社のねらい", ["objective"]],
      ["■進め方", []],
      ["■KPI", ["kpi"]],
    ]);
  });

  it("a marked title with a long note in brackets after it is a section (■ KPI（…）), and so is a line numbered '4　' with no stop in an outline that names an element", () => {
    const marked =
      "■ 目標\n・2027年度に販売数を3万個とする。\n\n■ KPI（月次：販促会議で確認／四半期：両社の役員会へ報告）\n・販売数：月2,500個\n\n■ KPIs (monthly: sales meeting / quarterly: both boards)\n- units sold: 2,500 a month\n";
    expect(model(marked).sections.map((s) => [s.title, s.elements])).toEqual([
      ["■ 目標", ["objective"]],
      ["■ KPI（月次：販促会議で確認／四半期：両社の役員会へ報告）", ["kpi"]],
      ["■ KPIs (monthly: sales meeting / quarterly: both boards)", ["kpi", "governance"]],
    ]);
    const minutes =
      "1　開会\n　部長より挨拶があった。\n\n2　目標（確認）\n　・2027年3月までに加盟店を40店にする。\n\n3　次回\n　5月に開催する。\n";
    expect(model(minutes).sections.map((s) => [s.title, s.elements])).toEqual([
      ["1　開会", []],
      ["2　目標（確認）", ["objective"]],
      ["3　次回", []],
    ]);
  });

  it("slide titles ('Slide 7: 権利の整理') and circled-number titles that name an element are sections", () => {
    const text = "Slide 6: KPI\n\n成約率25%。\n\nSlide 7: 権利の整理\n\n① 学習済みモデルの権利\n共有とする。\n\n② 次回の日程について\n";
    expect(model(text).sections.map((s) => [s.title, s.elements])).toEqual([
      ["Slide 6: KPI", ["kpi"]],
      ["Slide 7: 権利の整理", ["ip"]],
      ["① 学習済みモデルの権利", ["ip"]],
    ]);
  });

  it("a term sheet's two-column table: each row a section titled by its first cell, its text keyed by it", () => {
    const text =
      "# Terms\n\n| Item | Terms |\n|---|---|\n| Objective | 40% less diesel by 2028. |\n| Term | Five years. |\n| Background IP | Each keeps its own. |\n\nAfter the table.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.level, s.elements])).toEqual([
      ["Terms", 1, []],
      ["Objective", 2, ["objective"]],
      ["Term", 2, ["exit"]],
      ["Background IP", 2, ["ip", "background"]],
    ]);
    expect(m.tables).toEqual([]);
    const term = m.statements.find((s) => s.text === "Five years.");
    expect([term?.key, term?.section]).toEqual(["Term", 2]);
    expect(m.statements.find((s) => s.text === "After the table.")?.section).toBe(0);
  });

  it("an issues table's row still open by its status cell: the sides' positions and the status read as one statement (en, ja)", () => {
    const en =
      "# Issues\n\n| Topic | Ours | Theirs | Status |\n|---|---|---|---|\n| Objective | 40% less diesel | same | agreed |\n| Term | Five years | Ten years | open |\n| Background IP | Each keeps its own | same | agreed |\n";
    const m = model(en);
    expect(m.statements.filter((s) => s.key === "Term").map((s) => s.text)).toEqual(["Five years | Ten years | open"]);
    expect(m.statements.filter((s) => s.key === "Objective").map((s) => s.text)).toEqual(["40% less diesel", "same", "agreed"]);
    const ja =
      "# 論点\n\n| 論点 | 当社案 | 先方案 | 状況 |\n|---|---|---|---|\n| 提携の目的 | 物流費1割削減 | 同左 | 合意 |\n| 契約期間 | 3年 | 5年 | 協議中 |\n| 知的財産権 | 各社に帰属 | 同左 | 合意 |\n";
    const mj = model(ja);
    expect(mj.statements.filter((s) => s.key === "契約期間").map((s) => s.text)).toEqual(["3年 | 5年 | 協議中"]);
    expect(mj.statements.filter((s) => s.key === "知的財産権").map((s) => s.text)).toEqual(["各社に帰属", "同左", "合意"]);
  });

  it("a two-column data table (one element over and over, or assets) stays a table", () => {
    const kpis = "| KPI | Target |\n|---|---|\n| KPI 1 | 10% |\n| KPI 2 | 20% |\n| KPI 3 | 30% |\n";
    expect(model(kpis).tables).toHaveLength(1);
  });

  it("CAPS titles: a line over its text when it names an element, and '1. PURPOSE.' before its text", () => {
    const text =
      "GOALS\n• Raise $1.2M by 2027.\n\nCONFIDENTIAL\n\n1. PURPOSE. The Parties intend to explore a collaboration.\n2. TERM. Two years.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.elements])).toEqual([
      ["GOALS", ["objective"]],
      ["PURPOSE.", ["objective"]],
      ["TERM.", ["exit"]],
    ]);
    expect(m.statements.find((s) => s.text.startsWith("The Parties"))?.section).toBe(1);
  });

  it("plain titles: one-line paragraphs head sections in a document without Markdown headings once one names an element", () => {
    const text =
      "Board,\n\nWhat we want to achieve\n\nWe want to grow our share.\n\nHow it would work\n\nWe sell the licence.\n\nWho owns what, and how\n\nEach keeps its own.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.elements])).toEqual([
      ["What we want to achieve", ["objective"]],
      ["How it would work", []],
      ["Who owns what, and how", ["ip"]],
    ]);
    expect(m.statements.find((s) => s.text === "We sell the licence.")?.section).toBe(1);
    // With Markdown headings, or when no such line names an element, a short line stays text.
    expect(model(`# Plan\n\n${text}`).sections.map((s) => s.title)).toEqual(["Plan"]);
    expect(model("How it would work\n\nWe sell the licence.\n").sections).toEqual([]);
  });

  it("a plain line that stands alone more than once is a page header, not a title", () => {
    const page = "Table of Contents\n\nThe Supplier shall deliver the goods.\n\n";
    expect(model(`${page}${page}Term\n\nThis Agreement ends in 2030.\n`).sections.map((s) => s.title)).toEqual(["Term"]);
  });

  it("a run-in bold title with its full stop heads its paragraph, whatever it names", () => {
    const text = "**Aims**\n- Strengthen client relationships.\n\n**What HireLoop offers.** An applicant-tracking system.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.elements])).toEqual([
      ["Aims", ["objective"]],
      ["**What HireLoop offers.**", []],
    ]);
    expect(m.statements.find((s) => s.text.startsWith("An applicant"))?.section).toBe(1);
  });

  it("plain titles in Japanese: not a line ending in a verb nor a salutation; full-width numbered titles (「１．計画のねらい」)", () => {
    const text = "関様\n\n計画の目標\n\n新市場の開拓を目指す\n\n進め方\n\n月1回集まる。\n";
    expect(model(text).sections.map((s) => [s.title, s.elements])).toEqual([
      ["計画の目標", ["objective"]],
      ["進め方", []],
    ]);
    const numbered = "１．計画のねらい\n\n産地の発展に貢献する。\n\n２．実施内容\n\n週1回撮影する。\n";
    expect(model(numbered).sections.map((s) => [s.title, s.elements])).toEqual([
      ["１．計画のねらい", ["objective"]],
      ["２．実施内容", []],
    ]);
  });

  it("an article's caption on the line above it (「（目的）」 over 「第1条　…」) heads the article, also mid-paragraph", () => {
    const text =
      "（目的）\n第1条　この協定は、地域の活性化を目的とする。\n\n（有効期間）\n第6条　有効期間は2年とする。\n（協議）\n第7条　誠実に協議する。\n（以下余白）\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.elements])).toEqual([
      ["（目的）", ["objective"]],
      ["（有効期間）", ["exit"]],
      ["（協議）", []],
    ]);
    expect(m.statements.find((s) => s.text.startsWith("第7条"))?.section).toBe(2);
  });

  it("a CAPS title may hold commas: 'WHY GRIDMIND, AND WHAT EACH SIDE BRINGS' heads its text", () => {
    const text =
      "OBJECTIVES\n\nCut outages to 150 by 2029.\n\nWHY GRIDMIND, AND WHAT EACH SIDE BRINGS\n\nGridmind brings a growth model.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.elements])).toEqual([
      ["OBJECTIVES", ["objective"]],
      ["WHY GRIDMIND, AND WHAT EACH SIDE BRINGS", ["background"]],
    ]);
    expect(m.statements.find((s) => s.text.startsWith("Gridmind"))?.section).toBe(1);
  });

  it("a part title in capitals after its letter and a dash ('PART C — WHY SYNTAGM, AND WHAT EACH PARTY DOES') heads its text, however long", () => {
    const text =
      "BOARD PAPER\n\nPART B — PURPOSE\n\nB.1 Reach 300 firms by 30 September 2026.\n\nPART C — WHY SYNTAGM, AND WHAT EACH PARTY DOES\n\nC.1 Brennan brings its content.\n";
    const m = model(text);
    expect(m.sections.map((s) => s.title)).toEqual(["PART B — PURPOSE", "PART C — WHY SYNTAGM, AND WHAT EACH PARTY DOES"]);
    expect(m.statements.find((s) => s.text.startsWith("C.1"))?.section).toBe(1);
  });

  it("a numbered CAPS title with a note in brackets ('2. WHERE WE STAND (for internal reading)') is a heading", () => {
    const text =
      "1. WHAT WE WANT THIS TO ACHIEVE\n\n- Grow sales.\n\n2. WHERE WE STAND (for internal reading — do not send)\n\nThe club needs the fee.\n";
    const m = model(text);
    expect(m.sections.map((s) => s.title)).toEqual(["WHAT WE WANT THIS TO ACHIEVE", "WHERE WE STAND (for internal reading — do not send)"]);
    expect(m.statements.find((s) => s.text.startsWith("The club"))?.section).toBe(1);
  });

  it("a titled bullet among plain ones (「- 提携の目的：」 over its sub-bullets) heads only its sub-bullets: the plain bullets after it are back in the enclosing section", () => {
    const text =
      "## 提案内容\n\n- 相手方：サンプル物流\n- 提携の目的：\n  - 両社のシナジーの最大化を図る。\n- 役割：当社は幹線輸送を担う。\n";
    const m = model(text);
    expect(statements(m)).toEqual([
      ["list-item", "相手方：サンプル物流", "提案内容"],
      ["list-item", "両社のシナジーの最大化を図る。", "提携の目的："],
      ["list-item", "役割：当社は幹線輸送を担う。", "提案内容"],
    ]);
    expect(slice(text, section(m, "提携の目的：").span)).toBe("- 提携の目的：\n  - 両社のシナジーの最大化を図る。\n");
  });

  it("a subtitle right under the title that wraps sections about other elements names none itself", () => {
    const text =
      "# TERM SHEET\n## Joint development of a vision-language model\n\n### 1. Intellectual property\n\nEach party keeps its IP.\n\n### 2. Termination\n\nEither party may terminate on 60 days' notice.\n";
    expect(model(text).sections.map((s) => [s.title, s.elements])).toEqual([
      ["TERM SHEET", []],
      ["Joint development of a vision-language model", []],
      ["1. Intellectual property", ["ip"]],
      ["2. Termination", ["exit"]],
    ]);
    // A plan whose one section is its objective keeps it.
    expect(model("# Plan\n## Objectives\n\nGrow sales.\n").sections.map((s) => s.elements)).toEqual([[], ["objective"]]);
  });

  it("a toggle's <summary> titles a section that ends with the toggle", () => {
    const text = "## メモ\n\n<details>\n<summary>📄 契約期間と終了</summary>\n\n- 期間は2年間。\n\n</details>\n\n後に続く文。\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.level, s.elements])).toEqual([
      ["メモ", 2, []],
      ["📄 契約期間と終了", 3, ["exit"]],
    ]);
    expect(m.statements.map((s) => [s.text, s.section])).toEqual([
      ["期間は2年間。", 1],
      ["後に続く文。", 0],
    ]);
  });

  it("a block of several lines over a dashed rule is a paragraph, not a setext heading; a title framed by rules stays a heading, titled without them", () => {
    const text =
      "申請番号：A-1\n件名：業務提携\n--------\n【知的財産】\n成果は両社の共有とする。\n--------\n\n========\n２．成果指標\n========\n\n2027年度に販売5,000台。\n\n========\n３．運営体制\n========\n\n毎月1回、定例会を開く。\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.kind, s.elements])).toEqual([
      ["【知的財産】", "pseudo", ["ip"]],
      ["２．成果指標", "heading", ["kpi"]],
      ["３．運営体制", "heading", ["governance"]],
    ]);
    expect(statements(m)).toEqual([
      ["sentence", "申請番号：A-1", undefined],
      ["sentence", "件名：業務提携", undefined],
      ["sentence", "成果は両社の共有とする。", "【知的財産】"],
      ["sentence", "2027年度に販売5,000台。", "２．成果指標"],
      ["sentence", "毎月1回、定例会を開く。", "３．運営体制"],
    ]);
  });

  it("an HTML <table> is a table of the model: its caption or a first row across it titles a section that ends with it; a row reads its cells, its tags blank", () => {
    const text =
      '<table>\n<tr><th colspan="2">1. 目的</th></tr>\n<tr><td>売上</td><td>2028年3月までに<b>1億円</b></td></tr>\n</table>\n\n<table>\n<caption>成果指標</caption>\n<tr><th>指標</th><th>目標</th></tr>\n<tr><td>来店数</td><td>月3,000人</td></tr>\n</table>\n\n後の文。\n';
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.kind, s.elements])).toEqual([
      ["1. 目的", "pseudo", ["objective"]],
      ["成果指標", "pseudo", ["kpi"]],
    ]);
    expect(m.statements.map((s) => [s.kind, s.text.replace(/\s+/g, " "), s.section])).toEqual([
      ["table-row", "売上 2028年3月までに 1億円", 0],
      ["table-row", "来店数 月3,000人", 1],
      ["sentence", "後の文。", undefined],
    ]);
    expect(m.tables.map((t) => [t.header.map((c) => c.text), t.rows.map((r) => r.cells.map((c) => c.text))])).toEqual([
      [[], [["売上", "2028年3月までに 1億円"]]],
      [["指標", "目標"], [["来店数", "月3,000人"]]],
    ]);
  });

  it("a plain-text outline numbered in kanji: once one line names an element, the document's other such lines are headings", () => {
    const text = "一 連携の趣旨\n　両者は連携する。\n\n二 目標\n　売上を二億円とする。\n";
    expect(model(text).sections.map((s) => [s.title, s.elements])).toEqual([
      ["一 連携の趣旨", []],
      ["二 目標", ["objective"]],
    ]);
  });

  it("a numbered outline of one-line list items: once one names an element, the others are headings too", () => {
    const text =
      "2. Purpose of partnership\n\nWe aim to grow.\n\n3. What each side will do\n\n- reserve 2 lines\n\n4. KPI and checking\n\nMonthly call.\n";
    expect(model(text).sections.map((s) => [s.title, s.elements])).toEqual([
      ["Purpose of partnership", ["objective"]],
      ["What each side will do", []],
      ["KPI and checking", ["kpi"]],
    ]);
  });

  it("a lone short item under a list item's own text is a point of it, not a heading; a numbered list as a bullet's only content still is", () => {
    const ja = "- 当社\n  - 持っていないもの\n    - 製錬の設備とノウハウ\n- 3. 知的財産\n  - 成果はJVに帰属する\n";
    expect(model(ja).sections.map((s) => [s.title, s.elements])).toEqual([["知的財産", ["ip"]]]);
    expect(model(ja).statements.map((s) => s.text)).toContain("製錬の設備とノウハウ");
    const en = "- Our side\n  - What we lack\n    - Know-how in recycling\n- 3. Intellectual property\n  - Results belong to the JV.\n";
    expect(model(en).sections.map((s) => [s.title, s.elements])).toEqual([["Intellectual property", ["ip"]]]);
    expect(model(en).statements.map((s) => s.text)).toContain("Know-how in recycling");
  });

  it("a roman-numbered outline: 'II. OBJECTIVES' in capitals always, 'IV. Term and termination' when the outline names an element", () => {
    const caps = "I. BACKGROUND\n\nThe lab has a beamline.\n\nII. OBJECTIVES\n\n1. Advance the science.\n";
    expect(model(caps).sections.map((s) => [s.title, s.elements])).toEqual([
      ["I. BACKGROUND", ["background"]],
      ["II. OBJECTIVES", ["objective"]],
    ]);
    const mixed = "I. Why we partner\n\nText.\n\nII. How it would work\n\nText.\n\nIII) Term and termination\n\nTwo years.\n";
    expect(model(mixed).sections.map((s) => s.title)).toEqual(["I. Why we partner", "II. How it would work", "III) Term and termination"]);
    expect(model("I. Smith called on Monday.\n").sections).toEqual([]);
  });

  it("a sheet titled by CAPS labels with a colon: once one names an element, every such label is a heading ('ALLIANCE LEADS:')", () => {
    const text =
      "TARGETS:\n  Line sets delivered   24   31 Dec 2027\n\nALLIANCE LEADS:\n  Harland: E. Lindqvist\n\nINTELLECTUAL PROPERTY:\n- Each party keeps its IP.\n";
    expect(model(text).sections.map((s) => [s.title, s.elements])).toEqual([
      ["TARGETS:", ["kpi"]],
      ["ALLIANCE LEADS:", []],
      ["INTELLECTUAL PROPERTY:", ["ip"]],
    ]);
    expect(model("LEADS:\nThe leads talk when needed.\n").sections).toEqual([]);
  });

  it("a contract's 'ARTICLE 12 TERM AND TERMINATION' ends its table of contents", () => {
    const text =
      "TABLE OF CONTENTS\n\n12.1 Term. 41\n\nARTICLE 12 TERM AND TERMINATION\n\n12.1 This Agreement expires on 31 December 2027.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.elements])).toEqual([
      ["TABLE OF CONTENTS", ["notes"]],
      ["ARTICLE 12 TERM AND TERMINATION", ["exit"]],
    ]);
    expect(m.statements.at(-1)?.section).toBe(1);
  });

  it("a canvas line '🎯 **Mission:** text' is a section of its own, its text keyed by the label", () => {
    const text = "## Canvas\n\n🎯 **Mission:** make every delivery zero-emission.\n**Owner:** Jane\n\nAfter.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.level, s.elements])).toEqual([
      ["Canvas", 2, []],
      ["Mission", 3, ["objective"]],
    ]);
    const mission = m.statements.find((s) => s.text.startsWith("make every"));
    expect([mission?.key, mission?.section, mission?.text]).toEqual(["Mission", 1, "make every delivery zero-emission."]);
    expect(m.statements.find((s) => s.text === "After.")?.section).toBe(0);
  });

  it("a numbered clause '4. **Targets and review.** We propose…' is a section with its text", () => {
    const text = "3. **Term.** Two years.\n4. **Targets and review.** We propose to track fill rate (target 97%).\n";
    expect(model(text).sections.map((s) => [s.title, s.elements])).toEqual([
      ["**Term.**", ["exit"]],
      ["**Targets and review.**", ["kpi", "governance"]],
    ]);
  });

  it("an 'our side / their side' table: each row a section; a three-column KPI table stays a table", () => {
    const sides =
      "| | We | They |\n|---|---|---|\n| Purpose | Restore 14 windows | Fund it |\n| Targets | 4 by 2027 | Approve designs |\n| Exit | Notice | Notice |\n";
    expect(model(sides).sections.map((s) => s.title)).toEqual(["Purpose", "Targets", "Exit"]);
    const kpis =
      "| 指標 | 目標 | 期限 |\n|---|---|---|\n| 目的別の件数 | 10件 | 2026年 |\n| データ件数 | 5万件 | 2026年 |\n| 終了件数 | 3件 | 2027年 |\n";
    expect(model(kpis).tables).toHaveLength(1);
  });

  it("第N条（目的） paragraph, with its article text on the next line", () => {
    const text =
      "# 業務提携契約書\n\n第1条（目的）\n本提携は、2027年度末までに共同開発品を市場投入することを目的とする。\n\n第2条（契約期間）\n本契約の有効期間は2029年3月31日までとする。\n";
    const m = model(text);
    const purpose = section(m, "第1条（目的）");
    expect([purpose.kind, purpose.level, purpose.path, purpose.elements]).toEqual([
      "pseudo",
      2,
      ["業務提携契約書", "第1条（目的）"],
      ["objective"],
    ]);
    expect(slice(text, purpose.headingSpan)).toBe("第1条（目的）");
    expect(slice(text, purpose.span)).toBe("第1条（目的）\n本提携は、2027年度末までに共同開発品を市場投入することを目的とする。\n\n");
    const term = section(m, "第2条（契約期間）");
    expect([term.kind, term.level, term.elements]).toEqual(["pseudo", 2, ["exit"]]);
    expect(statements(m)).toEqual([
      ["sentence", "本提携は、2027年度末までに共同開発品を市場投入することを目的とする。", "第1条（目的）"],
      ["sentence", "本契約の有効期間は2029年3月31日までとする。", "第2条（契約期間）"],
    ]);
  });

  it("**Article 5 (Termination)** bold line and `12. TERMINATION`", () => {
    const text = [
      "# Distribution Agreement",
      "",
      "**Article 5 (Termination)**",
      "Either party may terminate this agreement on 90 days' written notice.",
      "",
      "12. TERMINATION",
      "",
      "This agreement ends on 31 March 2028.",
      "",
    ].join("\n");
    const m = model(text);
    const article = section(m, "Article 5 (Termination)");
    expect([article.kind, article.level, article.path, article.elements]).toEqual([
      "pseudo",
      2,
      ["Distribution Agreement", "Article 5 (Termination)"],
      ["exit"],
    ]);
    expect(slice(text, article.headingSpan)).toBe("**Article 5 (Termination)**");
    expect(slice(text, article.span)).toBe(
      "**Article 5 (Termination)**\nEither party may terminate this agreement on 90 days' written notice.\n\n",
    );
    const numbered = section(m, "TERMINATION");
    expect([numbered.kind, numbered.level, numbered.path, numbered.elements]).toEqual([
      "pseudo",
      2,
      ["Distribution Agreement", "TERMINATION"],
      ["exit"],
    ]);
    expect(slice(text, numbered.headingSpan)).toBe("12. TERMINATION");
    expect(slice(text, numbered.span)).toBe("12. TERMINATION\n\nThis agreement ends on 31 March 2028.\n");
    expect(statements(m)).toEqual([
      ["sentence", "Either party may terminate this agreement on 90 days' written notice.", "Article 5 (Termination)"],
      ["sentence", "This agreement ends on 31 March 2028.", "TERMINATION"],
    ]);
  });

  it("【目的】 and a bold-only line", () => {
    const text = "【目的】\n共同配送の積載率を2026年度中に85%へ上げる。\n\n**Governance**\n\nA steering committee meets monthly.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.kind, s.level, s.elements, slice(text, s.headingSpan)])).toEqual([
      ["【目的】", "pseudo", 1, ["objective"], "【目的】"],
      ["Governance", "pseudo", 1, ["governance"], "**Governance**"],
    ]);
    expect(slice(text, m.sections[0].span)).toBe("【目的】\n共同配送の積載率を2026年度中に85%へ上げる。\n\n");
    expect(statements(m)).toEqual([
      ["sentence", "共同配送の積載率を2026年度中に85%へ上げる。", "【目的】"],
      ["sentence", "A steering committee meets monthly.", "Governance"],
    ]);
  });

  it("an outline number in brackets before its title (「【1】目的」, 「（２）目標」, '(3) Objectives') heads with the title; once one names an element, the outline's others do too; not a bracketed number before a sentence", () => {
    const ja =
      "【1】目的\n\n駅前の回遊を取り戻す。\n\n（２）目標\n\n来街者を増やす。\n\n（３）資本提携\n\n株式を取得する。\n\n【4】\n\n（５）来街者を増やす\n";
    expect(model(ja).sections.map((s) => [s.title, s.elements])).toEqual([
      ["【1】目的", ["objective"]],
      ["（２）目標", ["objective"]],
      ["（３）資本提携", []],
      ["【4】", []],
    ]);
    const en = "# Plan\n\n(3) Objectives\n\nBring shoppers back to the high street.\n\n(4) Sell more, together\n\nA joint leaflet.\n";
    expect(model(en).sections.map((s) => [s.title, s.elements])).toEqual([
      ["Plan", []],
      ["(3) Objectives", ["objective"]],
      ["(4) Sell more, together", []],
    ]);
  });

  it("a bold Q&A question with a remark after its question mark is a heading, not a tagline", () => {
    const text =
      "# Ask us anything\n\n**Q: Why did you pick this partner?**\n\nThey have the depots.\n\n**Q: What are the goals here? Figures only, please.**\n\n600 stores live by June 2027.\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.kind])).toEqual([
      ["Ask us anything", "heading"],
      ["Q: Why did you pick this partner?", "pseudo"],
      ["Q: What are the goals here? Figures only, please.", "pseudo"],
    ]);
    expect(statements(m).at(-1)).toEqual([
      "sentence",
      "600 stores live by June 2027.",
      "Q: What are the goals here? Figures only, please.",
    ]);
  });

  it("a Q&A question answered on its own line titles the answer after it (en, ja); one alone on its line is the whole title", () => {
    const en = model("Q: Who owns the tuned model? — Nobody yet, nothing decided.\n\nQ: What is the alliance for?\n\nMore stores.\n");
    expect(en.sections.map((s) => s.title)).toEqual(["Q: Who owns the tuned model?", "Q: What is the alliance for?"]);
    expect(en.statements.map((s) => [s.text, s.section])).toEqual([
      ["— Nobody yet, nothing decided.", 0],
      ["More stores.", 1],
    ]);
    const ja = model("Q1. 提携の期間は？　2年間とし、以後1年ごとに更新する。\n");
    expect(ja.sections.map((s) => s.title)).toEqual(["Q1. 提携の期間は？"]);
    expect(ja.statements.map((s) => s.text)).toEqual(["2年間とし、以後1年ごとに更新する。"]);
  });

  it("pseudo headings under a Markdown heading sit one level below it, as siblings", () => {
    const text = "# 契約書\n\n## 本則\n\n第1条（目的）\n本文一。\n\n第2条（解除）\n本文二。\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.level, s.path.join(" > ")])).toEqual([
      ["契約書", 1, "契約書"],
      ["本則", 2, "契約書 > 本則"],
      ["第1条（目的）", 3, "契約書 > 本則 > 第1条（目的）"],
      ["第2条（解除）", 3, "契約書 > 本則 > 第2条（解除）"],
    ]);
  });
});

describe("statements", () => {
  it("splits Japanese paragraphs into sentences with exact spans", () => {
    const text = "## 背景\n\n当社は再生素材を持つ。相手方は全国の販路を持つ！ 両社で何ができるか？\n\n次の段落です。\n";
    expect(statements(model(text))).toEqual([
      ["sentence", "当社は再生素材を持つ。", "背景"],
      ["sentence", "相手方は全国の販路を持つ！", "背景"],
      ["sentence", "両社で何ができるか？", "背景"],
      ["sentence", "次の段落です。", "背景"],
    ]);
  });

  it("splits English paragraphs into sentences, one paragraph at a time", () => {
    const text = "## Background\n\nWe make recycled fibre. They run 40 stores! Can we share a\nwarehouse?\n\nA second paragraph.\n";
    expect(statements(model(text))).toEqual([
      ["sentence", "We make recycled fibre.", "Background"],
      ["sentence", "They run 40 stores!", "Background"],
      ["sentence", "Can we share a\nwarehouse?", "Background"],
      ["sentence", "A second paragraph.", "Background"],
    ]);
  });

  it("takes list items (nested ones too) and table rows whole", () => {
    const text = [
      "## 役割分担",
      "",
      "- 甲：素材の供給。品質保証も担う。",
      "  - 月次で出荷計画を共有する",
      "- 乙：販路の開拓",
      "",
      "| 指標 | 目標 |",
      "|---|---|",
      "| 売上 | 10億円 |",
      "| 取引先数 | 30社 |",
      "",
    ].join("\n");
    const m = model(text);
    expect(statements(m)).toEqual([
      ["list-item", "甲：素材の供給。品質保証も担う。", "役割分担"],
      ["list-item", "月次で出荷計画を共有する", "役割分担"],
      ["list-item", "乙：販路の開拓", "役割分担"],
      ["table-row", "| 売上 | 10億円 |", "役割分担"],
      ["table-row", "| 取引先数 | 30社 |", "役割分担"],
    ]);
    expect(m.tables).toHaveLength(1);
    const [table] = m.tables;
    expect(table.source).toBe("markdown");
    expect(table.header.map((c) => c.text)).toEqual(["指標", "目標"]);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["売上", "10億円"],
      ["取引先数", "30社"],
    ]);
    expect(table.rows[1].cells.map((c) => slice(text, c.span))).toEqual(["取引先数", "30社"]);
    expect(slice(text, table.rows[0].span)).toBe("| 売上 | 10億円 |");
    expect(m.sections[table.section!].title).toBe("役割分担");
    expect(m.protectedSpans.some((s) => s.start === table.span.start && s.end === table.span.end)).toBe(true);
  });

  it("does not make an inline HTML comment a statement of its own", () => {
    const text =
      "## Objectives\n\nCut returns by 20% in FY2026. <!-- agreed on the call -->\n\n- Ship the app by June 2026. <!-- owner: Ito -->\n";
    expect(statements(model(text))).toEqual([
      ["sentence", "Cut returns by 20% in FY2026.", "Objectives"],
      ["list-item", "Ship the app by June 2026.", "Objectives"],
    ]);
  });

  it("reads struck-through text (a redline's deletions) as blank of the same length; a sentence struck whole is no statement", () => {
    const text = [
      "## 目的",
      "",
      "~~2025年度末までに~~ **2026年9月末までに**後処理時間を~~90秒~~ **75秒**以下とする。",
      "",
      "## Term",
      "",
      "This Agreement continues for ~~three (3) years~~ **six (6) months**.",
      "",
      "~~4.3 Either party may end exclusivity on 3 months' notice.~~",
      "",
      "- Price: ~~40%~~ **42%** off list; 4月~6月 is the pilot.",
      "",
    ].join("\n");
    const m = model(text);
    expect(m.statements.map((s) => [s.kind, s.text])).toEqual([
      // The first sentence starts after its struck words; "~~90秒~~" is eight blanks, "~~three (3) years~~" 19.
      ["sentence", `**2026年9月末までに**後処理時間を${" ".repeat(8)}**75秒**以下とする。`],
      ["sentence", `This Agreement continues for ${" ".repeat(19)} **six (6) months**.`],
      ["list-item", `Price: ${" ".repeat(7)} **42%** off list; 4月~6月 is the pilot.`],
    ]);
    for (const s of m.statements) expect(s.text.length).toBe(s.span.end - s.span.start);
  });

  it("reads a reviewer's comment quoted into a draft (「> 【法務 山内】」, '> **S. Rowe:**') as notes; another quote stays plan text", () => {
    const text = [
      "## 知的財産",
      "",
      "成果物に関する権利は、甲乙協議の上決定する。",
      "",
      "> 【法務 山内】先方は成果の乙単独帰属を主張しています。",
      "",
      "> 【当社コメント】乙単独帰属は受け入れられない。",
      "",
      "## Term",
      "",
      "> **S. Rowe:** Can we say the alliance ends in 2028?",
      "",
      "> The arrangement runs until 31 December 2026.",
      "",
      "> **Objective:** Cut returns by 20% in FY2026.",
      "",
    ].join("\n");
    const m = model(text);
    const isNotes = (i: number | undefined) => i !== undefined && m.sections[i].elements.includes("notes");
    // The comments' own 【…】 titles open sections inside them: notes too.
    expect(m.sections.filter((s) => isNotes(s.parent)).every((s) => isNotes(s.index))).toBe(true);
    const notes = m.sections.filter((s) => isNotes(s.index) && !isNotes(s.parent)).map((s) => [s.title, m.sections[s.parent!].title]);
    expect(notes).toEqual([
      ["法務 山内", "知的財産"],
      ["当社コメント", "知的財産"],
      ["S. Rowe", "Term"],
    ]);
    const planText = m.statements.filter((s) => !isNotes(s.section)).map((s) => s.text);
    expect(planText).toEqual([
      "成果物に関する権利は、甲乙協議の上決定する。",
      "The arrangement runs until 31 December 2026.",
      "Cut returns by 20% in FY2026.",
    ]);
  });

  it("reads a bold bracketed label whose head names a reviewer as notes, though the department after it names an element", () => {
    const text = [
      "## Exit",
      "",
      "Termination rights: to be agreed.",
      "",
      "> **[Reviewer — K. Osei, Risk]** I need our right to terminate for convenience.",
      "",
      "## 出口",
      "",
      "> **[コメント — 法務、知財]** 解除できる条件を書いてください。",
      "",
      "> **[Risk response]** Either party may terminate on 30 days' notice.",
      "",
    ].join("\n");
    const m = model(text);
    const isNotes = (i: number | undefined) => i !== undefined && m.sections[i].elements.includes("notes");
    const notes = m.sections.filter((s) => isNotes(s.index) && !isNotes(s.parent)).map((s) => s.title);
    expect(notes).toEqual(["Reviewer — K. Osei, Risk", "コメント — 法務、知財"]);
    // A head that names an element is a title: its text stays the plan's.
    expect(m.statements.filter((s) => !isNotes(s.section)).map((s) => s.text)).toContain("Either party may terminate on 30 days' notice.");
  });

  it("counts prose in untyped fences as statements of kind code; not code in a typed fence", () => {
    const text = [
      "## 第9条（知的財産権の帰属）",
      "",
      "```",
      "第9条　本検証で生じた知的財産権は甲に帰属する。ただし、乙が従前から保有するものを除く。",
      "",
      "2　甲は乙に本報告書の利用を許諾する。",
      "```",
      "",
      "```ts",
      'const owner = "甲に帰属する";',
      "```",
      "",
    ].join("\n");
    const m = model(text);
    expect(statements(m)).toEqual([
      ["code", "第9条　本検証で生じた知的財産権は甲に帰属する。", "第9条（知的財産権の帰属）"],
      ["code", "ただし、乙が従前から保有するものを除く。", "第9条（知的財産権の帰属）"],
      ["code", "2　甲は乙に本報告書の利用を許諾する。", "第9条（知的財産権の帰属）"],
    ]);
    expect(m.codeBlocks.map((c) => c.lang)).toEqual([undefined, "ts"]);
    expect(m.sections.map((s) => [s.title, s.elements])).toEqual([["第9条（知的財産権の帰属）", ["ip"]]]);
  });

  it("reads a plan exported as data in a json or yaml fence as front matter is read: keys are sections under the current one", () => {
    const text = [
      "## Export", // 0
      "",
      "```json",
      "{",
      '  "kpis": [{ "name": "Installs", "target": 350 }],',
      '  "term": { "start": "2026-05-01", "end": null },',
      '  "ip": { "background": "Each party keeps its own brands." }',
      "}",
      "```",
      "",
      "```yaml",
      "governance:",
      "  cadence: monthly",
      "```",
      "",
      "Notes after the export.",
      "",
    ].join("\n");
    const m = model(text);
    expect(statements(m)).toEqual([
      ["list-item", '{ "name": "Installs", "target": 350 }', "kpis"],
      ["field", '"2026-05-01"', "start"],
      ["field", '"Each party keeps its own brands."', "background"],
      ["field", "monthly", "cadence"],
      ["sentence", "Notes after the export.", "Export"],
    ]);
    expect(m.statements.map((s) => s.key)).toEqual(["kpis", "term.start", "ip.background", "governance.cadence", undefined]);
    expect(m.sections.map((s) => [s.title, s.level, s.parent === undefined ? undefined : m.sections[s.parent].title, s.elements])).toEqual([
      ["Export", 2, undefined, []],
      ["kpis", 3, "Export", ["kpi"]],
      ["term", 3, "Export", ["exit"]],
      ["start", 4, "term", []],
      ["end", 4, "term", []],
      ["ip", 3, "Export", ["ip"]],
      ["background", 4, "ip", ["background"]],
      ["governance", 3, "Export", ["governance"]],
      ["cadence", 4, "governance", ["governance"]],
    ]);
    expect(m.tables.map((t) => [t.source, t.header.map((c) => c.text)])).toEqual([["yaml", ["name", "target"]]]);
    // Still code for the fixes: nothing is inserted inside the fence.
    expect(m.codeBlocks.map((c) => c.lang)).toEqual(["json", "yaml"]);
  });

  it("leaves a data fence that does not parse, or nests too deep, as code", () => {
    const broken = '## Export\n\n```json\n{ "ip": "ours",\n```\n';
    expect(model(broken).statements).toEqual([]);
    const deep = `## Export\n\n\`\`\`json\n${"[".repeat(100)}1${"]".repeat(100)}\n\`\`\`\n`;
    expect(model(deep).statements).toEqual([]);
    expect(model(deep).sections.map((s) => s.title)).toEqual(["Export"]);
  });
});

describe("YAML plans", () => {
  const text = [
    "title: Cold-chain logistics alliance",
    "objective: |",
    "  Cut spoilage on the Hokkaido route. Reach 99% on-time delivery by March 2027.",
    "kpis:",
    "  - name: On-time delivery",
    "    target: 99%",
    "    review: quarterly",
    "  - name: Spoilage rate",
    "    target: 0.5%",
    "exit:",
    "  term: The alliance runs until 31 March 2029.",
    "",
  ].join("\n");
  const m = model(text, "plan.alliance.yaml");

  it("makes keys sections (nested keys nested) with elements", () => {
    expect(m.format).toBe("yaml");
    expect(m.sections.map((s) => [s.title, s.kind, s.level, s.path, s.elements, slice(text, s.headingSpan)])).toEqual([
      ["title", "field", 1, ["title"], [], "title"],
      ["objective", "field", 1, ["objective"], ["objective"], "objective"],
      ["kpis", "field", 1, ["kpis"], ["kpi"], "kpis"],
      ["exit", "field", 1, ["exit"], ["exit"], "exit"],
      ["term", "field", 2, ["exit", "term"], ["exit"], "term"],
    ]);
    expect(slice(text, section(m, "exit").span)).toBe("exit:\n  term: The alliance runs until 31 March 2029.\n");
    expect(slice(text, section(m, "term").span)).toBe("term: The alliance runs until 31 March 2029.\n");
  });

  it("makes scalars statements (block scalars split into sentences, without the `|`)", () => {
    expect(m.statements.map((s) => [s.kind, s.text, s.key])).toEqual([
      ["field", "Cold-chain logistics alliance", "title"],
      ["field", "Cut spoilage on the Hokkaido route.", "objective"],
      ["field", "Reach 99% on-time delivery by March 2027.", "objective"],
      ["list-item", "name: On-time delivery\n    target: 99%\n    review: quarterly", "kpis"],
      ["list-item", "name: Spoilage rate\n    target: 0.5%", "kpis"],
      ["field", "The alliance runs until 31 March 2029.", "exit.term"],
    ]);
    for (const s of m.statements) expect(slice(text, s.span)).toBe(s.text);
  });

  it("makes a list of mappings (kpis:) a table", () => {
    expect(m.tables).toHaveLength(1);
    const [table] = m.tables;
    expect(table.source).toBe("yaml");
    expect(m.sections[table.section!].title).toBe("kpis");
    expect(table.header.map((c) => c.text)).toEqual(["name", "target", "review"]);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["On-time delivery", "99%", "quarterly"],
      ["Spoilage rate", "0.5%", ""],
    ]);
    expect(slice(text, table.rows[1].cells[1].span)).toBe("0.5%");
  });

  it("reads front matter fields as sections before the Markdown ones", () => {
    const doc =
      "---\ntitle: 共同研究計画\nobjective: 2027年度末までに試作品を3件完成させる。\nkpis:\n  - name: 試作件数\n    target: 3件\n---\n# 計画\n\n## 背景\n\n素材と販路を組み合わせる。\n";
    const fm = model(doc);
    expect(fm.sections.map((s) => [s.title, s.kind, s.level, s.elements])).toEqual([
      ["title", "field", 1, []],
      ["objective", "field", 1, ["objective"]],
      ["kpis", "field", 1, ["kpi"]],
      ["計画", "heading", 1, []],
      ["背景", "heading", 2, ["background"]],
    ]);
    expect(fm.statements.map((s) => [s.kind, s.text, s.key])).toEqual([
      ["field", "共同研究計画", "title"],
      ["field", "2027年度末までに試作品を3件完成させる。", "objective"],
      ["list-item", "name: 試作件数\n    target: 3件", "kpis"],
      ["sentence", "素材と販路を組み合わせる。", undefined],
    ]);
    expect(fm.data.title).toBe("共同研究計画");
    expect(fm.tables.map((t) => t.source)).toEqual(["yaml"]);
    // The front matter is protected: no template may be inserted into it.
    expect(fm.protectedSpans).toContainEqual({ start: 0, end: doc.indexOf("# 計画") });
  });
});

describe("document language", () => {
  const ja = "# 提携計画\n\n## 目的\n\n協力して新規事業を模索する。\n";
  const en = "# Alliance plan\n\n## Objectives\n\nExplore new opportunities together.\n";

  it("is detected per document", () => {
    expect(model(ja).lang).toBe("ja");
    expect(model(en).lang).toBe("en");
    expect(model("title: 共同配送計画\nobjective: 両社の配送網を統合し、積載率を高める。\n", "plan.yaml").lang).toBe("ja");
  });

  it("an English plan with a few Japanese names is still English", () => {
    expect(
      model("# Plan with 北斗物流\n\n## Objectives\n\nWe want to cut delivery costs with 北斗物流 and grow together in the north.\n").lang,
    ).toBe("en");
  });

  it("`lang:` in front matter overrides the detection, and messages follow it", () => {
    const declared = `---\nlang: en\n---\n${ja}`;
    expect(model(declared).lang).toBe("en");
    const result = lintText(declared, { filePath: "plan.alliance.md", config: config() });
    expect([result.lang, result.locale]).toEqual(["en", "en"]);
    const [vague] = only(result.findings, "vague-objective");
    expect(vague.message).toContain("no measurable target");
    expect(model(`---\nlang: ja\n---\n${en}`).lang).toBe("ja");
    expect(model("lang: ja\nobjective: Explore new markets together.\n", "plan.yaml").lang).toBe("ja");
  });

  it("`lang:` as the last front matter line of a CRLF document still overrides", () => {
    const crlf = `---\r\ntitle: 提携計画\r\nlang: en\r\n---\r\n${ja.replace(/\n/g, "\r\n")}`;
    const m = model(crlf);
    expect(m.data).toEqual({ title: "提携計画", lang: "en" });
    expect(m.lang).toBe("en");
  });

  it("config locale sets the message language, not the document language", () => {
    const result = lintText(ja, { filePath: "plan.alliance.md", config: config({ locale: "en" }) });
    expect([result.lang, result.locale]).toEqual(["ja", "en"]);
  });
});

describe("ranges", () => {
  const lf = "# Plan\n\n## Objectives\n\nExplore new markets together.\n";

  it("CRLF: the same positions as with LF, offsets counting the \\r", () => {
    const crlf = lf.replace(/\n/g, "\r\n");
    const [a] = only(lint(lf), "vague-objective");
    const [b] = only(lint(crlf), "vague-objective");
    expect(a.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 29 } });
    expect(b.range).toEqual(a.range);
    expect(b.span).toEqual({ start: crlf.indexOf("Explore"), end: crlf.indexOf(".\r\n", crlf.indexOf("Explore")) + 1 });
    const m = model(crlf);
    expect(slice(crlf, section(m, "Objectives").headingSpan)).toBe("## Objectives");
    expect(m.statements.map((s) => s.text)).toEqual(["Explore new markets together."]);
  });

  it("BOM: offsets relative to the text without it, positions unchanged", () => {
    const withBom = `\uFEFF${lf}`;
    const m = model(withBom);
    expect(m.hadBom).toBe(true);
    expect(m.text).toBe(lf);
    const [a] = only(lint(lf), "vague-objective");
    const [b] = only(lint(withBom), "vague-objective");
    expect(b.span).toEqual(a.span);
    expect(b.span.start).toBe(lf.indexOf("Explore"));
    expect(b.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 29 } });
  });

  it("BOM and CRLF together", () => {
    const text = `\uFEFF${lf.replace(/\n/g, "\r\n")}`;
    const [f] = only(lint(text), "vague-objective");
    expect(f.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 29 } });
    expect(f.span.start).toBe(text.indexOf("Explore") - 1);
  });

  it("a surrogate pair before a finding counts as two UTF-16 code units", () => {
    const text = "# Plan\n\n## Objectives\n\n🚀 Launch fast. We will explore new markets together.\n";
    const findings = only(lint(text), "vague-objective");
    const explore = findings.find((f) => f.messageId === "bothVerb")!;
    expect(explore.range).toEqual({ start: { line: 4, character: 16 }, end: { line: 4, character: 53 } });
    expect(slice(text, explore.span)).toBe("We will explore new markets together.");
  });

  it("an emoji inside a Japanese statement: end column in UTF-16 code units", () => {
    const text = "# 計画 🤝\n\n## 目的\n\n🎯 協力して新規事業を模索する。\n";
    const [f] = only(lint(text), "vague-objective");
    expect(slice(text, f.span)).toBe("🎯 協力して新規事業を模索する。");
    expect(f.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 17 } });
  });

  it("a hard-wrapped sentence is one statement, its range spanning both lines", () => {
    const en = "# Plan\n\n## Objectives\n\nWe will explore new markets with the partner's\ndealers and see what works.\n";
    const [a] = only(lint(en), "vague-objective");
    expect(a.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 5, character: 27 } });
    const ja = "# 計画\n\n## 目的\n\n両社の強みを活かし、\n新規事業を模索する。\n";
    const [b] = only(lint(ja), "vague-objective");
    expect(b.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 5, character: 10 } });
  });

  it("a line ending on a word no sentence ends on runs on, though the next starts in capitals", () => {
    const text =
      "The steering group meets every second Monday from June to\nSeptember and monthly outside the season. It decides by consensus.\n";
    expect(model(text).statements.map((s) => s.text)).toEqual([
      "The steering group meets every second Monday from June to\nSeptember and monthly outside the season.",
      "It decides by consensus.",
    ]);
  });

  it("a line ending on a word that opens a clause ('so that') runs on, though the next starts with a name", () => {
    const text = "The clinics send scans to Corvale so that\nCorvale can train its model. It deletes them after.\n";
    expect(model(text).statements.map((s) => s.text)).toEqual([
      "The clinics send scans to Corvale so that\nCorvale can train its model.",
      "It deletes them after.",
    ]);
  });

  it("a date cut between its day and its month, or its year and its month, is one sentence (both languages)", () => {
    const en = "Cut losses to 12% by 31st\n    December, 2026. Review it monthly.\n";
    expect(model(en).statements.map((s) => s.text)).toEqual(["Cut losses to 12% by 31st\n    December, 2026.", "Review it monthly."]);
    const ja = "# 計画\n\n比率を35％に、2026年\n3月末までに引き上げる。\n";
    expect(model(ja).statements.map((s) => s.text)).toEqual(["比率を35％に、2026年\n3月末までに引き上げる。"]);
  });

  it("a title framed by drawn rules (a plain-text mail's 「────」 / 「■ …」 / 「────」) is a heading, the rule under it part of it", () => {
    const text = "お知らせ\n\n────────\n■ 提携のねらい\n────────\n地域の暮らしを支える。\n";
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.elements])).toEqual([["■ 提携のねらい", ["objective"]]]);
    expect(m.statements.filter((s) => s.section === 0).map((s) => s.text)).toEqual(["地域の暮らしを支える。"]);
  });
});

describe("Pandoc grid tables (a Word table converted by pandoc)", () => {
  const grid = (rows: string[]) => rows.join("\n");

  it("is a table: the `=` border ends the header, a cell of several lines is one text, its span its first line's part", () => {
    const text = grid([
      "## KPIs",
      "",
      "+------------------+------------+-----------+",
      "| KPI              | FY2027     | Reviewed  |",
      "|                  | target     |           |",
      "+==================+============+===========+",
      "| Active dealers   | 300        | Quarterly |",
      "+------------------+------------+-----------+",
      "| Stock-out days   | ≤ 5 per    | Monthly   |",
      "| (top 20 SKUs)    | month      |           |",
      "+------------------+------------+-----------+",
      "",
    ]);
    const m = model(text);
    expect(m.tables).toHaveLength(1);
    const [table] = m.tables;
    expect(table.header.map((c) => c.text)).toEqual(["KPI", "FY2027 target", "Reviewed"]);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Active dealers", "300", "Quarterly"],
      ["Stock-out days (top 20 SKUs)", "≤ 5 per month", "Monthly"],
    ]);
    expect(table.rows[1].cells.map((c) => slice(text, c.span))).toEqual(["Stock-out days", "≤ 5 per", "Monthly"]);
    expect(slice(text, table.rows[1].span)).toBe(
      "| Stock-out days   | ≤ 5 per    | Monthly   |\n| (top 20 SKUs)    | month      |           |",
    );
    expect(statements(m).map(([kind]) => kind)).toEqual(["table-row", "table-row"]);
  });

  it("joins a Japanese cell's lines without a space; a table without a `=` border has no header", () => {
    const text = grid([
      "+--------+------------------+",
      "| 売上   | 2027年度末までに |",
      "|        | 10億円           |",
      "+--------+------------------+",
      "",
    ]);
    const [table] = model(text).tables;
    expect(table.header).toEqual([]);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([["売上", "2027年度末までに10億円"]]);
  });

  it("a cell that spans columns, or a line that is neither border nor row, leaves the paragraph as text", () => {
    const spanning = grid(["+------+------+", "| Term | 3 years       |", "+------+------+", ""]);
    expect(model(spanning).tables).toEqual([]);
    const prose = grid(["+------+------+", "| Term | 3y   |", "and more text", "+------+------+", ""]);
    expect(model(prose).tables).toEqual([]);
  });
});

describe("a comment after a table row's last pipe", () => {
  it("is no part of the row's statement (a same-line directive names rules: missing-kpi, exit)", () => {
    const text = [
      "## KPI",
      "",
      "| KPI | Target |",
      "|---|---|",
      "| Dealers | TBD | <!-- alliance-lint-disable-line missing-kpi -->",
      "| 顧客満足度 | 4.5 |<!-- alliance-lint-disable-line missing-exit-clause -->",
      "",
    ].join("\n");
    expect(statements(model(text))).toEqual([
      ["table-row", "| Dealers | TBD |", "KPI"],
      ["table-row", "| 顧客満足度 | 4.5 |", "KPI"],
    ]);
  });
});

describe("tables drawn line by line (tab-separated sheets, AsciiDoc, Org-mode), which CommonMark reads as text", () => {
  const cells = (m: PlanModel) => m.tables.map((t) => [t.header.map((c) => c.text), ...t.rows.map((r) => r.cells.map((c) => c.text))]);

  it("a tab-separated sheet: every line with the same tabs is a row, the first the header; a cell's span is its text", () => {
    const text = "連携計画表\n\n区分\t項目\t内容\t頻度\nKPI\t取扱店数\t300店\t月次\nKPI\t返品率\t1%以下\t\n";
    const m = model(text, "plan.alliance.txt");
    expect(cells(m)).toEqual([
      [
        ["区分", "項目", "内容", "頻度"],
        ["KPI", "取扱店数", "300店", "月次"],
        ["KPI", "返品率", "1%以下", ""],
      ],
    ]);
    expect(m.tables[0].rows[0].cells.map((c) => slice(text, c.span))).toEqual(["KPI", "取扱店数", "300店", "月次"]);
    expect(statements(m).map(([kind]) => kind)).toEqual(["table-row", "table-row"]);
  });

  it("lines with different counts of tabs stay text", () => {
    expect(model("Plan\ta\tb\nmore\ttext\nend\n", "plan.alliance.txt").tables).toEqual([]);
  });

  it("a comma-separated sheet pasted as text: every line with the same commas is a row; a quoted cell keeps its commas", () => {
    const text = 'Pilot metrics\n\nKPI,Target,Review\nActive stores,"1,200 by 2027-03",Quarterly\nReturn rate,< 1%,\n';
    const m = model(text, "plan.alliance.txt");
    expect(cells(m)).toEqual([
      [
        ["KPI", "Target", "Review"],
        ["Active stores", "1,200 by 2027-03", "Quarterly"],
        ["Return rate", "< 1%", ""],
      ],
    ]);
    expect(slice(text, m.tables[0].rows[0].cells[1].span)).toBe("1,200 by 2027-03");
  });

  it("prose stays text: a comma followed by a space, or lines that only share a figure's thousands", () => {
    const prose = "We met the buyers, the planners,\nand the two regional leads, who\nagreed, after a long debate, to pilot.\n";
    expect(model(prose, "plan.alliance.txt").tables).toEqual([]);
    const figures = "売上は1,200万円、\n費用は3,400万円、\n利益は2,100万円。\n";
    expect(model(figures, "plan.alliance.txt").tables).toEqual([]);
  });

  it("a long-format sheet of a plan's elements keyed by its first two columns (区分,項目,値): each item is a section under its group's, its value and note one text keyed by both", () => {
    const text =
      "提携条件シート\n\n区分,項目,値,備考\n概要,相手先,ミナト窯業,\n概要,目的,窯元との関係を強化する,役員会資料\nKPI,販売枚数,月1万枚,月次\n知財,釉薬レシピ,ミナト窯業に帰属,\n";
    const m = model(text, "plan.alliance.txt");
    expect(m.sections.map((s) => [s.title, s.level, s.parent === undefined ? undefined : m.sections[s.parent].title])).toEqual([
      ["概要", 1, undefined],
      ["相手先", 2, "概要"],
      ["目的", 2, "概要"],
      ["KPI", 1, undefined],
      ["販売枚数", 2, "KPI"],
      ["知財", 1, undefined],
      ["釉薬レシピ", 2, "知財"],
    ]);
    expect(statements(m).slice(-3)).toEqual([
      ["sentence", "窯元との関係を強化する,役員会資料", "目的"],
      ["sentence", "月1万枚,月次", "販売枚数"],
      ["sentence", "ミナト窯業に帰属", "釉薬レシピ"],
    ]);
    expect(m.statements.at(-1)?.key).toBe("知財.釉薬レシピ");
  });

  it("the same sheet in English (section,item,value): items nest under their group", () => {
    const text =
      "Deal sheet\n\nsection,item,value\nsummary,partner,Kestrel Kilns\nsummary,objective,Grow in the tile trade\nkpi,tiles sold,900 a month\nip,glaze_recipes,owned by Kestrel\n";
    const m = model(text, "plan.alliance.txt");
    expect(m.sections.map((s) => [s.title, s.level])).toEqual([
      ["Deal sheet", 1],
      ["summary", 2],
      ["partner", 3],
      ["objective", 3],
      ["kpi", 2],
      ["tiles sold", 3],
      ["ip", 2],
      ["glaze_recipes", 3],
    ]);
    expect(m.sections[3].elements).toContain("objective");
    expect(m.statements.at(-1)?.key).toBe("ip.glaze_recipes");
  });

  it("AsciiDoc: `== Title` is a heading whose level counts its `=`; a `|===` block is a table, headed by its attribute line", () => {
    const text = [
      "= Partner plan",
      "",
      "== KPIs",
      "",
      '[cols="2,1,1",options="header"]',
      "|===",
      "|KPI |Target |Review",
      "|Active stores |300 |Quarterly",
      "|Return rate",
      "|< 1%",
      "|Monthly",
      "|===",
      "",
      "=== 知的財産",
      "",
      "成果物の知的財産権は甲に帰属する。",
      "",
    ].join("\n");
    const m = model(text, "plan.alliance.txt");
    expect(m.sections.map((s) => [s.title, s.level])).toEqual([
      ["Partner plan", 1],
      ["KPIs", 2],
      ["知的財産", 3],
    ]);
    expect(cells(m)).toEqual([
      [
        ["KPI", "Target", "Review"],
        ["Active stores", "300", "Quarterly"],
        ["Return rate", "< 1%", "Monthly"],
      ],
    ]);
    expect(m.tables[0].section).toBe(1);
    expect(slice(text, m.tables[0].rows[1].span)).toBe("|Return rate\n|< 1%\n|Monthly");
    expect(statements(m).at(-1)).toEqual(["sentence", "成果物の知的財産権は甲に帰属する。", "知的財産"]);
  });

  it("Org-mode: pipe rows whose header a `|---+---|` rule ends are a table, after the lines above them in the same block", () => {
    const text = [
      "* 指標",
      ":PROPERTIES:",
      ":REVIEW: 月次",
      ":END:",
      "| 指標     | 目標   |",
      "|----------+--------|",
      "| 取扱店数 | 300店  |",
      "| 返品率   | 1%以下 |",
      "",
    ].join("\n");
    const m = model(text, "plan.alliance.txt");
    expect(cells(m)).toEqual([
      [
        ["指標", "目標"],
        ["取扱店数", "300店"],
        ["返品率", "1%以下"],
      ],
    ]);
    expect(m.tables[0].section).toBe(0);
    // The property drawer's lines are text: one sentence each.
    expect(statements(m).map(([kind, , title]) => [kind, title])).toEqual([
      ["sentence", "指標"],
      ["sentence", "指標"],
      ["sentence", "指標"],
      ["table-row", "指標"],
      ["table-row", "指標"],
    ]);
  });
  it("pipe rows with no delimiter row, under a caption line: a table, its first row the header", () => {
    const text = "Scorecard shown on the slide:\n| Measure | Target |\n| Stores | 300 |\n| Returns | < 1% |\n";
    const m = model(text, "plan.alliance.md");
    expect(cells(m)).toEqual([
      [
        ["Measure", "Target"],
        ["Stores", "300"],
        ["Returns", "< 1%"],
      ],
    ]);
    expect(statements(m).map(([kind]) => kind)).toEqual(["sentence", "table-row", "table-row"]);
  });

  it("pipe rows of different widths, or fewer than three, stay text (a `|` in prose is no column)", () => {
    const uneven = model("| 指標 | 目標 |\n| 店舗数 | 300 | 四半期 |\n| 返品率 | 1%以下 |\n", "plan.alliance.md");
    const short = model("| 指標 | 目標 |\n| 店舗数 | 300 |\n", "plan.alliance.md");
    expect([uneven.tables, short.tables]).toEqual([[], []]);
  });
});
