/**
 * open-decision: every decision the plan puts off (「別途協議」「今後検討」, "TBD", "to be
 * agreed") reported once, on the phrase, so a reviewer sees the whole list of what is still
 * open — except where a headline rule already reports the deferral (an exit or IP clause
 * left to later, a KPI row whose target is TBD): the same point is not said twice.
 */
import type { PlanElement, PlanModel, Span, Statement } from "../server/engine/model";
import { checkOnce, type Rule, type RuleContext } from "../server/engine/rule";
import { normaliseTitle } from "../server/engine/elements";
import type { Concept, Vocabulary } from "./vocab";
import { normalise } from "./lib/lexicon";
import { defers, documentAnchor, isUnder, normalText, planStatements, rowLabel, rowOf, tableOf } from "./lib/plan-scope";
import { findDeferrals, findPhrases, withDeferralSuggestions, type Deferral } from "./lib/deferral-suggestions";
import { sentenceSpans } from "../server/engine/sentences";
import { vagueObjective } from "./vague-objective";
import { missingKpi } from "./missing-kpi";
import { missingExitClause } from "./missing-exit-clause";
import { undefinedIpOwnership } from "./undefined-ip-ownership";

/** The headline rules whose findings already name the deferrals they judge. */
const HEADLINE_RULES = [vagueObjective, missingKpi, missingExitClause, undefinedIpOwnership];

/** What the placeholder replacing a deferral asks for. */
const HINT = { ja: "決定内容", en: "the decision" };

export const openDecision: Rule = {
  meta: {
    id: "open-decision",
    headline: false,
    fixable: false,
    scope: "statement",
    summary:
      "every decision the plan leaves open (「別途協議」「今後検討」「未定」, TBD, to be agreed), once each, unless a headline rule already reports it; boilerplate 「誠意をもって協議」 is not one",
    placeholderHint: HINT,
    defaultSeverity: "off",
    description: {
      ja: "計画の中で先送りされた決定（「別途協議」「今後検討」「未定」など）を、未決事項として一つずつ報告します。見出しのルール（出口条項・知財の帰属・KPI）がすでに報告する先送りは重ねて報告しません。",
      en: "Reports each decision the plan leaves open ('TBD', 'to be agreed', 'subject to further discussion') as an open point, once; deferrals a headline rule already reports (exit, IP ownership, KPI targets) are not repeated.",
    },
    messages: {
      open: {
        ja: "未決事項：「{phrase}」。決めた内容を書くか、誰がいつまでに決めるかを明記してください。",
        en: "Open point: '{phrase}'. State the decision, or who decides it and by when.",
      },
    },
    rationale: {
      ja: "「別途協議」「追って定める」は、その項目が決まっていないことを意味します。未決事項の一覧が見えなければ、締結前に何を詰めるべきかが分からず、曖昧なまま合意した点が後の紛争の種になります。",
      en: "'To be agreed' means the point is not decided. Without the full list of open points a reviewer cannot see what must be settled before signing, and points left vague become the disputes of later years.",
    },
    examples: {
      good: {
        ja: "共同販促の費用は両社が50％ずつ負担する。",
        en: "The joint marketing budget is shared 50/50.",
      },
      bad: { ja: "共同販促の費用負担は別途協議する。", en: "The split of joint marketing costs is to be agreed." },
    },
  },
  check(model, context) {
    const { vocabulary } = context;
    const statements = planStatements(model);
    const statusCells = openStatusCells(model, statements, vocabulary);
    const deferring = statements.filter(
      (s) => (leavesOpen(s, vocabulary) || statusCells.has(s.span.start) || askedInItem(model, s, vocabulary)) && !settles(s, vocabulary),
    );
    // The headline rules run again only for a plan that defers something.
    if (!deferring.length) return [];
    const reported = headlineDeferrals(model, context, statements);
    return deferring.flatMap((s) => {
      if (reported(s)) return [];
      const points = perSentence(model, s, context);
      // An open point said in plain words (「まだ決めていない」, "still open"), or by an issues table's status code, where no deferral phrase is.
      if (!points.length && !defers(s, vocabulary)) {
        const [said] = findPhrases(vocabulary, "open-point", model.text, s.span.start, s.span.end);
        if (said) return [{ messageId: "open", data: { phrase: said.phrase }, span: { start: said.start, end: said.end } }];
        const asked = askedInItem(model, s, vocabulary);
        if (asked) return [{ messageId: "open", data: { phrase: model.text.slice(asked.start, asked.end) }, span: asked }];
        const cell = statusCells.get(s.span.start);
        if (!cell) return [];
        // A status code says little alone: the row's label names the point ("reserved matters: P").
        const phrase = [rowLabel(model, s), model.text.slice(cell.start, cell.end).trim()].filter(Boolean).join(": ");
        return [{ messageId: "open", data: { phrase }, span: cell }];
      }
      // A boilerplate line (「誠意をもって協議」) matches the concept but defers nothing.
      return points.map(({ deferral, sentence }) => {
        const report = { messageId: "open", data: { phrase: deferral.phrase }, span: { start: deferral.start, end: deferral.end } };
        return withDeferralSuggestions(report, model, context, HINT, [sentence]);
      });
    });
  },
};

/**
 * The first deferral of each sentence: a paragraph or list item that leaves two points open
 * (「…は別途協議。…も未定。」, "Pricing is to be agreed. The stand's cost split is to be agreed.")
 * is two open points; two deferral words in one sentence are one.
 */
function perSentence(model: PlanModel, s: Statement, context: RuleContext): { deferral: Deferral; sentence: Span }[] {
  const deferrals = findDeferrals(context.vocabulary, model.text, s.span.start, s.span.end);
  const sentences = sentenceSpans(model.text.slice(s.span.start, s.span.end), s.span.start, context.lang);
  const found: { deferral: Deferral; sentence: Span }[] = [];
  for (const deferral of deferrals) {
    const sentence = sentences.find((span) => span.start <= deferral.start && deferral.start < span.end) ?? s.span;
    if (!found.some((f) => f.sentence.start === sentence.start)) found.push({ deferral, sentence });
  }
  return found;
}

/** A deferral (「別途協議」, TBD), or a decision said in plain words to be still open (「まだ決めていない」). */
function leavesOpen(s: Statement, vocabulary: Vocabulary): boolean {
  return defers(s, vocabulary) || vocabulary.test("open-point", normalText(s));
}

/**
 * A question a list item hands to someone to answer, from the item's start to its question mark:
 * in a checklist or notes a point put as a question with its responder after a dash ("Who signs
 * off the budget? — finance to advise", 「費用は折半でよいか？ — 経理に確認」) is not yet decided;
 * so is a bare question listed under a heading that names its items open points ("## Open
 * questions", 「■未決事項」). Any other bare question is left alone: a case study's or a workshop's
 * questions are not the plan's decisions, a Q&A item answers its own ("Q: …? → A: …"), and
 * sub-items discuss their parent's. (Not every item under such a heading: a check still to make,
 * "ask the vendor for …", is no decision.)
 */
function askedInItem(model: PlanModel, s: Statement, vocabulary: Vocabulary): Span | undefined {
  if (!isItem(model, s)) return undefined;
  const text = model.text.slice(s.span.start, s.span.end);
  const length = ASKED.exec(text)?.[0].length ?? (underOpenPoints(model, s, vocabulary) ? listedPoint(text, vocabulary) : undefined);
  return length ? { start: s.span.start, end: s.span.start + length } : undefined;
}

/** A list item, in Markdown or in a YAML plan's sequence (「open_items:」 over 「  - 負担方法」). */
function isItem(model: PlanModel, s: Statement): boolean {
  if (s.kind === "list-item") return true;
  const line = model.text.slice(model.text.lastIndexOf("\n", s.span.start - 1) + 1, s.span.start);
  return s.kind === "field" && /^[ \t]*-[ \t]+$/.test(line);
}

/** A trailing note in brackets (「（6.参照）」, "(TUPE)") or a closing full stop: not the point's words. */
const TRAILING_NOTE = /(?:[（(][^（）()]*[）)]|[.。])$/u;

/** Longer than this, an item is prose, not the name of a point. */
const MAX_POINT = 80;

/**
 * The length of the point a list item under an open-points heading names: a bare question, or a
 * point named rather than said — a noun phrase or an embedded question (「開発費の分担」「AIモデル
 * の帰属（6.）」, "Treatment of transferring staff", "whether haulage is in scope"). An item that
 * says something (「費用は折半する」, "Legal will check the draft") is a decision, a status or a step.
 */
function listedPoint(text: string, vocabulary: Vocabulary): number | undefined {
  const question = BARE_QUESTION.exec(text);
  if (question) return question[0].length;
  if (text.length > 2 * MAX_POINT) return undefined;
  let point = text.trimEnd();
  for (let m; (m = TRAILING_NOTE.exec(point));) point = point.slice(0, m.index).trimEnd();
  if (!point || point.length > MAX_POINT || /[。:：;；]|\.\s/u.test(point)) return undefined;
  const said = normalise(point.replace(/\s+/g, " "));
  return vocabulary.test("point-question", said) || !vocabulary.test("point-predicate", said) ? point.length : undefined;
}

/** A question and its responder after a dash. */
const ASKED = /^[^?？]*[^?？\s][?？]+(?=\s*[—–-]\s*\S)/u;

/** A question that is the whole item: nothing but closing marks after its question mark. */
const BARE_QUESTION = /^[^?？]*[^?？\s][?？]+(?=[\s)）]*$)/u;

/** Is the statement in a section whose title names a list of open points ("Open questions", 「未決事項」)? */
function underOpenPoints(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  return s.section !== undefined && vocabulary.test("open-points-label", normaliseTitle(model.sections[s.section].title));
}

/**
 * A statement that only looks deferred: a value fixed by a stated rule, the label over a list of
 * open points, or the key of a table's status codes ("Status key: A = agreed, O = open").
 */
function settles(s: Statement, vocabulary: Vocabulary): boolean {
  const label = normaliseTitle(s.text.replace(/<[^<>]*>/g, " "));
  const text = normalText(s);
  return vocabulary.test("settled-by-rule", text) || vocabulary.test("status-key", text) || vocabulary.test("open-points-label", label);
}

/**
 * The status cells of an issues table that mark a row still undecided: a status column's code
 * ("O", 「△」, "O - partner to send a mark-up") that the plan's status key defines as open
 * ("O = open", 「△継続協議」); or, in a table whose rows are issues (「論点」, "Issue"), a status
 * said in words that is not a settlement (「段階的に統一する案」「見積依頼中」, "Orrin to come
 * back with a number"). Such a row says its point is open without a deferral phrase of its own.
 */
function openStatusCells(model: PlanModel, statements: Statement[], vocabulary: Vocabulary): Map<number, Span> {
  const codes = openCodes(statements, vocabulary);
  const issues = new Set(model.tables.filter((t) => t.header.some((h) => vocabulary.test("issue-column", normalise(h.text).trim()))));
  const cells = new Map<number, Span>();
  if (!codes.size && !issues.size) return cells;
  for (const s of statements) {
    const table = tableOf(model, s);
    const column = table?.header.findIndex((h) => statusHeader(h.text, vocabulary)) ?? -1;
    const cell = column >= 0 ? rowOf(model, s)?.cells[column] : undefined;
    if (!cell) continue;
    const status = cell.text.replace(/\*/g, "").trim();
    const keyed = codes.has(status.split(/[\s\-–—]/)[0]);
    if (keyed || (issues.has(table!) && vocabulary.test("pending-status", normalise(status)))) cells.set(s.span.start, cell.span);
  }
  return cells;
}

/** A status column's header, alone or first of a pair ("Status / next step", 「状況／対応」). */
function statusHeader(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.test("status-column", normalise(text).split(/[/／]/)[0].trim());
}

/** The codes a status key line defines as open: "O = open", "P = partly agreed", 「△継続協議」, 「×対立」. */
function openCodes(statements: Statement[], vocabulary: Vocabulary): Set<string> {
  const codes = new Set<string>();
  for (const s of statements.filter((k) => vocabulary.test("status-key", normalText(k)))) {
    const entries = s.text
      .replace(/\*/g, "")
      .replace(/^[^:：]*[:：]/, "")
      .split(/[,，、;；·・\u3000]|\s{2,}/);
    for (const entry of entries) {
      const m = /^([a-z\d]{1,2}(?![a-z\d])|[^\sa-z\d])\s*(?:[=＝:：]\s*)?(\S.*)$/i.exec(entry.trim());
      if (m && vocabulary.test("open-status", normalise(m[2]))) codes.add(m[1]);
    }
  }
  return codes;
}

/** The words that put a statement on a headline element's topic, besides sitting in its section. */
const TOPICS: Partial<Record<PlanElement, Concept[]>> = {
  kpi: ["kpi-word", "target-deferral", "kpi-topic"],
  exit: ["exit-heading", "continuation", "term-topic"],
  ip: ["ownership-topic", "ip-word", "rights-topic"],
};

/**
 * The words that name a headline element outright (「KPI」「撤退」「帰属」, "KPI", "exit", "ownership"):
 * a deferral that names its element is the headline statement left open, whether or not the
 * headline rule reports it here (the deferral is its matter, not the checklist's).
 */
const NAMED_TOPICS: Concept[] = ["kpi-word", "target-deferral", "exit-heading", "ownership-topic"];

/**
 * A verb of ending, as a word in English: end-verb leaves its boundaries to the sentence shapes
 * that use it, and "pending", "spend" or "vendor" hold "end" but end nothing.
 */
function endingWords(vocabulary: Vocabulary): RegExp {
  return vocabulary.derive("open-decision:ending", (v) => new RegExp(`${v.group("end-verb", "ja")}|\\b${v.group("end-verb", "en")}\\b`));
}

/** Column names that put a table row on an element's topic: a TBD under a Target column. Headers only — "to" is a column name, not a topic in prose. */
const HEADER_TOPICS: Partial<Record<PlanElement, Concept[]>> = { kpi: ["target-column"] };

/**
 * Which statements a headline finding already covers: those its placeholder suggestions edit
 * or its finding spans (a KPI row, an objective line), and — when the rule reports its element
 * at all — every deferring statement on that element (in its section, or in its words: a
 * 「契約期間：未定」 line when the exit clause is reported). A deferral that names its element
 * outright (「KPIは協議の上決定」) is left to the headline rule even where it does not report.
 */
function headlineDeferrals(model: PlanModel, context: RuleContext, statements: Statement[]): (s: Statement) => boolean {
  const anchor = documentAnchor(model);
  const spans: Span[] = [];
  const elements: PlanElement[] = [];
  for (const rule of HEADLINE_RULES) {
    const reports = checkOnce(rule, model, context);
    if (reports.length && rule.meta.element) elements.push(rule.meta.element);
    for (const r of reports) {
      if (r.span.start !== anchor.start || r.span.end !== anchor.end) spans.push(r.span);
      spans.push(...(r.suggestions ?? []).flatMap((f) => f.edits.map((e) => e.span)));
    }
  }
  const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
  const ending = endingWords(context.vocabulary);
  const saysTopic = (text: string, element: PlanElement) =>
    (TOPICS[element] ?? []).some((c) => context.vocabulary.test(c, text)) || (element === "exit" && ending.test(text));
  const onTopic = (s: Statement, element: PlanElement) => {
    const header = tableHeader(model, s);
    return (
      isUnder(model, s.section, element) ||
      saysTopic(`${normalText(s)} ${header}`, element) ||
      (HEADER_TOPICS[element] ?? []).some((c) => context.vocabulary.test(c, header))
    );
  };
  const names = (s: Statement) => NAMED_TOPICS.some((c) => context.vocabulary.test(c, normalText(s)));
  const before = antecedents(model, statements, context.vocabulary);
  const continues = (s: Statement) => before(s).some((text) => elements.some((e) => saysTopic(text, e)));
  return (s) => spans.some((span) => within(span, s.span)) || elements.some((e) => onTopic(s, e)) || names(s) || continues(s);
}

/** How far back a sentence without a subject of its own is read: the point it continues is close by. */
const MAX_ANTECEDENTS = 3;

/**
 * What a deferring sentence without a subject of its own continues, as texts: one that opens
 * with its deferral (「決まり次第お知らせします」) or with a word pointing back (「ここはまだ決まって
 * いません」, "This is an open point") is about the sentences before it in its paragraph and,
 * when it answers one, the question just before the paragraph (a line, or the section's title).
 * List items and table cells are points of their own.
 */
function antecedents(model: PlanModel, statements: Statement[], vocabulary: Vocabulary): (s: Statement) => string[] {
  const index = new Map(statements.map((s, i) => [s, i]));
  const gap = (a: Statement, b: Statement) => model.text.slice(a.span.end, b.span.start);
  return (s) => {
    const i = index.get(s);
    if (i === undefined || s.kind !== "sentence" || !withoutSubject(model, s, vocabulary)) return [];
    const found: string[] = [];
    let first = s;
    for (let k = i - 1; k >= 0 && found.length < MAX_ANTECEDENTS; k--) {
      const between = gap(statements[k], first);
      if (between.includes("|")) return found;
      if (/\n[ \t>]*\n/.test(between)) {
        if (statements[k].section === first.section) return isQuestion(statements[k].text) ? [...found, normalText(statements[k])] : found;
        break;
      }
      found.push(normalText(statements[k]));
      first = statements[k];
    }
    // The first paragraph of a section answers the section's title when it asks.
    const title = first.section === undefined ? "" : model.sections[first.section].title;
    return isQuestion(title) && statements[index.get(first)! - 1]?.section !== first.section ? [...found, normalise(title)] : found;
  };
}

/** A sentence that opens with its deferral, or whose subject points back. */
function withoutSubject(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (vocabulary.test("pointer-subject", normalText(s))) return true;
  const [first] = findPhrases(vocabulary, "deferral", model.text, s.span.start, s.span.end);
  return !!first && !/[\p{L}\p{N}]/u.test(model.text.slice(s.span.start, first.start));
}

/** A question: a reader's (「…ですか？」, "Who owns the model?") that the next paragraph answers. */
function isQuestion(text: string): boolean {
  const plain = text.replace(/[*_]/g, "").trimEnd();
  return plain.endsWith("?") || plain.endsWith("？");
}

/**
 * A table row's header over its values, normalised: a TBD under a Target column is about the KPI's
 * target. Where the other columns have headers of their own, the first column's names what the
 * row labels are ("Term | Proposed terms" over "Option pool | TBD"), not the row's topic; alone, it
 * titles the table ("IP and brand | " over "Co-developed range | TBD").
 */
function tableHeader(model: PlanModel, s: Statement): string {
  const table = tableOf(model, s);
  if (!table) return "";
  const values = table.header.slice(1);
  const headers = values.some((c) => c.text.trim()) ? values : table.header;
  return normalise(headers.map((c) => c.text).join(" "));
}
