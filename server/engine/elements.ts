/**
 * Which plan element a heading (or YAML key) names, in Japanese or English. The vocabulary
 * is domain.md's "Vocabulary that marks a section", widened with the variants planners and
 * contract drafters use; teams add synonyms through the `headings` config.
 */
import type { PlanElement } from "./model";

/** Patterns per element, tried on a normalised title (see normaliseTitle). */
const VOCABULARY: Record<PlanElement, RegExp[]> = {
  objective: [
    /目的|ねらい|狙い|ゴール|目指す(?:姿|もの|こと)?|実現したい|何を実現|何を目指|(?<!数値|成果|評価|業績|売上|販売|進捗|達成)目標(?!値)/,
    /\b(?:purpose|objectives?|goals?|aims?|ambitions?|achieve|going after|what is (?:the|this) (?:alliance|partnership|deal) for|what we(?:'re| are) aiming|what we want|desired outcomes?|mission|intent)/,
  ],
  kpi: [
    /kpi|kgi|成果指標|評価指標|数値目標|業績評価|指標|効果測定|成果目標|目標値|進捗目標|達成目標|モニタリング|成果の(?:見方|測り方|評価|確認)/,
    /\b(?:kpis?|kgis?|metrics?|key results|targets?|(?:key )?performance indicators?|measures? of success|success (?:criteria|measures)|measurement|scorecard|scoreboard|dashboard|performance (?:measures?|targets?|metrics?)|numbers we'?ll track|how we(?:'ll| will) measure|milestones and metrics)\b/,
  ],
  exit: [
    /出口|exit|終了|解除|解約|解消|撤退|有効期間|契約期間|存続期間|期間(?:及び|および|と)?(?:更新|終了)?$|存続|満了|見直しと終了/,
    /\b(?:exit|terminat\w*|term\b|duration|wind[- ]?down|dissolution|dissolv\w*|ending|expir\w*|unwind\w*|how (?:it|this|the alliance) ends|end of the (?:alliance|partnership|agreement))/,
  ],
  ip: [
    /知的財産|知財|特許|ノウハウ|権利の?帰属|権利(?:関係|まわり|周り|の整理|処理)?$|成果物?の(?:権利|帰属|取扱)|帰属|利用権|著作権|ライセンス|実施許諾/,
    /\b(?:intellectual property|ip\b|know[- ]?how|ownership|who owns|patents?|licen[cs]\w*|background ip|foreground|rights? to (?:results|data)|copyright)/,
  ],
  governance: [
    /体制|会議体|委員会|定例会|ガバナンス|運営|進捗管理|レビュー|見直し/,
    /\b(?:governance|steering|committee|cadence|meetings?|reporting|review(?:s| process)?|decision[- ]making|management of the (?:alliance|partnership))\b/,
  ],
  roles: [
    /役割|責任範囲|分担|各社の(?:貢献|提供)|提供(?:する)?(?:資源|リソース)/,
    /\b(?:roles?|responsibilit\w*|contributions?|who does what|division of (?:work|labou?r))\b/,
  ],
  form: [
    /提携の?形態|形態|スキーム|出資|資本関係/,
    /\b(?:structure|form of (?:the )?(?:alliance|partnership)|deal|equity|investment terms)\b/,
  ],
  partners: [/提携先|パートナー|当事者|相手先|選定理由/, /\b(?:partners?|parties|counterpart|partner fit)\b/],
  background: [/背景|現状|課題|経緯|概要|なぜ/, /\b(?:background|context|situation|problem|overview|summary|rationale|why)\b/],
  cost: [
    /費用|収益配分|利益配分|対価|予算|報酬|ロイヤリティ/,
    /\b(?:costs?|fees?|budget|revenue shar\w*|economics|financ\w*|royalt\w*|pricing)\b/,
  ],
  data: [/データ/, /\bdata\b/],
  risk: [/リスク|懸念|留意/, /\b(?:risks?|concerns?)\b/],
  // Titles that are commentary as a whole (「＜解説＞」, 「【コラム】…」), never words inside a title (「学習参考書」).
  notes: [
    /^(?:その他の|追加の?)?(?:解説|ポイント|コラム|注記|注|備考|補足|参考(?:資料|情報)?|留意点|想定シーン|事例|逐条解説|目次|(?:追加|変更)?オプション(?:条項)?)(?:\s|$)/,
    /^(?:notes?|commentary|remarks|explanation|guidance|drafting notes?|examples?|annotations?|table of contents|contents|optional clauses?)\b/,
  ],
  schedule: [/スケジュール|マイルストーン|ロードマップ|工程|計画表/, /\b(?:timeline|milestones?|schedule|roadmap|phases?|next steps)\b/],
};

/** Strip numbering, brackets and markup so 「第7条（知的財産権の帰属）」 reads as its title. */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[*_`#]/g, "")
    .replace(
      /^\s*(?:(?:第\s*)?[\d一二三四五六七八九十百]+\s*[条章節項部]|article\s+[\divx]+|section\s+[\d.]+|chapter\s+\d+|q\s*(?:\d+\s*)?[.:)])\s*/i,
      "",
    )
    .replace(/^\s*(?:\d+(?:[.-]\d+)*[.)]?|[(（](?:\d{1,3}|[a-z]|[ivx]{1,4})[)）]|[\u2460-\u2473]|[ivx]+\.)\s*/i, "")
    .replace(/[【】「」『』〔〕［］[\]()（）＜＞<>:：■□◆◇●○▼▽▶►・-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The elements a title names, with the team's extra synonyms. */
export function classifyTitle(title: string, extra: Partial<Record<PlanElement, string[]>> = {}): PlanElement[] {
  const normal = normaliseTitle(title);
  if (!normal) return [];
  const found: PlanElement[] = [];
  for (const element of Object.keys(VOCABULARY) as PlanElement[]) {
    const synonyms = extra[element] ?? [];
    const hit = VOCABULARY[element].some((re) => re.test(normal)) || synonyms.some((s) => normal.includes(normaliseTitle(s)));
    if (hit) found.push(element);
  }
  return found;
}

/** Turn a YAML key (kpi_review, exitConditions) into words the vocabulary knows. */
export function keyToTitle(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim();
}
