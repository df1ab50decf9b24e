/**
 * early-process: a plan written before the alliance is agreed says how the parties get there —
 * an NDA before information is shared, due diligence on the partner (財務・法務・知財・
 * コンプライアンス), and a small pilot with a criterion for going on. Only before signing: the
 * stage is read from the document (a proposal, a 稟議, a board paper asking for the decision, a
 * signing still ahead), and an agreement, a contract or a review of a running alliance is left
 * alone. One finding per missing item.
 */
import type { PlanModel, Section, Statement } from "../server/engine/model";
import type { Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Concept, Vocabulary } from "./vocab";
import { defers, documentAnchor, documentTitles, isUnder, normalText, planStatements, sectionsOf, statementsIn } from "./lib/plan-scope";
import { normalise } from "./lib/lexicon";
import { elementFinding } from "./lib/element-finding";
import { before, datesIn, type DatePeriod } from "./lib/dates";
import { planDate } from "./lib/plan-timeline";

const HINT = { ja: "締結前の手順（秘密保持・調査・パイロット）", en: "the steps before signing (NDA, due diligence, pilot)" };
const FIXES = { "early-process": { ja: "締結前のプロセスのテンプレートを挿入", en: "Insert a before-signing process template" } };

export const earlyProcess: Rule = {
  meta: {
    id: "early-process",
    headline: false,
    element: "process",
    states: { missingNda: "missing", missingDueDiligence: "missing", missingPilot: "missing" },
    fixable: true,
    scope: "document",
    summary:
      "before signing only (a proposal, 稟議 or board paper; not an agreement, a contract or a running alliance's review): no NDA before information is shared, no due diligence on the partner, no pilot / PoC, or a pilot without a go/no-go criterion — one finding each",
    placeholderHint: HINT,
    fixes: FIXES,
    // Off until its first-contact figures are in (issue 11: a checklist rule below target ships off).
    defaultSeverity: "off",
    description: {
      ja: "締結前の計画（提案書・稟議書・取締役会資料など）について、情報開示前の秘密保持契約、提携先のデューデリジェンス（財務・法務・知財・コンプライアンス）、継続の判断基準を持つ小規模なパイロット（PoC）が書かれているかを確認します。契約書や稼働中の提携の計画・レビューは対象外です。",
      en: "For a plan written before signing (a proposal, a board paper, an approval request), checks that it provides an NDA before information is shared, due diligence on the partner (financial, legal, IP, compliance), and a small pilot or PoC with a go/no-go criterion. Agreements, contracts and reviews of a running alliance are not checked.",
    },
    messages: {
      missingNda: {
        ja: "情報を開示する前の秘密保持契約（NDA）の締結が書かれていません。",
        en: "The plan does not provide for an NDA (confidentiality agreement) before information is shared.",
      },
      missingDueDiligence: {
        ja: "提携先のデューデリジェンス（財務・法務・知財・コンプライアンスの調査）が書かれていません。",
        en: "The plan does not provide for due diligence on the partner (financial, legal, IP, compliance).",
      },
      missingPilot: {
        ja: "本格展開の前の小規模なパイロット（PoC・試験導入）が書かれていません。",
        en: "The plan has no small pilot or PoC before the alliance scales.",
      },
      pilotWithoutCriterion: {
        ja: "パイロット（PoC）はありますが、本格展開に進むかどうかの判断基準（Go/No-Go・閾値・判断時期）が書かれていません。",
        en: "The plan has a pilot but no criterion for going on: state the go/no-go decision, its threshold or its decision point.",
      },
    },
    rationale: {
      ja: "提携の初期段階では、秘密保持契約で信頼の前提をつくり、財務・法務・知財・コンプライアンスまでのデューデリジェンスで後のトラブルを防ぎ、共同の小規模プロジェクトで相性を確かめることが推奨されています。パイロットは、どの結果なら先へ進むかを決めておかなければ何も検証しません。",
      en: "Early in an alliance the seeds recommend an NDA to build trust, due diligence reaching beyond the financials to legal, IP and compliance risks — insurance against later trouble — and a small joint project to test the fit. A pilot tests nothing unless the plan says which result lets it go on.",
    },
    examples: {
      good: {
        ja: "2026年4月に秘密保持契約を締結し、5月までに財務・法務・知財のデューデリジェンスを行う。7月から3店舗で3か月のパイロットを実施し、客単価が10％以上伸びた場合に全店展開を判断する。",
        en: "We sign a mutual NDA in April, complete financial, legal and IP due diligence by May, and run a three-month pilot in 3 stores from July; we roll out to all stores only if basket size grows by at least 10%.",
      },
      bad: {
        ja: "取締役会の承認後、速やかに契約を締結し、全店で展開する。",
        en: "Subject to board approval, we sign the agreement in June and launch in all stores in July.",
      },
    },
  },
  check(model, context) {
    const v = context.vocabulary;
    const statements = planStatements(model);
    const texts = [...statements.map(normalText), ...titles(model)];
    if (!beforeSigning(model, texts, v)) return [];
    const headings = filledTitles(model, v);
    const says = (concept: Concept) =>
      statements.some((s) => !defers(s, v) && v.test(concept, normalText(s))) || headings.some((t) => v.test(concept, t));
    const missing: string[] = [];
    if (!says("nda")) missing.push("missingNda");
    if (!says("due-diligence")) missing.push("missingDueDiligence");
    if (!says("pilot")) missing.push("missingPilot");
    else if (!pilotHasCriterion(model, statements, v)) missing.push("pilotWithoutCriterion");
    return missing.map((messageId) => finding(model, context, messageId));
  },
};

/** Headings say it too: 「秘密保持」, "Due diligence", 「提携検討資料」. */
function titles(model: PlanModel): string[] {
  return model.sections.filter((s) => s.kind !== "field" && !isUnder(model, s.index, "notes")).map((s) => normalise(s.title));
}

/**
 * Titles of sections that say something (「秘密保持」 over a clause, a YAML key `due_diligence:`
 * over its value), not over a blank or a 「TBD」.
 */
function filledTitles(model: PlanModel, vocabulary: Vocabulary): string[] {
  return model.sections
    .filter((s) => !isUnder(model, s.index, "notes") && statementsIn(model, s).some((st) => !defers(st, vocabulary)))
    .map((s) => normalise(s.title));
}

/**
 * Before signing: something marks the plan as a proposal, a decision request or a signing still
 * ahead (a dated or scheduled signing step that is not done), and nothing marks the alliance as
 * agreed or running, the document as the agreement itself, or its title as a report on results.
 * A term sheet, a letter of intent or a 基本合意書 is before signing whatever its preamble says:
 * the definitive agreement is still ahead.
 */
function beforeSigning(model: PlanModel, texts: string[], vocabulary: Vocabulary): boolean {
  const head = headLines(model);
  // A paper that only leads to the agreement (non-binding-paper), named in a head line, not in a sentence.
  if (head.some((line) => !line.includes("。") && vocabulary.test("non-binding-paper", line))) return true;
  if ([...headLines(model, SUBJECT_LINES), ...documentTitles(model)].some((line) => ANNOUNCEMENT.test(line))) return false;
  if (texts.some((t) => vocabulary.test("running-stage", t)) || signedEarlier(model, vocabulary)) return false;
  // A document that keeps calling itself "this Agreement" / 「本契約」 is the agreement.
  if (texts.filter((t) => vocabulary.test("agreement-self", t)).length >= AGREEMENT_SELF) return false;
  if ([...documentTitles(model), ...tableSubjects(headLines(model, SUBJECT_LINES))].some((t) => vocabulary.test("review-document", t)))
    return false;
  return (
    texts.some((t) => vocabulary.test("pre-signing", t)) ||
    head.some((line) => DRAFT_OR_PROPOSAL.test(line)) ||
    signingAhead(model, vocabulary)
  );
}

/** The document's head: its first lines that say something, where it says what it is. */
const HEAD_LINES = 8;
/** A 稟議's header table runs longer: its subject row may be the eleventh line (number, dates, drafter, approver, deadline first). */
const SUBJECT_LINES = 12;
function headLines(model: PlanModel, count = HEAD_LINES): string[] {
  const lines: string[] = [];
  for (const line of model.text.trimStart().split("\n", count * 4)) {
    if (line.trim() && lines.push(normalise(line)) >= count) break;
  }
  return lines;
}

/**
 * A head that announces what was decided (「…に関するお知らせ」, "FOR IMMEDIATE RELEASE", "Notice
 * concerning …"): a disclosure or a press release reports an alliance agreed, whatever signing its
 * timetable lists.
 */
const ANNOUNCEMENT =
  /お知らせ|プレスリリース|ニュースリリース|\bpress release\b|\bnews release\b|\bfor immediate release\b|\bnotice concerning\b/;
/**
 * A head that calls the document a draft or a proposal ("DRAFT v0.3", "Sponsorship proposal:",
 * "working draft", 「企画書」「…構想」, `status: 稟議前ドラフト`): "draft" as a noun, not "draft responses";
 * not "who to pitch". Not 「（案）」 nor 「提案」 alone: an agreement's draft and a running
 * alliance's change are marked so too.
 */
const DRAFT_OR_PROPOSAL =
  /\bdraft\b(?=\s*(?:v?\d|[-—–:·,)\]]|for\b|$))|working draft|\bproposal\b|(?<!\bto )\bpitch\b|ドラフト|企画書|企画案|構想/;

/** The subject in a header table: 「| 件名 | …契約の更新について |」. */
const SUBJECT_ROW = /^\|?\s*(?:件名|表題|subject)\s*\|([^|]*)/;
function tableSubjects(head: string[]): string[] {
  return head.flatMap((line) => SUBJECT_ROW.exec(line)?.[1] ?? []);
}

/** How many statements calling the document "this Agreement" make it the agreement. */
const AGREEMENT_SELF = 5;

/**
 * A step that signs an agreement — the alliance's, an NDA, an MOU — and is not marked done, in
 * a schedule or beside a date (「6月：本契約締結」, "April 2026: sign NDA and MOU"): the
 * alliance is not agreed yet. 「締結日から3年間」 counts a term, not a step; a date far from the
 * signing word (more than DATE_REACH characters) dates something else.
 */
const SIGNING = /締結(?!日[かよ]|した|しました|済)|調印(?!した|済)|\bsign(?:ing)?\b(?![- ]up)|\bexecut(?:e|ion)\b/;
/** Done: marked so, said in the past (「締結いたしました」), or dated as a record (「（2026年3月27日締結）」「…日締結の契約」). */
const DONE = /[済✓✔☑]|完了|(?:締結|調印)(?:いた|致)しました|\d日(?:締結|調印)(?=[)）、,の]|$)|\bdone\b|\bsigned\b|\bcompleted?\b/;
const AGREEMENT = /覚書|基本合意|\bmou\b|\bloi\b|letter of intent|term sheet/;

function signingAhead(model: PlanModel, vocabulary: Vocabulary): boolean {
  const scheduled = new Set(sectionsOf(model, "schedule").flatMap((section) => statementsIn(model, section)));
  const past = signedBefore(model, vocabulary);
  return planStatements(model).some((s) => {
    const t = normalText(s);
    const signing = SIGNING.exec(t);
    if (!signing || DONE.test(t) || !(scheduled.has(s) || vocabulary.test("date-like", t)) || past(t)) return false;
    // The date must date the signing: "Thank you for signing the Agreement …, effective 1 April 2026" dates the start.
    const dates = scheduled.has(s) ? [] : datesIn(t);
    if (dates.length && !nearest(dates, signing.index)) return false;
    return vocabulary.test("alliance", t) || vocabulary.test("nda", t) || AGREEMENT.test(t);
  });
}

/** A signing dated before the plan's own date has happened: the step is behind the plan, not ahead of it. */
function signedBefore(model: PlanModel, vocabulary: Vocabulary): (normal: string) => boolean {
  const written = planDate(model, vocabulary)?.date;
  return (normal) => {
    const dates = written ? datesIn(normal).filter((d) => !d.bare) : [];
    return dates.length > 0 && dates.every((d) => before(d.last, written!));
  };
}

/**
 * A signing said as done or as a dated record (「9月締結、」「…を締結。」), not one ahead (「締結する」);
 * 「2021年4月に…契約を締結し、」 takes its tense from the date before the plan's own.
 */
const SIGNED = /(?:締結|調印)(?=した|しま|し[、,]|[済。、,)）]|$)|\b(?:signed|executed|concluded|entered into)\b/g;
const CONTRACT = /契約|協定|\bagreements?\b|\bcontracts?\b|\blicen[cs]es?\b/;
/** How far (characters) a date may stand from the signing it dates. */
const DATE_REACH = 60;

/**
 * The alliance's agreement signed on a date before the plan's own (「2024年4月、…業務提携契約を
 * 締結」, 「共同研究契約（2025年9月締結）」, "signed a licence agreement in January 2025"): the
 * alliance is running. The date read is the one nearest the signing word; a signed NDA or MOU is
 * not the alliance's agreement.
 */
function signedEarlier(model: PlanModel, vocabulary: Vocabulary): boolean {
  const written = planDate(model, vocabulary)?.date;
  if (!written) return false;
  return planStatements(model).some((s) => {
    const t = normalText(s);
    if (!CONTRACT.test(t) && !vocabulary.test("alliance", t)) return false;
    if (vocabulary.test("nda", t) || AGREEMENT.test(t) || vocabulary.test("pre-signing", t)) return false;
    const dates = datesIn(t).filter((d) => !d.bare);
    return [...t.matchAll(SIGNED)].some((m) => {
      const near = nearest(dates, m.index);
      return !!near && before(near.last, written);
    });
  });
}

/** The date nearest a position, within DATE_REACH characters of it. */
function nearest(dates: DatePeriod[], at: number): DatePeriod | undefined {
  const gap = (d: DatePeriod) => (d.index > at ? d.index - at : Math.max(0, at - (d.index + d.length)));
  const best = dates.reduce<DatePeriod | undefined>((a, d) => (!a || gap(d) < gap(a) ? d : a), undefined);
  return best && gap(best) <= DATE_REACH ? best : undefined;
}

/**
 * A pilot counts with a criterion for going on: in the pilot's own statement, in the statement
 * after it, or anywhere in a section titled by the pilot (「PoCの進め方」).
 */
function pilotHasCriterion(model: PlanModel, statements: Statement[], vocabulary: Vocabulary): boolean {
  const criterion = (s: Statement | undefined) => !!s && !defers(s, vocabulary) && vocabulary.test("go-decision", normalText(s));
  const pilotSections = model.sections.filter((s) => vocabulary.test("pilot", normalise(s.title)));
  if (pilotSections.some((section) => statementsIn(model, section).some(criterion))) return true;
  return statements.some(
    (s, i) =>
      vocabulary.test("pilot", normalText(s)) &&
      (criterion(s) || (statements[i + 1]?.section === s.section && criterion(statements[i + 1]))),
  );
}

function finding(model: PlanModel, context: RuleContext, messageId: string): RuleReport {
  const section: Section | undefined = sectionsOf(model, "process")[0] ?? sectionsOf(model, "schedule")[0];
  return elementFinding(model, context, {
    messageId,
    span: section?.headingSpan ?? documentAnchor(model),
    section,
    template: "early-process",
    title: FIXES["early-process"],
    hint: HINT,
  });
}
