/**
 * undefined-ip-ownership: the plan must say who owns the background IP (what each party
 * brings) and who owns the results (foreground IP): sole, joint with shares, or assigned.
 * A licence or a right to use is not ownership; a deferred answer is no answer.
 */
import type { PlanModel, Section, Span, Statement } from "../server/engine/model";
import type { Rule, RuleContext, RuleReport } from "../server/engine/rule";
import type { Vocabulary } from "./vocab";
import { isDeferred, normalise } from "./lib/lexicon";
import { withDeferralSuggestions } from "./lib/deferral-suggestions";
import { defers, documentAnchor, normalText, planStatements, sectionsOf } from "./lib/plan-scope";
import { elementTemplateFix } from "./lib/insert-template";

/** Ownership words; a number is found by its last digit (a leading `\\d+` would rescan digit runs). */
const OWN_JA =
  "[にへ]帰属|帰属(?:する|し|させ|とする|のまま|が維持|を維持|は[^。]{0,20}(?:留ま|残))|(?:所有者|権利者|帰属先)\\s*[:：]|に留保|保有を継続|引き続き[^。]{0,15}(?:保有|帰属)|共有(?:する|[しとに])|持分|譲渡(?:する|し)|移転(?:する|し)|単独で(?:保有|所有)|所有(?:する|し|権)";
const OWN_EN =
  "(?<!(?:its|their|our|your|my|his|her) )own(?:s|ed)?\\b|ownership|\\bremains? \\w+'s\\b|\\b(?:stays?|remains?|are|is) (?:ours|theirs|yours)\\b|(?:stay|remain|rest)s? with|belongs? to|vest(?:s|ed)? in|retain(?:s|ed)?|keeps?|remains? the (?:sole )?property|property of|assign(?:s|ed)? (?:to|all)|jointly[- ]owned|co-?own\\w*|titled? to|shares? of \\d|\\d\\s*%\\s*/\\s*\\d+\\s*%|\\d\\s*/\\s*\\d+ (?:split|shares?)";

/** Things a party had before: 既存の知的財産, background IP, pre-existing know-how. */
const BACKGROUND =
  /(?:前|以前|従前|既)から[^。]{0,30}(?:保有|有する|所有)|既存の?[^\s、。]{1,12}|(?:各当事者|各社|両社|それぞれ)が(?:保有|所有)する|バックグラウンド|\bbackground\b|\bpre-?existing\b|\bexisting \w+|\b(?:each|either) party'?s? (?:own )?(?:ip|intellectual property|patents|technology)\b|\bbr(?:ing|ings|ought)\b|\bits own\b|\b(?:keeps?|retains?)\b[^.;]{1,25}\b(?:its|their)\b|\b(?:stays?|remains?) (?:with\b|ours\b|theirs\b|yours\b)|\b(?:owned|held|had|developed) before\b|\bprior to (?:signing|the (?:alliance|agreement|partnership))\b|\bremains? \w+'s\b|\balready (?:has|have|had|owns?|holds?)\b|既に(?:持|保有|所有|有)|もともと|元々|従来から|(?:それぞれ|各社|各当事者|各自)の?[^。、]{0,6}に帰属|\bowns? (?:its|their)\b|\b(?:each|both|either) (?:party|parties|company|companies|side|sides|partner|partners)\b[^.]{1,30}\b(?:keeps?|retains?|owns?)\b|各社(?:が|は)(?:自社|それぞれ)|自社(?:の|が)(?:既存|保有)/;
const IP_WORDS = /知的財産|知財|特許|著作権|商標|ノウハウ|intellectual property|\bip\b|patent|copyright|trademark|know-?how/;
const OWNER_HEADER = /owner|belongs? to|帰属|所有|権利者|保有者/;
/** YAML key paths about IP: ip.background, results, foreground, rights. */
const IP_PATH = /(?:^|\.)(?:ip|intellectual[ _]property|rights?|results?|foreground|background|知的財産|知財|成果|権利)(?:\.|$)/;
/** Names who holds something: 「甲が保有する」, "held by the Cooperative". */
const HOLDER = /(?:が|の)(?:従前から|以前から|既に|現に)?(?:保有|所有)(?:する|している|済み)|\b(?:held|owned) by\b/;
/** Ownership words: a deferral next to them (「帰属は別途協議」) leaves ownership open; one about licence fees does not. */
const OWNERSHIP_TALK = /帰属|所有|持分|共有|権利者|owner|\bown(?:s|ed|ing)?\b|belong|title to|\brights? (?:to|in|of)\b/;
/** Things made in the alliance: 成果, 共同開発品, foreground IP, jointly developed models. */
const RESULTS =
  /成果|発明|改良|開発(?:物|品)|(?:生じ|得られ|創出され|発生し)(?:た|る)|(?:生成|作成|制作|開発|構築|学習)(?:し|され)(?:た|る)|報告書|共同で?(?:開発|制作|作成|創作)|生成物|新たに(?:生じ|創出|作成|開発)|学習済み?モデル|派生|\bforeground\b|\bresults?\b|\bdeliverables?\b|\binventions?\b|\bimprovements?\b|\b(?:jointly|co-?)[- ]?(?:developed|created|built|designed|trained)\b|\bnew ip\b|\boutputs?\b|\bcreated (?:under|during|in|for)\b|\bdeveloped (?:under|during|in|for)\b|\bwork product\b|\b\w+ together\b|\barising (?:from|under|out of)\b|\bgenerated\b|\breports?\b/;
const OWNERSHIP = new RegExp(`${OWN_JA}|${OWN_EN}`);
/** A right to use without owning: 利用できる, licence, "may be used by both". */
const USE_ONLY =
  /利用(?:でき|する権利|権)|使用(?:でき|権)|実施(?:でき|を許諾|権)|許諾|ライセンス|licen[cs]e|\bmay (?:be )?use\b|\bable to use\b|\bright to use\b/g;

/** Quick fix titles, by the template each inserts. */
/** What the placeholder replacing a deferred ownership answer asks for. */
const HINT = { ja: "権利の帰属先", en: "who owns the IP" };
const FIXES = { "ip-ownership": { ja: "知的財産権の帰属テンプレートを挿入", en: "Insert an IP ownership template" } };

export const undefinedIpOwnership: Rule = {
  meta: {
    id: "undefined-ip-ownership",
    headline: true,
    element: "ip",
    fixable: true,
    scope: "document",
    summary:
      "no statement of who owns the background IP **and** the results (sole, joint with shares, assigned); a licence or usage right is not ownership; a deferred answer is no answer",
    placeholderHint: HINT,
    fixes: FIXES,
    defaultSeverity: "error",
    description: {
      ja: "既存の知的財産（バックグラウンドIP）と提携の成果（フォアグラウンドIP）の帰属が定められているかを確認します。",
      en: "Checks that the plan says who owns the background IP and who owns the results (foreground IP).",
    },
    messages: {
      noIp: {
        ja: "知的財産権の帰属が書かれていません。既存の知財と、提携の成果の帰属・利用権を定めてください。",
        en: "IP ownership is never stated: say who owns the background IP and the results, and who may use them.",
      },
      deferred: {
        ja: "知的財産権の帰属が「別途協議」などで先送りされています。",
        en: "IP ownership is deferred ('to be agreed', 'will be discussed').",
      },
      noResults: {
        ja: "提携の成果（フォアグラウンドIP）の帰属がありません（単独帰属・共有と持分・譲渡のいずれかを定めてください）。利用権だけでは帰属になりません。",
        en: "Nobody is named as owner of the results (foreground IP): sole, joint with shares, or assigned. A right to use is not ownership.",
      },
      noBackground: {
        ja: "既存の知的財産（バックグラウンドIP）の帰属がありません。",
        en: "Ownership of the background IP (what each party brings) is not stated.",
      },
    },
    rationale: {
      ja: "知的財産権の帰属と利用権（提携終了後を含む）が明確なら、両社とも成果を使い続けられます。曖昧なままでは、成果が出た段階で取り分をめぐって対立し、訴訟に至った例もあります。",
      en: "Clear ownership and usage rights (including after the alliance ends) let both sides keep using the results; vague ones have ended in disputes and litigation once the results had value.",
    },
    examples: {
      good: {
        ja: "各当事者が従前から保有する知的財産権は当該当事者に帰属し、本提携の成果は甲乙の共有（持分各50％）とする。",
        en: "Each party keeps its background IP; results are jointly owned 50/50, and each party may use them royalty-free after the alliance ends.",
      },
      bad: { ja: "知的財産権の帰属は別途協議の上定める。", en: "IP to be discussed." },
    },
  },
  check(model, context) {
    const section = sectionsOf(model, "ip")[0];
    // Line by line: one message or list item often holds the background line and the results line.
    const statements = planStatements(model).flatMap(lines);
    const { vocabulary } = context;
    const rows = ownershipRows(model, vocabulary);
    const owned = [...statements.filter((s) => statesOwnership(s, vocabulary)), ...rows];
    const background =
      statements.some((s) => statesBackgroundHolder(s, vocabulary)) || rows.some((r) => BACKGROUND.test(normalise(r.text)));
    // Whatever is owned that was not brought in is a result: a model built for a partner, co-created content.
    const results = owned.some((s) => !onlyBackground(s));
    const deferring = statements.filter(
      (s) => defers(s, vocabulary) && (OWNERSHIP_TALK.test(normalText(s)) || IP_PATH.test(normalise(s.key ?? ""))),
    );
    const deferred = deferring.length > 0;
    if (background && results && !deferred) return [];
    const mentionsIp = section || statements.some((s) => IP_WORDS.test(normalise(s.text)));
    const messageId = !mentionsIp ? "noIp" : deferred ? "deferred" : !results ? "noResults" : "noBackground";
    const found = report(model, context, messageId, section?.headingSpan ?? documentAnchor(model), section);
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

function statesOwnership(s: Statement, vocabulary: Vocabulary): boolean {
  const text = normalText(s);
  if (defers(s, vocabulary)) return false;
  // `owner:` names the owner of IP only under an IP key (`ip.foreground.model.owner`), not of a KPI or the document.
  if (/\bowner\b/.test(text) && IP_PATH.test(normalise(s.key ?? ""))) return true;
  // "X may use the results" names no owner: a licence is not ownership.
  return OWNERSHIP.test(text.replace(USE_ONLY, " "));
}

function lines(s: Statement): Statement[] {
  if (!s.text.includes("\n")) return [s];
  let offset = s.span.start;
  return s.text.split("\n").map((text) => {
    const line = { ...s, text, span: { start: offset, end: offset + text.length } };
    offset += text.length + 1;
    return line;
  });
}

/** Rows of an ownership table ("Item | Belongs to | Notes", 「成果物 | 帰属先」) whose owner cell names someone. */
function ownershipRows(model: PlanModel, vocabulary: Vocabulary): Statement[] {
  return model.tables.flatMap((table) => {
    const column = table.header.findIndex((c) => OWNER_HEADER.test(normalise(c.text)));
    if (column < 0) return [];
    return table.rows
      .filter((row) => row.cells[column]?.text.trim() && !isDeferred(vocabulary, row.cells[column].text))
      .map((row) => ({
        text: row.cells.map((c) => c.text).join(" | "),
        span: row.span,
        kind: "table-row" as const,
        section: table.section,
      }));
  });
}

/** Pre-existing IP with its owner or holder named: 「開始以前から甲が保有する特許」, "Flurry keeps its models". */
function statesBackgroundHolder(s: Statement, vocabulary: Vocabulary): boolean {
  const text = normalText(s);
  if (!BACKGROUND.test(text) || defers(s, vocabulary)) return false;
  return statesOwnership(s, vocabulary) || HOLDER.test(text);
}

/** 「各社が従前から保有する知的財産は各社に帰属」 mentions no results even if it says 開発. */
function onlyBackground(s: Statement): boolean {
  const text = normalText(s);
  return BACKGROUND.test(text) && !RESULTS.test(text.replace(BACKGROUND, " "));
}

function report(model: PlanModel, context: RuleContext, messageId: string, span: Span, section: Section | undefined): RuleReport {
  const fix = elementTemplateFix(model, context, "ip-ownership", FIXES["ip-ownership"], section);
  return { messageId, span, ...(fix && { fix }) };
}
