/**
 * roles-and-economics: the plan says who does what (each party's role or contribution) and how
 * the money goes — who bears which costs, how revenues or profits are split, the fees. An
 * imbalance of investment and a profit split nobody agreed are the seeds' named failure
 * factors, so a split left 「別途協議」 counts as none. Roles are read generously (nearly every
 * plan says who provides what); the economics are what plans leave out.
 */
import type { Cell, PlanModel, Section, Statement, Table, TableRow } from "../server/engine/model";
import type { Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import {
  defers,
  documentAnchor,
  flatText,
  isUnder,
  normalText,
  planStatements,
  rowOf,
  sectionsOf,
  statementsIn,
  tableOf,
  withinAny,
} from "./lib/plan-scope";
import { percents, shareGroups } from "./lib/shares";
import { isEmptySection } from "./lib/insert-template";
import { normalise } from "./lib/lexicon";
import { elementFinding } from "./lib/element-finding";
import { partiesOf, sidesIn, type Parties } from "./lib/parties";

const HINT = { ja: "費用負担・収益配分", en: "cost sharing and revenue split" };
const FIXES = { "roles-and-economics": { ja: "役割分担と費用負担のテンプレートを挿入", en: "Insert a roles and economics template" } };

export const rolesAndEconomics: Rule = {
  meta: {
    id: "roles-and-economics",
    headline: false,
    element: "roles",
    states: { noRoles: "missing", noEconomics: "missing", deferred: "missing" },
    fixable: true,
    scope: "document",
    summary:
      "nothing says who does what (each party's role or contribution), or nothing says who bears which costs and how revenues or profits are split (a split 「別途協議」/TBD counts as none)",
    placeholderHint: HINT,
    fixes: FIXES,
    // Off until its first-contact figures are in (issue 11: a checklist rule below target ships off).
    defaultSeverity: "off",
    description: {
      ja: "各社の役割分担（誰が何を担い、何を提供するか）と、費用負担・収益配分（誰がどの費用を負担し、売上・利益をどう分けるか）が定められているかを確認します。",
      en: "Checks that the plan says who does what (each party's role or contribution) and how the money is shared: who bears which costs, how revenues or profits are split, the fees.",
    },
    messages: {
      noRoles: {
        ja: "各社の役割分担（誰が何を担い、何を提供するか）が書かれていません。",
        en: "The plan does not say who does what: state each party's role or contribution.",
      },
      noEconomics: {
        ja: "費用負担・収益配分（誰がどの費用を負担し、売上・利益をどう分けるか）が書かれていません。",
        en: "The plan does not say how the money is shared: who bears which costs, how revenues or profits are split, the fees.",
      },
      deferred: {
        ja: "費用負担・収益配分が「別途協議」などで先送りされ、分け方が決まっていません。",
        en: "The cost or revenue split is deferred ('TBD', 'to be agreed'): nothing says how the money is shared.",
      },
    },
    rationale: {
      ja: "役割分担が曖昧だと責任の所在が不明確になり、一方の企業だけが負担を背負う「投資の不均衡」は不満を蓄積させ、提携の失敗要因になります。利益配分の問題も典型的な失敗要因です。誰が何を担い、費用と収益をどう分けるかを最初に合意しておく必要があります。",
      en: "Unclear roles leave no one accountable, and an imbalance of investment — one party carrying the burden — breeds resentment and is a named failure factor; so is a profit split nobody agreed. Who does what, and how costs and revenues are shared, must be agreed at the start.",
    },
    examples: {
      good: {
        ja: "当社は販売網と顧客対応を、提携先は製品開発と保守を担当する。開発費8,000万円は当社60％・提携先40％で負担し、売上総利益は50％ずつ配分する。",
        en: "We run sales and customer support; the partner develops and maintains the product. Development costs of ¥80M are borne 60/40 by us and the partner, and gross profit is split 50/50.",
      },
      bad: {
        ja: "両社で協力して事業を推進する。費用負担については別途協議する。",
        en: "Both parties will work together to grow the business. Cost sharing: TBD.",
      },
    },
  },
  check(model, context) {
    const statements = planStatements(model);
    const reports: RuleReport[] = [];
    const rolesSection = sectionsOf(model, "roles")[0];
    if (!statesRoles(model, statements, context.vocabulary))
      reports.push(finding(model, context, "noRoles", rolesSection, rolesSection ?? sectionsOf(model, "cost")[0]));
    // A split raised as a question ("who carries the cost if …?"), only offered, or listed as a task to do is not one the plan states;
    // nor is what was spent before the alliance (a background section's "paid $212k in overtime") or the price of a stake.
    const stated = (s: Statement) =>
      (!defers(s, context.vocabulary) || cellStates(model, s, context.vocabulary)) &&
      saysSharing(s, context.vocabulary) &&
      !asks(s, context.vocabulary) &&
      !onlyProposed(model, s, context.vocabulary) &&
      !isTask(model, s, context.vocabulary) &&
      !narratesBackground(model, s) &&
      !pricesStake(s, context.vocabulary);
    if (!statements.some(stated) && !tableSharesCosts(model, context.vocabulary) && !splitsCosts(model, context.vocabulary)) {
      const deferring = statements.filter(
        (s) => defers(s, context.vocabulary) && context.vocabulary.test("economics-topic", normalText(s)),
      );
      const costSection = sectionsOf(model, "cost")[0];
      const report = finding(
        model,
        context,
        deferring.length ? "deferred" : "noEconomics",
        costSection,
        costSection ?? rolesSection,
        deferring,
      );
      reports.push({ ...report, element: "cost" });
    }
    return reports;
  },
};

/**
 * A roles section with something in it (by the heading classification, or a title such as
 * "Who brings what", 「各当事者の義務」), or any statement that gives a party a task or a resource.
 */
function statesRoles(model: PlanModel, statements: Statement[], vocabulary: Vocabulary): boolean {
  const rolesTitle = (s: Section) => s.elements.includes("roles") || vocabulary.test("role-assignment", normalise(s.title));
  const filled = model.sections.some(
    (s) => rolesTitle(s) && !isEmptySection(model, s) && statementsIn(model, s).some((st) => !defers(st, vocabulary)),
  );
  return filled || statements.some((s) => vocabulary.test("role-assignment", normalText(s)) && !defers(s, vocabulary));
}

/** A split stated in the statement, its key read joined (`cost_share`) or as words (`adaptation_cost: borne by`). */
function saysSharing(statement: Statement, vocabulary: Vocabulary): boolean {
  const normal = normalText(statement);
  const flat = flatText(statement);
  return vocabulary.test("cost-sharing", normal) || (flat !== normal && vocabulary.test("cost-sharing", flat));
}

/**
 * A table row whose deferral sits in another cell than its split: 「| 運営費用 | JVの運営費用は出資比率に応じて各社が負担 | … |
 * 施工分のみ+7%で調整中 |」 — a memo column leaves a detail open, not the split stated beside it.
 */
function cellStates(model: PlanModel, statement: Statement, vocabulary: Vocabulary): boolean {
  if (statement.kind !== "table-row") return false;
  const row = rowOf(model, statement);
  return (
    row?.cells.slice(1).some((c) => {
      const text = normalise(c.text);
      return vocabulary.test("cost-sharing", text) && !vocabulary.test("deferral", text) && !vocabulary.test("question", text);
    }) ?? false
  );
}

/**
 * A statement in a section about why and what went before ("Why now", 「背景」「経緯」): "we paid $212k
 * in overtime in Q4" is a cost of the situation, not the alliance's economics. A summary or an
 * overview (「提携の概要」, "Summary of principal terms") restates the terms and is read.
 */
function narratesBackground(model: PlanModel, statement: Statement): boolean {
  for (let i = statement.section; i !== undefined; i = model.sections[i].parent) {
    const section = model.sections[i];
    if (section.elements.includes("background") && !SUMMARY_TITLE.test(normalise(section.title))) return true;
  }
  return false;
}

const SUMMARY_TITLE = /概要|要約|サマリ|まとめ|\b(?:overview|summary|terms|outline)\b/;

/** The price paid for a stake is an investment, not the alliance's economics: "paid $36 million in cash for a 14.5% stake". */
function pricesStake(statement: Statement, vocabulary: Vocabulary): boolean {
  const text = normalText(statement);
  return STAKE_PRICE.test(text) && vocabulary.test("stake", text);
}

const STAKE_PRICE = /\bfor (?:an? )?\d+(?:\.\d+)?\s*%\s*(?:equity\s)?(?:stake|shareholding|interest)\b|株式[^。]{0,20}取得の?対価/;

/** A split asked about, or only offered by one side ("their opening position is …", 「…を打診されている」). */
function asks(statement: Statement, vocabulary: Vocabulary): boolean {
  const text = normalText(statement);
  return vocabulary.test("question", text) || vocabulary.test("negotiating-position", text);
}

/**
 * A row of an issues list that sets the sides' positions beside a status ("論点 | 当社案 | 先方主張 |
 * 状況", "Issue | Our position | Their position | Status"): its split is only proposed until the
 * status says agreed. A one-character status is a code a key defines (「○」), read as settled.
 */
function onlyProposed(model: PlanModel, statement: Statement, vocabulary: Vocabulary): boolean {
  const header = tableOf(model, statement)?.header.map((h) => normalise(h.text).trim()) ?? [];
  const status = header.findIndex((h) => vocabulary.test("status-column", h));
  if (status < 0 || !header.some((h) => vocabulary.test("position-column", h))) return false;
  const cell = normalise(rowOf(model, statement)?.cells[status]?.text ?? "")
    .replace(/\*/g, "")
    .trim();
  return cell.length > 1 && !vocabulary.test("agreed-status", cell);
}

/** A row of an action list — a table with a due column and an assignee column ("Action | Owner | Due", 「内容 | 担当 | 期限」). */
function isTask(model: PlanModel, statement: Statement, vocabulary: Vocabulary): boolean {
  const header = tableOf(model, statement)?.header.map((h) => normalise(h.text)) ?? [];
  return header.some((h) => vocabulary.test("due-column", h.trim())) && header.some((h) => vocabulary.test("assignee-column", h));
}

/** A cell with something in it: not blank, a dash or a deferral. */
function filled(text: string, vocabulary: Vocabulary): boolean {
  const normal = normalise(text).trim();
  return normal !== "" && !/^[-–—―ー~〜]+$/.test(normal) && !vocabulary.test("deferral", normal);
}

/**
 * A side-by-side table that gives each party its costs: a row labelled with a cost word
 * (「費用」, "Budget") filled beside the parties, a cost column filled beside a party, or a
 * row that gives two parties their shares in percent — in a table about costs (its header or
 * its section says so: "Cost element | Borne by A | Borne by B"), or in one whose rows each
 * split 100% ("Item | A | B" with 70% | 30%).
 * KPI tables are left out: a "Cost per unit" row there is a measure, not a split.
 */
function tableSharesCosts(model: PlanModel, vocabulary: Vocabulary): boolean {
  const label = (text: string) => text.length <= LABEL_LENGTH && vocabulary.test("cost-heading", normalise(text));
  const parties = partiesOf(model, vocabulary);
  return model.tables.some((table) => {
    if (isUnder(model, table.section, "kpi") || isUnder(model, table.section, "notes")) return false;
    if (table.header.some((h) => vocabulary.test("target-column", normalise(h.text)))) return false;
    const costColumn = table.header.findIndex((h, i) => i > 0 && label(h.text));
    const splits = table.rows.filter((row) => shares(row).length >= 2);
    const aboutCosts =
      table.header.some((h) => label(h.text)) ||
      vocabulary.test("cost-sharing", normalise(table.header.map((h) => h.text).join(" | "))) ||
      isUnder(model, table.section, "cost") ||
      (splits.length >= 2 && splits.every((row) => shares(row).reduce((a, b) => a + b, 0) === 100));
    if (aboutCosts && (splits.length || partyColumnFilled(table, parties, vocabulary))) return true;
    if (partyRowsSplit(table, parties, vocabulary) || bearerNamed(table, parties, vocabulary)) return true;
    // A status column beside a cost row ("| 予算 | 🟢 順調 | 計画内 |") gives no party its cost.
    const status = table.header.some((h) => vocabulary.test("status-column", normalise(h.text).trim()));
    // A cost row gives the parties their costs only beside them, naming one, or under a costs heading — not a use-of-funds table's.
    const besideParties = partyColumns(table.header, parties, vocabulary).length > 0 || isUnder(model, table.section, "cost");
    const namesParty = (row: TableRow) => row.cells.slice(1).some((c) => sidesIn(normalise(c.text), parties, vocabulary).size > 0);
    return table.rows.some((row) => {
      const rest = row.cells.slice(1).filter((c) => filled(c.text, vocabulary));
      if (row.cells[0] && label(row.cells[0].text))
        return !status && (besideParties || namesParty(row)) && rest.length >= 1 && row.cells.length >= 3;
      return costColumn > 0 && filled(row.cells[costColumn]?.text ?? "", vocabulary) && filled(row.cells[0]?.text ?? "", vocabulary);
    });
  });
}

/**
 * Shares of a whole beside the parties under a costs heading, however laid out: 「負担割合：当社
 * 55％／B社 35％」, a plain-text column table ("Braiding line capex  60%  40%"), a share column.
 * A split that does not add up is still a split stated (plan-consistency reports the sum).
 */
function splitsCosts(model: PlanModel, vocabulary: Vocabulary): boolean {
  const costs = sectionsOf(model, "cost");
  if (!costs.length) return false;
  const inCosts = withinAny(costs.map((s) => s.bodySpan));
  if (shareGroups(model, vocabulary).some((g) => g.parts.length >= 2 && inCosts(g.parts[0].span))) return true;
  // A row of a plain-text column table: its shares of one item make the whole.
  return planStatements(model).some((s) => {
    const found = percents(normalText(s));
    return found.length >= 2 && inCosts(s.span) && found.reduce((sum, p) => sum + p.percent, 0) === 100;
  });
}

/** A cost label is short: "Budget line, 2027–2030", 「費用負担」; a longer cell is a sentence. */
const LABEL_LENGTH = 30;

/** A column per party with something in it: "Budget line | City | Institute" with $240,000 under City. */
function partyColumnFilled(table: Table, parties: Parties, vocabulary: Vocabulary): boolean {
  const columns = partyColumns(table.header, parties, vocabulary);
  return columns.length >= 2 && table.rows.some((row) => columns.some((i) => filled(row.cells[i]?.text ?? "", vocabulary)));
}

/**
 * A row per party, their shares of a column adding up to 100%: "Party | Fleet running | Route
 * planning" with Pinecrest 60% | 50% and Hollin 45% | 50%. A stake column is equity, not costs.
 */
function partyRowsSplit(table: Table, parties: Parties, vocabulary: Vocabulary): boolean {
  const rows = table.rows.filter((row) => sidesIn(normalise(row.cells[0]?.text ?? ""), parties, vocabulary).size > 0);
  if (rows.length < 2) return false;
  return table.header.some((h, column) => {
    if (column === 0 || vocabulary.test("stake-topic", normalise(h.text))) return false;
    const columnShares = rows.map((row) => share(row.cells[column]?.text ?? ""));
    return columnShares.every((x) => x !== undefined) && columnShares.reduce((a, b) => a + (b ?? 0), 0) === 100;
  });
}

/** A "Borne by" / 「負担」 column that names a party against a cost: 「専用モデル構築費 | 1,200万円 | 当社」. */
function bearerNamed(table: Table, parties: Parties, vocabulary: Vocabulary): boolean {
  const column = table.header.findIndex((h, i) => i > 0 && vocabulary.test("bearer-column", normalise(h.text).trim()));
  return column > 0 && table.rows.some((row) => sidesIn(normalise(row.cells[column]?.text ?? ""), parties, vocabulary).size > 0);
}

/** Header columns (not the first) that name a party. */
function partyColumns(header: Cell[], parties: Parties, vocabulary: Vocabulary): number[] {
  return header.flatMap((h, i) => (i > 0 && sidesIn(normalise(h.text), parties, vocabulary).size > 0 ? [i] : []));
}

/** A cell's share in percent: 「70％」, "100% (£0.95 per study)". */
function share(text: string): number | undefined {
  const match = /^(\d{1,3}(?:\.\d+)?)\s*%/.exec(normalise(text));
  return match ? Number(match[1]) : undefined;
}

/** The shares in percent a row gives beside its label: 「70％」, "100% (£0.95 per study)". */
function shares(row: TableRow): number[] {
  return row.cells.slice(1).flatMap((c) => share(c.text) ?? []);
}

/** On the element's own section heading when the plan has one, else where its section would go. */
function finding(
  model: PlanModel,
  context: RuleContext,
  messageId: string,
  own: Section | undefined,
  near: Section | undefined,
  deferring: Statement[] = [],
): RuleReport {
  return elementFinding(model, context, {
    messageId,
    span: own?.headingSpan ?? documentAnchor(model),
    section: own ?? near,
    template: "roles-and-economics",
    title: FIXES["roles-and-economics"],
    hint: HINT,
    deferring,
  });
}
