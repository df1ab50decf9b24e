/**
 * governance: a body runs the alliance (a joint or steering committee, a regular meeting, the
 * alliance managers) and the plan says how it works — how often it meets, or how it decides
 * and escalates. Wherever the plan says it: a KPI review "at the monthly steering committee"
 * is governance too.
 */
import type { PlanModel, Section, Statement } from "../server/engine/model";
import type { Rule } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import { defers, documentAnchor, isUnder, normalText, planStatements, rowLabel, rowOf, sectionsOf, statementsIn } from "./lib/plan-scope";
import { normalise } from "./lib/lexicon";
import { elementFinding } from "./lib/element-finding";

/** What the placeholder replacing a deferred governance clause asks for. */
const HINT = { ja: "会議体・開催頻度・意思決定の方法", en: "the committee, how often it meets and how it decides" };
const FIXES = { governance: { ja: "推進体制（ガバナンス）のテンプレートを挿入", en: "Insert a governance template" } };

export const governance: Rule = {
  meta: {
    id: "governance",
    headline: false,
    element: "governance",
    states: { noBody: "missing" },
    fixable: true,
    scope: "document",
    summary:
      "no body that runs the alliance (合同委員会, 定例会, steering committee, alliance managers); a body with neither how often it meets nor how it decides or escalates",
    placeholderHint: HINT,
    fixes: FIXES,
    // Off: issue 11 ships a checklist rule off unless it meets the bar at first contact on the
    // last batch; it met it on batch k but not on batch l (Japanese precision 0.87, docs/quality.md).
    // `governance: warn` in a config, or a preset that lists it, turns it on.
    defaultSeverity: "off",
    description: {
      ja: "提携を運営する会議体（合同委員会・定例会・窓口責任者など）があり、その開催頻度か意思決定・エスカレーションの方法が書かれているかを確認します。",
      en: "Checks that a body runs the alliance (a joint or steering committee, a regular meeting, alliance managers) and that the plan says how often it meets or how it decides and escalates.",
    },
    messages: {
      noBody: {
        ja: "提携を運営する会議体（合同委員会・定例会など）がありません。構成・開催頻度・意思決定の方法を定めてください。",
        en: "No body runs the alliance: name a steering committee or regular meeting, who sits on it, how often it meets and how it decides.",
      },
      noRules: {
        ja: "会議体はありますが、開催頻度も、意思決定・エスカレーションの方法も書かれていません。",
        en: "The plan names a governing body but neither how often it meets nor how it decides or escalates.",
      },
    },
    rationale: {
      ja: "提携は両社の間に置かれた組織で、誰がいつ何を決めるかを決めておかないと、問題が起きても誰も判断せず、関係が静かに形骸化します。合同委員会と定例会、経営層・現場・PMの三層のコミュニケーション、合意事項の定期的な見直しが成功要因に挙げられています。",
      en: "An alliance sits between two organisations: unless the plan says who decides what and when, problems go undecided and the alliance quietly withers. A joint committee with regular meetings, communication at executive, operational and project level, and periodic review of what was agreed are named success factors.",
    },
    examples: {
      good: {
        ja: "両社の担当役員で構成する合同委員会を四半期ごとに開催し、合意に至らない事項は両社の社長に付議する。",
        en: "A joint steering committee of both executive sponsors meets quarterly; matters it cannot settle are escalated to the two CEOs.",
      },
      bad: { ja: "両社は緊密に連携して本提携を推進する。", en: "Both parties will work closely together to drive the alliance." },
    },
  },
  check(model, context) {
    const { vocabulary } = context;
    const sections = sectionsOf(model, "governance");
    const ledSections = sections.filter((g) => runsAlliance(g, vocabulary) && !isField(model, g));
    const led = new Set(ledSections.map((g) => g.index));
    // What the plan says, statement by statement and title by title (「KPI（月次の両社営業会議で確認）」 may be a heading).
    const statements = planStatements(model);
    const ownBodies = ownBodyNames(statements, vocabulary);
    const alliancePart = (text: string) => withoutNames(vocabulary.remove("internal-body", text), ownBodies);
    const followsBody = bodyParagraphs(model, statements, vocabulary, alliancePart);
    const texts = [
      ...statements
        .filter((s) => !defers(s, vocabulary))
        .map((s) => ({
          text: alliancePart(ownText(s)),
          ledBy: followsBody.has(s) || underAny(model, s, led) || ledRow(model, s, vocabulary),
          sentence: s.kind === "sentence",
        })),
      ...model.sections
        .filter((g) => !isUnder(model, g.index, "notes"))
        .map((g) => ({ text: alliancePart(normalise(g.title)), ledBy: false, sentence: false })),
    ];
    const hasBody = ledSections.length > 0 || texts.some((t) => t.ledBy || namesBody(t.text, vocabulary));
    const hasRules = texts.some(
      (t) =>
        (t.ledBy ? statesRules(t.text, vocabulary) : bodyWithRules(t.text, t.sentence, vocabulary)) ||
        // 「次回：…（毎月第2水曜日に開催）」 in the body's own minutes: the meeting held is the body named elsewhere.
        (hasBody && vocabulary.test("meeting-verb", t.text) && meetsOften(t.text, vocabulary)),
    );
    if (hasBody && hasRules) return [];
    const section = sections[0];
    return [
      elementFinding(model, context, {
        messageId: hasBody ? "noRules" : "noBody",
        span: section?.headingSpan ?? documentAnchor(model),
        section,
        template: "governance",
        title: FIXES.governance,
        hint: HINT,
        deferring: deferringIn(model, sections, vocabulary),
      }),
    ];
  },
};

/**
 * The names of the bodies the plan calls one party's own ("Halden's Credit Committee"), without
 * the possessive: the same committee named later without it ("until the Credit Committee
 * reviews") is still that party's. Names of two words or more only: a bare "committee" may be
 * another one.
 */
function ownBodyNames(statements: Statement[], vocabulary: Vocabulary): string[] {
  const names = new Set<string>();
  for (const s of statements) {
    // Every statement is searched for each name: a plan names a few; a document naming thousands is no plan.
    if (names.size >= MAX_OWN_BODIES) break;
    const found = vocabulary.find("internal-body", normalText(s))?.text;
    const name = found?.match(OWNED_NAME)?.[1].replace(/\s+/g, " ");
    if (name?.includes(" ")) names.add(name);
  }
  return [...names];
}

const MAX_OWN_BODIES = 16;

/** A possessive and the name it owns: "halden's credit committee" → "credit committee". */
const OWNED_NAME = /^\w+(?:['’]s|s['’])\s+(\S.*)$/s;

/**
 * The statement as the governance reads it: a line that is a field of its own ("**Status:** for
 * approval by …") under a bold label read as a heading ("**Date of meeting:** 3 May") is about
 * its own label, not that heading's.
 */
function ownText(s: Statement): string {
  return s.kind !== "field" && FIELD_LINE.test(s.text) ? normalise(s.text) : normalText(s);
}

function withoutNames(text: string, names: string[]): string {
  return names.reduce((rest, name) => rest.split(name).join(" "), text);
}

function namesBody(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.test("governance-body", text);
}

/**
 * A governance section about who runs the alliance (「推進体制」, "Governance", "Steering
 * committee"): the people it names are the body. A section only about reviews or reporting
 * ("Reporting", 「レビュー」) names none.
 */
function runsAlliance(section: Section, vocabulary: Vocabulary): boolean {
  return leadsBy(normalise(section.title), vocabulary);
}

/** Does a governance title (a section's or a row's label) say who runs the alliance? */
function leadsBy(title: string, vocabulary: Vocabulary): boolean {
  const own = vocabulary.remove("internal-body", title);
  // A title that says only when reviews happen ("cadence", 「開催頻度」) names no one either.
  return namesBody(own, vocabulary) || !(vocabulary.test("review-word", own) || vocabulary.test("cadence-column", own));
}

/**
 * A row of a clause-per-row table labelled as the governance ("| 16 | Governance | One data
 * owner each … | 9.2 |"): like a governance section, the people it names are the body. Not a
 * row of a side-by-side table, a cell per party (「| 運営 | 夜間開館 | 予約管理 |」): that is
 * who does which work.
 */
function ledRow(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const label = rowLabel(model, s);
  if (label === undefined || !vocabulary.test("governance-heading", label) || !leadsBy(label, vocabulary)) return false;
  const worded = rowOf(model, s)?.cells.filter((cell) => /\p{L}/u.test(cell.text)) ?? [];
  return worded.length <= 2;
}

/**
 * A bold label and its colon with its value on the same line ("**Date of panel meeting:** 3 May"),
 * read as a heading: a field of the document's header block, which leads none of the fields
 * after it. A bold name before its description ("**Joint Board** (both CEOs): quarterly") is
 * not a field: it names the body its line describes.
 */
function isField(model: PlanModel, section: Section): boolean {
  if (section.kind !== "pseudo" || !LABEL_END.test(model.text.slice(section.headingSpan.start, section.headingSpan.end).trimEnd()))
    return false;
  const lineEnd = model.text.indexOf("\n", section.headingSpan.end);
  return model.text.slice(section.headingSpan.end, lineEnd < 0 ? undefined : lineEnd).trim() !== "";
}

/** A label's colon at the end of a bold heading: "**Status:**", "**Status**:". */
const LABEL_END = /[:：](?:\*\*|__)?$|(?:\*\*|__)[:：]$/;

/**
 * Sentences that go on about a body named earlier in their paragraph: "The steering group meets
 * every second Monday. It decides by consensus; …" — the second sentence's "it" is the body.
 */
function bodyParagraphs(
  model: PlanModel,
  statements: Statement[],
  vocabulary: Vocabulary,
  alliancePart: (text: string) => string,
): Set<Statement> {
  const following = new Set<Statement>();
  let named = false;
  statements.forEach((s, i) => {
    const previous = statements[i - 1];
    const between = previous ? model.text.slice(previous.span.end, s.span.start) : "";
    const sameParagraph = s.kind === "sentence" && previous?.kind === "sentence" && !/\n[ \t]*\r?\n/.test(between);
    // A header block's fields ("Paper for: Executive Committee" / "Decision needed: approve …") are
    // lines of their own, each about its label, not sentences going on about a body.
    const fields = between.includes("\n") && (FIELD_LINE.test(s.text) || FIELD_LINE.test(previous?.text ?? ""));
    named = sameParagraph && !fields && (named || namesBody(alliancePart(normalText(previous)), vocabulary));
    if (named) following.add(s);
  });
  return following;
}

/**
 * A line that is a field: a short label and a colon before its value ("Meeting: 14 October 2025",
 * 「日時：…」), the label maybe in bold ("**Facilitator:** …").
 */
const FIELD_LINE = /^(?:\*\*|__)?\p{L}[\p{L}\p{N} &'/-]{0,29}(?:[:：](?:\*\*|__)?|(?:\*\*|__)[:：])/u;

/** Is the statement in one of these sections or their subsections? (By its ancestry: linear, however many sections.) */
function underAny(model: PlanModel, s: Statement, sections: Set<number>): boolean {
  for (let i = s.section; i !== undefined; i = model.sections[i].parent) if (sections.has(i)) return true;
  return false;
}

/**
 * How often the body meets (a cadence beside it, not the one inside its name: 「定例会」 says it
 * is regular, not how often), or how it decides or escalates.
 */
function statesRules(text: string, vocabulary: Vocabulary): boolean {
  return meetsOften(text, vocabulary) || vocabulary.test("decision-rule", text);
}

/**
 * A statement that names a body and says how it works. In a sentence, how often is in the body's
 * own clause ("data refreshed weekly; we review it at the Monday stand-up" times the data, not the
 * stand-up); how it decides may be anywhere ("the committee meets monthly; it decides by
 * consensus"). A row or a list item is all about its label: 「JV board | 3 + 2 directors; monthly
 * board」.
 */
function bodyWithRules(text: string, sentence: boolean, vocabulary: Vocabulary): boolean {
  if (!namesBody(text, vocabulary)) return false;
  if (!sentence || vocabulary.test("decision-rule", text)) return statesRules(text, vocabulary);
  return text.split(CLAUSE_BREAK).some((c) => namesBody(c, vocabulary) && meetsOften(c, vocabulary));
}

/** Where one clause of a sentence ends and the next begins. */
const CLAUSE_BREAK = /[;；]/;

function meetsOften(text: string, vocabulary: Vocabulary): boolean {
  const often = vocabulary.remove("governance-body", text);
  return vocabulary.test("cadence", often) || vocabulary.test("meeting-cadence", often);
}

function deferringIn(model: PlanModel, sections: Section[], vocabulary: Vocabulary): Statement[] {
  return sections.flatMap((s) => statementsIn(model, s)).filter((s) => defers(s, vocabulary));
}
