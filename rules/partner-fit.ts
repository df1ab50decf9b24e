/**
 * partner-fit: the plan says what each party brings — or lacks that the other supplies
 * (経営資源の補完性) — for both sides, and does not state the parties' goals as conflicting
 * (目的の一致, the seeds' first success factor). A side is read from the statement (「当社は販売網を
 * 持つ」, "they supply the frame"), from its section's title (「提携先の強み」), or from a
 * side-by-side table's party columns or rows. Who does which task (a roles list or table) is not
 * what a side brings: fit is about resources, assets and capabilities.
 */
import type { PlanElement, PlanModel, Section, Statement, Table } from "../server/engine/model";
import type { Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import { defers, documentAnchor, isInPart, isUnder, normalText, planStatements, sectionsOf } from "./lib/plan-scope";
import { normalise } from "./lib/lexicon";
import { elementFinding } from "./lib/element-finding";
import { OTHER, OWN, partiesOf, sideNamed, sidesIn, subjectSides, type Parties } from "./lib/parties";

const HINT = { ja: "各社が提供する経営資源", en: "what each party brings" };
const FIXES = { "partner-fit": { ja: "提携先との補完関係のテンプレートを挿入", en: "Insert a partner fit template" } };

export const partnerFit: Rule = {
  meta: {
    id: "partner-fit",
    headline: false,
    element: "partners",
    states: { noFit: "missing", oneSided: "missing", conflictingGoals: "missing" },
    fixable: true,
    scope: "document",
    summary:
      "nothing says what each party brings or lacks (経営資源の補完性), or only one side's part is stated; the parties' goals stated as conflicting (目的の不一致)",
    placeholderHint: HINT,
    fixes: FIXES,
    // Off until its first-contact figures are in (issue 11: a checklist rule below target ships off).
    defaultSeverity: "off",
    description: {
      ja: "各社が何を持ち寄り、何が不足していて相手が補うのか（経営資源の補完性）が両社について書かれているか、両社の目的が食い違っていないか（目的の一致）を確認します。",
      en: "Checks that the plan says what each party brings — or lacks that the other supplies — for both parties (complementary resources), and that it does not state the parties' goals as conflicting (a shared purpose).",
    },
    messages: {
      noFit: {
        ja: "各社が提供する経営資源（技術・販路・顧客基盤など）や、互いに補い合う不足が書かれていません。",
        en: "The plan does not say what each party brings (technology, channels, customers, know-how) or what each lacks that the other supplies.",
      },
      oneSided: {
        ja: "一方の当事者が提供するもの（強み・経営資源）しか書かれていません。もう一方が何を持ち寄るかも書いてください。",
        en: "The plan says what only one party brings: state what the other party brings or lacks too.",
      },
      conflictingGoals: {
        ja: "両社の目的が食い違っていると書かれています。提携の共通の目的を合意してください。",
        en: "The plan states that the parties' goals conflict: agree on a shared purpose for the alliance.",
      },
    },
    rationale: {
      ja: "アライアンスの成功要因の第一位は「目的の一致」、失敗要因の第一位は「目的の不一致」です。また、自社に不足する技術・販路・ブランド力を相手が持ち、相手に不足するものを自社が補う「経営資源の補完性」があってこそシナジーが生まれます。両社それぞれが何を持ち寄るかを書くことで、提携する理由が検証できます。",
      en: "The top success factor of alliances is a shared purpose, and the top failure factor goals that differ. Synergy comes from complementary resources: the partner has the technology, channels or brand we lack, and we supply what it lacks. Saying what each side brings makes the reason for the alliance checkable.",
    },
    examples: {
      good: {
        ja: "当社は全国120店舗の販売網と会員300万人の顧客基盤を持つが、冷凍食品の製造技術がない。提携先は冷凍技術と工場を持つが、首都圏の販路が弱い。",
        en: "We have 120 stores and 3 million members but no frozen-food production; the partner has the freezing technology and a plant, but weak retail channels in the Kanto region.",
      },
      bad: {
        ja: "両社の強みを生かし、新たな価値を創出する。",
        en: "Combine the strengths of both companies to create new value.",
      },
    },
  },
  check(model, context) {
    const v = context.vocabulary;
    const statements = planStatements(model);
    // A conflict stated in a risk table or beside an open point is still stated; the vocabulary's
    // exceptions keep a conflict that only might arise out.
    const reports: RuleReport[] = statements
      .filter((s) => v.test("goal-conflict", normalText(s)))
      .map((s) => ({ messageId: "conflictingGoals", span: s.span }));
    const settled = statements.filter((s) => !defers(s, v));
    const parties = partiesCovered(coveredSides(model, settled, v));
    if (parties < 2) reports.unshift(finding(model, context, parties ? "oneSided" : "noFit"));
    return reports;
  },
};

/**
 * How many parties the covered sides are: the own side, each name — and the other side's role
 * word (「提携先」, "they") only when no name is covered, for it stands for one of them.
 */
function partiesCovered(sides: Set<string>): number {
  const names = [...sides].filter((side) => side !== OWN && side !== OTHER).length;
  return (sides.has(OWN) ? 1 : 0) + names + (sides.has(OTHER) && !names ? 1 : 0);
}

/** Sections and tables that say nothing of what a side brings: measures, ownership, exit, meetings, notes, tasks, cost shares. */
const NOT_FIT: readonly PlanElement[] = ["kpi", "ip", "exit", "governance"];
const NOT_FIT_TABLES: readonly PlanElement[] = ["kpi", "notes", "roles", "cost"];

/**
 * The sides the plan says something of that they have, bring or lack — not the tasks they take on
 * (「開発を担う」 is a role) nor what they own of the results (「…は当社に帰属する」 is IP). A side
 * counts where it is the subject of what it has or lacks (subjectSides); in a section about what
 * each brings (「両社が持ち寄るもの」, "Why Fjordline") or a list a lead-in says is about that ("What
 * each side brings:"), also where it is the subject or the label of a statement, or titles the
 * statement's section; and by a side-by-side table's columns or rows.
 */
function coveredSides(model: PlanModel, statements: Statement[], vocabulary: Vocabulary): Set<string> {
  const parties = partiesOf(model, vocabulary);
  const covered = new Set<string>();
  const cover = (sides: Iterable<string>) => {
    for (const side of sides) covered.add(side);
  };
  // The section of the last prose statement, when it announced a list of what the sides bring.
  let announced: number | undefined;
  for (const s of statements) {
    if (s.kind !== "list-item") announced = announcesFit(s, vocabulary) ? (s.section ?? -1) : undefined;
    if (NOT_FIT.some((element) => isInPart(model, s.section, element))) continue;
    const text = normalText(s);
    if (vocabulary.test("ownership", text)) continue;
    cover(contributor(text, model.lang, parties, vocabulary));
    const inFit = fitSection(model, s.section, parties, vocabulary) || (s.kind === "list-item" && announced === (s.section ?? -1));
    if (!inFit && !vocabulary.test("party-asset", text)) continue;
    const sides = subjectSides(text, model.lang, parties, vocabulary, inFit);
    const label = inFit ? LABEL.exec(text)?.[1] : undefined;
    if (label) sides.add(sideNamed(label.trim(), parties, vocabulary));
    cover(sides.size || !inFit ? sides : titleSides(model, s, parties, vocabulary));
  }
  for (const table of model.tables) {
    // A roles, KPI or cost table says what a side brings only in a row or column its label says is about that.
    const aside = NOT_FIT_TABLES.some((element) => isUnder(model, table.section, element));
    cover(tableSides(table, parties, vocabulary, aside));
  }
  return covered;
}

/** "What each side brings:", 「両社の強みは次のとおり。」: a lead-in whose list is about what the sides have, a section of its own. */
function announcesFit(s: Statement, vocabulary: Vocabulary): boolean {
  const text = normalText(s);
  return vocabulary.test("lead-in", text) && vocabulary.test("party-capability", text);
}

/** 「当社：処方の知見」, "Kestrel: the telemetry": a statement labelled by a side. */
const LABEL = /^([^:：、。,.]{1,20})[:：]\s*\S/;

/**
 * 「当社の提供：査定の知見」「FC社提供：気象データ」, "Kestrel brings: the telemetry": a line labelled by a
 * side and what it puts in is that side's part wherever it stands — not 「当社の役割：」, a task.
 */
const CONTRIBUTION_LABEL: Record<"ja" | "en", RegExp> = {
  ja: /^[-*•・\s]*([^:：、。]{1,20}?)(?:から)?の?(?:提供|拠出|出すもの|持ち寄るもの)[:：]/,
  en: /^[-*•\s]*([^:;,.]{1,30}?)(?:['’]s contribution| brings| contributes| provides| supplies)[:：]/,
};

/** The side a contribution label names, if it names a party of the plan. */
function contributor(text: string, lang: "ja" | "en", parties: Parties, vocabulary: Vocabulary): string[] {
  const label = CONTRIBUTION_LABEL[lang].exec(text)?.[1]?.trim();
  return label && sidesIn(label, parties, vocabulary).size ? [sideNamed(label, parties, vocabulary)] : [];
}

/** 「なぜミエルか」, "Why Fjordline?": a title that asks why the partner is the one to work with (numbering before it); "Why we are asking" does not. */
const WHY_PARTNER = /^[\d.\s)）]*(?:why\b|なぜ|何故)/;

/**
 * Is the statement under a section about what the parties bring (its title says so, asks why a
 * side, or it is the partners section)?
 */
function fitSection(model: PlanModel, index: number | undefined, parties: Parties, vocabulary: Vocabulary): boolean {
  // Not up to the document's title: 「A社の強みを生かした提携計画」 is about the whole plan.
  for (let i = index; i !== undefined; i = model.sections[i].parent) {
    const section = model.sections[i];
    if (section.kind === "heading" && section.level === 1) return false;
    const title = normalise(section.title);
    if (section.elements.includes("partners") || vocabulary.test("party-capability", title)) return true;
    if (WHY_PARTNER.test(title) && [...sidesIn(title, parties, vocabulary)].some((side) => side !== OWN)) return true;
  }
  return false;
}

/** A statement that names no side speaks for the side its section is titled by (「当社の強み」 → its items). */
function titleSides(model: PlanModel, s: Statement, parties: Parties, vocabulary: Vocabulary): Set<string> {
  // Not up to the document's title: 「A×B 提携計画」 names both parties, not the side of a line.
  for (let i = s.section; i !== undefined; i = model.sections[i].parent) {
    if (model.sections[i].kind === "heading" && model.sections[i].level === 1) break;
    const sides = sidesIn(normalise(model.sections[i].title), parties, vocabulary);
    if (sides.size) return sides;
  }
  return new Set();
}

/**
 * The sides a side-by-side table gives something: a party's column with a filled cell
 * (「| 項目 | 当社 | まめや |」), or a party's row with a filled cell beside it. `fitRowsOnly` (a roles or
 * KPI table): only in the rows or columns whose label says what a side has, lacks or provides as
 * a thing (「不足しているもの」「提供するもの」「試作設備」), not its tasks (「担当」).
 */
function tableSides(table: Table, parties: Parties, vocabulary: Vocabulary, fitRowsOnly: boolean): Set<string> {
  const sides = new Set<string>();
  const filled = (text: string | undefined) => !!text && /[\p{L}\p{N}]/u.test(text) && !vocabulary.test("deferral", normalise(text));
  const named = table.header.map((h, i) =>
    i && !roleLabel(h.text, vocabulary) ? sidesIn(normalise(h.text), parties, vocabulary) : new Set<string>(),
  );
  // Beside a party's column (「| 項目 | 当社 | まめや |」), the other columns are the other parties.
  const sideBySide = named.some((sides) => sides.size === 1);
  const columns = named.map((sides, i) => (sides.size || !i || !sideBySide ? sides : new Set([normalise(table.header[i].text).trim()])));
  const fitColumns = table.header.map((h) => !fitRowsOnly || fitLabel(h.text, vocabulary));
  for (const row of table.rows) {
    // A row of the sides' roles (「| 役割 | 成形・評価 | 樹脂配合 |」) says what they do, not what they bring.
    const rowLabel = row.cells[0]?.text ?? "";
    const fitRow = (!fitRowsOnly || fitLabel(rowLabel, vocabulary)) && !roleLabel(rowLabel, vocabulary);
    row.cells.forEach((cell, i) => {
      if (fitRow && columns[i]?.size === 1 && filled(cell.text) && filled(table.header[i].text))
        columns[i].forEach((side) => sides.add(side));
    });
    // The label's words before a bracket: 「共同研究費（バイオポリ研へ支払）」 is a cost, not that party's row.
    const label =
      row.cells[0] && !roleLabel(rowLabel, vocabulary)
        ? sidesIn(normalise(rowLabel).split(/[(（]/)[0], parties, vocabulary)
        : new Set<string>();
    if (label.size === 1 && row.cells.slice(1).some((c, i) => filled(c.text) && fitColumns[i + 1]))
      label.forEach((side) => sides.add(side));
  }
  return sides;
}

/** 「不足しているもの」「提供するもの」「試作設備」: a label of what a side has or brings, not of a task (「担当」「役割」). */
function fitLabel(text: string, vocabulary: Vocabulary): boolean {
  const label = normalise(text);
  if (vocabulary.test("party-capability", label)) return true;
  return vocabulary.test("party-asset", label) && !vocabulary.test("role-assignment", label) && !vocabulary.test("roles-heading", label);
}

/** 「当社の役割」, "Partner's responsibilities": a side's tasks, not what it brings (unless the label says contributed, 「提供」). */
function roleLabel(text: string, vocabulary: Vocabulary): boolean {
  const label = normalise(text);
  return vocabulary.test("roles-heading", label) && !vocabulary.test("party-asset", label);
}

function finding(model: PlanModel, context: RuleContext, messageId: string): RuleReport {
  const section: Section | undefined = sectionsOf(model, "partners")[0];
  return elementFinding(model, context, {
    messageId,
    span: section?.headingSpan ?? documentAnchor(model),
    section,
    template: "partner-fit",
    title: FIXES["partner-fit"],
    hint: HINT,
  });
}
