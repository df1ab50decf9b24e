/**
 * missing-exit-clause: the plan must say under what condition the alliance ends — a term
 * with its end, a termination trigger, or a notice right — wherever it says it. What
 * happens after the end (data return, buy-back) is not a condition for ending.
 */
import type { PlanModel, Section, Span } from "../server/engine/model";
import type { Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import { defers, documentAnchor, normalText, planStatements, sectionsOf, statementsIn } from "./lib/plan-scope";
import { elementTemplateFix, isEmptySection } from "./lib/insert-template";
import { withDeferralSuggestions } from "./lib/deferral-suggestions";

/** Alternatives without a group, for use inside another alternation; the grouped form below. */
const END_VERBS_JA = "終了|解除|解約|解消|撤退|打ち切|満了|失効";
const END_VERB_JA = `(?:${END_VERBS_JA})`;
const END_VERB_EN =
  "(?:terminat\\w*|expir\\w*|end(?:s|ed)?|winds? down|dissolv\\w*|exit|withdraw\\w*|cancel\\w*|unwind|pull out|walk away|leave the (?:alliance|partnership|agreement|jv))";
/** What must be ending for an English "ends when…" to be an exit: the alliance, not a licence or a campaign. */
const ALLIANCE_EN =
  "(?:alliance|partnership|agreement|contract|collaboration|sponsorship|arrangement|relationship|joint venture|jv|term|it|this)";
/**
 * A date, or a placeholder for one. The month name is bounded and a placeholder's text holds no
 * opening bracket, so no run of letters or brackets is rescanned from each of its positions.
 */
const DATES =
  "\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+[a-z]+\\s+\\d{4}|[a-z]{1,12}\\s+\\d{1,2},?\\s+\\d{4}|(?:end|close) of (?:fy)?\\s?\\d{4}|fy\\s?\\d{2,4}|〔[^〔〕]*〕|\\[[^[\\]]*\\]";
const DATE = `(?:${DATES})`;

/** Ways of stating when or why the alliance ends. */
const END_CONDITIONS: RegExp[] = [
  // Japanese: a term, a right to end, a trigger, notice.
  /(?:有効|契約|提携|協業|実施|本契約の|本提携の|共同研究(?:開発)?の?|研究|事業)期間[:はを：]/,
  new RegExp(`${DATE}\\s*(?:まで|をもって|を以て|に)[^。]{0,20}(?:とする|有効|存続|${END_VERBS_JA}|実施)`),
  /(?:契約|提携|有効|協業|本契約の|本提携の)期間の?満了(?!後)|満了(?:により|をもって|によって|とともに)[^。]{0,10}(?:終了|失効)/,
  new RegExp(`${END_VERB_JA}(?:する|させる)?(?:こと|事)?が?できる`),
  new RegExp(`(?:場合|とき|時)(?:に|には|は)?[、,]?[^。]{0,60}${END_VERB_JA}(?:する|させ|でき|とする|となる|します|の対象)`),
  new RegExp(`${END_VERB_JA}(?:事由|条件|基準|要件|トリガー|ライン)[^。]{0,6}(?:[:は：]|として|を満た|に該当)`),
  new RegExp(
    // `.*` takes the leading digits of the period too: `\\d+` here would split every digit run every way.
    `^(?=.*(?:${END_VERBS_JA}|更新)).*\\d\\s*(?:日|か月|ヶ月|カ月|ヵ月|ケ月|週間)前(?:まで)?に[^。]{0,30}(?:通知|申し出|申入|通告)`,
  ),
  /(?:自動(?:的に)?更新|更新しない|更新を拒絶|更新されない)/,
  // English.
  new RegExp(
    `\\b(?:may|can|shall be entitled to|is entitled to|has the right to|right to|will|shall)\\s+(?:immediately\\s+)?${END_VERB_EN}\\b`,
  ),
  new RegExp(
    `\\b${ALLIANCE_EN}\\b[^.;]{1,30}\\b${END_VERB_EN}\\s+(?:on|at|upon|if|when|automatically|unless|in the event|by giving|with)\\b(?! (?:the )?(?:termination|expiry|end)\\b)`,
  ),
  new RegExp(
    `\\b(?:term|duration)\\b[^.]{0,80}(?:\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six)[- ](?:years?|months?)\\b|(?:\\b(?:until|through|to|ending|ends?)\\s+|[–—~-]\\s*)${DATE})`,
  ),
  new RegExp(`期間[^。]{0,20}${DATE}\\s*(?:(?:から|より)\\s*)?[〜～~ー-]\\s*${DATE}`),
  new RegExp(
    `\\b(?:runs?|lasts?|valid|in force|continues?|remain in effect)\\b[^.]{1,40}\\b(?:until|through|to|for)\\s+(?:${DATES}|\\d+\\s+(?:years?|months?))`,
  ),
  /\b(?:\d+|thirty|sixty|ninety|three|six|twelve)[- ]?(?:days?|months?)'?s?\s+(?:prior\s+)?(?:written\s+)?notice\b/,
  /\bnotice (?:period|of termination|to terminate|of non-renewal)\b/,
  /\b(?:termination|exit|break)\s+(?:trigger|right|event|criteria|condition|threshold|clause)s?\b[^.]{0,10}(?:\b(?:is|are|if|when|apply|include)\b|:)/,
  /\b(?:renews? automatically|auto-?renew\w*|non-renewal|unless (?:either party|renewed|extended))\b/,
  new RegExp(`\\bif\\b[^.]{1,100}\\b(?:we|either party|the parties|each party|[a-z]+)\\s+(?:will|may|can|shall)\\s+${END_VERB_EN}`),
];

/** Only about the time after the end: 「終了後」, "after termination". */
const AFTERMATH_ONLY =
  /(?:終了|解除|解約|解消|満了)(?:後|時|した場合|したとき|に伴い|の際)|\b(?:after|upon|on|following|at) (?:the )?(?:termination|expiry|expiration|end)\b|\bif (?:the )?(?:alliance|partnership|agreement) ends\b/;
/** A licence's term or end is not the alliance's, unless the statement names the alliance too. */
const LICENCE_ONLY = /ライセンス|実施権|許諾|licen[cs]e/;
const ALLIANCE_WORD =
  /本契約|本提携|提携|協業|共同研究|契約の?期間|ライセンス契約|licen[cs]e agreement|\b(?:alliance|partnership|agreement|contract|collaboration)\b/;
/** Says there is no term or exit: "has no term or notice period", 「終了期限は定めない」. */
const NEGATED =
  /\b(?:no|without|has no|have no|not have)\b[^.]{1,20}\b(?:term|notice|end date|exit|termination|expiry)\b|\bno fixed end\b|定め(?:てい)?ない|定めはない|設けない|(?:期限|期間|終了)は?(?:なし|ない)/;
/** YAML keys that are themselves the end of a term: `end: 2027-03-31`, `initial_term_end: …`. */
const END_KEY = /(?:^|\.)\w*?(?:end|end_?date|expiry|expires|expiration|until|終了日|満了日|終期)\s*:\s*\S/;
/**
 * Values under an exit key are exit terms: `termination.triggers: [重大な違反を是正しないとき]`.
 * An exit key has a segment of word characters around an exit stem, tested segment by segment
 * (one pattern for `\w*stem\w*` would try every split of a segment that repeats the stem).
 */
const EXIT_STEM = /terminat|exit|wind_?down|early_?end/;
const EXIT_STEM_JA = /^\w*(?:解除|解約|終了|撤退)\w*$/;
/** Keys for what follows the end: `exit.handover`, `on_exit.data`. */
const AFTERMATH_KEY =
  /(?:^|\.)(?:handover|hand_?back|on_?exit|on_?termination|after\w*|transition\w*|post\w*|data|assets|people|staff|customers|移行|引継ぎ?|終了後\w*)(?:\.|$)/;
/** A condition, a year or a period — not a pointer such as `exit: 第8章`. */
const CONDITION = /とき|場合|\bif\b|\bwhen\b|\bunless\b|\bupon\b|\d{4}|\d\s*(?:[日年]|か月|ヶ月|カ月|days?|months?|years?)/;

/** Quick fix titles, by the template each inserts. */
/** What the placeholder replacing a deferred exit clause asks for. */
const HINT = { ja: "終了条件・通知期間", en: "termination conditions and notice period" };
const FIXES = { "exit-clause": { ja: "出口条項のテンプレートを挿入", en: "Insert an exit clause template" } };

export const missingExitClause: Rule = {
  meta: {
    id: "missing-exit-clause",
    headline: true,
    element: "exit",
    fixable: true,
    scope: "document",
    summary:
      "nothing says under what condition the alliance ends (term and end date, termination trigger, notice); an empty or 「別途協議」/TBD exit section; an exit section that only describes what happens afterwards",
    placeholderHint: HINT,
    fixes: FIXES,
    defaultSeverity: "error",
    description: {
      ja: "提携がどのような条件で終わるか（期間満了・解除事由・通知期間）が定められているかを確認します。",
      en: "Checks that the plan says under what conditions the alliance ends: a term and its end, termination triggers, a notice period.",
    },
    messages: {
      noExit: {
        ja: "出口戦略（提携の終了条件）がありません。期間・解除事由・通知期間・終了時の取扱いを定めてください。",
        en: "No exit clause: state the term, termination triggers, notice period and what happens on exit.",
      },
      deferred: {
        ja: "出口条項が「別途協議」などで先送りされ、終了の条件がありません。",
        en: "The exit clause is deferred ('TBD', 'to be agreed') and states no condition for ending the alliance.",
      },
      empty: { ja: "出口条項の見出しだけで、内容がありません。", en: "The exit section is empty." },
      noCondition: {
        ja: "出口条項に、提携が終了する条件（期間・解除事由・通知）がありません。終了後の取扱いだけでは不十分です。",
        en: "The exit section names no condition under which the alliance ends (term, trigger, notice); what happens afterwards is not enough.",
      },
    },
    rationale: {
      ja: "出口戦略は「撤退」ではなく次の段階への橋渡しです。解消条件・通知期間・資産や知財・人材の扱い・移行計画が契約にないと、関係がこじれたときに撤退も転換もできず、損失と紛争が膨らみます。",
      en: "An exit is a bridge to the next stage, not only a retreat. Without termination conditions, notice, the fate of assets, IP and people, and a transition plan, a soured alliance can neither end nor change course, and losses and disputes grow.",
    },
    examples: {
      good: {
        ja: "本提携の有効期間は2028年3月31日までとし、KPIが2四半期連続で目標の50％を下回った場合、各当事者は60日前の書面通知により解除できる。",
        en: "The alliance runs until 31 March 2028; either party may terminate on 60 days' written notice if the KPIs stay below 50% of target for two consecutive quarters.",
      },
      bad: { ja: "提携の解消については別途協議する。", en: "Exit: TBD." },
    },
  },
  check(model, context) {
    if (statesEndCondition(model, context.vocabulary)) return [];
    const section = sectionsOf(model, "exit")[0];
    if (!section) return [report(model, context, "noExit", documentAnchor(model), undefined)];
    const body = statementsIn(model, section);
    const deferring = body.filter((s) => defers(s, context.vocabulary));
    const messageId = isEmptySection(model, section) ? "empty" : deferring.length ? "deferred" : "noCondition";
    const found = report(model, context, messageId, section.headingSpan, section);
    return [
      withDeferralSuggestions(
        found,
        model,
        context,
        HINT,
        deferring.map((s) => s.span),
      ),
    ];
  },
};

function statesEndCondition(model: PlanModel, vocabulary: Vocabulary): boolean {
  return planStatements(model).some((s) => {
    const text = normalText(s);
    if (defers(s, vocabulary) || NEGATED.test(text) || (LICENCE_ONLY.test(text) && !ALLIANCE_WORD.test(text))) return false;
    // Key paths keep their underscores: normalise() would strip them.
    const key = (s.key ?? "").toLowerCase();
    if (END_KEY.test(`${key}: ${s.text}`)) return true;
    if (isExitKey(key) && !AFTERMATH_KEY.test(key) && !AFTERMATH_ONLY.test(text) && CONDITION.test(text)) return true;
    return END_CONDITIONS.some((re) => {
      const m = re.exec(text);
      return m !== null && !AFTERMATH_ONLY.test(m[0]);
    });
  });
}

function isExitKey(key: string): boolean {
  return key.split(".").some((segment) => (/^\w+$/.test(segment) && EXIT_STEM.test(segment)) || EXIT_STEM_JA.test(segment));
}

function report(model: PlanModel, context: RuleContext, messageId: string, span: Span, section: Section | undefined): RuleReport {
  const fix = elementTemplateFix(model, context, "exit-clause", FIXES["exit-clause"], section);
  return { messageId, span, ...(fix && { fix }) };
}
