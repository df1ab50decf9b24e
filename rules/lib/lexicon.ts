/**
 * The words the headline rules listen for, in Japanese and English (domain.md). Patterns
 * run on `normalise(text)`: NFKC (full-width digits and letters become ASCII) and lower case.
 */

export function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[*_`]/g, "");
}

/** Deferred decisions: the element counts as missing (domain.md, "Deferred decisions"). */
export const DEFERRAL = new RegExp(
  [
    // Japanese: 別途協議, 協議の上決定, 追って定める, 未定, 今後検討, 決まり次第, 持ち越し …
    "別途(?:協議|定め|決定|検討|合意|相談|設定)",
    "協議の?(?:上|うえ)[^。]{0,20}(?:決定|定め|決め|設定)",
    "協議して(?:決定|定め|決め)",
    "追って(?:定め|決定|協議|設定|連絡)",
    "未定|未決|未確定|要検討|要協議|検討課題|持ち越し|保留",
    "今後の?(?:検討|協議|調整|詰め)",
    "(?:改めて|あらためて|引き続き|継続して?)(?:協議|検討|決定|調整)",
    "要整理|要確認|要調整",
    "検討中|調整中|協議中|交渉中|相談中",
    "その都度|都度協議",
    "後日(?:決定|協議|定め|設定)",
    "(?:後|のち)に(?:決め|定め|協議|設定)",
    "(?:決まり|決定し|確定し|合意し)次第",
    "(?:双方|両社)で相談",
    "結論[がは]出てい?ない|結論が出ていません|決まっていない|決まっていません|定まっていない",
    // English: TBD, to be agreed, will be discussed, open point, we'll revisit …
    "\\btb[dca]\\b",
    "to be (?:agreed|determined|decided|discussed|confirmed|defined|set|negotiated|finali[sz]ed|worked out|clarified|advised)",
    "subject to (?:further )?(?:discussion|negotiation|agreement)",
    "(?:will|shall|would) be (?:discussed|agreed|decided|determined|negotiated|settled|worked out)",
    "(?:to be|will be) (?:set|fixed) (?:later|after)",
    "yet to be (?:agreed|decided|determined|discussed|set|defined)",
    "open (?:point|question|item|issue)",
    "not (?:yet )?(?:agreed|decided|determined|settled|defined|finali[sz]ed)",
    "under (?:discussion|negotiation|review)",
    "pending (?:agreement|discussion|decision|negotiation)",
    "agreed separately|left open|leave (?:it|this|them|that) open|undecided|parked|still open|remains? open",
    "not (?:yet )?(?:been )?discussed|no decision (?:yet|has been)",
    "(?:decide|agree|discuss|settle)d? later|at a later (?:date|stage)",
    "(?:settle|decide|agree|sort out|work out|figure out|discuss|look at)(?: \\w+){0,3} (?:once|after) (?:we|the|it)",
    "happy to (?:settle|discuss|agree|decide)",
    "(?:we'll|we will|to) revisit",
  ].join("|"),
);

/** Closing boilerplate that mentions consultation but defers nothing. */
const GOOD_FAITH =
  /誠意をもって|誠実に協議|信義(?:誠実|に従)|定めのない事項|疑義が生じた|in good faith|not (?:provided for|covered) (?:in|by)|any matter not/;

export function isDeferred(text: string): boolean {
  return isDeferredNormal(normalise(text));
}

/** isDeferred for text that is already normalised. */
export function isDeferredNormal(normal: string): boolean {
  return DEFERRAL.test(normal) && !GOOD_FAITH.test(normal);
}

/**
 * Clause-template placeholders: 〔…〕 in Japanese, [ … ] in English — not links, reference
 * links, footnotes or task boxes. Not global: callers that iterate make their own copy.
 */
export const PLACEHOLDER = /〔[^〔〕\n]*〕|(?<!\])\[(?![ x]\]|\^)[^\]\n]{1,80}\](?![(:[])/i;

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

const MONTH_EN =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const NUM_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety|\\d+)";

/** Time expressions: dates, fiscal years, quarters, seasons, relative periods. */
export const TIME_BOUND = new RegExp(
  [
    "\\d{4}\\s*年度?",
    "\\d{1,2}\\s*月(?:[末中]|まで|上旬|下旬)?",
    "(?:年度|[期月年]|半期|四半期|上期|下期|シーズン)[末中内](?:まで)?",
    // One digit stands for the number: a match is only tested, and a leading `\\d+` would rescan digit runs.
    "\\d\\s*(?:[年日期]|か月|ヶ月|カ月|ヵ月|ケ月|箇月|週間)(?:[間後目で]|以内|まで)",
    "\\d\\s*(?:か月|ヶ月|カ月|ヵ月|ケ月|箇月|週間)",
    "(?:[今来翌次]|再来)(?:期|年度|年|シーズン|四半期)",
    "第\\s*\\d\\s*四半期|[上下]半期|上期|下期",
    "までに",
    "\\bfy\\s?'?\\d{2,4}\\b|\\b(?:20|19)\\d{2}\\b|\\bq[1-4]\\b|\\bh[12]\\b",
    `\\b${MONTH_EN}\\b\\.?\\s*\\d{0,4}`,
    // Each gap of white space belongs to one word, so a run of spaces is read one way only.
    `\\b(?:within|in|over|for|after|during)\\s+(?:the\\s+)?(?:(?:first|next|coming|initial)\\s*)?(?:${NUM_WORD}\\s*)?-?(?:days?|weeks?|months?|years?|quarters?|seasons?)\\b`,
    "\\bby\\s+(?:the\\s+)?(?:end|start|middle|close)\\s+of\\b",
    "\\b(?:end|start) of (?:the )?(?:year|quarter|season|pilot|fiscal|financial|term|first|second)",
    "\\b(?:this|next|each|per|a|first|second)\\s+(?:year|quarter|season|fiscal year|financial year)\\b",
    "\\b(?:annual(?:ly)?|per year|a year|per month|a month|yearly)\\b",
    "年間|毎年|年度",
  ].join("|"),
);

/**
 * A quantity: a number followed by a unit or counted noun (30％, 10億円, 3港, 2,500 tracks),
 * money, a target field, or a word that is a number. Checked after dates are removed. Only
 * tested, never matched for its text: a number is found by its last digit (or numeral), so
 * no alternative starts with a run that it would rescan from every position in it.
 */
const QUANTITY = new RegExp(
  [
    "\\d[,.]*\\s*[%a-z\\u3040-\\u30ff\\u4e00-\\u9fff％]",
    "[$€£¥]\\s*\\d",
    "\\b(?:target|goal|目標)\\w*\\s*[:：]\\s*(?:[\"']\\s*)?(?:[<>≥≤=~+\\-±]+\\s*)?\\d",
    "\\b(?:double|triple|halve|twice|half)\\b|倍増|半減|ゼロ[に化]",
    // Number words with what they count: "one basil variety", 「三店舗」.
    "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|a thousand|a dozen)\\s+(?!of\\b|another\\b|party\\b|side\\b|way\\b)[a-z]",
    "[一二三四五六七八九十百千]\\s*(?:[件社店台人名品種本回倍億万割]|拠点|か所|箇所)",
    // "from 38% to 45%": the first digit splits each word one way only.
    "\\bfrom\\s+[^\\s\\d]*\\d\\S*\\s+to\\s+[^\\s\\d]*\\d",
    "[≥≤<>]=?\\s*\\d",
  ].join("|"),
);

/** Numbers that are only part of a date or period, removed before looking for a quantity. */
const DATE_LIKE = new RegExp(
  [
    "\\d{4}\\s*年\\s*度?(?:\\d{1,2}\\s*月)?(?:\\d{1,2}\\s*日)?",
    "\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*日)?",
    "\\d{4}-\\d{1,2}(?:-\\d{1,2})?",
    "\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?",
    "\\bfy\\s?'?\\d{2,4}\\b",
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_EN}\\s*(?:,\\s*)?\\d{0,4}`,
    `\\b${MONTH_EN}\\s+(?:\\d{4}|\\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?)`,
    "\\b(?:19|20)\\d{2}\\b",
    "第\\s*\\d+\\s*(?:[期条章項号]|四半期)",
    "\\bq[1-4]\\b|\\bh[12]\\b",
    // Bounded: an unbounded run would be rescanned from each of its digits.
    "\\d{1,6}\\s*(?:[年日]|か月|ヶ月|カ月|ヵ月|ケ月|箇月|週間)\\s*(?:[間後目前で]|以内|まで)",
    "\\b(?:within|in|over|for|after|during|the first|the next)\\s+\\d+\\s*(?:days?|weeks?|months?|years?|quarters?|seasons?)\\b",
    "\\b(?:article|section|clause|phase|season|year)\\s+\\d+(?:\\.\\d+)*",
    "^\\s*\\d+(?:\\.\\d+)*[.)]?\\s",
  ].join("|"),
  "g",
);

/** What one already has is scale, not a target: "across our 48 kitchens". */
const SCALE = /\b(?:across|throughout|among|from)\s+(?:all\s+)?(?:of\s+)?(?:our|their|its)\s+\d[\d,.]*\+?\s*[a-z]+/g;

/** Does the text name a measurable target: a number with a unit, not only a date or scale? */
export function hasQuantity(text: string): boolean {
  return QUANTITY.test(normalise(text).replace(DATE_LIKE, " ").replace(SCALE, " "));
}

export function hasTimeBound(text: string): boolean {
  return TIME_BOUND.test(normalise(text));
}

/** Verbs that promise nothing checkable (domain.md). */
export const VAGUE_VERB =
  /模索|検討|推進|強化(?:を図|し|する)|図る|連携を深|深化|シナジー|最大化|軌道に乗せ|向上を(?:図|目指)|促進|寄与|貢献|活性化|醸成|高め|広げ|縮め|目指す|取り組|努め|実現を図|\bexplor\w*|\bleverag\w*|\bsynerg\w*|\bstrengthen\w*|\bgrow\w* (?:\w+ )?(?:presence|awareness)|as appropriate|where appropriate|as opportunities|\benhanc\w*|\bfoster\w*|\bdeepen\w*|\bpromot\w*|\bmaximi[sz]\w*|\bunlock\w*|\bpursu\w*|\bbuild (?:\w+ )?(?:love|relationships?|awareness|momentum)|\bbecome\b|\bwork towards?\b|\bsupport\w*|\bimprov\w*|\bexpand\w*/;

export function vagueVerb(text: string): string | undefined {
  return VAGUE_VERB.exec(normalise(text))?.[0];
}

/** How often: 月次, 四半期ごと, quarterly, every fourth round. */
export const CADENCE =
  /毎月|月次|月[1一]回|月に[1一]度|月例|毎週|週次|週[1一]回|隔週|四半期|半期ごと|半年(?:ごと|に[1一]回)|毎期|毎年|年次|年[1-4一二三四]回|年に[1-4一二三四]回|定例|毎営業日|日次|\b(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|bi-?annual(?:ly)?|semi-?annual(?:ly)?|half-yearly|annual(?:ly)?|yearly)\b|\bevery (?:\w+ )?(?:day|week|month|quarter|year|season|round|match|game|sprint|cycle|semester|term|release)s?\b|\b(?:each|per|after each|after every) (?:month|quarter|week|season|round|match|sprint|semester|term)\b|\b(?:once|twice|three times|four times|\d+ times) (?:a|per|each) (?:week|month|quarter|year|season|semester|term)\b/;
/** Words of reviewing or reporting, which make a cadence a review cadence. */
const REVIEW_WORD =
  /レビュー|確認|報告|評価|測定|集計|共有|委員会|会議|協議会|連絡会|定例|見直|モニタリング|検証|進捗|振り返|打合せ|打ち合わせ|ミーティング|mtg|review|report|track|measure|check|dashboard|assess|evaluat|committee|meet|update|monitor|scorecard|steering|sync|call|qbr|retro/;

/** A line that says how often progress is reviewed (「月次の会議で確認」, "reviewed quarterly"). */
export function isReviewLine(text: string): boolean {
  const t = normalise(text);
  return CADENCE.test(t) && REVIEW_WORD.test(t);
}
