/**
 * missing-exit-clause: the plan must say under what condition the alliance ends — a term
 * with its end, a termination trigger, or a notice right — wherever it says it. What
 * happens after the end (data return, buy-back) is not a condition for ending.
 */
import type { PlanModel, Statement } from "../server/engine/model";
import type { Rule } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import { TextMemo } from "./vocab/text-memo";
import { defers, documentAnchor, documentTitles, normalText, planStatements, sectionsOf, statementsIn } from "./lib/plan-scope";
import { normalise } from "./lib/lexicon";
import { isEmptySection } from "./lib/insert-template";
import { elementFinding } from "./lib/element-finding";

/** A stage of the work, whose end is not the alliance's: 「PoC」「試行」「フェーズ2」. */
const PHASE_JA = "poc|試行|実証|検証|フェーズ|トライアル|パイロット|テスト";

/** A term given only by another's (「協定の有効期間に合わせて設定する」, "co-terminous with"): that term, if stated, counts itself. */
const TERM_BY_REFERENCE = /に合わせ|と同一|と同じ|に準じ|に連動|に揃え|にそろえ|\bco-?terminous\b|\bsame (?:term|duration) as\b/;
const TERM_WORD = /期間|\bterm\b|\bduration\b/;
/** "Term" naming a kind of thing, not a period: a term life product, a term loan, a term sheet. */
const TERM_COMPOUND = "(?:life|loans?|sheets?|deposits?|insurance|assurance|papers?)\\b";

/** A right to force a sale or dissolution (drag-along), whose match this is. */
const FORCED_SALE = /\b(?:require|demand|force)\s+(?:a|the)\s+(?:sale|dissolution|buy-?out)\b/;
/** What makes a right to force a sale an end of the alliance: a trigger before it, or a partner holding it. */
const SALE_TRIGGER = /\b(?:if|when|unless|after|once|upon|in the event|either|each|both)\b/;

/** Not after a denial: "had no right to terminate", "without the right to exit". */
const NOT_DENIED = "(?<!\\b(?:no|without(?: the| a| any)?)\\s)";

/** Ways of stating when or why the alliance ends, in the vocabulary's words (a team's added ones too). */
function endConditions(v: Vocabulary): RegExp[] {
  // Each sentence shape is written in one language and reads that language's words only.
  const endJa = v.group("end-verb", "ja");
  const endEn = v.group("end-verb", "en");
  const date = v.group("term-date");
  return [
    // Japanese: a term, a right to end, a trigger, notice.
    new RegExp(`(?:${v.group("term-period")}|${v.group("project-period")})[:はを：]`),
    new RegExp(`${date}\\s*(?:まで|限り|をもって|を以て|に)[^。]{0,20}(?:とする|有効|存続|${endJa}|実施)`),
    // A joint service offered until a date (「共同サポート体制は2029年3月31日まで提供します」) runs for that term.
    // Until it (まで), not by it (までに 「2027年6月までに…提供を始める」).
    /(?:\d\s*日|月末|年度末|年末)まで(?!に)[^。]{0,20}提供(?:する|します|いたします|を(?:継続|続け))/,
    // The same with で or a month's end, the verb next to it (「2026年3月31日で満了」「2027年3月末までとする」「2027年2月末をもって終了」).
    new RegExp(`${v.group("term-date", "ja")}\\s*(?:末まで|末?で|末?をもって)(?:とする|${endJa})`),
    // On the day or at the time of expiry too: 「保証期間が満了した日に解散する」.
    new RegExp(
      `${v.group("term-period")}の?満了(?!後)|満了(?:した|する)?(?:日|時|とき)?(?:に|により|をもって|によって|とともに)[^。]{0,10}${endJa}`,
    ),
    // A right to end, or to demand the end: 「解除できる」「解散を請求できる」.
    // Asked for by notice too (「解消を申し入れることができる」), or said tersely in a list (「書面通知により解除可」),
    // or politely, as a bulletin or a letter tells its readers (「申し出れば脱退できます」).
    new RegExp(
      `${endJa}(?:する|させる|を(?:請求|求め|${v.group("notice", "ja")})(?:する|る)?)?(?:こと|事)?が?(?:でき(?:る|ます)|可能|可(?=$|[、。,（(]))`,
    ),
    // A party's quitting in plain words: 「どちらかがやめたいときは、3か月前までに伝える」.
    new RegExp(
      `(?:どちら|いずれ|どっち)か?(?:の(?:会社|当事者))?(?:が|から|も)[^。]{0,10}${v.group("quit-verb", "ja")}(?:たい|る|られ|ます)`,
    ),
    // The plain verbs run on in their own endings: 「いったん終わります」「支援を打ち切り、」; humbly too: 「解除いたします」.
    new RegExp(
      `(?:場合|とき|時)(?:に|には|は)?[、,]?[^。]{0,60}${endJa}(?:する|させ|でき|とする|となる|します|いた[しす]|の対象|る|ります|り[、,])`,
    ),
    new RegExp(`${endJa}${v.group("trigger-word", "ja")}[^。]{0,6}(?:[:は：]|として|を満た|に該当)`),
    // Said in a meeting: 「95％に届かなかったら、そこで一旦終わりにしましょう」「届かなかったら終了」 —
    // the alliance's end, not a phase's (「PoCは終了」 ends a trial); ending at a phase (「届かなければPoCで終了」)
    // ends it there, before the next.
    new RegExp(
      `(?:たら|なら|ければ)[、,]?(?:(?!(?:${PHASE_JA})(?!(?:限り|まで)?で))[^。]){0,30}${endJa}(?:りにし|りとし|にし|とし|とする|する|します|[。、,]|$)`,
    ),
    // `.*` takes the leading digits of the period too: `\\d+` here would split every digit run every way.
    // Notice told in plain words, as a note tells it: 「3か月前に書面で伝えれば終われる」.
    new RegExp(`\\d\\s*(?:日|${v.group("month-unit")}|週間)前(?:まで)?に[^。]{0,20}伝え(?:れば|て)[^。]{0,10}${endJa}`),
    // Renewal unless a party speaks, in plain verbs: 「満了の2か月前までにどちらかが言わなければ1年延長」 is
    // 「申し出がない限り自動更新」 said aloud: either may let the term end.
    /(?:言わ|伝え|申し出|通知し)(?:なければ|ない(?:限り|場合))[、,]?[^。]{0,10}(?:延長|更新)/,
    v.regex("renewal"),
    // English.
    new RegExp(
      // Not a right denied: "had no right to terminate", "without the right to exit".
      `${NOT_DENIED}\\b(?:may|can|shall be entitled to|is entitled to|has the right to|right to|will|shall)\\s+(?:immediately\\s+)?${endEn}\\b` +
        // Withdrawing a permission ends the permission: "they may withdraw consent for future seasons".
        `(?!\\s+(?:(?:its|their|his|her|our|the)\\s+)?(?:consent|permission|approval)\\b)`,
    ),
    new RegExp(
      `\\b${v.group("alliance-subject", "en")}\\b[^.;]{1,30}\\b${endEn}\\s+` +
        `(?:on|at|upon|if|when|automatically|unless|in the event|by giving|with)\\b(?! (?:the )?(?:termination|expiry|end)\\b)`,
    ),
    new RegExp(
      `\\b(?:term(?!\\s+${TERM_COMPOUND})|duration)\\b[^.]{0,80}(?:\\b(?:${v.regex("number-word").source})[- ](?:years?|months?)\\b|` +
        `(?:\\b(?:until|through|to|ending|ends?)\\s+|[–—~-]\\s*)${date})`,
    ),
    new RegExp(`期間[^。]{0,20}${date}\\s*(?:(?:から|より)\\s*)?[〜～~ー-]\\s*${date}`),
    // A right to force the end of a joint company: "may jointly require a sale of the company".
    /\b(?:may|can|right to)\s+(?:jointly\s+)?(?:require|demand|force)\s+(?:a|the)\s+(?:sale|dissolution|buy-?out)\b/,
    // Or to end it outright, as a JV's shareholders may (解散 in Japanese): "either party may wind up the JV".
    /\b(?:may|can|right to)\s+(?:wind up|liquidate)\b/,
    // Or to leave it through the stake, a shareholder's put or call option named as such (rules/vocab/stake-option.yaml).
    v.regex("stake-option"),
    // A member's right to leave a multi-party project (withdraw, in English): 「申し出ればプロジェクトから脱退できる」.
    /(?:脱退|離脱)(?:する)?(?:こと)?が?(?:でき(?:る|ます)|可能)/,
    // A term given as a span of dates: "Agreement runs 15 October 2026 – 14 October 2027".
    new RegExp(
      `\\b(?:runs?|lasts?|valid|in force|in effect|continues?)\\s+(?:from\\s+)?${date}\\s*(?:[–—~-]|\\bto\\b|\\buntil\\b|\\bthrough\\b)\\s*${date}`,
    ),
    new RegExp(
      // A date (its alternatives, ungrouped: the reviewed source) or a length.
      `\\b(?:runs?|lasts?|valid|in force|continues?|remain in effect)\\b[^.]{1,40}\\b(?:until|through|to|for)\\s+` +
        `(?:${v.regex("term-date").source}|\\d+\\s+(?:years?|months?))`,
    ),
    // To a year's end, the article before it: "the partnership runs for three seasons, to the end of 2028".
    /\b(?:runs?|lasts?|continues?|valid|in force)\b[^.]{1,40}\b(?:until|through|to) the (?:end|close) of (?:fy)?\s?\d{4}\b/,
    // Its length in words: "the service agreement runs for three years".
    new RegExp(` (?:runs?|lasts?|continues?) for (?:${v.regex("number-word").source})[- ](?:year|month)`),
    // The agreement by its abbreviation (a shareholders' or JV agreement, a memorandum): "the SHA terminates when …".
    /\b(?:sha|jva|mou)\s+(?:terminates|expires|ends)\s+(?:on|at|upon|if|when|automatically|unless)\b/,
    // An event that ends the agreement: "a no-go at Gate 1 ends the agreement".
    new RegExp(`\\b(?:ends|terminates)\\s+(?:the|this|our)\\s+(?:${v.group("alliance", "en")})\\b`),
    new RegExp(
      // Not a notice someone has under their own contract ("the CTO has 3-month notice"): an employee's, not the alliance's.
      `(?<!\\b(?:has|have|had|having)\\s(?:an?\\s|only\\s)?)\\b(?:${v.regex("number-word").source})[- ]?(?:days?|months?)'?s?\\s+(?:prior\\s+)?(?:written\\s+)?${v.group("notice", "en")}`,
    ),
    new RegExp(`\\b${v.group("notice", "en")} (?:period|of termination|to terminate|of non-renewal)\\b`),
    // The alliance's, not a stage's: "the Beta Exit Criteria are met" moves the work on, it ends nothing.
    new RegExp(
      `(?<!\\b(?:beta|alpha|pilot|trial|phase|stage|gate|poc)\\s)\\b(?:termination|exit|break)\\s+${v.group("trigger-word", "en")}[^.]{0,10}(?:\\b(?:is|are|if|when|apply|include)\\b|:)`,
    ),
    new RegExp(`\\bif\\b[^.]{1,100}\\b(?:we|either party|the parties|each party|[a-z]+)\\s+(?:will|may|can|shall)\\s+${endEn}`),
  ];
}

/**
 * Values under an exit key are exit terms: `termination.triggers: [重大な違反を是正しないとき]`.
 * An exit key has a segment of word characters around an exit stem, tested segment by segment
 * (one pattern for `\\w*stem\\w*` would try every split of a segment that repeats the stem).
 */
const EXIT_STEM = /terminat|exit|wind_?down|early_?end/;

function exitStemJa(vocabulary: Vocabulary): RegExp {
  return vocabulary.derive("missing-exit-clause:exit-stem-ja", (v) => new RegExp(`^\\w*${v.group("end-verb", "ja")}\\w*$`));
}

/** Quick fix titles, by the template each inserts. */
/** What the placeholder replacing a deferred exit clause asks for. */
const HINT = { ja: "終了条件・通知期間", en: "termination conditions and notice period" };
const FIXES = { "exit-clause": { ja: "出口条項のテンプレートを挿入", en: "Insert an exit clause template" } };

export const missingExitClause: Rule = {
  meta: {
    id: "missing-exit-clause",
    headline: true,
    element: "exit",
    // A deferred clause ("TBD", 「別途協議」) states no condition yet: as good as none.
    states: { noExit: "missing", empty: "missing", deferred: "missing" },
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
    if (!withdrawsExit(model, context.vocabulary) && statesEndCondition(model, context.vocabulary)) return [];
    const section = sectionsOf(model, "exit")[0];
    if (!section)
      return [
        elementFinding(model, context, {
          messageId: "noExit",
          span: documentAnchor(model),
          section,
          template: "exit-clause",
          title: FIXES["exit-clause"],
          hint: HINT,
        }),
      ];
    const body = statementsIn(model, section);
    const deferring = body.filter((s) => defers(s, context.vocabulary));
    const messageId = isEmptySection(model, section) ? "empty" : deferring.length ? "deferred" : "noCondition";
    return [
      elementFinding(model, context, {
        messageId,
        span: section.headingSpan,
        section,
        template: "exit-clause",
        title: FIXES["exit-clause"],
        hint: HINT,
        deferring,
      }),
    ];
  },
};

/**
 * A term or termination clause taken out and put off, in the paragraph that says so (a P.S. that
 * leaves "paragraph 6 out of this letter" for the definitive agreement, a reply that takes "the term
 * and the notice out of the heads of terms", 「（v0.4で削除。期間・解約条件は…改めて記載する。）」):
 * the clause still quoted or struck through elsewhere states no condition any more.
 */
function withdrawsExit(model: PlanModel, vocabulary: Vocabulary): boolean {
  return planStatements(model).some((s) => {
    if (!vocabulary.test("withdrawal", normalText(s))) return false;
    const paragraph = normalise(paragraphOf(model.text, s));
    return EXIT_WORD.test(paragraph) && vocabulary.test("deferral", paragraph);
  });
}

const EXIT_WORD = /\b(?:term|termination|exit|notice|duration)\b|期間|解約|解除|終了|解消/;

/** The text between the blank lines around a statement. */
function paragraphOf(text: string, s: Statement): string {
  const start = text.lastIndexOf("\n\n", s.span.start);
  const end = text.indexOf("\n\n", s.span.end);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

function statesEndCondition(model: PlanModel, vocabulary: Vocabulary): boolean {
  const licensing = isLicensingDeal(model, vocabulary);
  // Asked of every statement on every lint; a Markdown statement's answer depends on its text (and the deal's kind) alone.
  const known = licensing
    ? vocabulary.derive("missing-exit-clause:states-end-licensing", (v) => new TextMemo((raw) => endCondition(v, raw, undefined, true)))
    : vocabulary.derive("missing-exit-clause:states-end", (v) => new TextMemo((raw) => endCondition(v, raw)));
  return (
    planStatements(model).some(
      (s) =>
        (s.key === undefined ? known.get(s.text) : endCondition(vocabulary, s.text, s.key, licensing)) ||
        spansItsTerm(model, s, vocabulary),
    ) ||
    endProperty(model, vocabulary) ||
    buysOut(model, vocabulary)
  );
}

/**
 * A table of properties, two columns of label and value (a Notion page's "Property | Value", a
 * summary's "Item | Detail"), holds the page's fields as front matter would: a row labelled as the
 * end ("End", "Expiry date") whose value is a date says when the alliance ends, as `end:` does.
 */
function endProperty(model: PlanModel, vocabulary: Vocabulary): boolean {
  const endLabel = vocabulary.derive("missing-exit-clause:end-label-en", (v) => new RegExp(`^(?:${v.group("end-label", "en")})$`));
  return model.tables.some(
    (t) =>
      t.header.length === 2 &&
      t.rows.some((row) => {
        const [label, value] = row.cells.map((c) => normalise(c.text).trim());
        return endLabel.test(label ?? "") && vocabulary.test("term-date", value ?? "") && !vocabulary.test("deferral", value ?? "");
      }),
  );
}

/**
 * A span of dates as the body of a heading that names the term (「## 実施期間」 then
 * 「令和8年6月1日から令和9年3月31日まで。」): the heading is its label, as 「実施期間：…」 would be.
 */
function spansItsTerm(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  if (s.section === undefined) return false;
  const span = vocabulary.derive("missing-exit-clause:date-span-ja", (v) => {
    const date = v.group("term-date", "ja");
    return new RegExp(`^${date}\\s*(?:(?:から|より)[〜～~ー-]?|[〜～~ー-])\\s*${date}`);
  });
  if (!span.test(normalText(s))) return false;
  const title = normalise(model.sections[s.section].title);
  return vocabulary.test("term-period", title) || vocabulary.test("project-period", title);
}

/**
 * A licensing deal names its licence in its title or subtitle ("equity investment and exclusive
 * patent licence"): there the licence's end is the alliance's. Elsewhere (a joint R&D contract
 * that licenses its results) a licence's term is not.
 */
function isLicensingDeal(model: PlanModel, vocabulary: Vocabulary): boolean {
  const subtitle = model.sections.filter((s) => s.kind === "heading")[1]?.title ?? "";
  return [...documentTitles(model), normalise(subtitle)].some((title) => vocabulary.test("licence", title));
}

/** A sentence that ends on a question mark (normalised: full-width marks are ASCII). */
const QUESTION = /\?\s*$/;

/** An arrangement ended to make way for a new one: 「10月1日をもって業務委託契約を終了し、新たに業務提携契約を締結して…」. */
const REPLACED = /終了し[、,]?\s?(?:新たに|新規に|改めて)[^。]{0,30}(?:締結|開始|移行)/;

/** The last cell of a row read as one statement (see the engine's keyValueRows): its status. */
const LAST_CELL = /\|([^|\n]{1,40})$/;

/** Where a sentence ends: after its closing mark, or at a full stop before a space. */
const SENTENCE_END = /(?<=[。！？!?])|(?<=\.)\s/;

/**
 * Does a statement (a YAML value with its key) say how or when the alliance ends? Read sentence by
 * sentence: what vetoes a way to end — a sentence that says there is no term, a deferral of another
 * matter, a side agreement named — speaks for its own sentence, not the next (「期間は定めない。ただし…解除できる」,
 * 「…で契約も満了とする。ただし、本格展開の進め方は未定」, "Either side can walk away at month 6.
 * The pilot ends unless both sides sign a licence.").
 */
function endCondition(vocabulary: Vocabulary, raw: string, rawKey?: string, licensing = false): boolean {
  // Key paths keep their underscores: normalise() would strip them.
  const key = (rawKey ?? "").toLowerCase();
  const sentences = normalise(rawKey ? `${rawKey}: ${raw}` : raw)
    .split(SENTENCE_END)
    // A question asks about the end, it states none: 「撤退ラインは？ → 別途協議」, "Can either side walk away?".
    // Nor does an earlier arrangement ended to make way for the alliance: the form changes, the alliance begins.
    .filter((sentence) => !vocabulary.test("no-term", sentence) && !QUESTION.test(sentence) && !REPLACED.test(sentence));
  // An issues table's row still open, read with its status (「3年 | 5年 | 協議中」, "3 years | 5 years | open"): positions, no term.
  const status = LAST_CELL.exec(raw)?.[1];
  if (status !== undefined && vocabulary.test("open-status", normalise(status).trim())) return false;
  // A sentence that puts off the term or the exit itself puts off the statement's ("we prefer a fixed
  // term. The term and termination rights are still TBD"); one that puts off another matter, only itself.
  if (sentences.some((sentence) => vocabulary.test("deferral", sentence) && EXIT_WORD.test(sentence))) return false;
  // The sentences together too: a pilot's end and what continues it may take two ("Pilot ends 30 June.
  // It only continues if both sides sign …").
  const readings = sentences.length > 1 ? [...sentences, sentences.join(" ")] : sentences;
  return readings.some((text) => sentenceEnds(vocabulary, text, `${key}: ${raw}`, licensing));
}

/** Does one sentence of a statement say how or when the alliance ends? `keyed` is the statement's "key: value". */
function sentenceEnds(vocabulary: Vocabulary, text: string, keyed: string, licensing: boolean): boolean {
  const conditions = vocabulary.derive("missing-exit-clause:end-conditions", endConditions);
  if (!text.trim() || vocabulary.test("deferral", text) || withholdsTerm(vocabulary, text)) return false;
  // A missed gate ends the engagement whatever it withdraws with it ("… and the licences are withdrawn").
  if (pilotEndsOnMiss(vocabulary, text)) return true;
  if (ofSideAgreement(vocabulary, text, licensing)) return false;
  if (vocabulary.test("end-key", keyed)) return true;
  const key = keyed.slice(0, keyed.indexOf(": "));
  if (
    isExitKey(key, vocabulary) &&
    !vocabulary.test("aftermath-key", key) &&
    !isAftermath(text, vocabulary) &&
    vocabulary.test("condition", text)
  )
    return true;
  return (
    noticeBeforeEnd(vocabulary, text) ||
    stopsOnWorkingDays(text) ||
    pilotEndsUnlessSigned(text) ||
    copulaTerm(vocabulary, text) ||
    bracketedEnd(vocabulary, text) ||
    spansDates(vocabulary, text) ||
    runsToItsEnd(vocabulary, text) ||
    conditions.some((re) => {
      const m = re.exec(text);
      return (
        m !== null &&
        !isAftermath(m[0], vocabulary) &&
        !inCompound(text, m) &&
        !endsWithNoun(m[0]) &&
        !setsGoal(m[0]) &&
        !ownsNoEnd(text, m) &&
        !labelsNoEnd(text, m) &&
        !asksAbout(text, m, vocabulary) &&
        !datesReview(vocabulary, text, m) &&
        !toOthersThanParties(text, m) &&
        !coveredPeriod(text, m) &&
        !noticeOfOtherAct(vocabulary, text, m) &&
        !outlastsEnd(text, m) &&
        !deniesEnd(vocabulary, m) &&
        !supposesEnd(vocabulary, text, m)
      );
    })
  );
}

/**
 * A condition clause: "… or immediately if the other loses its operator licence" to its comma,
 * 「相手方が運行ライセンスを失った場合」 up to 場合 or とき. A licence lost there is what triggers the
 * end (a permit a party must keep), not a side agreement whose own term is given; a licence's own
 * renewal (「ライセンスの必要性が消失した場合」 in a licence term's clause) is still the side agreement's.
 */
const TRIGGER_CLAUSE = /\b(?:if|unless|should|in the event(?: that)?)\b[^,.;]*|[^、。,]{1,40}(?:場合|とき)/g;
/** A permit lost, revoked or suspended: what makes a licence in a trigger clause one a party must keep. */
const LICENCE_LOST = /\b(?:lose|loses|lost|revoked|suspended|withdrawn|cancel+ed)\b|を失|喪失|取り?消(?:され|し)|停止され|剥奪/;

/**
 * Terms said to be withheld, with no figure given beside them (「契約期間を含む詳細な条件につきましては
 * 開示を控えさせていただきます」, "the term and other conditions were not disclosed"): a term named only
 * to say it is not told states none. A date or a length beside the withholding is a term told.
 */
function withholdsTerm(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.test("undisclosed", text) && !/\d/.test(text);
}

/**
 * A side agreement's term or end is not the alliance's, unless the statement names the alliance
 * beside it: a licence's (where the deal is no licence) or a confidentiality agreement's
 * (「秘密保持契約：2027年3月まで有効」, "the NDA runs until March 2027"), whose own words
 * ("confidentiality agreement") do not name the alliance.
 */
function ofSideAgreement(vocabulary: Vocabulary, text: string, licensing: boolean): boolean {
  if (
    !licensing &&
    vocabulary.test(
      "licence",
      text.replace(TRIGGER_CLAUSE, (clause) => (LICENCE_LOST.test(clause) ? " " : clause)),
    ) &&
    !vocabulary.test("alliance", text)
  )
    return true;
  return vocabulary.test("nda", text) && !vocabulary.test("alliance", vocabulary.remove("nda", text));
}

/**
 * A term said with a copula, the contract or the alliance named before it: 「契約上、この取り組みは
 * 2026年12月末までです」「コエラボさんとの契約は2028年3月末までです」. Without one a date with
 * まで is a deadline (「応募の受付は9月末までです」). Read in steps: one pattern with a window
 * between the contract and the date is not linear-time.
 */
function copulaTerm(vocabulary: Vocabulary, text: string): boolean {
  const until = vocabulary.derive(
    "missing-exit-clause:copula-term-ja",
    (v) => new RegExp(`${v.group("term-date", "ja")}\\s*末?まで(?:です|だ|である|となって)`),
  );
  const m = until.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  return (CONTRACT_JA.test(before) || vocabulary.test("alliance", before)) && !isAftermath(text, vocabulary);
}

/**
 * The end date in brackets right after the term's name, as a note gives it (「基本契約の有効期間（2027年3月
 * 31日まで）内の変更」). Read in steps: the term's name, then the bracket after it.
 */
function bracketedEnd(vocabulary: Vocabulary, text: string): boolean {
  const { term, until } = vocabulary.derive("missing-exit-clause:bracketed-end-ja", (v) => ({
    term: new RegExp(`(?:${v.group("term-period", "ja")}|${v.group("project-period", "ja")})\\(`, "g"),
    until: new RegExp(`^${v.group("term-date", "ja")}まで\\)`),
  }));
  term.lastIndex = 0;
  for (let m = term.exec(text); m; m = term.exec(text)) if (until.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

/**
 * The alliance's period as a span of dates in words, from one to the other (「本提携によるサービスの
 * 提供期間は、2025年4月1日から2027年3月31日までを予定しています」): the contract or the alliance named
 * before the period, as copulaTerm asks — a campaign's or a course's period (「募集期間は…から…まで」)
 * ends no alliance.
 */
function spansDates(vocabulary: Vocabulary, text: string): boolean {
  const dates = vocabulary.derive("missing-exit-clause:dates-ja", (v) => new RegExp(v.group("term-date", "ja"), "g"));
  // Read in steps, date by date, as copulaTerm: one pattern spanning the period and both dates is not shown linear-time.
  const found = [...text.matchAll(dates)];
  return found.some((first, i) => {
    const second = found[i + 1];
    if (!second || !FROM_TO.test(text.slice(first.index + first[0].length, second.index))) return false;
    if (!UNTIL.test(text.slice(second.index + second[0].length))) return false;
    const period = text.slice(0, first.index).search(PERIOD_BEFORE);
    const before = text.slice(0, Math.max(period, 0));
    return period >= 0 && (CONTRACT_JA.test(before) || vocabulary.test("alliance", before));
  });
}

const FROM_TO = /^\s*(?:から|より)\s*$/;
const UNTIL = /^\s*まで/;
/** The period named just before the dates: 「提供期間は、」 at most 20 characters before them, in their sentence. */
const PERIOD_BEFORE = /期間[^。]{0,20}$/;

/**
 * The alliance running to its end in words, a participle too, the end a month and its year: "a
 * five-year agreement with Loomfield — running through March 2031". The alliance must be named
 * before: a grant or a price that "continues to March 2028" is no term of it. Read in steps, as
 * copulaTerm: one pattern with a window between the alliance and the verb is not linear-time.
 */
function runsToItsEnd(vocabulary: Vocabulary, text: string): boolean {
  const runs = vocabulary.derive(
    "missing-exit-clause:runs-to-end-en",
    (v) =>
      new RegExp(
        `\\b(?:run(?:s|ning)?|last(?:s|ing)?|continu(?:es?|ing)|valid|in force)\\s+(?:until|through|to)\\s+` +
          `(?:\\d{1,2}\\s+)?(?:${v.group("month-name")})\\s+(?:\\d{1,2},?\\s+)?\\d{4}`,
      ),
  );
  const m = runs.exec(text);
  return m !== null && vocabulary.test("alliance", text.slice(0, m.index)) && !isAftermath(text, vocabulary);
}

/**
 * A pilot that is the whole engagement: it ends, and goes on only if the parties sign the next
 * agreement ("The pilot ends automatically after 90 days unless we sign the full subscription",
 * "Pilot ends 30 June 2026. It only continues if both sides sign …"). A pilot that is a stage ends
 * into the next phase; this one ends the relationship unless a new contract is made. Read in steps.
 */
function pilotEndsUnlessSigned(text: string): boolean {
  const m = PILOT_ENDS.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  const unless = UNLESS.exec(rest);
  return unless !== null && SIGNED.test(rest.slice(unless.index + unless[0].length).slice(0, 60));
}

/**
 * A pilot or an evaluation that is the whole engagement, ended by its gate's failing branch: "If
 * targets are not met, the evaluation ends and licences are withdrawn", 「目標に届かなければ、実証は
 * 終了し、機材を返却する」. A stage that ends as planned moves the work on; one ended because its
 * targets were missed ends the relationship. Read in steps: the miss, then the stage's end after it.
 */
function pilotEndsOnMiss(vocabulary: Vocabulary, text: string): boolean {
  const miss = vocabulary.find("gate-missed", text);
  if (!miss) return false;
  const rest = text.slice(miss.index + miss.text.length).split(/[.。]/, 1)[0];
  return vocabulary.test("stage-ends", rest);
}

/**
 * A shareholder's right to make the other buy its stake, or to buy the other's (a put or a call:
 * 「保有株式の買取りを請求できる」, 「違反者の保有株式を…買い取ることができる」, "may require the other to buy its
 * shares"): how a partner leaves a joint company that has no term. Not a buy-back once the alliance
 * has ended (「終了時に…株式を買い取ることができる」, "on termination, A may buy back …"): that is the aftermath.
 */
const BUY_OUT = [
  /(?:株式|持分|株)[^。]{0,30}(?:買い?取|買い?戻|売り?渡)[りし]?を?(?:請求|求め)?(?:る|す|する)?(?:こと)?が?(?:でき|可能)/,
  /\b(?:may|can|right to) (?:require|compel|oblige) [a-z]{1,20} (?:[a-z]{1,20} ){0,2}to (?:buy|purchase|acquire)\b/,
  /\b(?:may|can|right to) (?:buy|purchase|acquire)(?: back)? (?:[a-z'’]{1,20} ){0,3}(?:shares|stake|interest)\b/,
];

/**
 * Does the plan give a buy-out right (see BUY_OUT) and put off neither the term nor the exit? A stake
 * sold back ends the holding; where the alliance's own term is still to be set (「業務提携契約の有効期間は
 * 追って定める」, "term: TBD"), the business tie beside the stake has no end yet. Nor does a sale on an end
 * the sentence names (「相互保有を解消する場合、…買取りを求めることができる」, "If the agreement comes to an end,
 * A may require B to buy back …"): that is the aftermath.
 */
function buysOut(model: PlanModel, vocabulary: Vocabulary): boolean {
  const namesEnd = vocabulary.derive(
    "missing-exit-clause:names-end",
    (v) => new RegExp(`${v.group("end-verb", "ja")}|\\b(?:${v.group("end-verb", "en")})\\b`),
  );
  const texts = planStatements(model).map((s) => normalText(s));
  return (
    texts.some((text) => BUY_OUT.some((re) => re.test(text)) && !namesEnd.test(text)) &&
    !texts.some((text) => vocabulary.test("deferral", text) && EXIT_WORD.test(text))
  );
}

/**
 * Notice counted in working days, in a sentence that stops or ends the work on it ("Either party may
 * stop the trial early on 10 working days' written notice"). Said of a meeting ("may call an extra
 * meeting on 10 working days' notice") it ends nothing.
 */
function stopsOnWorkingDays(text: string): boolean {
  return WORKING_DAYS_NOTICE.test(text) && STOPS.test(text);
}

const WORKING_DAYS_NOTICE = /\b\d{1,3}\s+(?:working|business)\s+days?['’]?\s+(?:prior\s+)?(?:written\s+)?notice\b/;
const STOPS = /\b(?:stop|end|terminate|exit|withdraw)\b/;

const PILOT_ENDS = /\b(?:pilot|trial|poc) (?:ends|expires|terminates|will end|will expire)\b/;
const UNLESS = /\b(?:unless|only (?:continues|goes on|runs on|proceeds) if)\b/;
const SIGNED = /\b(?:sign|signs|signed|enter into)\b/;

/** The contract, any contract: the side agreements' own are told apart before (ofSideAgreement). */
const CONTRACT_JA = /契約/;

/** How far after its length a notice may be named: 「3か月前までに、いずれかの当事者が書面で通知」. */
const NOTICE_REACH = 30;

/**
 * Notice by its length, in a sentence that ends or renews something: 「3か月前までに書面で通知して
 * 解除できる」, 「6か月前の書面通知により解消を申し入れる」, 「満了の60日前までに申出がない場合」.
 * Read in steps, not as one pattern: a window between the length and the word defeats the
 * linear-time check.
 */
function noticeBeforeEnd(vocabulary: Vocabulary, text: string): boolean {
  const { lead, endOrRenew } = vocabulary.derive("missing-exit-clause:notice-ja", (v) => ({
    // The length joined to the notice itself in a terse list: 「途中解約：6か月前通知」.
    lead: new RegExp(`\\d\\s*(?:日|${v.group("month-unit")}|週間)前(?:まで)?[にの]?`),
    endOrRenew: new RegExp(`${v.group("end-verb", "ja")}|更新`),
  }));
  const m = lead.exec(text);
  if (!m || !endOrRenew.test(text)) return false;
  const end = m.index + m[0].length;
  const after = text.slice(end, end + NOTICE_REACH).split("。")[0];
  return vocabulary.test("notice", after) && !isAftermath(text.slice(0, end) + after, vocabulary);
}

/**
 * A match that sets no end of its own: a term tied to another term and nothing more (no date, no
 * length), or a standing drag-along ("holders of a majority … may require a sale") that nothing
 * triggers and no partner holds.
 */
function ownsNoEnd(text: string, m: RegExpExecArray): boolean {
  if (TERM_WORD.test(m[0]) && TERM_BY_REFERENCE.test(text) && !/\d/.test(text)) return true;
  return FORCED_SALE.test(m[0]) && !SALE_TRIGGER.test(text.slice(0, m.index));
}

/**
 * A label of the term or of the triggers whose value states no end: the start alone (「研究期間：
 * 2024年4月1日から開始。」, 「契約期間は2026年4月から」), or a check still running (「解約条件：法務にて
 * 確認中」). When the term begins, or who is checking it, says nothing of when it ends.
 */
function labelsNoEnd(text: string, m: RegExpExecArray): boolean {
  if (!LABEL_END.test(m[0])) return false;
  const value = text.slice(m.index + m[0].length).split("。")[0];
  return UNDER_CHECK.test(value) || (TERM_LABEL.test(m[0]) && START_ONLY.test(value));
}

const LABEL_END = /[:はを：]$/;
const TERM_LABEL = /期間[:はを：]$/;
const START_ONLY = /(?:から|より|開始(?:する|します|した|とする)?)\s*$/;
/** Still being checked (「確認中」): not a deferral everywhere (「影響を確認中です」 reports work under way), but a label's whole answer. */
const UNDER_CHECK = /確認中/;

/**
 * An end condition asked about, not stated: the content of an embedded question (「どのような場合に
 * 解消するのかが明らかにされていない」, "Legal cannot yet say when or how either party may end the
 * agreement"). In Japanese the question closes after the verb (のか, かどうか); in English a verb of
 * knowing or saying opens it with a question word, in the match's clause.
 */
function asksAbout(text: string, m: RegExpExecArray, vocabulary: Vocabulary): boolean {
  if (EMBEDDED_QUESTION_JA.test(text.slice(m.index + m[0].length))) return true;
  const before = text.slice(0, m.index);
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  return vocabulary.test("question-opener", clause);
}

const EMBEDDED_QUESTION_JA = /^の?か(?:どうか|否か)?(?:[がはをもに、,。？?]|$)/;

/**
 * A term's length that is a review's date ("term: we revisit it at the 12-month review"): the
 * length qualifies the review that follows it, so it is no length of the term.
 */
function datesReview(vocabulary: Vocabulary, text: string, m: RegExpExecArray): boolean {
  if (!TERM_WORD.test(m[0]) || !/(?:year|month)s?$/.test(m[0])) return false;
  const next = /^\s+(\S+)/.exec(text.slice(m.index + m[0].length));
  return next !== null && vocabulary.test("review-word", next[1]);
}

/**
 * Notice given to people the parties serve, not to a party: "move to standard pricing with 60 days'
 * notice to each customer", "on 30 days' notice to its members". A customer told of a change is no
 * way for the alliance to end; "notice to the other party", "to each other" is.
 */
function toOthersThanParties(text: string, m: RegExpExecArray): boolean {
  const after = text.slice(m.index + m[0].length);
  return /notice$/.test(m[0]) && (TO_EACH.test(after) || TO_THEIR.test(after));
}

/** "to each member", "to all the …" (but "to each other" or "to each party" are the parties), "to its customers". */
const TO_EACH = /^\s+to\s+(?:each|every|all|any|affected)\s+(?!other\b|part)/;
const TO_THEIR = /^\s+to\s+(?:(?:each|every|all|any)\s+(?:of\s+)?)?(?:its|their|our)\s+/;

/**
 * Notice by its length alone in a sentence that names no end, renewal or break, nor the other party ("any member may
 * publish with 30 days' notice to the board", "the Supplier gives 90 days' notice of any price
 * increase"): notice of another act. In Japanese noticeBeforeEnd asks the same of its sentence.
 */
function noticeOfOtherAct(vocabulary: Vocabulary, text: string, m: RegExpExecArray): boolean {
  const endWord = vocabulary.derive(
    "missing-exit-clause:end-word-en",
    // Beside the end verbs, the plain words for quitting a pilot or a rolling contract: stop, leave, walk, roll.
    (v) => new RegExp(`\\b(?:${v.group("end-verb", "en")}|renew\\w*|non-renewal|break|stop|leave|walk|quit|rolling)\\b`),
  );
  return NOTICE_BY_LENGTH.test(m[0]) && !endWord.test(text) && !TO_THE_OTHER.test(text);
}

/** Notice one party gives the other ("by giving the other six months' written notice") is notice between the parties, of their parting. */
const TO_THE_OTHER = /\b(?:the other|each other)\b/;

const NOTICE_BY_LENGTH = /\b(?:days?|months?|weeks?)['’]?s?\s+(?:prior\s+)?(?:written\s+)?notice$/;

/**
 * A length that runs on after the end ("for the duration of this Agreement and five years thereafter",
 * "for two years after termination"): an obligation that survives the alliance, not its term.
 */
function outlastsEnd(text: string, m: RegExpExecArray): boolean {
  return /(?:years?|months?)$/.test(m[0]) && AFTER_THE_END.test(text.slice(m.index + m[0].length));
}

const AFTER_THE_END = /^\s+(?:thereafter|after (?:the |its )?(?:termination|expiry|expiration|end)\b)/;

/**
 * An end denied by a negated modal ("an agreement it cannot end on defined terms", "may not terminate
 * before 2028"): the words say there is no way to end, as 「解除できない」 does (no できる there).
 */
function deniesEnd(vocabulary: Vocabulary, m: RegExpExecArray): boolean {
  const denied = vocabulary.derive(
    "missing-exit-clause:denied-end-en",
    (v) =>
      new RegExp(
        `\\b(?:cannot|can['’]t|can not|could not|may not|unable to|not able to)\\s+(?:\\w+\\s+)?(?:${v.group("end-verb", "en")})\\b`,
      ),
  );
  return denied.test(m[0]);
}

/**
 * A match in the main clause of a sentence whose condition supposes the alliance ended ("Should the
 * alliance be wound down, … the supply agreement would wind down with a last-time buy", 「本提携が
 * 終了した場合、供給契約も終了する」): it tells what follows the end, not when the end comes.
 */
function supposesEnd(vocabulary: Vocabulary, text: string, m: RegExpExecArray): boolean {
  return vocabulary.test("supposed-end", text.slice(0, m.index));
}

/**
 * The period a sheet or a review covers (「対象期間：2026年4月〜2027年3月」「評価期間」): the span of an
 * OKR sheet or a report, which ends no alliance.
 */
function coveredPeriod(text: string, m: RegExpExecArray): boolean {
  return m[0].startsWith("期間") && COVERED.test(text.slice(0, m.index));
}

const COVERED = /(?:対象|評価|集計|測定|計測|報告)$/;

/**
 * A date's deadline that sets a figure: 「2028年3月までに売上を年間2億円とする」. とする with an object
 * (を) before it makes X Y, a goal; a term's end has none (「2028年3月31日までとする」).
 */
function setsGoal(match: string): boolean {
  return match.endsWith("とする") && match.includes("を");
}

/** A match that starts inside a hyphenated compound: "a long-term partnership" states no term. */
function inCompound(text: string, m: RegExpExecArray): boolean {
  return text[m.index - 1] === "-";
}

/** The end verb read as its noun: "it fills cancellations automatically" ends nothing. */
const NOUN_THEN_LINK = /ions?\s+(?:on|at|upon|if|when|automatically|unless|in the event|by giving|with)$/;

function endsWithNoun(match: string): boolean {
  return NOUN_THEN_LINK.test(match);
}

/** Only about the time after the end: an end verb with 後, 時, した場合 … (「終了後」), or "after termination". */
function isAftermath(text: string, vocabulary: Vocabulary): boolean {
  const afterEnd = vocabulary.derive(
    "missing-exit-clause:after-end",
    (v) => new RegExp(`${v.group("end-verb", "ja")}(?:後|時|した場合|したとき|に伴い|の際)`),
  );
  return afterEnd.test(text) || vocabulary.test("aftermath", text);
}

function isExitKey(key: string, vocabulary: Vocabulary): boolean {
  const stemJa = exitStemJa(vocabulary);
  return key.split(".").some((segment) => (/^\w+$/.test(segment) && EXIT_STEM.test(segment)) || stemJa.test(segment));
}
