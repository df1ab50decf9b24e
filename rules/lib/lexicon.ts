/**
 * The words the headline rules listen for, in Japanese and English (domain.md). Patterns
 * run on `normalise(text)`: NFKC (full-width digits and letters become ASCII) and lower case.
 */

export function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[*_`]/g, "");
}

/** Deferred decisions: the element counts as missing (domain.md, "Deferred decisions"). */
export const DEFERRAL =
  /別途(?:協議|定め|決定|検討|合意)|協議の?(?:上|うえ)[^。]{0,20}(?:決定|定め|決め)|協議して(?:決定|定め|決め)|追って(?:定め|決定|協議)|未定|未決|今後(?:の)?(?:検討|協議|調整)|検討中|調整中|協議中|その都度|都度協議|後日(?:決定|協議|定め)|(?:後|のち)に(?:決め|定め|協議)|\btbd\b|\btbc\b|to be (?:agreed|determined|decided|discussed|confirmed|defined|set|negotiated|finali[sz]ed)|subject to (?:further )?(?:discussion|negotiation|agreement)|(?:will|shall) be (?:discussed|agreed|decided|determined|negotiated|settled|worked out)(?: later| separately| at a later)?|(?:to be|will be) (?:set|fixed) (?:later|after)|open (?:point|question|item|issue)|not yet (?:agreed|decided|determined|settled|defined)|agreed separately|(?:decide|agree|discuss)(?:d)? later|at a later (?:date|stage)/;

/** Closing boilerplate that mentions consultation but defers nothing. */
const GOOD_FAITH = /誠意をもって|誠実に協議|信義(?:誠実|に従)|定めのない事項|疑義が生じた|in good faith|not (?:provided for|covered) (?:in|by)|any matter not/;

export function isDeferred(text: string): boolean {
  const t = normalise(text);
  return DEFERRAL.test(t) && !GOOD_FAITH.test(t);
}

/** Clause-template placeholders: 〔…〕 in Japanese, [ … ] in English (not links, not task boxes). */
export const PLACEHOLDER = /〔[^〕\n]*〕|\[(?![ xX]\])[^\]\n]{1,80}\](?![(\[:])/g;

export function hasPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text);
}

const MONTH_EN = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const NUM_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety|\\d+)";

/** Time expressions: dates, fiscal years, quarters, seasons, relative periods. */
export const TIME_BOUND = new RegExp(
  [
    "\\d{4}\\s*年(?:度)?",
    "\\d{1,2}\\s*月(?:末|中|まで|上旬|中旬|下旬)?",
    "(?:年度|期|月|年|半期|四半期|上期|下期|シーズン)(?:末|中|内)(?:まで)?",
    "\\d+\\s*(?:か月|ヶ月|カ月|ヵ月|ケ月|箇月|年|週間|日|期)(?:間|以内|後|目|で|まで)",
    "(?:今|来|再来|翌|次)(?:期|年度|年|シーズン|四半期)",
    "第\\s*\\d\\s*四半期|[上下]半期|上期|下期",
    "までに",
    "\\bfy\\s?'?\\d{2,4}\\b|\\b(?:20|19)\\d{2}\\b|\\bq[1-4]\\b|\\bh[12]\\b",
    `\\b${MONTH_EN}\\b\\.?\\s*\\d{0,4}`,
    `\\b(?:within|in|over|for|after|during)\\s+(?:the\\s+)?(?:first|next|coming|initial)?\\s*${NUM_WORD}?\\s*(?:[-\\s])?(?:days?|weeks?|months?|years?|quarters?|seasons?)\\b`,
    "\\bby\\s+(?:the\\s+)?(?:end|start|middle|close)\\s+of\\b",
    "\\b(?:end|start) of (?:the )?(?:year|quarter|season|pilot|fiscal|financial|term|first|second)",
    "\\b(?:this|next|each|per|a|first|second)\\s+(?:year|quarter|season|fiscal year|financial year)\\b",
    "\\b(?:annual(?:ly)?|per year|a year|per month|a month|yearly)\\b",
    "年間|毎年|年度",
  ].join("|"),
);

/**
 * A quantity: a number followed by a unit or counted noun (30％, 10億円, 3港, 2,500 tracks),
 * money, a target field, or a word that is a number. Checked after dates are removed.
 */
const QUANTITY = new RegExp(
  [
    "\\d[\\d,.]*\\s*(?:[%％]|[a-z\\u3040-\\u30ff\\u4e00-\\u9fff])",
    "[$€£¥]\\s*\\d",
    "\\b(?:target|goal|目標)\\w*\\s*[:：]\\s*[\"']?\\s*[<>≥≤=~+\\-±]*\\s*\\d",
    "\\b(?:double|triple|halve|twice|half)\\b|倍増|半減|ゼロ(?:に|化)",
    "\\bfrom\\s+\\S*\\d[\\d,.]*\\S*\\s+to\\s+\\S*\\d",
  ].join("|"),
);

/** Numbers that are only part of a date or period, removed before looking for a quantity. */
const DATE_LIKE = new RegExp(
  [
    "\\d{4}\\s*年\\s*(?:度)?(?:\\d{1,2}\\s*月)?(?:\\d{1,2}\\s*日)?",
    "\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*日)?",
    "\\d{4}-\\d{1,2}(?:-\\d{1,2})?",
    "\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?",
    "\\bfy\\s?'?\\d{2,4}\\b",
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_EN}\\s*,?\\s*\\d{0,4}`,
    `\\b${MONTH_EN}\\s+(?:\\d{4}|\\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?)`,
    "\\b(?:19|20)\\d{2}\\b",
    "第\\s*\\d+\\s*(?:四半期|期|条|章|項|号)",
    "\\bq[1-4]\\b|\\bh[12]\\b",
    "\\d+\\s*(?:か月|ヶ月|カ月|ヵ月|ケ月|箇月|年|週間|日)\\s*(?:間|以内|後|目|前|まで|で)",
    "\\b(?:within|in|over|for|after|during|the first|the next)\\s+\\d+\\s*(?:days?|weeks?|months?|years?|quarters?|seasons?)\\b",
    "\\b(?:article|section|clause|phase|season|year)\\s+\\d+(?:\\.\\d+)*",
    "^\\s*\\d+(?:\\.\\d+)*[.)]?\\s",
  ].join("|"),
  "g",
);

/** Does the text name a measurable target: a number with a unit, not only a date? */
export function hasQuantity(text: string): boolean {
  return QUANTITY.test(normalise(text).replace(DATE_LIKE, " "));
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
