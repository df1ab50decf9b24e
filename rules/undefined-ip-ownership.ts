/**
 * undefined-ip-ownership: the plan must say who owns the background IP (what each party
 * brings) and who owns the results (foreground IP): sole, joint with shares, or assigned.
 * A licence or a right to use is not ownership; a deferred answer is no answer.
 */
import type { PlanModel, Section, Statement } from "../server/engine/model";
import { normaliseTitle } from "../server/engine/elements";
import type { Rule } from "../server/engine/rule";
import type { Concept, Vocabulary } from "./vocab";
import { isDeferred, normalise } from "./lib/lexicon";
import { defers, documentAnchor, isUnder, normalText, sectionsOf } from "./lib/plan-scope";
import { elementFinding } from "./lib/element-finding";

/** Is the statement under a YAML key about IP (ip.background, results)? An IP key word as a whole segment of the path. */
function isIpKey(s: Statement, vocabulary: Vocabulary): boolean {
  const path = vocabulary.derive("undefined-ip-ownership:ip-path", (v) => new RegExp(`(?:^|\\.)${v.group("ip-key")}(?:\\.|$)`));
  return path.test(normalise(s.key ?? ""));
}

/** Quick fix titles, by the template each inserts. */
/** What the placeholder replacing a deferred ownership answer asks for. */
const HINT = { ja: "権利の帰属先", en: "who owns the IP" };
const FIXES = { "ip-ownership": { ja: "知的財産権の帰属テンプレートを挿入", en: "Insert an IP ownership template" } };

export const undefinedIpOwnership: Rule = {
  meta: {
    id: "undefined-ip-ownership",
    headline: true,
    element: "ip",
    // A deferred answer ("to be agreed") names no owner yet: as good as none.
    states: { noIp: "missing", deferred: "missing" },
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
    const { vocabulary } = context;
    const statements = joinReferences(
      model,
      ownStatements(model, vocabulary).flatMap((s) => lines(s, vocabulary)),
      vocabulary,
    );
    const rows = ownershipRows(model, vocabulary);
    const owned = [...statements.filter((s) => statesOwnership(s, vocabulary)), ...rows];
    // Background: what a party had before, with its holder named — or anything owned or kept that the
    // alliance did not make (「当社の基盤モデルは当社に帰属」, data a party provides, "logos stay with each").
    const background =
      statements.some((s) => statesBackgroundHolder(s, vocabulary)) ||
      rows.some((r) => vocabulary.test("background-ip", normalise(r.text))) ||
      owned.some((s) => !namesResult(s, vocabulary) || ownsBackgroundInClause(s, vocabulary) || retainsOwnership(s, vocabulary));
    // Each owned thing is either made under the alliance (a result: a model built for a partner,
    // co-created content, what both own) or brought in (background): how it came to be decides,
    // not the word "results". A result must be owned, not only kept ("we keep the land portion").
    const maps = backgroundMaps(statements, vocabulary);
    const results = owned.some((s) => (namesResult(s, vocabulary) || besideBackground(s, maps, vocabulary)) && !onlyKept(s, vocabulary));
    const deferring = statements.filter(
      (s, i) =>
        defers(s, vocabulary) &&
        !settledByRule(s, vocabulary) &&
        (aboutOwnership(s, vocabulary) ||
          leavesResultOpen(model, s, vocabulary) ||
          pointsBackToOwnership(model, statements[i - 1], s, vocabulary)),
    );
    const deferred = deferring.length > 0;
    if (background && results && !deferred) return [];
    const mentionsIp = section || statements.some((s) => vocabulary.test("ip-word", normalise(s.text)));
    const messageId = !mentionsIp ? "noIp" : deferred ? "deferred" : !results ? "noResults" : "noBackground";
    const span = section?.headingSpan ?? documentAnchor(model);
    return [
      elementFinding(model, context, {
        messageId,
        span,
        section,
        template: "ip-ownership",
        title: FIXES["ip-ownership"],
        hint: HINT,
        deferring,
      }),
    ];
  },
};

/**
 * The statements the rule reads: the plan's, and those under its own notes (footnotes under 「注」, a
 * NOTES block, "Notes on selected risks", 「（参考）…の概要」), which settle ownership as much as the body
 * does. Commentary on the plan (解説, drafting notes) and a reviewer's comment stay out.
 */
function ownStatements(model: PlanModel, vocabulary: Vocabulary): Statement[] {
  return model.statements.filter((s) => {
    const notes = notesOf(model, s.section);
    return notes === undefined || vocabulary.test("own-notes", normaliseTitle(notes.title));
  });
}

/** The innermost section at or above `index` that is notes, if any. */
function notesOf(model: PlanModel, index: number | undefined): Section | undefined {
  for (let i = index; i !== undefined; i = model.sections[i].parent)
    if (model.sections[i].elements.includes("notes")) return model.sections[i];
  return undefined;
}

/**
 * Is the statement about who owns something? Outside an IP key, a YAML `owner:` field names who
 * answers for a KPI or a task (`kpis: [{name: …, target: TBD, owner: ops}]`): the deferral beside
 * it leaves a target open, not an owner of IP. Nor is an owner someone a matter is settled with
 * ("rent: TBD with the landlord and the site owners"): a party to talk to, not ownership left open.
 */
function aboutOwnership(s: Statement, vocabulary: Vocabulary): boolean {
  if (isIpKey(s, vocabulary)) return true;
  const own = normalText(s).replace(OWNER_AS_PARTY, " ");
  const text = s.key === undefined ? own : own.replace(OWNER_FIELD, " ");
  return vocabulary.test("ownership-topic", text) && !ofStakeOnly(text, vocabulary);
}

const OWNER_FIELD = /\bowners?\s*:/g;
/** An owner as the one to settle with: "with the shop owners", "with its owner". */
const OWNER_AS_PARTY = /\bwith (?:the |its |their |our )?(?:[a-z-]+ )?owners?\b/g;

/**
 * Is the statement's only deferral a matter settled by a named decider or procedure ("to be determined
 * in accordance with Section 3", "shall be determined by the franchisor in its sole judgment", "shall be
 * settled by binding arbitration")? The contract decides how, now: nothing is put off.
 */
function settledByRule(s: Statement, vocabulary: Vocabulary): boolean {
  const text = normalText(s);
  return SETTLED_BY.test(text) && !vocabulary.test("deferral", text.replace(SETTLED_BY_ALL, " "));
}

const SETTLED = String.raw`\b(?:settled|determined|decided|resolved) (?:in accordance with|by (?:binding )?arbitration`;
const BY_DISCRETION = String.raw`|by \w+(?: \w+){0,3} in (?:its|their) [\w ]{0,30}(?:discretion|judge?ment))`;
const SETTLED_BY = new RegExp(SETTLED + BY_DISCRETION);
const SETTLED_BY_ALL = new RegExp(SETTLED + BY_DISCRETION, "g");

/** Does the (normalised) row end on a status cell that says the point is still open (「| 未合意（次回協議） |」, "| open |")? */
function openRow(text: string, vocabulary: Vocabulary): boolean {
  const row = text.trimEnd().replace(/\|$/, "");
  const status = row.slice(row.lastIndexOf("|") + 1).trim();
  return status.length > 0 && status.length <= 40 && vocabulary.test("open-status", status);
}

function statesOwnership(s: Statement, vocabulary: Vocabulary): boolean {
  const text = normalText(s);
  // 「…はどちらに帰属しますか。」 asks who owns it, 「単独帰属を希望」 states a side's position: the owner is still open.
  if (defers(s, vocabulary) || vocabulary.test("question", text) || vocabulary.test("negotiating-position", text)) return false;
  // An issues table's row still open (「| 3 | モデルの帰属 | 当社に帰属 | 先方に帰属 | 未合意（次回協議） |」): its
  // cells are the two sides' positions, not an owner.
  if (s.kind === "table-row" && openRow(text, vocabulary)) return false;
  // `owner:` names the owner of IP only under an IP key (`ip.foreground.model.owner`), not of a KPI or the document.
  if (/\bowner\b/.test(text) && isIpKey(s, vocabulary)) return true;
  // A map from things to their owners under an IP key (`ip.quote_tool_configuration: Quayside`): a
  // value that is only a name, maybe with a remark after it, names the owner of the thing its key names.
  if (ownerField(s, vocabulary)) return true;
  if (ofStakeOnly(text, vocabulary)) return false;
  // "X may use the results" names no owner: a licence is not ownership.
  return vocabulary.test("ownership", vocabulary.remove("use-right", text.replace(DUTY, "")));
}

/**
 * "Own" as the bare verb that opens a duty ("own the alliance scorecard and present it monthly", a
 * job's or a role's task list): to answer for a thing, not to hold title to it. Ownership of IP
 * names its owner ("Acme owns the…") or is passive ("… is owned by").
 */
const DUTY = /^own\s+(?=(?:the|a|an|our|their|all|every|each)\b)/;

/**
 * An equity stake (「ポストマネー持分比率 15.0％」, "an 18% stake") is a share of a company, not of
 * IP, unless the statement names IP or a result (「成果は甲乙の共有とし、持分は甲60％」): stated, it
 * owns no IP; deferred beside a status word (「検討中の取引：出資後の持分比率20%」), it leaves no IP open.
 */
function ofStakeOnly(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.test("stake-topic", text) && !vocabulary.test("ip-word", text) && !vocabulary.test("results-ip", text);
}

/**
 * A value that is a name alone, quoted or not, before an optional remark: "Quayside", `Harland`,
 * "Reefworks Ltd (sole owner)", "Quayside; Harland may use it during the term". Capitalised words
 * only, at most four, so a sentence or a policy word in lower case is not one.
 */
function ownerField(s: Statement, vocabulary: Vocabulary): boolean {
  return s.key !== undefined && s.kind === "field" && OWNER_VALUE.test(s.text) && isIpKey(s, vocabulary);
}

const OWNER_VALUE = /^["']?[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,3}["']?(?:\s*[;(].*)?$/;

/**
 * The statement line by line, a clause wrapped over lines read as one line (its words joined by a
 * space, as the phrases of the vocabularies are written), and a YAML key read in words
 * (`kessel_tuned_model` as "kessel tuned model": normalise() would run them together).
 */
function lines(s: Statement, vocabulary: Vocabulary): Statement[] {
  const key = s.key?.replace(/_/g, " ");
  if (!s.text.includes("\n")) return [key === s.key ? s : { ...s, key }];
  const parts: Statement[] = [];
  let offset = s.span.start;
  for (const text of s.text.split("\n")) {
    const last = parts.at(-1);
    if (last && wrapped(last.text, text, vocabulary)) {
      // Japanese wraps without a space: 「…ミエルに」 over 「帰属する」 reads 「…ミエルに帰属する」.
      last.text += `${WIDE.test(last.text.trimEnd().slice(-1)) && WIDE.test(text.trimStart().charAt(0)) ? "" : " "}${text.trim()}`;
      last.span = { start: last.span.start, end: offset + text.length };
    } else parts.push({ ...s, key, text, span: { start: offset, end: offset + text.length } });
    offset += text.length + 1;
  }
  return parts;
}

/**
 * Lines joined to the line before when they name what they own by a pronoun for it, in the same
 * paragraph ("… was built jointly in 2026. Brightlane owns it", 「…データベースを両社で構築する。
 * その仕組みに関する権利は当社に帰属し」): the owned thing is the one the line before names.
 */
function joinReferences(model: PlanModel, parts: Statement[], vocabulary: Vocabulary): Statement[] {
  const joined: Statement[] = [];
  for (const s of parts) {
    const last = joined.at(-1);
    const adjacent =
      last !== undefined &&
      last.section === s.section &&
      s.span.start >= last.span.end &&
      !BLANK_LINE.test(model.text.slice(last.span.end, s.span.start));
    if (adjacent && refersBack(s.text) && statesOwnership(s, vocabulary))
      joined[joined.length - 1] = { ...last, text: `${last.text} ${s.text}`, span: { start: last.span.start, end: s.span.end } };
    else joined.push(s);
  }
  return joined;
}

const BLANK_LINE = /\n[ \t]*\r?\n/;

/**
 * A deferral whose subject points back at the point the sentence before raised ("… proposed joint
 * ownership. The matter remains open", 「成果の帰属は合意に至らなかった。この点は引き続き協議する。」):
 * what it leaves open is who owns, though it does not say "owner" itself.
 */
function pointsBackToOwnership(model: PlanModel, before: Statement | undefined, s: Statement, vocabulary: Vocabulary): boolean {
  if (!before || before.section !== s.section || !vocabulary.test("pointer-subject", normalise(s.text))) return false;
  return !BLANK_LINE.test(model.text.slice(before.span.end, s.span.start)) && aboutOwnership(before, vocabulary);
}

/**
 * Does a line own "it" or "them", open with a pronoun, or point back with その / これ / それ (not
 * その他, それぞれ) in its topic, the owned thing before the first は or が?
 */
function refersBack(line: string): boolean {
  const topic = line.split(/[はが]/, 1)[0];
  return OWNS_PRONOUN.test(line) || PRONOUN_SUBJECT.test(line) || /その(?!他|ほか|都度|時点|後)|これ|それ(?!ぞれ)/.test(topic);
}

const OWNS_PRONOUN = /\b(?:owns?|owned|holds?|keeps?|retains?)\s+(?:it|them)\b/;
const PRONOUN_SUBJECT = /^\s*(?:It|They|These|This|That|Those) (?:is|are|will|shall|belongs?|vests?|remains?)\b/;

/** A Japanese character: a line that ends on one, joined to one that starts on one, takes no space between. */
const WIDE = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * Does `next` go on with the clause `line` began? Prose hard-wrapped at a width (plain-text
 * filings, e-mail, transcripts) breaks lines mid-sentence: after a comma or a word that cannot end
 * a clause ("before the", "made to", a Japanese particle or 「・」), or before a word in lower case.
 */
function wrapped(line: string, next: string, vocabulary: Vocabulary): boolean {
  const end = line.trimEnd();
  const lastWord = end.slice(end.lastIndexOf(" ") + 1);
  return vocabulary.test("open-end", normalise(lastWord)) || /^\s*[a-z]/.test(next);
}

/** Columns of a table whose rows are tasks, targets or risks that someone answers for. */
const TASK_COLUMNS: readonly Concept[] = ["due-column", "period-column", "target-column", "risk-heading"];

/**
 * Is the header one of those columns? A short label ("Due", "Target 2027", "Residual risk"): a longer
 * header is a phrase that uses the word in another sense ("Use by the other party").
 */
function taskColumn(header: string, vocabulary: Vocabulary): boolean {
  return header.split(/\s+/).length <= 3 && TASK_COLUMNS.some((concept) => vocabulary.test(concept, header));
}

/** Rows of an ownership table ("Item | Belongs to | Notes", 「成果物 | 帰属先」) whose owner cell names someone. */
function ownershipRows(model: PlanModel, vocabulary: Vocabulary): Statement[] {
  return model.tables.flatMap((table) => {
    const header = table.header.map((c) => normalise(c.text));
    const column = header.findIndex((h) => vocabulary.test("owner-header", h));
    // An action list's owner does a task by a date ("# | Action | Owner | Due"), a roadmap's leads a
    // workstream across periods ("Workstream | Owner | Q1 2026 | Q2 2026"), a KPI table's answers for a
    // target ("KPI | Baseline | Target | Owner"), a risk register's for a risk ("Risk | Residual | Owner"):
    // none owns IP.
    if (column < 0 || header.some((h) => taskColumn(h, vocabulary))) return [];
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

/**
 * An owned statement's clauses, split where a Japanese clause ends in a verb's continuative form
 * (「…の著作権は当社に帰属させていただき、貴社のロゴに関する権利は貴社に…帰属する」) or in a party's
 * thing as its predicate (「図面は工房のもの、モデルは開発会社のもので、…」): one sentence may
 * give the results' owner and the background's, as may a list item's sentences (「提供データは当社に帰属
 * します。貴社が学習させたモデルは貴社に帰属し」), or English clauses set apart by a semicolon ("the club
 * owns all footage; the vendor owns the models, including anything fine-tuned on it"): does one of its
 * clauses own something not made?
 */
function ownsBackgroundInClause(s: Statement, vocabulary: Vocabulary): boolean {
  const parts = s.kind === "table-row" ? [] : s.text.split(/(?<=[しきりせ]|のもので?)、|(?<=。)|;\s*/);
  return (
    parts.length > 1 &&
    parts.some(
      (text) => !OWNERSHIP_AS_ITEM.test(text) && !namesResult({ ...s, text }, vocabulary) && statesOwnership({ ...s, text }, vocabulary),
    )
  );
}

/** A clause that is ownership named as an item of a list ("…: the KPIs; the ownership of the design; and …"): a topic, no owner. */
const OWNERSHIP_AS_ITEM = /^\s*(?:and\s+)?(?:the\s+)?ownership of\b/i;

/** The paths of the YAML maps under an IP key that give the background its own key (`ip.background: …`). */
function backgroundMaps(statements: Statement[], vocabulary: Vocabulary): Set<string> {
  const maps = new Set<string>();
  for (const s of statements) {
    const { parent, name } = keyParts(s);
    if (name && vocabulary.test("background-ip", name) && isIpKey(s, vocabulary)) maps.add(parent);
  }
  return maps;
}

/**
 * A key beside the background's in an IP map (`ip: {background: each keeps its own, review_model: owned by
 * Acme}`): the map has set apart what the parties bring, so each other thing it owns is a result.
 */
function besideBackground(s: Statement, maps: Set<string>, vocabulary: Vocabulary): boolean {
  const { parent, name } = keyParts(s);
  return name !== undefined && maps.has(parent) && !vocabulary.test("background-ip", name);
}

/** A YAML key's parent path and last segment, normalised. */
function keyParts(s: Statement): { parent: string; name?: string } {
  const path = normalise(s.key ?? "");
  const at = path.lastIndexOf(".");
  return at < 0 ? { parent: "" } : { parent: path.slice(0, at), name: path.slice(at + 1) };
}

/** Pre-existing IP with its owner or holder named: 「開始以前から甲が保有する特許」, "Flurry keeps its models". */
function statesBackgroundHolder(s: Statement, vocabulary: Vocabulary): boolean {
  const text = normalText(s);
  if (!vocabulary.test("background-ip", text) || defers(s, vocabulary)) return false;
  return statesOwnership(s, vocabulary) || vocabulary.test("holder", text) || keyedByHolder(s, vocabulary);
}

/** What each party brings, keyed by the party under a background key: `ip.background.金庫: 融資先データ`. */
function keyedByHolder(s: Statement, vocabulary: Vocabulary): boolean {
  const path = normalise(s.key ?? "").split(".");
  const at = path.findIndex((segment) => vocabulary.test("background-ip", segment));
  return at >= 0 && at === path.length - 2 && isIpKey(s, vocabulary) && !vocabulary.test("question", normalText(s));
}

/**
 * Ownership a party keeps ("The clinic retains ownership of all images and reports", 「…は当社に留保
 * し、所有権を移転しない」): what is kept was the party's before, whatever result words its list holds.
 */
function retainsOwnership(s: Statement, vocabulary: Vocabulary): boolean {
  return vocabulary.test("retention", normalText(s)) && !onlyKept(s, vocabulary);
}

/** Owned only in the sense of kept (retention)? An owner column or an `owner:` key under IP names an owner. */
function onlyKept(s: Statement, vocabulary: Vocabulary): boolean {
  if (s.kind === "table-row" || (/\bowner\b/.test(normalText(s)) && isIpKey(s, vocabulary)) || ownerField(s, vocabulary)) return false;
  const text = vocabulary.remove("use-right", normalText(s));
  return !vocabulary.test("ownership", vocabulary.remove("retention", text));
}

/** Does the statement name something the alliance makes (成果, 作成した, "arising under"), background aside? */
function namesResult(s: Statement, vocabulary: Vocabulary): boolean {
  return resultIn(normalText(s), vocabulary);
}

function resultIn(normal: string, vocabulary: Vocabulary): boolean {
  const text = normal.replace(INCLUDED_PARTS, " ").replace(NOT_MADE, " ");
  return vocabulary.test("results-ip", text.replace(vocabulary.regex("background-ip"), " "));
}

/**
 * A deferral under a list item of the IP section that names a result (「追加学習したモデル：」, "The
 * tuned model:", each side's position below it, then 「→ 継続協議」 / "→ still open"): the point
 * left open is who owns that result, though the deferral does not say "owner" itself.
 */
function leavesResultOpen(model: PlanModel, s: Statement, vocabulary: Vocabulary): boolean {
  const item = s.section === undefined ? undefined : model.sections[s.section];
  return item?.kind === "pseudo" && isUnder(model, item.parent, "ip") && resultIn(normalise(item.title), vocabulary);
}

/**
 * What a named thing includes, in brackets after it (「DataPulse（AI機能、学習済みモデルを含む）に関する
 * 権利」, "the platform (including its trained models)"): parts of that thing, which the sentence
 * owns as a whole, not results of their own. Normalised text: full-width brackets are ASCII here.
 */
/**
 * Making denied, to the end of its clause ("Stackform will never train on customer code", 「他社向けに
 * 学習させない」): nothing is made there, so the clause names no result.
 */
const NOT_MADE = /\b(?:never|not)\b[^,.;]*|(?:生成|作成|制作|開発|構築|学習|創出|改良)(?:し|さ)せ?(?:ない|ません|ず)/g;

// Parts, not what is still to come ("the pricing model (including whatever it learns from our data)"):
// the thing does not hold that yet, and it is a result owned with it.
const INCLUDED_PARTS = /\([^()]{0,40}を含[むめ]\)|\((?:including|incl\.?)\s(?!(?:whatever|anything|everything)\b)[^()]{0,60}\)/g;
