/**
 * vague-objective: every objective statement needs a measurable target and a time bound.
 * Objective statements are those under an objective heading or key (not KPI rows, lead-ins
 * or background), and goal sentences elsewhere (「狙いは…」, "the idea is to…").
 */
import type { Lang, PlanElement, PlanModel, Statement } from "../server/engine/model";
import type { Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Concept, Vocabulary } from "./vocab";
import { hasPlaceholder, hasQuantity, hasTimeBound, isReviewLine, normalise, vagueVerb } from "./lib/lexicon";
import { columnOf, readable, rowLabel, rowOf, statementsIn, tableOf } from "./lib/plan-scope";
import { lowerBound } from "../server/engine/lower-bound";
import { QUOTE_MARKS } from "../server/engine/pseudo-heading";
import { perModel } from "./lib/per-model";
import { OWN, partiesOf, sidesIn } from "./lib/parties";

/** Sections whose sentences are never objectives, whatever they say. */
const NOT_OBJECTIVE_ELEMENTS: PlanElement[] = [
  "kpi",
  "exit",
  "ip",
  "governance",
  "roles",
  "cost",
  "risk",
  "data",
  "schedule",
  "background",
  "notes",
  "partners",
  "form",
];

/** Elements whose sections list what is measured and by when: an aim stated there may still be the alliance's own. */
const MEASURED_ELEMENTS: PlanElement[] = ["kpi", "schedule"];

/** Elements whose sections set a term of the deal: a look ahead there ("longer term, we may widen the licence") is about that term. */
const TERMS_ELEMENTS: PlanElement[] = ["exit", "ip", "data", "cost", "roles", "governance", "risk", "form"];

/** Elements whose prose describes (who the parties are, how things stand), beside an objective in one heading. */
const DESCRIPTIVE_ELEMENTS: PlanElement[] = ["partners", "background"];

/** Quick fix titles, by the template each inserts. */
const FIXES = { objective: { ja: "目的に数値目標と期限の記入欄を追加", en: "Add a target and deadline to fill in" } };

export const vagueObjective: Rule = {
  meta: {
    id: "vague-objective",
    headline: true,
    element: "objective",
    fixable: true,
    scope: "statement",
    summary:
      "an objective with no measurable target, no deadline, or only vague verbs (模索, 検討, 推進, explore, leverage…) — one finding per statement, saying what is missing",
    placeholderHint: { ja: "数値目標と期限", en: "target and deadline" },
    fixes: FIXES,
    defaultSeverity: "error",
    description: {
      ja: "目的・目標の記述に、数値目標（数値と単位、または指標）と期限があるかを確認します。",
      en: "Checks that every objective states a measurable target (a number with a unit, or a named KPI) and a time bound.",
    },
    messages: {
      both: {
        ja: "目的に数値目標と期限がありません。「何を・いつまでに・どれだけ」を書いてください。",
        en: "Objective has no measurable target and no deadline: say what, by when and how much.",
      },
      bothVerb: {
        ja: "目的が「{verb}」のような曖昧な動詞だけで、数値目標と期限がありません。",
        en: "Objective rests on a vague verb ('{verb}') with no measurable target and no deadline.",
      },
      noTarget: {
        ja: "目的に数値目標がありません（数値と単位、または指標を書いてください）。",
        en: "Objective has no measurable target (a number with a unit, or a named KPI).",
      },
      noDeadline: {
        ja: "目的に期限がありません（年月・年度・期間を書いてください）。",
        en: "Objective has no deadline (a date, fiscal year or period).",
      },
    },
    rationale: {
      ja: "目的の不一致・曖昧さは提携失敗の最大の要因です。「協力して新規事業を模索する」では進捗を判断できず、責任の所在も曖昧になります。数値目標と期限があって初めて、KGI・KPIに分解し、両社で合意・評価できます。",
      en: 'Misaligned or vague objectives are the top reason alliances fail. "Explore new opportunities together" cannot be tracked and leaves responsibility unclear; only a target with a deadline can be broken down into KGIs and KPIs that both sides agree on and review.',
    },
    examples: {
      good: {
        ja: "2027年度末までに共同開発品を市場投入し、売上10億円を達成する。",
        en: "Launch the co-developed product by Q4 FY2027 and reach ¥1bn in revenue.",
      },
      bad: { ja: "協力して新規事業を模索する。", en: "Leverage each other's strengths to explore new opportunities." },
    },
  },
  check(model, context) {
    const statements = [...okrObjectives(model), ...model.statements.filter((s) => isObjective(model, s, context.vocabulary))];
    return statements.flatMap((s) => judge(model, s, context));
  },
};

function isObjective(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (s.kind === "code") return false;
  // A list item's own words are its first paragraph: a later one set apart by a blank line may be the
  // lead-in of its sub-list ("goal -> grow the brand", then "idea (Kat's):"), not the item's.
  const own = ownText(s);
  const text = withoutAnnotations(vocabulary, s.kind === "list-item" ? own.split(PARAGRAPH_BREAK)[0] : own);
  const says = (concept: Concept) => vocabulary.test(concept, text);
  // A lead-in announces a list; a heading restated on its own line is too short; a letter's
  // salutation, thanks and closing address the reader; a naming clause defines (「…と称する。」).
  if (says("lead-in") || tooShort(text) || says("courtesy") || says("naming")) return false;
  // A stage direction or an aside set wholly in brackets (a script's "(pause — let it land)", 「（ここで一呼吸置く）」) is said to no one.
  if (ASIDE.test(text)) return false;
  // A divider that labels the page or slide after it (a slide deck's export: "--- Slide 4 ---", 「=== 3枚目 ===」) says nothing.
  if (DIVIDER.test(text)) return false;
  // A label whose value is a date alone (「開業目標：2026年9月」, "Target opening: September 2026") says when a
  // step is due: a milestone of the schedule, not an objective.
  if (datedLabel(vocabulary, text)) return false;
  // A line labelled as the day's goal (「本日の重点目標：…」, a site's safety slogan at its morning meeting,
  // "Today's goal: …") states the meeting's goal, not the alliance's.
  if (vocabulary.test("session-goal", normalise(labelOf(text) ?? ""))) return false;
  // An interviewer's prompt (「――目的を教えてください。」, 「――もう少し具体的には。」) or a question put
  // to the other side (「数字にすると、どのあたりを目指しますか。」) asks for the goal; the answer states
  // it. A goal the writer asks of itself (「協力して新規事業を模索できるか？」) is still a goal. A quiz's or a
  // checklist's items put to the reader (「1. 今年度の売上目標はいくらですか？」) ask too: the answer states.
  if (INTERVIEWER.test(text) || ((s.kind === "sentence" || s.kind === "list-item") && ASKED.test(text))) return false;
  // A request to the reader (「…は担当営業までお申し付けください（任意です）。」 in a notice to customers) asks
  // them to act: unless it says it is a goal, it sets none.
  if ((s.kind === "sentence" || s.kind === "list-item") && REQUESTED.test(text) && !says("goal-marker")) return false;
  // About the plan itself, the alliance's term or end, a request for approval, a review cadence. A
  // pledge made through the agreement (「本協定により、…を守ってまいります」) names it as the means.
  // What the memo, letter or meeting itself is for ("The aim of this memo is to agree…", "I am
  // writing to set out how we would like to work together") is its errand, goal marker or not.
  if (
    (says("plan-reference") && !says("goal-marker") && !says("prospect") && !PLAN_FRAME.test(text)) ||
    says("document-purpose") ||
    says("ending-word") ||
    says("decision-request") ||
    isReviewLine(vocabulary, text) ||
    decidesHow(vocabulary, text, says)
  )
    return false;
  // Whether the parties' goals agree or pull apart (「両社の目的は一致していない」, 「目的は…で一致している」)
  // is a remark on partner fit, not a goal, whatever the section.
  // A goal denied (「人員削減を目的とするものではない」, "is not intended to replace…") states none.
  // Nor a remark on how the objective is written or ought to be (「冒頭の目的は…測れる形になっていません」,
  // 「目的は、数値・期限つきで書く」, "Write every objective with a number and a date"): a reviewer's or a
  // lesson's words about objectives.
  // Nor a remark reported as one (「…との意見あり。」, 「「…を残したい」との話がありました。」), a wish quoted in it too.
  if (says("goal-conflict") || says("goal-agreement") || says("goal-denial") || says("objective-remark") || says("reported-remark"))
    return false;
  if (s.kind === "sentence" && (refersBack(vocabulary, text) || onRemarkLine(model, s, vocabulary))) return false;
  // Nor a note on the lines above it, named by their place ("The second bullet is the one we will be
  // measured on; the first is kept for context"): it remarks on the objectives, it states none.
  if (s.kind === "sentence" && english(model) && vocabulary.test("items-above", text)) return false;
  // Nor one that opens by pointing back through a preposition ("At that volume the range uses 6
  // tonnes a week", "On those numbers…") and states no goal or forecast of its own.
  if (s.kind === "sentence" && POINTS_BACK.test(text) && !says("goal-marker") && !says("prospect")) return false;
  // A KPI's target put off until later (「数値目標は先行店の結果を見て決める」, 「各指標の目標値は運営委員会が
  // 別途定める」) is missing-kpi's, not an objective; so is a sentence that names the indicators
  // (「…、利用者数を評価指標とする」) without a figure of its own.
  if (deferredTarget(vocabulary, text) || (says("kpi-word") && !hasQuantity(vocabulary, s.text))) return false;
  // Nor is a sentence saying no targets are set (「数字の目標は特に置いていないんです」), nor the date the
  // deal is to be signed or agreed by (「2026年11月末までに業務提携契約を締結することを目指す」, 「年内の基本
  // 合意…を目指す」, "We aim to sign an MoU by December"): a step of its schedule.
  if (says("no-target") || (says("deal-signing") && !says("purpose-marker"))) return false;
  const elements = ownElements(model, s, vocabulary);
  // An aim set beyond the plan's dated steps, on a vague verb (「将来的には、…の開発も模索する」, "Longer
  // term, we would explore …"), is a goal of the alliance wherever it stands (the next steps, a
  // paragraph on the term), except where a term of the deal is what it looks ahead to.
  if (s.kind !== "table-row" && says("horizon") && vagueVerb(vocabulary, s.text) !== undefined)
    return !elements.some((e) => TERMS_ELEMENTS.includes(e));
  // A section that sets the parties' goals against each other (「両者の目的の相違」, "Where our aims
  // differ") remarks on partner fit: each side's aim there is a position, not the alliance's goal.
  if (titledByGoalConflict(model, s, vocabulary)) return false;
  // A line labelled as another element's in a section that heads both (「形態：業務提携…」 under
  // 「提携の形態と目標」) is that element's.
  if (labelledAsOther(elements, text, vocabulary)) return false;
  // A purpose key inside another element's data (data.purpose, nda.purpose) is what that element
  // may be used for, a limit on it, not the alliance's goal.
  if (keyOfOtherElement(model, s.section)) return false;
  // Nor a line under a label of commentary set inside an article (「【メモ】」, "**Comment:**" under
  // "Article 6 — Minimum targets"): the drafter's or translator's note on the article, not its text.
  if (underCommentLabel(model, s.section, vocabulary)) return false;
  // A line labelled as the objective ("Objective (from the signed letter): …", "Agreed objective
  // (draft): …") states it wherever it stands: a section of context, a dated entry of a log, a
  // bullet of an overview (「- 当社目的：販路の強化を図る」, "- Our objective: …").
  // A bullet so labelled is one only outside a term of the deal ("- Purpose: …" of the data shared) and,
  // in Japanese, when its label names the purpose, not a target (「締結目標：10月」, 「目標リターン：3倍」).
  if (s.kind === "sentence" && labelledObjective(vocabulary, text) && !says("deferral")) return true;
  if (s.kind === "list-item" && labelledObjectiveItem(model, elements, text, vocabulary)) return true;
  // A goal quoted as the wording of a paper or a meeting (「取り決めには「…連携を深める」とあった。」, 「目的を「…を
  // 推進すること」と確認した。」): the report around it is in the past tense, the goal it quotes is the alliance's.
  if (s.kind === "sentence" && !elements.some((e) => NOT_OBJECTIVE_ELEMENTS.includes(e)) && citesGoal(vocabulary, text)) return true;
  // In a section of objectives and their KPIs, the line labelled as the objective ("Objective for
  // 2027: make the network feel more reliable") is the goal the KPIs measure, unless it is a figure.
  if (elements.includes("objective") && elements.includes("kpi") && says("purpose-marker") && !hasQuantity(vocabulary, s.text)) return true;
  // A section that names KPIs holds KPI rows, even when its title also says 目標 (「成果指標（数字で見る目標）」).
  if (elements.includes("objective") && !elements.includes("kpi")) {
    // An OKR's key results under its objective are KPI rows, not objectives; a milestone table's rows
    // under "Objectives and milestones" are steps of the schedule.
    // Nor a checklist's rows, whose label asks whether the plan has something ("Is the form of the
    // alliance stated? | Yes | …"): the row answers the check, it sets no goal.
    if (s.kind === "table-row") return !inKpiTable(model, s, vocabulary) && !checkQuestionRow(model, s, vocabulary);
    // The means listed under an objective bullet (its sub-bullets) are not objectives themselves.
    // Nor the items of a list its lead-in says are excluded ("Non-goals:", "Out of scope:").
    // Nor the notes beside them: an item labelled as background or a comment, or one that says how things stand.
    if (
      s.kind === "list-item" &&
      (isSubPoint(model, s) || measuredItem(model, s, vocabulary) || excludedItem(model, s) || contextItem(vocabulary, text))
    )
      return false;
    // Under a title that is itself the goal, with its target and deadline ("Goal: 15,000 tickets sold
    // by 31 Dec 2026", a card's title), the lines describe that goal (who, how, a baseline) unless
    // they say they are goals too.
    if (titledByConcreteGoal(model, s, vocabulary) && !says("goal-marker")) return false;
    // Under the goal of the meeting itself (「今日のゴール」, "Goals for today"), the items are its ground
    // rules and agenda (「アイデアは否定しない」, "Shortlist three ideas"): only one that says it is a goal
    // states the alliance's.
    if (titledBySessionGoal(model, s, vocabulary) && !says("goal-marker")) return false;
    if (s.kind !== "sentence" || says("goal-marker")) return true;
    // A sentence opened by 「具体的には」 or "Specifically," spells out the goal before it (the areas of the
    // work, the means): it is judged with that goal (see restatement), not as another.
    if (says("specifier")) return false;
    // Minutes report goals in the past tense: only a goal marker outweighs the tense. A heading
    // that also names the parties or the background ("Parties and purpose", 「背景と目的」) heads
    // prose about them too: there, too, only a goal marker makes a sentence a goal. Not a title that asks
    // for the objective (「Q2. なぜ受けるのですか？ 目的は？」, "Why now? What's the aim?"): its why asks for the
    // purpose, and the answer below states it.
    if (says("state-of-affairs") || (elements.some((e) => DESCRIPTIVE_ELEMENTS.includes(e)) && !titledByQuestion(model, s))) return false;
    // A paragraph of prose beside the section's stated objective explains it (why, for whom, the
    // situation today) unless it rests on a vague verb of its own; a one-sentence line is a goal.
    return vagueVerb(vocabulary, s.text) !== undefined || !explainsObjective(model, s, vocabulary);
  }
  // The items of a list its lead-in says are goals ("Our goals for the programme:", a bullet
  // "What we'd hope to get out of it" over its sub-bullets), wherever the list stands.
  if (s.kind === "list-item" && !elements.includes("kpi") && goalListItem(model, s, vocabulary)) return true;
  // A list of aims under a rationale ("Why we co-sell", "Why we partner") or under no titled
  // section, one of them with its target and deadline: its other aims are goals too.
  // So are the aims listed under a lead-in or a title that says why ("Why it matters to us:").
  if (
    s.kind === "list-item" &&
    elements.every((e) => DESCRIPTIVE_ELEMENTS.includes(e)) &&
    (measuredAimList(model, s, vocabulary) || whyListItem(model, s, vocabulary))
  )
    return true;
  // "Why we're doing this", "A new partner for recycled materials": the purpose can be the last
  // sentence of a paragraph of rationale or about the partner, or a wish that aspires (「…を加速させていきたい」).
  const purpose =
    says("purpose-marker") ||
    says("purpose-cleft") ||
    (says("wish") && says("aspiration")) ||
    says("prospect") ||
    allianceMeansAim(vocabulary, text) ||
    answersWhy(model, s, text, vocabulary) ||
    underPurposeLabel(model, s, vocabulary);
  // Not one side's aim set beside the other's in a paragraph that says they pull apart ("The two
  // companies want different things. Lumio's stated aim is …; our aim is …"): that is partner fit.
  // Nor the purpose a past step was taken for, told as history (「…を契機に、両社は関係の安定化を目的として資本業務
  // 提携に合意した。」): the background's account of how the deal came about. A goal quoted in a past report
  // (「「…発信していきたい」と話していました。」) is still the goal someone set, and so is the aim the
  // alliance itself was begun with (「本提携は、…を目指して始まりました。」): the alliance still has it.
  if (elements.some((e) => DESCRIPTIVE_ELEMENTS.includes(e)) && s.kind !== "table-row" && s.kind !== "field" && purpose)
    return (
      !besideGoalConflict(model, s, vocabulary) && !(TOLD_AS_PAST.test(text) && !text.includes("「") && !allianceTopic(vocabulary, text))
    );
  // A section of targets or milestones that states an aim on a vague verb ("## Targets — the two
  // companies aim to significantly expand sales of jointly developed products", a milestone table
  // closed by "Over time, we aim to deepen our relationship and expand into new territories"): that
  // aim is the goal. Beside a list or table of indicators, an aim that points at them is about them
  // ("We'll aim to maximise each of these").
  if (
    english(model) &&
    elements.length &&
    elements.every((e) => MEASURED_ELEMENTS.includes(e)) &&
    s.kind === "sentence" &&
    says("goal-marker")
  )
    return vagueVerb(vocabulary, s.text) !== undefined && (proseOnly(model, s.section) || !pointsAtIndicators(vocabulary, text));
  if (elements.some((e) => NOT_OBJECTIVE_ELEMENTS.includes(e))) return false;
  // A row of an issues list or a numbered term sheet labelled as the purpose ("| 2 | Purpose | "to
  // explore opportunities…" | agreed wording | A |") states the objective in its other cells.
  if (s.kind === "table-row") return labelledObjectiveRow(model, s, vocabulary);
  // An open point that voices a wish ("TBD — we want to see…", 「…は未定。当社は…を入れたい」) is a
  // decision still to make, not a goal.
  // A goal may also be stated as a forecast on a vague verb ("The investment will strengthen our position"),
  // as the answer to a why-question ("Why are we doing this?" — "To grow our share of home care."), or
  // as a line under a bracketed label that names the purpose (「（契約締結の目的）」).
  const ownWords = (concept: Concept) => vocabulary.test(concept, outsideQuotes(text));
  return (
    (ownWords("goal-marker") ||
      ownWords("prospect") ||
      allianceMeansAim(vocabulary, outsideQuotes(text)) ||
      answersWhy(model, s, text, vocabulary) ||
      underPurposeLabel(model, s, vocabulary) ||
      addsToGoal(model, s, vocabulary)) &&
    !says("deferral") &&
    !stepWish(vocabulary, text) &&
    !partnersOwnAim(vocabulary, text) &&
    !partyReportedAim(model, vocabulary, text) &&
    !(english(model) && OWNERSHIP_WISH.test(text))
  );
}

/**
 * Does the sentence say only how the parties decide or break a deadlock (「合意できない事項は、両社社長の協議で
 * 決めます。」, "Anything the board cannot agree goes to the two CEOs, whose decision is final.")? That is
 * governance, even under a heading that names the objectives too; a goal about deciding ("Cut approval
 * times to five days by 2027") is phrased as an aim, or has its date, a vague verb or a goal marker. Its
 * figures do not tell: a rule counts the people it escalates to ("the two CEOs").
 */
function decidesHow(vocabulary: Vocabulary, text: string, says: (concept: Concept) => boolean): boolean {
  return (
    says("decision-rule") &&
    !says("goal-marker") &&
    vagueVerb(vocabulary, text) === undefined &&
    !hasTimeBound(vocabulary, text) &&
    !phrasedAsAim(vocabulary, text)
  );
}

/**
 * Is it the other side's own aim, told as a fact about it (「先方は2027年の上場を目指しており…」, "Their
 * goal is a listing in 2027")? Its topic is the partner alone, and it does not speak of the alliance:
 * what the partner is after by itself bears on the deal, but is no goal the plan sets.
 */
function partnersOwnAim(vocabulary: Vocabulary, text: string): boolean {
  const topic = vocabulary.derive(
    "vague-objective:partner-topic",
    (v) => new RegExp(`^${v.group("partner-party")}(?:[はがも]|側[はが]|としては|\\s)`),
  );
  // After the topic: 「提携先」 names the partner by the alliance's word.
  const subject = topic.exec(text)?.[0];
  return subject !== undefined && !vocabulary.test("alliance", text.slice(subject.length));
}

/** A party as the topic, after a line's label: 「出資の回収：ハダログは、…」 gives ハダログ. */
const LABELLED_TOPIC = /^(?:[^:：。]{1,20}[:：]\s*)?([^、。はが:：\s]{2,15})(?:は|が)[、,]?/;
/** An aim told as held now, in the progressive (「…を目指している」, 「…を目指しており」): a report of it. */
const AIM_HELD = /目指して(?:いる|おり|います|いた)/;

/**
 * Is it one party's aim told as a fact about it, that party named as the topic (「出資の回収：ハダログは
 * 2029年以降のIPOを目指している。」)? A party other than the writer's own side, aiming in the progressive,
 * is reported on: its own aim bears on the deal, but is no goal the plan sets.
 */
function partyReportedAim(model: PlanModel, vocabulary: Vocabulary, text: string): boolean {
  const topic = AIM_HELD.test(text) ? LABELLED_TOPIC.exec(text) : null;
  if (!topic) return false;
  // An aim it has in the alliance (「先方は本提携で販路の拡大を目指している」) is judged, as partnersOwnAim's is.
  const sides = sidesIn(normalise(topic[1]), partiesOf(model, vocabulary), vocabulary);
  return sides.size === 1 && !sides.has(OWN) && !vocabulary.test("alliance", text.slice(topic[0].length));
}

/**
 * The plan named only as the frame of the sentence (「本計画では、両社で…を実現する」): what follows is what the
 * parties are to do or reach in it, not a remark on the paper. (An English frame, "Under this plan, …", points
 * back through its preposition and is read as such.)
 */
const PLAN_FRAME = /^(?:本|この)(?:計画|提案)(?:では|において|を通じて|により)[、,]/;

/** A sentence that ends in a past verb (「…に合意した。」, 「…を締結しました。」), not in the copula (「…ことだ。」). */
const TOLD_AS_PAST = /(?:[しっいきぎちにびみりえけげせてねべめれ]た|だった|でした)[。.]?$/;

/** A sentence that ends in the past (「…を図った。」, 「…だった」): what was done, not what is aimed at. */
const PAST_END = /[ただ][。.]?$/;

/**
 * Does the sentence name the alliance as its means and aim, on a vague verb after it, at what it is
 * to bring, in whatever politeness (「本提携により、…の高度化を図る。」, 「本パートナーシップを通じて、…新たな
 * 可能性を切り拓きます。」)? The forecast is the goal; what the alliance brought, told in the past, is not.
 */
function allianceMeansAim(vocabulary: Vocabulary, text: string): boolean {
  const found = allianceSayings(vocabulary).means.exec(text);
  if (!found) return false;
  const rest = text.slice(found.index + found[0].length);
  return vagueVerb(vocabulary, rest) !== undefined && !PAST_END.test(rest);
}

/** The alliance as the topic of its sentence (「本提携は」, 「この協業は」): what it aims at is its own aim, past tense or not. */
function allianceTopic(vocabulary: Vocabulary, text: string): boolean {
  return allianceSayings(vocabulary).topic.test(text);
}

/**
 * How a Japanese sentence names the alliance: as the means (「本提携により、」「本パートナーシップを通じて、」)
 * or as its topic (「本提携は」): the `alliance` vocabulary's words and those a sentence about its aim
 * also uses.
 */
function allianceSayings(vocabulary: Vocabulary): { means: RegExp; topic: RegExp } {
  return vocabulary.derive("vague-objective:alliance-sayings", (v) => {
    const alliance = `(?:${v.group("alliance", "ja")}|パートナーシップ|アライアンス|協定|連携)`;
    return {
      means: new RegExp(`(?:^|[、,は])(?:本|この|今回の)?${alliance}(?:に(?:より|よって)|を(?:通じ|通し)て?)[、,]`),
      topic: new RegExp(`^(?:本|この|今回の)${alliance}は`),
    };
  });
}

/**
 * A quotation followed by the verb that cites it as written or agreed: 「…」とあった, 「…」とも書かれている,
 * 「…」と定めている, 「…」と確認した. Not 「…」といった言葉 (words named as examples), nor 「…」との話 or 「…」として
 * いる (what someone said: a remark, its wish a step or a goal as the remark has it).
 */
const CITED = /「([^「」]{4,120})」と(?:も|して)?(?:あ[るっり]|書[かい]|記[さし]|記載|明記|うた|謳|掲げ|定め|確認)/g;

/** Does the sentence cite, as written or agreed, a quotation that states a goal (a goal marker, a vague verb)? */
function citesGoal(vocabulary: Vocabulary, text: string): boolean {
  if (!text.includes("」と")) return false;
  return [...text.matchAll(CITED)].some(
    ([, quoted]) => vocabulary.test("goal-marker", quoted) || vagueVerb(vocabulary, quoted) !== undefined,
  );
}

/** A statement wholly in round brackets (full-width ones read as ASCII after NFKC), its stop after them. */
const ASIDE = /^\([^()]*\)[.。]?$/;

/** A short label between runs of rule marks, as a page or slide break: "--- Slide 4 ---", "== Page 2 ==". */
const DIVIDER = /^[-=~_*]{2,}[^-=~_*]{1,40}[-=~_*]{2,}$/;

/** A quotation in corner brackets, with nothing of another nested inside. */
const QUOTED = /「[^「」]*」/g;

/**
 * A quotation reported as someone's words, its verb of saying or writing right after it (「…」とのこと,
 * 「…」と話した, 「…」としている, 「…」と書いてある, 「…」とのあいさつがあった): not 「…」という言葉 (a phrase
 * named) nor 「…」として (as what).
 */
const REPORTED_QUOTE =
  /」(?:との?|って)(?:こと|[話語書記答]|述べ|言っ|言わ|説明|強調|発表|あいさつ|挨拶|発言|コメント|回答)|」とし(?:てい|た|まし)/;

/**
 * The sentence's own words, when it quotes a goal to say something about it (「「連携を深め、…を目指す」
 * では何も決まらない。」, a bad example cited): its quotations blanked. A sentence that ends on its
 * quotation (「追記しました：「…を推進する」」, 「当初の提携目的：「…」」) states what it quotes, and is kept
 * whole; so is one that reports the quotation as what someone said or wrote (「「…を目指してまいりたい」との
 * あいさつがあった。」): a speech, a release or a plan quoted is how a report or an article states a goal.
 */
function outsideQuotes(text: string): string {
  return /」[。.!！]?$/.test(text) || REPORTED_QUOTE.test(text) ? text : text.replace(QUOTED, "「」");
}

/**
 * A wish about who is to own something ("We'd like to keep ownership of the models", "we want to be
 * the owner of the data"): one side's position on a term of the deal, missing-ip's to judge, not a goal.
 * Customers named as owners ("every SmartHome owner", "pet owners") are no such wish.
 */
const OWNERSHIP_WISH = /\b(?:ownership|title to)\b|\b(?:sole|joint|co-?|legal|the|be|become)\s+owners?\b|\bowners?\s+of\b/;

/** A sentence that is an infinitive of purpose: "To pool our fleets and grow in the north." (not "To date, …", "To be agreed"). */
const INFINITIVE_OF_PURPOSE = /^to\s+(?!(?:date|be|that|this|the|a|an|our|us|me)\b)[a-z]+\b[^,]*$/;

/** A title that asks why, after its number or mark: "Why are we doing this?", "Q2. Why Lumio?". */
const WHY_QUESTION = /^[^a-z]*(?:q\d{1,2}[.:)]?\s*)?why\b/;

/**
 * Does the sentence answer a question that asks why ("Why are we doing this?", an FAQ's or a
 * pitch's rationale) with an infinitive of purpose? Then it states the purpose, whatever the section.
 */
function answersWhy(model: PlanModel, s: Statement, text: string, vocabulary: Vocabulary): boolean {
  if (!english(model) || s.kind !== "sentence" || !INFINITIVE_OF_PURPOSE.test(text)) return false;
  const title = s.section === undefined ? undefined : model.sections[s.section]?.title;
  return (title !== undefined && WHY_QUESTION.test(normalise(title))) || askedBefore(model, s, vocabulary, "goal-question");
}

/** Is the sentence right before this one in its paragraph (on its line) a question the pattern matches? */
function askedBefore(model: PlanModel, s: Statement, vocabulary: Vocabulary, question: Concept): boolean {
  const before = model.statements[positionOf(model, s) - 1];
  return before?.kind === "sentence" && sameParagraph(model, s, before) && vocabulary.test(question, ownText(before));
}

/** A further aim added as a wish for a thing: "We also want a long-term partnership with the Trust." */
const ALSO_WANT = /^we\s+(?:also|further|additionally)\s+(?:want|hope for|seek|aim for)\b/;
/** A line that opens by adding to the one before, after a typed bullet: 「・あわせて「…」」, 「また、…」. */
const ALSO_JA = /^[・*•-]?\s*(?:あわせて|併せて|加えて|さらに|更に|また)(?:[、,]|(?=「))/;

/**
 * How each language adds an aim to the one before: English by a wish for a thing; Japanese by an
 * additive opening on an aim of its own (「・あわせて「…との関係を一段深める」」), a vague verb or a goal
 * marker, as 「また、価格は来月決める」 has neither.
 */
const ADDED_AIM: Record<Lang, (vocabulary: Vocabulary, text: string) => boolean> = {
  en: (_, text) => ALSO_WANT.test(text),
  ja: (vocabulary, text) => ALSO_JA.test(text) && (vagueVerb(vocabulary, text) !== undefined || vocabulary.test("goal-marker", text)),
};

/**
 * Does the sentence add an aim to a goal stated right before it, with no blank line between ("Our
 * aim is to … ." then "We also want a long-term partnership …", 「・ねらいは…を目指すこと。」 then
 * 「・あわせて「…関係を一段深める」。」)? The aims are one list of goals.
 */
function addsToGoal(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (s.kind !== "sentence" || !ADDED_AIM[model.lang](vocabulary, ownText(s))) return false;
  const before = model.statements[positionOf(model, s) - 1];
  return (
    before?.kind === "sentence" &&
    !/\n[ \t>]*\n/.test(model.text.slice(before.span.end, s.span.start)) &&
    vocabulary.test("goal-marker", ownText(before))
  );
}

/** Words that point at the indicators listed beside a sentence: "each of these", "all of them". */
const POINTS_AT_LIST = /\b(?:these|those|them|all of)\b/;
/**
 * "Each" or "every" pointing at them too ("each of the targets", "every milestone"); before another
 * noun ("at every level", "in each market") it says how wide the aim reaches.
 */
const EACH_OF_LIST = /\b(?:each|every)\s(?:one\sof|of|milestone|target|indicator|measure|metric|figure)/;

/** Does the (normalised) sentence point at the section's indicators, or name indicators itself? */
function pointsAtIndicators(vocabulary: Vocabulary, text: string): boolean {
  return POINTS_AT_LIST.test(text) || EACH_OF_LIST.test(text) || vocabulary.test("kpi-word", text);
}

/** Does the section hold only sentences: no list, table row or field of indicators? */
function proseOnly(model: PlanModel, index: number | undefined): boolean {
  const section = index === undefined ? undefined : model.sections[index];
  if (section === undefined) return false;
  // Once per section: asked for each of its sentences, a scan each time would be quadratic.
  let known = proseSections.get(model);
  if (!known) proseSections.set(model, (known = new Map()));
  let prose = known.get(section.index);
  if (prose === undefined) known.set(section.index, (prose = statementsIn(model, section).every((x) => x.kind === "sentence")));
  return prose;
}

const proseSections = new WeakMap<PlanModel, Map<number, boolean>>();

const positions = new WeakMap<PlanModel, Map<Statement, number>>();

/** The statement's index in the model, from a map built once per model (every candidate may ask). */
function positionOf(model: PlanModel, s: Statement): number {
  let index = positions.get(model);
  if (!index) positions.set(model, (index = new Map(model.statements.map((x, i) => [x, i]))));
  return index.get(s) ?? -1;
}

/** Is the sentence next to one in its paragraph that says the parties' goals conflict? */
function besideGoalConflict(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (s.kind !== "sentence") return false;
  const at = positionOf(model, s);
  return [model.statements[at - 1], model.statements[at + 1]].some(
    (x) => x?.kind === "sentence" && sameParagraph(model, s, x) && vocabulary.test("goal-conflict", normalise(x.text).trim()),
  );
}

/** A bracketed label alone on its line that names a purpose: 「（契約締結の目的）」, 「(提携の狙い)」. */
const PURPOSE_LABEL = /^[（(［[]\s*[^（()）［］[\]]{0,16}(?:目的|狙い|ねらい)\s*[）)］\]]$/;

/** A label line short enough to name what follows, its colon last: 「提携の目的（提案書より）：」, "The aim, as agreed:". */
const COLON_LABEL = /^[^:：]{1,40}[:：]$/;

/**
 * Is the sentence the line right under a label that names a purpose: a bracketed one (「（契約締結の
 * 目的）」 then 「…販売網を活用するため。」, as a filing lists its contracts), or a short line that ends
 * with its colon (「社内で共有している提携の目的：」, "Our aim, as the board put it:")? The label names
 * what the line states. So does a line (a sentence or a bullet) that announces the objective quoted
 * below it, on the next line or set apart as a paragraph or a block quote of its own.
 */
function underPurposeLabel(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (s.kind !== "sentence") return false;
  const first = firstOfTextBullets(model, s);
  const above = model.statements[positionOf(model, first) - 1];
  if (!above || above.kind === "table-row" || above.kind === "code") return false;
  const gap = model.text.slice(above.span.end, first.span.start);
  const label = normalise(above.text).trim();
  if (above.kind === "sentence" && /^[ \t]*\n[ \t\u3000]*$/.test(gap))
    if (PURPOSE_LABEL.test(label) || (COLON_LABEL.test(label) && vocabulary.test("objective-heading", label.slice(0, -1)))) return true;
  return QUOTED_BELOW.test(gap) && announcesObjective(vocabulary, label);
}

/** A bullet typed as text (「- 」, 「・」), which the model reads as a sentence, not a list item. */
const TEXT_BULLET = /^[-・*•]/;
/** How many lines up a typed bullet looks for the first of its run: a bound, as every bullet of the run looks. */
const TEXT_BULLET_REACH = 12;

/**
 * The first of the run of typed bullets the sentence ends, one a line at its indent (「・ねらい：」 over
 * 「- …」, 「- …」): a label over the run names each of its lines, not the first alone.
 */
function firstOfTextBullets(model: PlanModel, s: Statement): Statement {
  const mark = TEXT_BULLET.exec(ownText(s))?.[0];
  if (mark === undefined) return s;
  let first = s;
  for (let i = positionOf(model, s) - 1, n = 0; i >= 0 && n < TEXT_BULLET_REACH; i--, n++) {
    const x = model.statements[i];
    const nextLine = /^[ \t]*\n[ \t\u3000]*$/.test(model.text.slice(x.span.end, first.span.start));
    if (x.kind !== "sentence" || !nextLine || columnOf(model, x) !== columnOf(model, s) || !ownText(x).startsWith(mark)) break;
    first = x;
  }
  return first;
}

/** The gap between a lead-in and the words it quotes: the next line, or a paragraph or block quote of its own below it. */
const QUOTED_BELOW = /^[ \t]*\n(?:[ \t>]*\n)?[ \t\u3000>]*$/;

/**
 * Does the line announce the objective, quoted next (「計画書に書かれた提携の目的は、次の一文だった。」,
 * 「提案チームは、目的を次のように掲げています。」, "The proposal states its aim as follows:")? A review, a
 * post-mortem or a report cites the plan's goal so; the words on the line below are that goal.
 */
function announcesObjective(vocabulary: Vocabulary, text: string): boolean {
  return (
    vocabulary.test("lead-in", text) && vocabulary.test("objective-heading", text) && !measures(vocabulary, text) && !SERVES_GOAL.test(text)
  );
}

/**
 * A lead-in that names the objective as the end its list serves (「前条の目的を達成するため、次に掲げる事項に
 * ついて連携する」, "To reach these goals, we will:"): what it announces are the means.
 */
const SERVES_GOAL = /(?:ため|為)に?[、,]|に向け(?:て|た)|^to (?:reach|achieve|meet|deliver)\b|\bin order to\b/;

/** Does the list item's own section give its deadline in its title ("Goals for v1.0 (planned for March 2026)")? */
function titleBounds(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  // English only for now: Japanese titles name a period loosely (「来期の目標」) more often than a date.
  if (!english(model) || s.kind !== "list-item" || s.section === undefined) return false;
  const section = model.sections[s.section];
  return section?.kind === "heading" && section.elements.includes("objective") && hasTimeBound(vocabulary, section.title);
}

/** A question put to someone, in the polite form or as a request: 「…目指しますか。」, 「…を教えてください。」. */
const ASKED = /(?:教えて|ご教示|お聞かせ)(?:くだ|下さ|いただ|頂)|でしょうか|(?:ます|です)か[。?]?$/;
/** A polite request that closes the sentence, before a bracketed note: 「ご連絡ください。」, 「お申し付けください（任意です）。」. */
const REQUESTED = /(?:ください|下さい)(?:ませ)?[。.]?(?:[(（][^()（）]*[)）][。.]?)?$/;
/** An interviewer's turn in a Japanese interview, opened by a double dash: 「――まず、きっかけから。」 */
const INTERVIEWER = /^(?:\*\*)?[―—]{2}/;
/** An emoji, one character of what may close a line of chat after its words (「…深めていきたいですね🤝」). */
const EMOJI = /^\p{Extended_Pictographic}$/u;
/** The joiners that glue emoji together, and the variation selector that makes one an emoji. */
const EMOJI_GLUE = new Set(["\u200d", "\ufe0f"]);

/** The statement's words, as the vocabularies read them: normalised, without quote marks or closing emoji. */
function ownText(s: Statement): string {
  // A mail's earlier message keeps its quote marks in a statement's text (「>> 現状は…」).
  return withoutClosingSymbols(normalise(s.text).trim().replace(QUOTE_MARKS, "").trimStart());
}

/** The text without the emoji that close it, taken off one character at a time from the end (no regex rescans a run). */
function withoutClosingSymbols(text: string): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
    const char = text.slice(start, end);
    if (!EMOJI_GLUE.has(char) && !EMOJI.test(char) && char.trim() !== "") break;
    end = start;
  }
  return text.slice(0, end);
}

/** Is the statement's own section titled by a conflict of the parties' goals (「両者の目的の相違」)? */
function titledByGoalConflict(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const title = s.section === undefined ? undefined : model.sections[s.section]?.title;
  return title !== undefined && vocabulary.test("goal-conflict", normalise(title));
}

/** Elements a line under the objectives may be labelled with to set a term of the deal beside them (「提携の形態：…」, "Term: …"). */
const TERM_LABELS: PlanElement[] = ["form", "exit", "ip", "roles", "cost", "governance", "partners"];

/**
 * Is the line labelled (「形態：…」, "Form: …") with the heading of another element its section
 * names besides the objective, or, among the objectives, with a term of the deal or its scope
 * (「提携の形態：…は交渉の中で決める」, "Scope: a model that …" in a list of aims)?
 */
function labelledAsOther(elements: PlanElement[], text: string, vocabulary: Vocabulary): boolean {
  if (!elements.includes("objective")) return false;
  const label = LINE_LABEL.exec(text)?.[1]?.trim();
  if (!label || vocabulary.test("objective-heading", label)) return false;
  if (vocabulary.test("scope-label", label) || vocabulary.test("form-label", label)) return true;
  return [...elements, ...TERM_LABELS].some((e) => e !== "objective" && vocabulary.test(`${e}-heading` as Concept, label));
}

/** A line's label before its colon, long enough for a note in brackets: "Objective (from the signed letter): …". */
const LONG_LABEL = /^([^:：\n。.]{1,60})[:：]\s*\S/;
/** A note in brackets inside a label: "(draft)", 「（案）」. */
const LABEL_NOTE = /[(（][^()（）]*[)）]/g;

/** A paragraph's clause number before its label, as papers numbered by section write it: "1.2 Objective: …", "3.1.4 Aim: …". */
const CLAUSE_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+/;

/** The number that closes a label one of several of its kind (「目的①：」, 「目的(2)：」, "Goal 2:"), ① read as 1. */
const LABEL_ORDINAL = /\d{1,2}$/;

/**
 * The line's label before its colon, its clause number, bracketed note and ordinal aside
 * (「当社目的（案）：…」 → 当社目的, 「提案の目的①：…」 → 提案の目的).
 */
function labelOf(text: string): string | undefined {
  return LONG_LABEL.exec(text.replace(CLAUSE_NUMBER, ""))?.[1].replace(LABEL_NOTE, "").trim().replace(LABEL_ORDINAL, "").trimEnd();
}

/** What may stay of a label's value beside its date: a word or two of hedging (「頃」, 「予定」, "approx."). */
const DATE_REMAINDER = 4;

/** A target named as the topic, its value after 「は」 as after a colon: 「クロージング目標は2025年9月末。」. */
const DATED_TOPIC = /^([^:：\n。.]{1,30}(?:目標|目途|めど|予定|期限))は/;

/** Is the line a label whose value is a date and nothing more (「開業目標：2026年9月（予定）」, 「締結目標は9月末」)? */
function datedLabel(vocabulary: Vocabulary, text: string): boolean {
  const label = LONG_LABEL.exec(text) ?? DATED_TOPIC.exec(text);
  if (!label) return false;
  const value = text.slice(label[1].length + 1);
  if (!hasTimeBound(vocabulary, value) || hasQuantity(vocabulary, value)) return false;
  const rest = vocabulary.remove("date-like", normalise(value)).replace(LABEL_NOTE, "");
  return rest.replace(/[\s\p{P}]/gu, "").length <= DATE_REMAINDER;
}

/** Is the line labelled as the objective, its label a few words that name it, or as the plan's big idea? */
function labelledObjective(vocabulary: Vocabulary, text: string): boolean {
  const label = labelOf(text);
  if (label === undefined) return false;
  if (ideaLabelled(vocabulary, text, label)) return true;
  return label.split(/\s+/).length <= 3 && vocabulary.test("objective-heading", label) && !vocabulary.test("kpi-column", label);
}

/**
 * Is the line labelled as the plan's main idea or direction ("Big picture: keep leveraging the
 * partnership to explore …", 「大きな方向性：…連携を深めていく」), its value phrased as an aim? A value
 * that reports ("Big picture: volumes are up 12%") is a summary, not the aim.
 */
function ideaLabelled(vocabulary: Vocabulary, text: string, label: string): boolean {
  if (!vocabulary.test("idea-label", label)) return false;
  const value = text.slice(text.indexOf(label) + label.length).replace(/^[^:：]*[:：]\s*/, "");
  return vagueVerb(vocabulary, value) !== undefined || phrasedAsAim(vocabulary, value);
}

/** Is the bullet labelled as the objective (「当社目的：…」, "Our objective: …") outside another element's terms? */
function labelledObjectiveItem(model: PlanModel, elements: PlanElement[], text: string, vocabulary: Vocabulary): boolean {
  const terms = elements.some((e) => TERMS_ELEMENTS.includes(e) || MEASURED_ELEMENTS.includes(e));
  if (terms || !labelledObjective(vocabulary, text)) return false;
  const label = labelOf(text) ?? "";
  return english(model) || PURPOSE_NAME.test(label) || vocabulary.test("idea-label", label);
}

/** Is the statement's own section titled by a goal with its target and deadline? */
function titledByConcreteGoal(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const title = s.section === undefined ? undefined : model.sections[s.section]?.title;
  return title !== undefined && hasQuantity(vocabulary, title) && hasTimeBound(vocabulary, title);
}

/** Is the statement's own section titled by a question (「…目的は？」, "What's the aim?"), which its body answers? */
function titledByQuestion(model: PlanModel, s: Statement): boolean {
  const title = s.section === undefined ? undefined : model.sections[s.section]?.title;
  return title !== undefined && /\?$/.test(normalise(title).trim());
}

/** Is the statement's own section titled by the goal of the meeting itself (「今日のゴール」, "Goals for today")? */
function titledBySessionGoal(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const title = s.section === undefined ? undefined : model.sections[s.section]?.title;
  return title !== undefined && vocabulary.test("session-goal", normalise(title));
}

/**
 * Is the sentence a goal only by a wish to take a step (「部内の意見を集めたい」, 「基本合意まで進めたい」)?
 * Outside a section of objectives, a wish is a goal when it aspires (「…広げていきたい」) or rests on
 * a vague aim (「…の強化を図りたい」), or when it also says it is the purpose.
 */
function stepWish(vocabulary: Vocabulary, text: string): boolean {
  const says = (concept: Concept) => vocabulary.test(concept, text);
  const wish = vocabulary.find("wish", text);
  if (!wish || says("purpose-marker") || says("purpose-cleft")) return false;
  // A quoted remark of several sentences (「…取り組みとして期待している。市としても、…協力したい」) wishes
  // in its last: what the wish aspires to is said there, not in a sentence before it in the quote.
  const own = text.slice(text.lastIndexOf("。", wish.index) + 1, wish.index + wish.text.length);
  // A wish on a pilot's result (「誤差5％以内が8割以上であれば、全域に広げ、本格導入に進みたい」) is the
  // step a go decision takes, whatever its verbs; so is a wish to consider (「…との連携を検討したい」).
  return (
    GO_CONDITION.test(own) || CONSIDER_WISH.test(own) || (!vocabulary.test("aspiration", own) && vagueVerb(vocabulary, own) === undefined)
  );
}

/** A wish only to look into something: 「…との連携を検討したい」, 「…は今後検討していきたい」. */
const CONSIDER_WISH = /検討(?:し|して|してい|していき)たい/;

/** A threshold met as the condition of what follows: 「…8割以上であれば、」, 「…目標に達した場合は」. */
const GO_CONDITION = /(?:以上|以下|未満|超え|に達し|を上回)[^。、]{0,12}(?:であれば|ならば|なら|場合)/;

/**
 * Is the list item one of the figures its lead-in says will be measured ("Numbers we will track:",
 * 「次の指標で測定する：」)? Those are indicators, missing-kpi's to judge, not objectives. A lead-in
 * that names objectives announces objectives, whatever it says about checking them.
 */
function measuredItem(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const leadIn = leadInOf(model, s);
  if (!leadIn) return false;
  const text = normalise(leadIn.text).trim();
  return vocabulary.test("lead-in", text) && measures(vocabulary, text) && !vocabulary.test("objective-heading", text);
}

/**
 * Is the list item context for the objectives beside it, not one of them: labelled as background
 * or a comment (「背景メモ：…」, "Context: …"), or saying how things stand (「当社は制御ソフトが弱い。」),
 * with no goal marker of its own?
 */
function contextItem(vocabulary: Vocabulary, text: string): boolean {
  if (vocabulary.test("goal-marker", text)) return false;
  const label = LINE_LABEL.exec(text)?.[1]?.trim();
  const labelled = label !== undefined && (vocabulary.test("background-heading", label) || vocabulary.test("commentary-label", label));
  return labelled || FOLLOW_UP.test(text) || vocabulary.test("state-of-affairs", text);
}

/** An item opened by an arrow (「→ …と指摘あり」, "→ to revisit") follows up the one above: a remark or an action on it. */
const FOLLOW_UP = /^\s*(?:→|->|⇒)/;

/** A lead-in that announces what the plan leaves out: "Non-goals:", "Out of scope:", "Not in scope for v1:". */
const EXCLUSION_LEAD_IN = /^(?:non[- ]?goals?|out of scope|not in scope|outside (?:the )?scope|not goals)\b[^:\n]{0,40}:$/;

/** Is the list item one of those its lead-in says the plan leaves out? */
function excludedItem(model: PlanModel, s: Statement): boolean {
  const leadIn = leadInOf(model, s);
  return leadIn !== undefined && sameList(model, leadIn, s) && EXCLUSION_LEAD_IN.test(normalise(leadIn.text).trim());
}

function measures(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("kpi-word", text) || vocabulary.test("review-word", text);
}

const prose = new WeakMap<PlanModel, { all: Statement[]; bySection: Map<number, Statement[]> }>();

/**
 * The statements that are not list items, in document order (their ends ascend too: statements do
 * not overlap), in the whole plan and per section, found once per model: every list item asks.
 */
function proseOf(model: PlanModel, section?: number): Statement[] {
  let found = prose.get(model);
  if (!found) prose.set(model, (found = { all: model.statements.filter((x) => x.kind !== "list-item"), bySection: new Map() }));
  if (section === undefined) return found.all;
  let own = found.bySection.get(section);
  if (!own) found.bySection.set(section, (own = statementsIn(model, model.sections[section]).filter((x) => x.kind !== "list-item")));
  return own;
}

/**
 * The prose statement right before the list item's list: its lead-in, if it has one. A plan with
 * no headings (notes, a memo) has its lists outside any section: its lead-in is then found among
 * all the plan's prose, if it is outside any section too.
 */
function leadInOf(model: PlanModel, s: Statement): Statement | undefined {
  // English only for now: a Japanese memo's bullets outside any section are read as they were.
  if (s.section === undefined ? !english(model) : !model.sections[s.section]) return undefined;
  const own = proseOf(model, s.section);
  // The last that ends before the item starts.
  const k = lowerBound(own.length, (i) => own[i].span.end, s.span.start + 1) - 1;
  return k >= 0 && own[k].section === s.section ? own[k] : undefined;
}

/**
 * Is the list item one of the goals its lead-in names: the bullet it is nested under, or the
 * line before the list that ends in a colon ("Our goals for the programme:") or as a title? A
 * lead-in that names indicators or a review announces KPIs instead.
 */
function goalListItem(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const parent = parentItem(model, s);
  const leadIn = parent ?? leadInOf(model, s);
  if (!leadIn || !sameList(model, leadIn, s)) return false;
  // A bullet over its sub-list may hold paragraphs of its own, the last set apart by a blank line
  // ("goal -> grow the brand", then "idea (Kat's):" over the sub-list): that last one announces the sub-list.
  const text = normalise(parent ? lastParagraph(parent.text) : leadIn.text).trim();
  const announced = announcedClause(text);
  const namesGoals = vocabulary.test("objective-heading", announced) || vocabulary.test("goal-marker", announced);
  return (
    namesGoals &&
    (parent !== undefined || vocabulary.test("lead-in", text) || (english(model) && CAPTION.test(text))) &&
    !measures(vocabulary, text)
  );
}

/** A blank line between the paragraphs of one list item. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/** The text after its last blank line: the last paragraph of a list item that holds several. */
function lastParagraph(text: string): string {
  return text.split(PARAGRAPH_BREAK).at(-1) ?? text;
}

/**
 * A lead-in or title that opens, after its number, mark or slide label, by asking or saying why: "Why it
 * matters to us:", 「2. なぜ組むのか」, "Slide 3: Why partner".
 */
const WHY_LEAD_IN = /^[^a-z\u3040-\u30ff\u4e00-\u9fff]*(?:(?:slide|part|section|step)\s?\w{1,3}\s?[:.—–-]\s*)?(?:why\b|なぜ|何故)/;

/**
 * Is the list item phrased as an aim ("Strengthen our analytics bench over time") in a list that its
 * lead-in or its heading says is why the deal matters ("Why it matters to us:", "## Why partner",
 * 「なぜ組むのか：」)? The deal's reasons, stated as aims, are its goals; the facts listed beside them
 * ("Resellers bring 40% of our deals") are not phrased as aims; an aim said in so many words ("We want
 * to be the leading …", quoted in a reporter's notes) is one too, unless the wish is one the item quotes
 * from someone else (the salons' 「…答えたい」 as the reason to partner). A lead-in that stands as a line of its
 * own, which the model reads as a title, still ends on its colon: a sentence that opens with "why" is not one.
 */
function whyListItem(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (!phrasedAsAim(vocabulary, ownText(s)) && !vocabulary.test("goal-marker", outsideQuotes(ownText(s)))) return false;
  const leadIn = leadInOf(model, s);
  const section = s.section === undefined ? undefined : model.sections[s.section];
  const caption = leadIn && sameList(model, leadIn, s) ? leadIn.text : section?.title;
  const heading = caption === section?.title && section?.kind === "heading";
  return caption !== undefined && WHY_LEAD_IN.test(normalise(caption).trim()) && (heading || LEAD_IN_COLON.test(caption));
}

/**
 * Does the item open on the verb of an aim ("Grow our presence…")? Not when its first words are a
 * label ("Open point for us: term."): a labelled item names its topic, it commands nothing.
 */
function phrasedAsAim(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("aim-phrasing", text) && !LINE_LABEL.test(text);
}

/** The colon a lead-in ends on. */
const LEAD_IN_COLON = /[:：]\s*$/;

/**
 * A line over a list that ends as a title does, not as a sentence ("What we'd want (whiteboard)",
 * "Our goals for the year"): it captions the list as a lead-in's colon would. English only for now:
 * a Japanese caption (「S4 目的（ここ強調）」) is left to the Japanese readings.
 */
const CAPTION = /[^.!?。！？:：]$/;

/**
 * What a lead-in announces is in its last clause: 「前条の目的を達成するため、次に掲げる事項について連携する」
 * lists the means to a goal, "To reach these goals, we will:" the steps. A last clause that only
 * qualifies the one before ("Programme aims, as restated by the board in July:") leaves it to that one.
 */
function announcedClause(text: string): string {
  const clauses = text.split(/[、，,;；]/);
  const last = clauses.at(-1)!;
  return clauses.length > 1 && /^\s*(?:as|in|listed|ranked|restated|agreed)\b/.test(last) ? clauses.at(-2)! : last;
}

/**
 * Is the list item phrased as an aim in a list that states a goal: an item with its target and
 * deadline, as an aim ("Close 120 subscriptions through H&F by 30 June 2027") or as the state to
 * reach ("All 31 stores live by 30 June 2026"), or one that says it is the aim ("Our aim is to…")?
 * Items phrased as aims in such a list are goals too; the facts beside them are not phrased so.
 */
function measuredAimList(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const aim = (x: Statement) => phrasedAsAim(vocabulary, ownText(x));
  if (!aim(s)) return false;
  const stated = (x: Statement) =>
    (aim(x) && hasQuantity(vocabulary, x.text) && hasTimeBound(vocabulary, x.text)) || vocabulary.test("goal-marker", ownText(x));
  return measuredAims(model, s, stated).some((x) => x !== s);
}

const lists = new WeakMap<PlanModel, Map<Statement, Statement[]>>();
const measuredByRun = new WeakMap<Statement[], Map<number, Statement[]>>();

/** The measured aims of the item's list at its indent, found once per list. */
function measuredAims(model: PlanModel, s: Statement, isMeasured: (x: Statement) => boolean): Statement[] {
  const run = listRuns(model).get(s) ?? [];
  const column = (x: Statement) => columnOf(model, x);
  let byColumn = measuredByRun.get(run);
  if (!byColumn) {
    byColumn = new Map();
    for (const x of run.filter(isMeasured)) {
      const at = byColumn.get(column(x));
      if (at) at.push(x);
      else byColumn.set(column(x), [x]);
    }
    measuredByRun.set(run, byColumn);
  }
  return byColumn.get(column(s)) ?? [];
}

/** Each list item's list: the run of items in its section with nothing else between. */
function listRuns(model: PlanModel): Map<Statement, Statement[]> {
  let runs = lists.get(model);
  if (runs) return runs;
  runs = new Map();
  let run: Statement[] = [];
  let previous: Statement | undefined;
  for (const x of model.statements) {
    if (!(previous?.kind === "list-item" && x.kind === "list-item" && x.section === previous.section)) run = [];
    if (x.kind === "list-item") {
      run.push(x);
      runs.set(x, run);
    }
    previous = x;
  }
  lists.set(model, runs);
  return runs;
}

const parents = new WeakMap<PlanModel, Map<Statement, Statement | undefined>>();

/**
 * The list item `s` is nested under, if any: the nearest item before it in its section that starts
 * further left. Found for every item in one pass per model, with a stack of the items that can
 * still be someone's parent (each later item pops those not left of it).
 */
function parentItem(model: PlanModel, s: Statement): Statement | undefined {
  let found = parents.get(model);
  if (!found) {
    found = new Map();
    const open = new Map<number | undefined, { item: Statement; column: number }[]>();
    for (const x of model.statements) {
      if (x.kind !== "list-item") continue;
      const stack = open.get(x.section) ?? [];
      open.set(x.section, stack);
      const at = columnOf(model, x);
      while (stack.length && stack[stack.length - 1].column >= at) stack.pop();
      found.set(x, stack.at(-1)?.item);
      stack.push({ item: x, column: at });
    }
    parents.set(model, found);
  }
  return found.get(s);
}

/** Is nothing but list items (no blank-line-separated prose) between the lead-in and the item? */
function sameList(model: PlanModel, leadIn: Statement, s: Statement): boolean {
  const all = proseOf(model);
  const k = lowerBound(all.length, (i) => all[i].span.start, leadIn.span.end);
  return !(k < all.length && all[k].span.end <= s.span.start);
}

/**
 * Is the sentence one of a paragraph of several, in a section where another sentence or a list
 * item states an objective with a target and a time bound? Then it is that objective's context
 * (the situation it answers, how it will be checked), not a goal.
 */
function explainsObjective(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const section = s.section === undefined ? undefined : model.sections[s.section];
  if (!section) return false;
  const { own, position, stated } = goalsIn(model, section.index, vocabulary);
  if (stated.size === (stated.has(s) ? 1 : 0) && !siblingStates(model, section.index, vocabulary)) return false;
  // A number or a "Yes." before it on its line is no neighbour: "O1. To contribute to …". A
  // paragraph is a run of the section's statements: look either way from the sentence while it lasts.
  const neighbour = (x: Statement) => x.kind === "sentence" && !tooShort(normalise(x.text).trim());
  const near = (x: Statement) => sameParagraph(model, s, x) || wrappedBeside(model, s, x);
  const at = position.get(s) ?? -1;
  for (let i = at - 1; i >= 0 && near(own[i]); i--) if (neighbour(own[i])) return true;
  for (let i = at + 1; at >= 0 && i < own.length && near(own[i]); i++) if (neighbour(own[i])) return true;
  return false;
}

/**
 * Is the sentence hard-wrapped over lines (prose typed at a width: a board report, a plain-text
 * paper), with only a line break between it and the other? Its lines are not a list of goals one a
 * line: it is a sentence of the paragraph the other is in ("Form: a licence …" then "Lumen operates
 * the models; …" wrapped over two lines).
 */
function wrappedBeside(model: PlanModel, s: Statement, other: Statement): boolean {
  if (s.kind !== "sentence" || !s.text.includes("\n")) return false;
  const [first, second] = s.span.start < other.span.start ? [s, other] : [other, s];
  return !/\n[ \t>]*\n|\|/.test(model.text.slice(first.span.end, second.span.start));
}

function goalsIn(model: PlanModel, index: number, vocabulary: Vocabulary): SectionGoals {
  return sectionGoals(model, vocabulary).get(index) ?? goalsOf(model, index, vocabulary);
}

/**
 * Is the section one of several under the heading of the objectives (a Q&A's questions under "What
 * you are aiming for", a deck's slides under "Goals"), another of which states a goal? Then a
 * paragraph in it (the answer to "Isn't this greenwashing?") explains the goals stated there.
 */
function siblingStates(model: PlanModel, index: number, vocabulary: Vocabulary): boolean {
  const parent = model.sections[index].parent;
  if (parent === undefined || !model.sections[parent].elements.includes("objective")) return false;
  const known = siblingGoals(model, vocabulary);
  let states = known.get(parent);
  if (states === undefined) {
    // Once per heading: every sentence under it may ask.
    const under = subsections(model, vocabulary).get(parent) ?? [];
    states = [parent, ...under].filter((i) => goalsIn(model, i, vocabulary).stated.size > 0);
    known.set(parent, states);
  }
  return states.some((i) => i !== index);
}

const siblingGoals = perModel(() => new Map<number, number[]>());

/** Each section's direct subsections, found in one pass (not a scan of every section per heading). */
const subsections = perModel((model) => {
  const children = new Map<number, number[]>();
  for (const x of model.sections) {
    if (x.parent === undefined) continue;
    const list = children.get(x.parent);
    if (list) list.push(x.index);
    else children.set(x.parent, [x.index]);
  }
  return children;
});

interface SectionGoals {
  /** The section's own statements (not its subsections'), in model order. */
  own: Statement[];
  position: Map<Statement, number>;
  /** Those that state an objective with a target and a time bound, or in so many words. */
  stated: Set<Statement>;
}

/** Per model and vocabulary, each section's goals once: asked for each of its sentences, they would be read again and again. */
const sectionGoals = perModel(() => new Map<number, SectionGoals>());

function goalsOf(model: PlanModel, index: number, vocabulary: Vocabulary): SectionGoals {
  const own = statementsIn(model, model.sections[index]).filter((x) => x.section === index);
  const concrete = (x: Statement) => hasQuantity(vocabulary, x.text) && hasTimeBound(vocabulary, x.text);
  // Or stated in so many words (「山岡：目的としては、…の高度化を目指したい。」), not said to be missing
  // (「数字の目標は特に置いていないんです」).
  const says = (x: Statement, concept: Concept) => vocabulary.test(concept, ownText(x));
  // Or on a line of its own and on a vague verb (「出資を通じて…事業機会を模索する。」): the section's
  // objectives, one a line, with a paragraph of why beside them. Or as the answer to a why-question
  // ("Why are we doing this?" — "To grow our share of home care."): the sentences after it give the reasons.
  const alone = (i: number) => ![own[i - 1], own[i + 1]].some((x) => x !== undefined && sameParagraph(model, own[i], x));
  // A table's row states one too when it has its target and its date (「| 乗継ぎ待ち時間 | 8分 | 2027年度 |」):
  // the prose beside a table of dated targets explains them.
  const isStated = (x: Statement, i: number) =>
    (x.kind === "table-row" && concrete(x)) ||
    ((x.kind === "sentence" || x.kind === "list-item") &&
      (concrete(x) ||
        (says(x, "goal-marker") && !says(x, "no-target")) ||
        (alone(i) && vagueVerb(vocabulary, x.text) !== undefined) ||
        answersWhy(model, x, ownText(x), vocabulary)));
  const goals = { own, position: new Map(own.map((x, i) => [x, i])), stated: new Set(own.filter(isStated)) };
  sectionGoals(model, vocabulary).set(index, goals);
  return goals;
}

/**
 * Are two statements in one run of prose: no line break between them? Lines of their own, even
 * without a blank line between, are a list of goals (「・…」, "1.3 …"), not a paragraph.
 */
function sameParagraph(model: PlanModel, a: Statement, b: Statement): boolean {
  const [first, second] = a.span.start < b.span.start ? [a, b] : [b, a];
  // The cells of a table's row are no paragraph either: "| Goal | Cut the error from 17% to 9% by 2027. | Grow usage. |".
  return !/[\n|]/.test(model.text.slice(first.span.end, second.span.start));
}

/**
 * Is the row in a table whose rows are indicators or milestones: its label column (the first after
 * a numbering column) names them (Key result, KPI, 指標, Milestone), not objectives (「| No | 目標 | 指標 |」)?
 */
function inKpiTable(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const table = model.tables.find((t) => t.span.start <= s.span.start && s.span.end <= t.span.end);
  const label = table?.header.map((cell) => normalise(cell.text).trim()).find((text) => !/^(?:no\.?|#|番号)?$/.test(text));
  return label !== undefined && (vocabulary.test("kpi-column", label) || vocabulary.test("schedule-heading", label));
}

/** A question that asks for something named (what, why, how…), not whether: its answer can state the goal. */
const OPEN_QUESTION = /^(?:what|why|how|which|who|where|when)\b|何|なぜ|どの|どう|いつ|誰/;

/**
 * Is the row a checklist's item: its label (the first column after a numbering one) asks a yes/no
 * question ("Do we know what each party brings?", 「目的は文書化されていますか？」)?
 */
function checkQuestionRow(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const label = rowLabel(model, s);
  return label !== undefined && vocabulary.test("question", label) && !OPEN_QUESTION.test(label);
}

/**
 * Is the row labelled as the objective in its table's label column (the first after a numbering
 * column): a row-per-clause table ("| # | Clause | Our position | … |") whose row names the purpose?
 */
/** A row label that only names the purpose: 「目的」, 「本提携の目的」, 「事業の狙い」. */
const PURPOSE_NAME = /^[^の、。\s]{0,8}の?(?:目的|狙い|ねらい|ゴール)$/;

/** Is the row numbered in its first cell, as an issues list's or a term sheet's rows are ("| 3 | …")? */
function numberedRow(model: PlanModel, s: Statement): boolean {
  return /^\d{1,3}\.?$/.test(normalise(rowOf(model, s)?.cells[0]?.text ?? "").trim());
}

function labelledObjectiveRow(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  // A Japanese evaluation table labels its rows by what is judged (「当初目的の達成度」), and a report's
  // header table gives the purpose of a visit (「| 目的 | 先方設備の視察 |」): there, only a numbered row
  // of terms whose label is the purpose's name alone (「| 1 | 目的 | … |」) states the objective.
  const text = rowLabel(model, s);
  if (text === undefined || (!english(model) && !(PURPOSE_NAME.test(text) && numberedRow(model, s)))) return false;
  return vocabulary.test("objective-heading", text) && !vocabulary.test("kpi-column", text);
}

/**
 * A table row's number under a target column (「目標」, "Target") is the row's target: the row's
 * label names what is measured, so the cell needs no unit of its own ("| Booths in operation | 60 |").
 */
function hasTargetCell(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  return targetHeaders(model, s, vocabulary).length > 0;
}

/**
 * Is the row's target under a column whose header gives the period (「| 支店 | 2025年度実績 | 2026年度目標 |」,
 * "| Region | Target FY2027 |")? A table that breaks a target down by branch or region dates every row in
 * that header: the row's figure is due by it.
 */
function targetColumnBound(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  return targetHeaders(model, s, vocabulary).some((header) => hasTimeBound(vocabulary, header));
}

/** The headers of the target columns in which the table row has a figure. */
function targetHeaders(model: PlanModel, s: Statement, vocabulary: Vocabulary): string[] {
  const table = tableOf(model, s);
  const row = rowOf(model, s);
  if (!table || !row) return [];
  return row.cells.flatMap((cell, i) => {
    const header = table.header[i] === undefined ? "" : normalise(table.header[i].text).trim();
    return header && vocabulary.test("target-column", header) && /\d/.test(normalise(cell.text)) ? [header] : [];
  });
}

/** An OKR's objective written as its heading: "O1. Turn members into loyal customers", "O2 — Keep notes safe", 「O3. …」. */
const OKR_OBJECTIVE = /^O\d{1,2}\s*[.:：)）—–-]\s*/;

/** OKR objectives stated in headings, as statements of their own (the heading's text, no fix offered). */
function okrObjectives(model: PlanModel): Statement[] {
  return (
    model.sections
      .filter((section) => section.kind === "heading" && OKR_OBJECTIVE.test(section.title))
      // Judged without its number: "O1." is no quantity.
      .map((section) => ({
        text: section.title.replace(OKR_OBJECTIVE, ""),
        span: section.headingSpan,
        kind: "field" as const,
        section: section.index,
      }))
  );
}

const outerIndents = new WeakMap<PlanModel, Map<number | undefined, number>>();

/** Is the list item indented deeper than the section's outermost list items? */
function isSubPoint(model: PlanModel, s: Statement): boolean {
  let indents = outerIndents.get(model);
  if (!indents) {
    indents = new Map();
    for (const item of model.statements.filter((x) => x.kind === "list-item")) {
      indents.set(item.section, Math.min(columnOf(model, item), indents.get(item.section) ?? Infinity));
    }
    outerIndents.set(model, indents);
  }
  return columnOf(model, s) > (indents.get(s.section) ?? Infinity);
}

/** The subject of a sentence that puts a target off: 「目標値は…」, "targets …". */
const TARGET_TOPIC = /目標値?は|\btargets?\b/;
/** The figures to be set later, in talk: 「具体的な数字はこれから現場と一緒に決めていきます」. */
const FIGURES_LATER = /(?:目標値?|数字|数値)は[^。]{0,30}(?:これから|今後|追って|後日|改めて)[^。]{0,20}(?:決め|定め|設定|詰め)/;

/** A target put off: 「販売目標は今後検討し…」, "Targets TBD". */
function deferredTarget(vocabulary: Vocabulary, text: string): boolean {
  return (
    vocabulary.test("target-deferral", text) || (vocabulary.test("deferral", text) && TARGET_TOPIC.test(text)) || FIGURES_LATER.test(text)
  );
}

/** A line's label, the text before its colon: 「→ 矢吹コメント：方向はいい。…」, 「（佐藤注：…）」 in brackets. */
const LINE_LABEL = /^[\s→>*・(（-]*([^:：\n。.]{1,20})[:：]/;
/** How far into its line a label can end: its marks, 20 characters and the colon. */
const LABEL_REACH = 64;

/** Is the sentence on a line labelled as someone's remark (「→ 矢吹コメント：…」, "Reviewer comment: …")? */
function onRemarkLine(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  // From the line index, and only the line's opening: every sentence of a one-line paragraph asks.
  const { line } = model.lines.positionAt(s.span.start);
  const lineStart = model.lines.lineStart(line);
  const label = LINE_LABEL.exec(model.text.slice(lineStart, Math.min(s.span.end, lineStart + LABEL_REACH)))?.[1];
  return label !== undefined && vocabulary.test("remark-label", normalise(label).trim());
}

/** What a paper calls itself after "this": "This policy exists to …", "This plan sets out …". */
const PAPER_NOUNS = "policy|plan|document|memo|paper|proposal|report|letter|charter|programme|program|project";

/** The time "this" points at when it opens a sentence as an adverb ("This year, we will …", "This spring …"): the present one, not the sentence before. */
const PERIOD_NOUNS = "year|quarter|month|week|spring|summer|autumn|fall|winter|season";

/** A sentence's opening phrase that points back at the sentence before: "At that volume", "With these figures". */
const POINTS_BACK = /^(?:at|on|with|from|given|beyond|after|under|for)\s+(?:this|that|these|those)\b/;

/**
 * Starts by pointing back at the sentence before (「これは…合意済みの目標です。」, "That's what the budget
 * is sized for."). "This partnership …", "This investment …" name the alliance instead: what it will do
 * is said of it, not of the sentence before; "This policy …", "This plan …" name the paper itself, and
 * "This year, …" the time the sentence speaks of.
 */
function refersBack(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary
    .derive(
      "vague-objective:back-reference",
      (v) =>
        new RegExp(
          `^${v.group("demonstrative")}(?:[はがも]|\\s(?!(?:${v.group("alliance", "en")}|investment|joint venture|venture|deal|${PAPER_NOUNS}|${PERIOD_NOUNS})\\b)|$)`,
        ),
    )
    .test(text);
}

/**
 * Is the statement under a YAML key that names the objective (purpose:) nested in a key that names
 * an element that is never an objective (data:, ip:)?
 */
function keyOfOtherElement(model: PlanModel, index: number | undefined): boolean {
  const own = index === undefined ? undefined : model.sections[index];
  if (own?.kind !== "field" || !own.elements.includes("objective") || own.parent === undefined) return false;
  const outer = nearestElements(model, own.parent);
  return !outer.includes("objective") && outer.some((e) => NOT_OBJECTIVE_ELEMENTS.includes(e) && !DESCRIPTIVE_ELEMENTS.includes(e));
}

/** Is the section a pseudo heading inside another whose title is a label of commentary alone (「【メモ】」)? */
function underCommentLabel(model: PlanModel, index: number | undefined, vocabulary: Vocabulary): boolean {
  const section = index === undefined ? undefined : model.sections[index];
  if (section?.kind !== "pseudo" || section.parent === undefined || section.elements.length) return false;
  const title = normalise(section.title)
    .replace(/[【】[\]():：*]/g, "")
    .trim();
  return title.length > 0 && vocabulary.test("commentary-label", title);
}

/**
 * The elements of the statement's section, without the objective when its own title denies it
 * (「参考データ（目標ではない）」, "Reference figures (not targets)"), says it is missing from a
 * document (「よくある失敗 ―「目的」が書いていない」) or that it could not be measured (「目的が測れる形に
 * なっていなかった」): such a title names the objective only to set it aside.
 */
function ownElements(model: PlanModel, s: Statement, vocabulary: Vocabulary): PlanElement[] {
  const section = s.section === undefined ? undefined : model.sections[s.section];
  // A subsection that names no element but the scope (「A-3. 想定している提携の範囲は？」, "Q3. What is in
  // scope?" under 「提携の目的・範囲」) holds the scope, a term of the deal, not the objectives above it.
  if (section && !section.elements.length && vocabulary.test("scope-title", normalise(section.title).trim())) return [];
  const elements = nearestElements(model, s.section, vocabulary);
  const title = section?.title;
  const setsAside = (t: string) => vocabulary.test("goal-denial", t) || vocabulary.test("objective-remark", t);
  if (!elements.includes("objective") || title === undefined || !setsAside(normalise(title))) return elements;
  return elements.filter((e) => e !== "objective");
}

/**
 * The elements of the innermost enclosing section that names any. Read with the vocabulary, an
 * enclosing heading that names the paper itself ("Minutes of a Meeting of the Board", 「取締役会
 * 議事録」) is the document's title: the body it names met to write the paper, and the items below
 * are not that body's governance.
 */
function nearestElements(model: PlanModel, index: number | undefined, vocabulary?: Vocabulary): PlanElement[] {
  for (let i = index; i !== undefined; i = model.sections[i].parent) {
    const section = model.sections[i];
    if (section.elements.length && !(i !== index && vocabulary && namesPaper(vocabulary, section.title))) return section.elements;
  }
  return [];
}

/** Does a heading name the kind of paper it heads (minutes, a report, 議事録)? */
function namesPaper(vocabulary: Vocabulary, title: string): boolean {
  return vocabulary.test("paper-name", normalise(title));
}

/** Is the plan in English? For the readings tried on English plans only (not a choice of text). */
function english(model: PlanModel): boolean {
  return model.lang === "en";
}

function tooShort(text: string): boolean {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? text.length < 8 : text.split(/\s+/).length < 3;
}

/** A bracketed text that opens with a label and its colon: "[Comment (Tom): can we put a number on this?]", 「【コメント：…】」. */
const LABELLED_BRACKET = /[[【]([^[\]【】\n:：]{1,40})[:：][^[\]【】\n]{0,400}[\]】]/g;
/** A label's parenthesis, who wrote it: "Comment (Tom)", 「コメント（山田）」. */
const ATTRIBUTION = /[(（][^()（）]{0,30}[)）]$/;

/**
 * The text without the remarks a shared draft carries inline ("… better-fitting equipment. [Comment
 * (Tom): can we put a number on this? — Sigrún: the numbers are in the table below.]", "[Suggested
 * (Ása): add a surcharge]"): a reviewer's words, labelled as such, are neither the objective's nor
 * a blank to fill in. A bracket labelled otherwise ("[TBD: owner]") stays.
 */
function withoutAnnotations(vocabulary: Vocabulary, text: string): string {
  if (!text.includes("[") && !text.includes("【")) return text;
  return text.replace(LABELLED_BRACKET, (bracket, label: string) =>
    vocabulary.test("commentary-label", normalise(label.trim().replace(ATTRIBUTION, "")).trim()) ? "" : bracket,
  );
}

/**
 * The timestamp a transcript's turn opens with, bracketed or bare: "**[00:53] REENA:** …", "[01:02:07]
 * Dana: …", "00:48 So the goal is…", 「00:18 えーと…」 (its space often the ideographic one). It says when the words were spoken: neither a
 * figure nor a deadline of what they say.
 */
const TURN_TIMESTAMP = /^[\s*_>]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}(?::\d{2})?(?=\s))/;

/** An aim that is one event, which happens or not: a launch, an opening, a completion (its verb last in Japanese, first in English). */
const MILESTONE =
  /(?:開始|完了|稼働|発売|上市|開業|開設|設立|リリース)(?:する|させる|します|を目指す)?[。.]?$|^(?:launch|open|complete|release|go live)\b/;

/**
 * Is the aim one event due by a date (「2027年9月末までに有償版を提供開始する」, "Launch the paid tier by 30
 * September 2027")? Done or not by then, it is measured by its deadline alone. A date set loosely, without
 * a word that makes it a deadline (「新シリーズを2027年春に発売する」), leaves it unmeasured.
 */
function datedMilestone(vocabulary: Vocabulary, text: string): boolean {
  const normal = normalise(text).trim();
  return MILESTONE.test(normal) && vocabulary.test("deadline-marker", normal);
}

function judge(model: PlanModel, s: Statement, context: RuleContext): RuleReport[] {
  const restated = restatement(model, s, context.vocabulary);
  const read = restated ? `${readable(s)} ${readable(restated)}` : readable(s);
  const text = withoutAnnotations(context.vocabulary, read).replace(TURN_TIMESTAMP, "");
  // A pasted template: unfilled-placeholder reports it.
  if (hasPlaceholder(text)) return [];
  const target = hasQuantity(context.vocabulary, text) || hasTargetCell(model, s, context.vocabulary);
  const deadline =
    hasTimeBound(context.vocabulary, text) ||
    titleBounds(model, s, context.vocabulary) ||
    targetColumnBound(model, s, context.vocabulary) ||
    (target && sharesDeadline(model, s, context.vocabulary));
  if (target && deadline) return [];
  const verb = vagueVerb(context.vocabulary, s.text);
  if (deadline && !verb && datedMilestone(context.vocabulary, text)) return [];
  const messageId = !target && !deadline ? (verb ? "bothVerb" : "both") : !target ? "noTarget" : "noDeadline";
  const report: RuleReport = { messageId, span: s.span };
  if (verb) report.data = { verb };
  const fix = objectiveFix(model, s, context);
  if (fix) report.fix = fix;
  return [report];
}

/**
 * The sentence right after `s` on its line that restates it in concrete terms (「具体的には、
 * 2028年度末までに…40％短縮する」, "Specifically, …"): the goal's target and deadline are there.
 * So is the next sentence of one that only announces the goal, on no vague verb of its own
 * (「目標は、最初から数字で一つだけ決めました。2027年3月までに、実車率を38％から45％に上げる。」),
 * when it states a target due by a deadline (not figures of scale and a year: "Our goal is to
 * modernise fraud operations. We've got 1.2 million customers, a rules engine from 2014…").
 */
function restatement(model: PlanModel, s: Statement, vocabulary: Vocabulary): Statement | undefined {
  if (s.kind !== "sentence") return undefined;
  const next = model.statements[model.statements.indexOf(s) + 1];
  if (next?.kind !== "sentence" || !sameParagraph(model, s, next)) return undefined;
  if (vocabulary.test("specifier", normalise(next.text).trim())) return next;
  const announces = vocabulary.test("goal-marker", ownText(s)) && vagueVerb(vocabulary, s.text) === undefined;
  const due = (x: Statement) => vocabulary.test("deadline-marker", normalise(x.text)) && hasTimeBound(vocabulary, x.text);
  return announces && due(next) && hasQuantity(vocabulary, next.text) ? next : undefined;
}

/**
 * Does the sentence add a further target to a dated one right before it in its paragraph (「…令和9年度
 * 末までに1,800世帯とすることを目標としております。」 then 「また、平均時間を…6時間以内とすることを目指して
 * おります。」, "… 1,000 households by March 2027. Also, cut the wait to under 6 hours.")? The
 * targets are one set, due by the deadline the first one gives.
 */
function sharesDeadline(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (s.kind === "list-item") return sharesListDeadline(model, s, vocabulary);
  if (s.kind !== "sentence" || !vocabulary.test("additive", ownText(s))) return false;
  const before = model.statements[positionOf(model, s) - 1];
  return (
    before?.kind === "sentence" &&
    !/\n[ \t]*\n/.test(model.text.slice(before.span.end, s.span.start)) &&
    hasQuantity(vocabulary, before.text) &&
    hasTimeBound(vocabulary, before.text)
  );
}

/**
 * Is the list item a further target in a list whose first item gives the period ("1. 9,000 sessions
 * sold in the 2027/28 season." then "2. 40% of package guests booking a session.", "3. A guest rating
 * of 4.5 or higher.")? The list is one set of targets for that period, as a paragraph's would be. A
 * target on a vague verb ("Grow repeat orders by 10%") is not read as one of the set.
 */
function sharesListDeadline(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (vagueVerb(vocabulary, s.text) !== undefined) return false;
  const first = listRuns(model).get(s)?.[0];
  return (
    (first !== undefined &&
      first !== s &&
      columnOf(model, first) === columnOf(model, s) &&
      hasQuantity(vocabulary, first.text) &&
      hasTimeBound(vocabulary, first.text)) ||
    leadInBounds(model, s, vocabulary)
  );
}

/**
 * Does the lead-in of the item's list give the period its targets are due in (「実証終了時（2027年3月末）に次の
 * 3つを満たすこと。」, "By the end of the pilot (March 2027), we need the following:")? The items are the
 * targets it announces, each due by then.
 */
function leadInBounds(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const leadIn = leadInOf(model, s);
  if (!leadIn || !sameList(model, leadIn, s)) return false;
  const text = normalise(leadIn.text).trim();
  return vocabulary.test("lead-in", text) && hasTimeBound(vocabulary, text);
}

/** Append the objective template before the statement's closing punctuation, a question mark too: the blank belongs to the sentence. */
function objectiveFix(model: PlanModel, s: Statement, context: RuleContext): RuleReport["fix"] {
  if (model.format !== "markdown" || s.kind === "field" || s.kind === "table-row") return undefined;
  const template = context.templates.get("objective", context.lang);
  if (!template) return undefined;
  const trailing = /[。．.!！?？]$/.exec(s.text)?.[0].length ?? 0;
  const at = s.span.end - trailing;
  return { title: FIXES.objective[context.locale], edits: [{ span: { start: at, end: at }, newText: template.body.trimEnd() }] };
}
