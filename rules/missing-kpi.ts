/**
 * missing-kpi: the plan has KPIs (a section, list, table or field), they have numeric
 * targets, and somewhere the plan says how often they are reviewed.
 */
import type { PlanElement, PlanModel, Section, Statement, Table, TableRow } from "../server/engine/model";
import type { Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import { TextMemo } from "./vocab/text-memo";
import { hasPlaceholder, hasQuantity, isDeferred, isReviewLine, normalise, PLACEHOLDER } from "./lib/lexicon";
import { withDeferralSuggestions } from "./lib/deferral-suggestions";
import {
  columnOf,
  defers,
  documentAnchor,
  flatText,
  isInPart,
  isUnder,
  labelColumn,
  normalText,
  planStatements,
  readable,
  sectionsOf,
  statementsIn,
  withinAny,
} from "./lib/plan-scope";
import { templateFix } from "./lib/insert-template";
import { normaliseTitle } from "../server/engine/elements";

const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, `${PLACEHOLDER.flags}g`);
const BLANK_LINE = /\n[ \t]*\r?\n/;
const ELSEWHERE: PlanElement[] = ["exit", "ip", "roles", "cost", "risk", "data", "partners", "form", "background"];

/** What the placeholder replacing a deferred target asks for. */
const HINT = { ja: "目標値", en: "target value" };

/** Quick fix titles, by the template each inserts. */
const FIXES = {
  "kpi-section": { ja: "KPIセクションのテンプレートを挿入", en: "Insert a KPI section template" },
  "kpi-review": { ja: "KPIのレビュー頻度を追加", en: "Add a KPI review cadence" },
};

export const missingKpi: Rule = {
  meta: {
    id: "missing-kpi",
    headline: true,
    element: "kpi",
    states: { noKpi: "missing" },
    fixable: true,
    scope: "document",
    summary:
      'no KPI/KGI section, list, table or field; KPIs without numeric targets (empty, 未定, TBD, 向上, "Higher"); no review cadence anywhere',
    placeholderHint: HINT,
    fixes: FIXES,
    defaultSeverity: "error",
    description: {
      ja: "KGI・KPIがあり、各KPIに数値目標があり、レビューの頻度が決まっているかを確認します。",
      en: "Checks that the plan has KGIs/KPIs, that each KPI has a numeric target, and that a review cadence is set.",
    },
    messages: {
      noKpi: {
        ja: "KPI（成果指標）がありません。KGIと、数値目標・期限・責任者を持つKPIを定めてください。",
        en: "The plan has no KPIs: define a KGI and KPIs with numeric targets, due dates and owners.",
      },
      noTargets: {
        ja: "KPIに数値目標がありません（「向上」「未定」では達成を判断できません）。",
        en: "The KPIs have no numeric targets ('higher', 'TBD' cannot be checked).",
      },
      rowNoTarget: {
        ja: "このKPIの目標値が空欄または未定です。",
        en: "This KPI's target is empty or deferred.",
      },
      noCadence: {
        ja: "KPIのレビュー頻度（月次・四半期など）が定められていません。",
        en: "No review cadence for the KPIs (monthly, quarterly, …).",
      },
    },
    rationale: {
      ja: "KGIから分解したKPIを四半期・月次で両社がレビューすることが、提携を軌道修正する唯一の仕組みです。数値目標のないKPIや、レビューの場がない計画では、成果が出ないまま提携が続き、投資の不均衡や不信感が生まれます。",
      en: "KPIs broken down from a KGI and reviewed by both sides every month or quarter are how an alliance corrects course. Without numeric targets or a review cadence, an alliance drifts on without results, and imbalance and mistrust grow.",
    },
    examples: {
      good: {
        ja: "| 共同開発品の売上 | 0円 | 10億円 | 2027年度末 |（合同委員会で四半期ごとにレビュー）",
        en: "| Revenue from the joint product | $0 | $7.5M | FY2028 | (reviewed quarterly by the steering committee)",
      },
      bad: { ja: "KPI：顧客満足度の向上（目標値は未定）", en: "KPIs: customer satisfaction – higher; target TBD" },
    },
  },
  check(model, context) {
    const tables = kpiTables(model, context.vocabulary);
    const scope = kpiScope(model, context.vocabulary, tables.length > 0);
    if (!scope.statements.length && !scope.sections.length && !tables.length) return [noKpi(model, context)];
    return [...targetCheck(model, context, scope, tables), ...cadenceCheck(model, scope.sections, context)];
  },
};

interface KpiScope {
  /** Sections a KPI heading names (empty when the KPIs are declared in running text). */
  sections: Section[];
  statements: Statement[];
}

/**
 * The KPI sections; failing those, the block of text that declares indicators (「次の指標により管理する」
 * + its items); failing that and a KPI table (`tabled`), the sections headed 「目標」.
 */
function kpiScope(model: PlanModel, vocabulary: Vocabulary, tabled: boolean): KpiScope {
  const sections = [...sectionsOf(model, "kpi").filter((s) => !deniesTargets(vocabulary, s)), ...figureSections(model, vocabulary)];
  if (sections.length) return { sections, statements: sections.flatMap((s) => statementsIn(model, s)) };
  // An exit trigger or an IP clause that mentions KPIs does not declare them; an item labelled by
  // them does, wherever it stands (a summary of the agreement's terms: "- Service KPIs: …"). A heading
  // that holds the whole document is its title, not a clause (a Q&A thread titled by its IP question).
  const statements = planStatements(model).filter(
    (s) => !ELSEWHERE.some((e) => isInPart(model, s.section, e)) || labelsKpis(vocabulary, normalText(s)),
  );
  const block: Statement[] = [];
  // A declaration takes the items that follow it without a blank line: once one is seen, the
  // rest of its run of statements belongs to the block.
  let declared = false;
  let runStart = 0;
  /** The column of a list item that declares the KPIs and lists them itself ("6. KPIs (reviewed monthly): devices sold (12,000) …"). */
  let ownItemColumn: number | undefined;
  /** Declared by a row of a table that is no KPI table (a decision log's "KPIs for the dashboard: …"): the row is the declaration's whole. */
  let ownRow = false;
  /** The indentation of a declaration that heads the lines indented under it (an outline's node): they are its block. */
  let nodeIndent: number | undefined;
  /** Declared by a lead-in that ends on its colon: its list may follow a blank line, as Markdown lists often do. */
  let announcesList = false;
  const joined = (i: number) =>
    i > 0 && i < statements.length && !BLANK_LINE.test(model.text.slice(statements[i - 1].span.end, statements[i].span.start));
  const reviews = (i: number) => isReviewLine(vocabulary, normalText(statements[i]));
  /** Where the latest run of table rows started (kept as the loop goes: no scan back over a table). */
  let rowsFrom = 0;
  statements.forEach((s, i) => {
    if (s.kind === "table-row" && statements[i - 1]?.kind !== "table-row") rowsFrom = i;
    const blank = i > 0 && !joined(i);
    if (blank && !(declared && announcesList && s.kind === "list-item")) {
      declared = announcesList = false;
      runStart = i;
    }
    // Such an item ends at the next item of its list (a heads-of-terms list goes on to IP and term).
    if (declared && ownItemColumn !== undefined && s.kind === "list-item" && columnOf(model, s) <= ownItemColumn) {
      declared = false;
      ownItemColumn = undefined;
    }
    // The next row of a log or register is the next entry: it declares nothing for being below.
    if (ownRow) declared = ownRow = false;
    // A line back at an outline node's level is its next sibling (a mind map's 「会議」 after 「KPI」).
    if (declared && nodeIndent !== undefined && (lineIndent(model, s) ?? Infinity) <= nodeIndent) {
      declared = false;
      nodeIndent = undefined;
    }
    if (!declared) {
      // A template's 〔指標〕 placeholder declares nothing.
      const text = normalise(s.text.replace(PLACEHOLDERS, ""));
      // Figures named next to a review on a cadence are the ones it looks at: "The teams hold a monthly
      // review. They track four numbers: …", 「数字の面では…を見込む。実績は毎月の会議で確認する。」
      // So are targets labelled as such, with their figures (「両社の目標：取扱店数 2027年度末 300店、…」, "Targets:
      // 300 stockists by FY2027"), next to a line that reviews on a cadence: the measures it looks at.
      const named = vocabulary.test("figures-word", text) || labelledTargets(vocabulary, text);
      const reviewedFigures = named && ((joined(i) && reviews(i - 1)) || (joined(i + 1) && reviews(i + 1)));
      declared =
        vocabulary.test("kpi-declaration", text) ||
        leadsInTargets(text) ||
        looksAtFigures(vocabulary, text) ||
        reviewsTargets(vocabulary, text) ||
        reviewedFigures ||
        reviewsListedTargets(vocabulary, s, statements[i + 1]) ||
        (joined(i + 1) && namesListedFigures(model, vocabulary, s, statements[i + 1]));
      if (!declared) return;
      ownItemColumn = s.kind === "list-item" && ITEM_WITH_TEXT.test(text) ? columnOf(model, s) : undefined;
      ownRow = s.kind === "table-row";
      nodeIndent = joined(i + 1) ? outlineNode(model, s, statements[i + 1]) : undefined;
      // Or by one that points at what follows in words (「次の数字を四半期ごとに報告します。」, "We publish the
      // following figures every quarter."): either way its list may follow a blank line.
      announcesList = s.kind === "sentence" && (LEAD_IN_COLON.test(text) || vocabulary.test("kpi-lead-in", text));
      // A line that says how often the figures listed above it are looked at (「数字は毎週月曜の会議で
      //見ます」, "dashboard posts every Monday", "we review these monthly") declares them too: the
      // targets just before it in its run.
      if (looksAtFigures(vocabulary, text)) {
        let from = i;
        while (from > runStart && statesTarget(vocabulary, statements[from - 1].text)) from--;
        // Nothing in its own run: it points back at the table just above it ("reports progress against these milestones").
        if (from === i && i > 0 && statements[i - 1].kind === "table-row") from = rowsFrom;
        block.push(...statements.slice(from, i));
        // Or at the goals above by their word, from a section of its own (「■ 振り返りの場」 under 「■ 今季の目標」:
        // 「毎月の打合せで、上の目標の進み具合を確認します」): the targets those goals state.
        if (from === i && GOALS_ABOVE.test(text)) block.push(...targetsAbove(model, vocabulary, s));
      }
    }
    block.push(s);
  });
  if (block.length || tabled) return { sections: [], statements: block };
  // Failing those and a KPI table, a section headed by the bare word for targets (「目標」), which
  // names goals as often as the KPIs' targets: where nothing else holds the KPIs, its items are them.
  const targets = model.sections.filter((s) => vocabulary.test("target-heading", normaliseTitle(s.title)));
  return { sections: targets, statements: targets.flatMap((s) => statementsIn(model, s)) };
}

/**
 * A heading that says its figures are not targets (「参考値（目標ではない）」, "What we have so far (not
 * targets)"): no KPI section, unless it names the KPIs themselves.
 */
function deniesTargets(vocabulary: Vocabulary, section: Section): boolean {
  const title = normalise(section.title);
  return vocabulary.test("goal-denial", title) && !vocabulary.test("kpi-word", title);
}

/**
 * Does a (normalised) statement name the figures by a plain word with how often they are looked at
 * (「数字は毎週月曜の販促会議で見ます」, "three numbers, every week", a dashboard posted every Monday)?
 * Two vocabulary tests, not one pattern joining the words to the cadences: each is small and linear.
 */
function looksAtFigures(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("figures-word", text) && vocabulary.test("cadence", text);
}

/**
 * Sections whose heading names the figures and how often they are looked at, in plain words
 * (「ものさし（毎月の数字）」, "Numbers we check every week"): KPI sections by what they say, as a
 * statement saying so declares the KPIs that follow it. So are those whose heading names the figures
 * alone ("The numbers", 「10月の数字」) over a line that gives a target by its word ("target 75% by
 * Q2", 「目標 月3件以下」): the figures are measured against targets, as KPIs are.
 */
function figureSections(model: PlanModel, vocabulary: Vocabulary): Section[] {
  const targeted = (s: Section) =>
    statementsIn(model, s).some((x) => TARGET_WORD.test(normalise(x.text)) && statesTarget(vocabulary, x.text));
  return model.sections.filter((s) => {
    if (isUnder(model, s.index, "kpi")) return false;
    const title = normalise(s.title);
    return looksAtFigures(vocabulary, title) || (vocabulary.test("figures-word", title) && targeted(s));
  });
}

/** A label up to its colon, at most 40 characters: "Service KPIs:", 「主なKPI：」. */
const LABEL = /^[^:：\n]{1,40}[:：]/;

/** A longer label, up to its colon: one that opens with the KPIs may say how they are tracked. */
const LONG_LABEL = /^[^:：\n]{1,120}[:：]/;

/**
 * Does a (normalised) statement open with a label that names the KPIs ("Service KPIs: …"), or with
 * the KPIs and how they are tracked ("KPIs tracked monthly at the joint trading meeting (…): …")?
 */
function labelsKpis(vocabulary: Vocabulary, text: string): boolean {
  const opening = text.trimStart();
  const label = LABEL.exec(opening);
  if (label !== null && vocabulary.test("kpi-word", label[0])) return true;
  const long = LONG_LABEL.exec(opening);
  return long !== null && vocabulary.find("kpi-word", long[0])?.index === 0;
}

/**
 * A target noted in brackets after what it is for, after a colon or with its figure next to it, the
 * target perhaps qualified by its period: 「解約率（目標：年5%以下）」「歩留まり（今期目標 92％以上）」,
 * "churn (target: under 5%)", "(FY target 92%)".
 */
const TARGET_NOTE = /[（(][^（）()\n\d目t]{0,8}(?:目標|target)\s*(?:[:：\d]|[<>≥≤~]\s*\d)/;

/**
 * Does a (normalised) statement review measures whose targets it notes in brackets (「四半期ごとに
 * ビジネスレビューを行い、解約率（目標：年5%以下）…を確認する」)? Those measures are the KPIs.
 */
function reviewsTargets(vocabulary: Vocabulary, text: string): boolean {
  return TARGET_NOTE.test(text) && isReviewLine(vocabulary, text) && hasQuantity(vocabulary, text);
}

/**
 * A lead-in that says how often a list is reviewed, over items that each give a labelled target
 * ("Here's how we'll track it, reviewed monthly with your ops lead:" over "- downtime — target ≤ 600 h";
 * 「毎月の定例会で、次の数字を確認します：」 over 「- 解約率 目標3%以下」): the items are the KPIs,
 * though neither the lead-in nor a heading names them.
 */
function reviewsListedTargets(vocabulary: Vocabulary, s: Statement, next: Statement | undefined): boolean {
  if (s.kind !== "sentence" || next?.kind !== "list-item") return false;
  const text = normalise(s.text);
  return LEAD_IN_COLON.test(text) && isReviewLine(vocabulary, text) && LABELLED_TARGET.test(normalise(next.text));
}

/**
 * A line that names the figures, over items or lines indented under it that give labelled targets (an
 * outline's 「確認する数字」 over 「遅配件数 目標 月3件以下」, "Numbers we watch" over "- churn: target 5%"): the
 * items are the KPIs, whether the cadence stands beside them or in the node above.
 */
function namesListedFigures(model: PlanModel, vocabulary: Vocabulary, s: Statement, next: Statement): boolean {
  if (!vocabulary.test("figures-word", normalise(s.text))) return false;
  const under = next.kind === "list-item" || outlineNode(model, s, next) !== undefined;
  return under && TARGET_WORD.test(normalise(next.text)) && statesTarget(vocabulary, next.text);
}

/** A label that names the targets, before its colon: 「両社の目標：」, 「今期目標：」, "Targets:", "Our targets for 2027:". */
const TARGETS_LABEL = /^[^:：\n]{0,20}(?:目標|\btargets?\b)[^:：\n]{0,12}[:：]\s*\S/;

/** Does the (normalised) statement open with a label that names the targets, and give figures after it? */
function labelledTargets(vocabulary: Vocabulary, text: string): boolean {
  return TARGETS_LABEL.test(text.trimStart()) && hasQuantity(vocabulary, text);
}

/** The goals above pointed back at by their word: 「上の目標」, 「上記の各目標」, "the targets above", "these goals". */
const GOALS_ABOVE =
  /(?:上記|上表|これら|(?:^|[、,\s])上)の[^。、]{0,8}目標|\b(?:these|those|the above) (?:targets|goals)\b|\b(?:targets|goals) above\b/;

/** The statements that give targets in the last section of objectives before `s`. */
function targetsAbove(model: PlanModel, vocabulary: Vocabulary, s: Statement): Statement[] {
  const above = sectionsOf(model, "objective")
    .filter((x) => x.bodySpan.end <= s.span.start)
    .at(-1);
  return above ? statementsIn(model, above).filter((x) => statesTarget(vocabulary, x.text)) : [];
}

/** The word for a target, its figure perhaps after a unit ("target 600 a month", 「目標 月600万円」). */
const TARGET_WORD = /\btargets?\b|目標/;

/** A target labelled by its word, a figure after it: "target ≤ 6,600", 「目標：95%以上」. */
const LABELLED_TARGET = /(?:\btarget|目標)[\s:：<>≥≤~=]{0,6}\d/;

/**
 * A lead-in on its own line that names the targets and ends on its colon ("Pilot targets (as
 * proposed):", "Targets for year one:"): the items it introduces are the KPIs. English only: Japanese
 * heads goals with 目標 as often as the KPIs' targets (see target-heading.yaml).
 */
const TARGETS_LEAD_IN = /^[^:\n]{0,40}\btargets\b[^:\n]{0,80}:$/;

/** Does the (normalised) statement's last line lead in the targets listed under it? */
function leadsInTargets(text: string): boolean {
  return TARGETS_LEAD_IN.test(text.slice(text.lastIndexOf("\n") + 1).trim());
}

/** A sentence that ends on the colon that announces a list: "We track three numbers every Monday:". */
const LEAD_IN_COLON = /[:：]\s*$/;

/** A list item with its own text after its label: "KPIs (reviewed monthly): devices sold …". */
const ITEM_WITH_TEXT = /[:：]\s*\S/;

/**
 * The indentation of the line a statement opens, counted in characters (tabs as one); none when the
 * statement does not open its line (a paragraph's second sentence, a list item after its marker).
 */
function lineIndent(model: PlanModel, s: Statement): number | undefined {
  const lead = model.text.slice(s.span.start - columnOf(model, s), s.span.start);
  return /^[ \t\u3000]*$/.test(lead) ? lead.length : undefined;
}

/**
 * A statement's indentation when it heads an outline's node: the next line is indented deeper under it,
 * as a mind map's export or a plain-text outline writes a branch (「\tKPI」 over 「\t\t導入施設数：120か所」).
 */
function outlineNode(model: PlanModel, s: Statement, next: Statement): number | undefined {
  const own = lineIndent(model, s);
  const under = lineIndent(model, next);
  return own !== undefined && under !== undefined && under > own ? own : undefined;
}

function noKpi(model: PlanModel, context: RuleContext): RuleReport {
  const after = sectionsOf(model, "objective").at(-1);
  const fix = templateFix(model, context, "kpi-section", FIXES["kpi-section"], { after });
  return { messageId: "noKpi", span: documentAnchor(model), ...(fix && { fix }) };
}

/** Does a (normalised) column header name targets: 「目標」, "Target", or a future period ("FY2028")? */
function isTargetHeader(vocabulary: Vocabulary, header: string): boolean {
  return vocabulary.test("target-column", header) || vocabulary.test("period-column", header.trim());
}

/** Tables under a KPI section, whose header names KPIs and targets, or whose target column holds amounts. */
function kpiTables(model: PlanModel, vocabulary: Vocabulary): Table[] {
  // Where a KPI section holds the KPIs, a table elsewhere with a column per year (「項目 | 令和8年度 | …」)
  // is a budget or a P&L: it holds KPIs only with a target column of its own.
  const sectioned = sectionsOf(model, "kpi").length > 0;
  return model.tables.filter((t) => {
    if (isUnder(model, t.section, "kpi")) return true;
    const header = t.header.map((c) => normalise(c.text));
    // Under the plan's goals, a table with a column per future period holding amounts is its targets
    // (「項目 | 2027年3月期 | 2028年3月期」 under 「業務提携の目標」).
    if (!sectioned && isUnder(model, t.section, "objective") && periodTargets(vocabulary, t, header)) return true;
    const targetHeader = sectioned ? (h: string) => vocabulary.test("target-column", h) : (h: string) => isTargetHeader(vocabulary, h);
    if (header.some((h) => vocabulary.test("kpi-column", h)))
      return header.some((h) => targetHeader(h) || levelsHeader(vocabulary, h)) || (!sectioned && fromBaseline(vocabulary, t, header));
    // Or the rows name what they measure and the target column holds amounts, not dates
    // ("What | Today | Target | By", "Category | Weight | Q3 | Q4 | Target"): a scorecard, whatever its first column says.
    // So does a service-level table's column of the levels to meet (「項目 | 水準 | 測定方法」, "Item | Threshold"),
    // or a stage-gate's pass line (「次フェーズへの移行基準」): a level to meet, though 基準 also names a baseline.
    const column = header.findIndex(
      (h, i) =>
        i > 0 &&
        (levelsHeader(vocabulary, h) || (vocabulary.test("target-column", h) && !vocabulary.test("baseline-column", h))) &&
        !vocabulary.test("due-column", h),
    );
    const amounts = t.rows.filter((row) => hasQuantity(vocabulary, row.cells[column]?.text ?? "")).length;
    return column > 0 && t.rows.length >= 2 && amounts * 2 >= t.rows.length;
  });
}

/** Does a (normalised) column header name the levels to meet, as a service-level table does (「水準」, "Threshold")? */
function levelsHeader(vocabulary: Vocabulary, header: string): boolean {
  return vocabulary.test("standard-column", header.trim());
}

/**
 * A table of measures with their starting values, then amounts under columns headed by the milestones
 * to reach them (「| 指標 | 現状 | PoC終了時（2027年6月） | 本導入1年後 |」, "| Metric | Today | After the
 * pilot | Year one |"): the amounts beside the baseline are the targets, whatever their columns are called.
 */
function fromBaseline(vocabulary: Vocabulary, t: Table, header: string[]): boolean {
  if (!header.some((h, i) => i > 0 && vocabulary.test("baseline-column", h) && !vocabulary.test("target-column", h))) return false;
  const columns = untitledTargetColumns(vocabulary, header);
  const amounts = t.rows.filter((row) => columns.some((i) => hasQuantity(vocabulary, row.cells[i]?.text ?? ""))).length;
  return columns.length > 0 && t.rows.length >= 2 && amounts * 2 >= t.rows.length;
}

/** Do the table's period columns hold amounts in at least half its rows (two rows or more)? */
function periodTargets(vocabulary: Vocabulary, t: Table, header: string[]): boolean {
  const columns = header.map((h, i) => (i > 0 && vocabulary.test("period-column", h.trim()) ? i : -1)).filter((i) => i >= 0);
  if (!columns.length || t.rows.length < 2) return false;
  const amounts = t.rows.filter((row) => columns.some((i) => hasQuantity(vocabulary, row.cells[i]?.text ?? ""))).length;
  return amounts * 2 >= t.rows.length;
}

/**
 * The columns that hold a KPI table's targets when no header names them. A column headed by the level
 * to meet, as a monitoring table gives it (「| 指標 | 基準値 | 確認頻度 |」, "| Measure | Threshold |"):
 * beside no target, it is the target. Failing one, those after the first that are neither a baseline
 * nor a cadence ("| Measure | Q3 | Q4 |"): a cadence column says when a figure is looked at, not what it must be.
 */
function untitledTargetColumns(vocabulary: Vocabulary, header: string[]): number[] {
  const columns = (keep: (h: string) => boolean) => header.map((h, i) => (i > 0 && keep(h) ? i : -1)).filter((i) => i >= 0);
  const standards = columns((h) => vocabulary.test("standard-column", h));
  if (standards.length) return standards;
  const baseline = (h: string) => vocabulary.test("baseline-column", h) && !vocabulary.test("target-column", h);
  return columns((h) => !baseline(h) && !vocabulary.test("cadence-column", h));
}

/** Is the row labelled as the table's total, in its first column after a numbering one? */
function totalsRow(vocabulary: Vocabulary, header: string[], row: TableRow): boolean {
  const column = labelColumn(header);
  const label = row.cells[Math.max(column, 0)]?.text ?? "";
  return vocabulary.test("total-row", normalise(label).replace(/[*_]/g, "").trim());
}

/** One finding per deferred target cell; one for the whole plan when most KPIs lack a number. */
function targetCheck(model: PlanModel, context: RuleContext, scope: KpiScope, tables: Table[]): RuleReport[] {
  const { vocabulary } = context;
  const isTarget = (text: string) => statesTarget(vocabulary, text);
  const reports: RuleReport[] = [];
  let withTarget = 0;
  let total = 0;
  for (const table of tables) {
    const header = table.header.map((c) => normalise(c.text));
    const isBaseline = (h: string) => vocabulary.test("baseline-column", h);
    // The first column names each row's measure, whatever its header says ("| Target | Figure | By |").
    const targetCols = header.map((h, i) => (i > 0 && isTargetHeader(vocabulary, h) && !isBaseline(h) ? i : -1)).filter((i) => i >= 0);
    const valueCols = targetCols.length ? targetCols : untitledTargetColumns(vocabulary, header);
    for (const row of table.rows) {
      // A line without a pipe right under the table is a row of one cell: its legend or note ("🟢 on track"), no KPI.
      if (row.cells.length === 1 && header.length > 1) continue;
      // A row that sums or weighs the others ("| | **Weighted total** | | 3.65 |") restates them: no KPI of its own.
      if (totalsRow(vocabulary, header, row)) continue;
      const cells = valueCols.map((i) => row.cells[i]);
      const texts = cells.map((c) => c?.text ?? "");
      const hasTarget = texts.some(isTarget);
      // A row that says how the table is reviewed (「KPIの確認 | 四半期ごとに集計し経営会議に報告」) is no KPI, as in prose.
      if (!hasTarget && isReviewLine(vocabulary, row.cells.map((c) => c.text).join(" "))) continue;
      total++;
      if (hasTarget) withTarget++;
      else if (targetCols.length && texts.every((t) => !t.trim() || isDeferred(vocabulary, t))) {
        const deferred = cells.filter((c) => c && isDeferred(vocabulary, c.text)).map((c) => c.span);
        reports.push(withDeferralSuggestions({ messageId: "rowNoTarget", span: row.span }, model, context, HINT, deferred));
      }
    }
  }
  const inTable = withinAny(tables.map((t) => t.span));
  // A KPI section's table holds its KPIs: the prose around it comments on them (a press release
  // runs on under its target table), so it counts only where the section has no table. The table
  // may stand in a subsection: a KPI heading that titles a whole dashboard write-up ("KPI dashboard,
  // Q3" over "1. Dashboard", "2. Discussion") holds its table and the meeting's notes on it.
  const holdsTable = (section: Section) => tables.some((t) => t.span.start >= section.span.start && t.span.end <= section.span.end);
  const tabled = withinAny(scope.sections.filter(holdsTable).map((section) => section.span));
  for (const s of scope.statements) {
    // A row of another table (a decision log's entry that lists the KPIs) is read as a line of text.
    if (inTable(s.span) || tabled(s.span)) continue;
    // One KPI per line: a lead-in and its items often share one list item or paragraph.
    for (const line of kpiLines(vocabulary, readable(s), columnOf(model, s))) {
      const text = normalise(line).trim();
      // A line that says how often the figures are looked at introduces them, as a review line does.
      const review = isReviewLine(vocabulary, text) || looksAtFigures(vocabulary, text);
      // Beside a KPI table, a line that names the KPIs refers to the table's, as prose around a KPI section's table does.
      const refers = tables.length > 0 && refersToKpis(vocabulary, text);
      if (!text || vocabulary.test("kpi-lead-in", text) || ((review || refers) && !isTarget(line))) continue;
      total++;
      if (isTarget(line)) withTarget++;
    }
  }
  // A plan that says its indicators have no targets has said so, whatever counts its lines hold.
  // So does one that puts the KPIs themselves off anywhere (「第2期のKPIは次回の会議で決定」 in its
  // next steps, an issues table's row "KPIs | to be agreed"): a sentence about the KPIs, not a row
  // of a KPI table, which is one KPI whose deferred target is reported on its own line.
  const noneSet =
    scope.statements.some((s) => vocabulary.test("no-target", normalText(s))) ||
    planStatements(model).some(
      // In a KPI section it is about the KPIs, whatever part holds that section (a decision's 「出資および業務提携」 item);
      // so is a line labelled by them, wherever it stands (「・KPI目標：TBD」 among a report's issues), as it declares them.
      (s) =>
        !inTable(s.span) &&
        (isUnder(model, s.section, "kpi") ||
          !ELSEWHERE.some((e) => isUnder(model, s.section, e)) ||
          labelsKpis(vocabulary, normalText(s))) &&
        putsKpisOff(vocabulary, s),
    );
  if (total > 0 && withTarget * 2 >= total && !noneSet) return reports;
  const anchor = scope.sections[0]?.headingSpan ?? scope.statements[0]?.span ?? tables[0]?.span ?? documentAnchor(model);
  return [{ messageId: "noTargets", span: anchor }, ...reports];
}

/**
 * Does a (normalised) line name the KPIs in running text, rather than be one: 「各フェーズの終了時に、
 * 別紙の評価指標の達成状況に基づき移行可否を判定する」, "progress on the KPIs goes to the board", a
 * table's caption 「（別紙）評価指標」? A line labelled by them names one ("KPI: satisfaction – higher").
 */
function refersToKpis(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("kpi-word", text) && !labelsKpis(vocabulary, text);
}

/**
 * Does a statement put the KPIs off: the KPIs named, then deferred (「KPIと目標値は次回決定」,
 * "KPI targets: TBD")? A deferral before them is another matter's ("sites with an open issue
 * review the KPI dashboard"). So is one on a review's agenda beside them ("the monthly review
 * looks at the KPIs and open issues", 「KPIと未決事項を確認」).
 */
function putsKpisOff(vocabulary: Vocabulary, s: Statement): boolean {
  if (!defers(s, vocabulary)) return false;
  const text = normalText(s);
  const kpi = vocabulary.find("kpi-word", text);
  return kpi !== undefined && defersItself(vocabulary, text.slice(kpi.index));
}

/**
 * Does a text put something off, rather than list open items as a thing to go through ("goes
 * through the KPIs and open items every month", 「KPIと未決事項を確認」)? Its first deferral
 * counts unless it is the next item of a list.
 */
function defersItself(vocabulary: Vocabulary, text: string): boolean {
  const deferral = vocabulary.find("deferral", text);
  return deferral !== undefined && !LISTED.test(text.slice(0, deferral.index));
}

/** A text that ends on what joins one item of a list to the next ("… and the", 「…と」「…及び」). */
const LISTED = /(?:\b(?:and|or)|[&とや]|及び|および)\s*(?:(?:the|any|all)\s*)?$/;

/**
 * A statement's lines, one KPI each, with prose hard-wrapped at a width read as one line: a long
 * line that ends mid-sentence, before a line that goes on in lower case or with a figure ("…waste
 * (target under" / "6% of baked value) and …"), or a Japanese line that ends on a comma (「…とし、」).
 * A line is as long as it stands in the source: a sentence that starts mid-line (`column`, after the
 * paragraph's last full stop) has a short first part on a long wrapped line ("The pack is reviewed").
 * A Japanese line wraps where it cannot end a clause: on a comma, a particle or 「・」 (open-end).
 */
function kpiLines(vocabulary: Vocabulary, text: string, column: number): string[] {
  const openEnd = vocabulary.derive("missing-kpi:open-end-ja", (v) => new RegExp(v.group("open-end", "ja")));
  const lines: string[] = [];
  /** The source width of the last line (its start column counted only for the statement's first). */
  let width = 0;
  for (const line of text.split(/\r?\n/)) {
    const last = lines.at(-1)?.trimEnd();
    const wrapped =
      last !== undefined &&
      ((width >= WRAP_WIDTH && !/[.。:：;；!?！？]$/.test(last) && /^\s*[a-z0-9(£$€¥]/.test(line)) || openEnd.test(last));
    if (wrapped) lines[lines.length - 1] = `${last} ${line.trim()}`;
    else lines.push(line);
    width = (last === undefined ? column : 0) + line.trimEnd().length;
  }
  return lines;
}

/** The width from which a line that ends mid-sentence is prose wrapped at a width, not a short item. */
const WRAP_WIDTH = 60;

/** After the word: the clause up to its first number, the number (a maximal run) and its unit. */
const BASELINE_REST = /[^\d,、;；)）→]*\d[\d,.]*(?:\s+[^\s,、;；)）→]*|[^\s\d,.、;；)）→][^\s,、;；)）→]*)?/y;
/** The clause after a word that has no number: it ends at a separator or the end of the text. */
const CLAUSE_WITHOUT_NUMBER = /[^\d,、;；)）→]*/y;

/**
 * The text with each baseline value (its baseline-word, the clause up to the number, the
 * number and its unit) replaced by a space. Two steps instead of one pattern: once a clause
 * is known to hold no number, later words in it are skipped, so repeated words are not
 * rescanned.
 */
function withoutBaselines(vocabulary: Vocabulary, text: string): string {
  let out = "";
  let copied = 0;
  let noNumberUntil = -1;
  for (const word of text.matchAll(vocabulary.regex("baseline-word", "g"))) {
    const start = word.index;
    if (start < copied || start < noNumberUntil) continue;
    BASELINE_REST.lastIndex = start + word[0].length;
    if (BASELINE_REST.exec(text)) {
      out += `${text.slice(copied, start)} `;
      copied = BASELINE_REST.lastIndex;
    } else {
      CLAUSE_WITHOUT_NUMBER.lastIndex = start + word[0].length;
      CLAUSE_WITHOUT_NUMBER.exec(text);
      noNumberUntil = CLAUSE_WITHOUT_NUMBER.lastIndex;
    }
  }
  return out + text.slice(copied);
}

/** A cell or line that says only a direction: 「向上」, "Higher." */
function directionOnly(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.derive("missing-kpi:direction-only", (v) => new RegExp(`^${v.group("direction-word")}[。.]?$`)).test(text);
}

/** Does a cell or line state a target? Asked of every KPI row and line on every lint: remembered. */
function statesTarget(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.derive("missing-kpi:states-target", (v) => new TextMemo((t) => judgeTarget(v, t))).get(text);
}

/**
 * Numbers that name an item or a point in time, not an amount: the label a milestone line opens
 * with ("M1", "WP2", "D3.1") and a month, week or stage counted from the start ("month 14", "phase 1").
 */
const ORDINAL_NUMBERS = /^\s*[a-z]{1,3}\d+(?:\.\d+)?\b|\b(?:month|week|day|year|phase|stage|gate|wave|step|sprint)\s+\d+\b/g;
/** A count after a definite word names things already known ("the two companies", "these three partners"): no amount to reach. */
const DEFINITE_COUNT = /\b(?:the|these|those|our|their|its)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b/g;

/**
 * A clock time or a recording's timestamp ("07:42", "02:25 KPIs, um, …"), and an item counted in
 * speech or numbered inline (「1つ目が、KPI」「2番目」, 「1、KPIの案を作る」): no amounts.
 */
const TIMES_AND_ITEM_NUMBERS = /\b\d{1,2}:\d{2}(?::\d{2})?\b|\d{1,2}\s*(?:つ目|番目)|^\s*\d{1,2}\s*[、)）](?!\d)/g;

/**
 * A Japanese ordinal (「毎月第1火曜」「第2四半期」) and the base of a rate, its unit after it (「1kmあたり」
 * 「1人当たり」, "per 1,000 orders"): a day, a part or a denominator, no amount to reach.
 */
const ORDINALS_AND_RATE_BASES = /第\s?\d+|(?<![\d,.])\d[\d,.]*\s?[^\s\d、。,.]{0,4}(?:あたり|当たり)|\bper\s+\d[\d,.]*/g;

/** Circled item numbers (①②③), which normalise() reads as digits: a list's labels, not amounts. */
const CIRCLED_NUMBERS = /[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]/g;

function judgeTarget(vocabulary: Vocabulary, text: string): boolean {
  const normal = normalise(text.replace(CIRCLED_NUMBERS, " "));
  const unnumbered = normal
    .replace(ORDINAL_NUMBERS, " ")
    .replace(ORDINALS_AND_RATE_BASES, " ")
    .replace(TIMES_AND_ITEM_NUMBERS, " ")
    .replace(DEFINITE_COUNT, " ");
  const t = withoutBaselines(vocabulary, unnumbered).trim();
  // A target put off until later (「実績を見て設定」) is no target, whatever numbers the sentence holds.
  if (!t || isDeferred(vocabulary, t) || vocabulary.test("target-deferral", t) || directionOnly(vocabulary, t)) return false;
  return hasPlaceholder(text) || hasQuantity(vocabulary, t) || /^[<>≥≤=~+\-±]*\s*\d/.test(t);
}

function cadenceCheck(model: PlanModel, sections: Section[], context: RuleContext): RuleReport[] {
  if (hasCadence(model, context.vocabulary)) return [];
  const section = sections[0];
  const report: RuleReport = { messageId: "noCadence", span: section?.headingSpan ?? documentAnchor(model) };
  if (section) {
    // The review line goes at the end of the KPI section (the template is a line, not a section).
    const fix = templateFix(model, context, "kpi-review", FIXES["kpi-review"], { after: section });
    if (fix) report.fix = fix;
  }
  return [report];
}

function hasCadence(model: PlanModel, vocabulary: Vocabulary): boolean {
  const cadenceTable = model.tables.some((t) => {
    const cols = t.header.map((c, i) => (vocabulary.test("cadence-column", normalise(c.text)) ? i : -1)).filter((i) => i >= 0);
    return t.rows.some((r) => cols.some((i) => vocabulary.test("cadence", normalise(r.cells[i]?.text ?? ""))));
  });
  if (cadenceTable) return true;
  // A heading may say it: 「KPI（毎月第1週に数字を共有）」, "KPIs (reviewed quarterly)".
  if (model.sections.some((s) => isReviewLine(vocabulary, s.title))) return true;
  // A plan that reviews its KPIs only when needed (「KPIのレビューは、必要に応じて実施する」) has
  // said so: then only a cadence for the KPIs themselves counts, not "access logs shared monthly".
  const adHoc = model.statements.some((s) => isAdHocReview(vocabulary, normalText(s)));
  return model.statements.some((s) => {
    // On one line: a cadence hard-wrapped across the break ("every\nsix months") is a cadence.
    const text = flatText(s);
    // "2,500 trips per month" is a unit: a cadence counts only with a review, meeting or report, or
    // under a key that says it is one, as a table's cadence column does (`governance.cadence: monthly`),
    // or said of the figures themselves ("We look at three numbers every Friday"): a measurement cadence.
    const cadence = isReviewLine(vocabulary, text) || looksAtFigures(vocabulary, text) || cadenceField(vocabulary, s);
    if (!cadence || (defers(s, vocabulary) && defersItself(vocabulary, text))) return false;
    return !adHoc || vocabulary.test("kpi-word", text) || isUnder(model, s.section, "kpi");
  });
}

/** A YAML value under a cadence key (`cadence`, `review_frequency`, 「報告頻度」) that names a cadence. */
function cadenceField(vocabulary: Vocabulary, s: Statement): boolean {
  if (s.key === undefined) return false;
  const last = s.key.slice(s.key.lastIndexOf(".") + 1).replace(/_/g, " ");
  return vocabulary.test("cadence-column", normalise(last)) && vocabulary.test("cadence", normalise(s.text));
}

/** A KPI review on no cadence: a review of the KPIs or progress, only when needed. */
function isAdHocReview(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("ad-hoc", text) && vocabulary.test("review-word", text) && !vocabulary.test("cadence", text);
}
