/**
 * vague-objective: every objective statement needs a measurable target and a time bound.
 * Objective statements are those under an objective heading or key (not KPI rows, lead-ins
 * or background), and goal sentences elsewhere (「狙いは…」, "the idea is to…").
 */
import type { PlanElement, PlanModel, Statement } from "../server/engine/model";
import type { Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import { hasPlaceholder, hasQuantity, hasTimeBound, isReviewLine, normalise, vagueVerb } from "./lib/lexicon";
import { readable } from "./lib/plan-scope";

/** A sentence that announces a list or restates a heading is not itself an objective. */
const LEAD_IN = /[:：]$|以下の|次の(?:とおり|通り)|下記|as follows|the following|^(?:目的|目標|objectives?|goals?)$/;
/** Talks about the plan itself ("this plan sets out…"); an objective only if it states a goal. */
const ABOUT_THE_PLAN =
  /本計画|本書|本資料|別紙|別表|のとおり|\b(?:annex|appendix|schedule \d|as set out in)\b|これらの(?:目的|目標)|上記の(?:目的|目標)|\bthis (?:plan|document|section|memo|proposal)\b|\b(?:these|the above|the below) (?:goals|objectives|aims)\b|\bbelow\b/;
/** Describes how things are or were, not what the alliance will achieve. */
const STATE_OF_AFFAIRS =
  /(?:た|ている|ていた|ていない|であった|だった|がある|である|となっている)[。.]?$|\b(?:currently|today|right now|at present|last year|in the past)\b|\b(?:noted|said|asked|agreed|mentioned|raised|explained|confirmed|reported|suggested|proposed|stated|discussed)\b/;
/** Reviewing progress (「四半期ごとに…検証する」) or asking for a decision (「承認いただきたい」) is not an objective. */
/** Refers back to the sentence before it (「これは…合意済みの目標です。」, "That's what the budget is sized for."). */
const BACK_REFERENCE =
  /^(?:これ|それ|この|その|これら|こちら|this|that|these|those|that's|this's)(?:[はがも]|\s+is\b|\s+are\b|\s+was\b|\s|$)/;
const ABOUT_PROCESS = /承認|決裁|ご審議|お願い|\bapprov\w*|\bsign[- ]off\b/;
/** The term or the end of the alliance: exit terms under a heading such as 「提携のゴールと次の段階」. */
const ABOUT_ENDING = /終了|解約|解除|満了|撤退|更新|\bterminat|\bexpir|\bnotice\b|\brenew/;
/** Goal sentences outside objective sections. */
const GOAL_MARKER =
  /(?:目的|狙い|ねらい|目標)(?:は|として)?[:：]\s*\S|\b(?:goal|aim|objective)s?\b[^.]{0,60}:\s*\w|(?:目的|狙い|ねらい|目標)は|を目的と|を目指(?:す|し)|たい(?:[。」、，,]|と(?:考え|思)|$)|\b(?:our|the|main|primary|key|overall)\s+(?:goal|aim|objective|purpose|ambition|idea)\s+(?:is|was|would be|here is)\b|\bwe (?:want|aim|hope|intend|would like) to\b|\bwanting to\b|\bthe idea is to\b/;
/** An explicit statement of purpose, strong enough to count even inside background text. */
const PURPOSE_MARKER =
  /(?:目的|狙い|ねらい)は|を目的と|\b(?:our|the|main|primary|overall)\s+(?:goal|aim|objective|purpose|idea)\s+(?:is|was|would be)\b|\bthe idea is to\b|\bwe aim to\b/;
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
    return model.statements.filter((s) => isObjective(model, s, context.vocabulary)).flatMap((s) => judge(model, s, context));
  },
};

function isObjective(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (s.kind === "code") return false;
  const text = normalise(s.text).trim();
  if (LEAD_IN.test(text) || tooShort(text)) return false;
  if (
    (ABOUT_THE_PLAN.test(text) && !GOAL_MARKER.test(text)) ||
    ABOUT_ENDING.test(text) ||
    ABOUT_PROCESS.test(text) ||
    isReviewLine(vocabulary, text)
  )
    return false;
  if (s.kind === "sentence" && BACK_REFERENCE.test(text)) return false;
  const elements = nearestElements(model, s.section);
  // A section that names KPIs holds KPI rows, even when its title also says 目標 (「成果指標（数字で見る目標）」).
  if (elements.includes("objective") && !elements.includes("kpi")) {
    if (s.kind === "table-row") return true;
    // Minutes report goals in the past tense: a goal marker outweighs the tense.
    return s.kind !== "sentence" || !STATE_OF_AFFAIRS.test(text) || GOAL_MARKER.test(text);
  }
  // "Why we're doing this": the purpose can be the last sentence of a rationale paragraph.
  if (elements.includes("background") && s.kind === "sentence" && PURPOSE_MARKER.test(text)) return true;
  if (elements.some((e) => NOT_OBJECTIVE_ELEMENTS.includes(e))) return false;
  return s.kind !== "table-row" && GOAL_MARKER.test(text);
}

/** The elements of the innermost enclosing section that names any. */
function nearestElements(model: PlanModel, index: number | undefined): PlanElement[] {
  for (let i = index; i !== undefined; i = model.sections[i].parent) {
    if (model.sections[i].elements.length) return model.sections[i].elements;
  }
  return [];
}

function tooShort(text: string): boolean {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? text.length < 8 : text.split(/\s+/).length < 3;
}

function judge(model: PlanModel, s: Statement, context: RuleContext): RuleReport[] {
  const text = readable(s);
  if (hasPlaceholder(text)) return []; // a pasted template: unfilled-placeholder reports it
  const target = hasQuantity(context.vocabulary, text);
  const deadline = hasTimeBound(context.vocabulary, text);
  if (target && deadline) return [];
  const verb = vagueVerb(context.vocabulary, s.text);
  const messageId = !target && !deadline ? (verb ? "bothVerb" : "both") : !target ? "noTarget" : "noDeadline";
  const report: RuleReport = { messageId, span: s.span };
  if (verb) report.data = { verb };
  const fix = objectiveFix(model, s, context);
  if (fix) report.fix = fix;
  return [report];
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
