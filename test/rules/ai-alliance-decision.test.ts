/**
 * The AI-alliance decision (rules/lib/ai-alliance.ts) on the rule's own labelled plans
 * (test/rules/ai-alliance-terms/plans, checklist.json's `ai-alliance`): AI plans of several
 * layouts, and plans that only mention AI, resell an "AI" product, share data without AI or
 * speak of business models and staff training.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isAiAlliance } from "../../rules/lib/ai-alliance";
import { vocabularyFor } from "../../rules/vocab";
import { model } from "../helpers/lint";

const dir = resolve(__dirname, "ai-alliance-terms/plans");
const labels: Record<string, { "ai-alliance": boolean }> = JSON.parse(readFileSync(join(dir, "checklist.json"), "utf8"));

describe("the AI-alliance decision", () => {
  it.each(Object.entries(labels))("%s", (file, label) => {
    const plan = model(readFileSync(join(dir, file), "utf8"), file);
    expect(isAiAlliance(plan, vocabularyFor(undefined))).toBe(label["ai-alliance"]);
  });
});

/** A plan whose background names the partner's AI, and whose own sections then work on it without the name. */
const decide = (text: string) => isAiAlliance(model(text, "plan.alliance.md"), vocabularyFor(undefined));

describe("the AI named in the background, worked on in the plan", () => {
  const en =
    "# Partnership plan\n\n## Background\n\nThe partner sells a review assistant built on a large language model.\n\n## Data\n\n- The partner may not use our documents to train its models.\n";
  const ja =
    "# 提携計画\n\n## 背景\n\n提携先は大規模言語モデルを使った要約サービスを提供している。\n\n## 進め方\n\n- 当社データでモデルを追加学習する。\n";
  it.each([
    ["English", `${en}- Hallucination controls: every issue must quote its clause.\n`],
    ["Japanese", `${ja}- ハルシネーション対策として担当者が確認する。\n`],
  ])("is an AI alliance when the plan works on the AI in several places (%s)", (_lang, text) => expect(decide(text)).toBe(true));

  it.each([
    ["English", en],
    ["Japanese", ja],
  ])("is not when the plan touches the AI in one place only (%s)", (_lang, text) => expect(decide(text)).toBe(false));
});

describe("the AI called only 'the model' that scores or predicts", () => {
  const en =
    "# Quarterly review\n\n## Stages\n\n| Stage | What happens |\n|---|---|\n| Shadow mode | Model scores all payments, no action taken |\n\n## Data\n\n- Transaction data is used to train and run the bank's model only.\n- The bank has exclusive use of the model variant trained under the agreement.\n";
  const ja =
    "# 四半期レビュー\n\n## 段階\n\n| 段階 | 内容 |\n|---|---|\n| 影運用 | モデルが全ての振込取引をスコアリングする |\n\n## データ\n\n- 取引データは当行向けモデルの学習にのみ使用する。\n- 本契約で学習させたモデルは当行が独占的に利用できる。\n";
  it("is an AI alliance (English)", () => expect(decide(en)).toBe(true));
  it("is an AI alliance (Japanese)", () => expect(decide(ja)).toBe(true));
});

describe("questions one heading level below Background, each filed under the data or the IP", () => {
  const en = (q1: string, q2: string) =>
    `# Memo to the board\n\n## Background\n\nWe asked counsel about the routing partnership.\n\n${q1}Our shipment records are used to fine-tune the partner's model for us.\n\nThe partner may not train models for other customers on them.\n\n${q2}The fine-tuned model weights belong to us.\n`;
  const ja = (q1: string, q2: string) =>
    `# 取締役会向けメモ\n\n## 背景\n\n配送計画の提携について法務部に確認した。\n\n${q1}当社の配送記録で提携先のモデルを追加学習する。\n\n提携先は他社向けのモデルの学習に使わない。\n\n${q2}学習済みモデルは当社に帰属する。\n`;
  it.each([
    ["English", en("### Q1. Whose data goes in?\n\n", "### Q2. Who owns the result?\n\n")],
    ["Japanese", ja("### Q1. どのデータを使うのか\n\n", "### Q2. 成果の権利は誰のものか\n\n")],
  ])("is an AI alliance: the subsections are the plan, not its background (%s)", (_lang, text) => expect(decide(text)).toBe(true));

  it.each([
    ["English", en("", "")],
    ["Japanese", ja("", "")],
  ])("is not when the same lines are the background itself (%s)", (_lang, text) => expect(decide(text)).toBe(false));
});

describe("a vehicle that drives itself", () => {
  const en =
    "# Shuttle pilot proposal\n\n## Aims\n\nRun two autonomous electric shuttles on a 3 km route.\n\n## Partner\n\nThe partner builds self-driving vehicles.\n\n## Stages\n\nDriverless operation starts in month 6.\n";
  const ja =
    "# 自動運転バス実証計画\n\n## 目的\n\n駅から団地まで自動運転バスを運行する。\n\n## 役割\n\n提携先は自動運転システムを提供する。\n";
  it.each([
    ["English", en],
    ["Japanese", ja],
  ])("is an AI alliance: it runs on perception and planning models (%s)", (_lang, text) => expect(decide(text)).toBe(true));

  it.each([
    ["English", `${en}\n## Technology\n\nThe shuttles follow magnetic markers in the road and do not rely on AI.\n`],
    ["Japanese", `${ja}\n## 方式\n\nカメラ映像のAI解析には頼らず、路面の磁気マーカーを読み取って走る。\n`],
  ])("is not when the plan sets AI aside (%s)", (_lang, text) => expect(decide(text)).toBe(false));
});

describe("a hard-wrapped paragraph", () => {
  const plan = (between: string) =>
    `# Distribution plan\n\n## Products\n\nThe system uses cameras and machine${between}learning models to inspect welds.\n\n## Support\n\n- The vendor ships model updates each quarter.\n- Models are retrained on the inspection images.\n`;
  it("names AI across the line break, as on one line (English)", () => expect(decide(plan("\n"))).toBe(decide(plan(" "))));
  it("is an AI alliance (English)", () => expect(decide(plan("\n"))).toBe(true));
});

describe("ML and millilitres", () => {
  const plan = (what: string) =>
    `# Supply plan\n\n## Aims\n\nLaunch a 370 ml jar on two lines.\n\n## Roles\n\n- The partner supplies ${what}.\n- A 540 ml jar follows in 2028.\n`;
  it("is not an AI alliance: a volume in millilitres names no AI (English)", () => expect(decide(plan("the 370 ml jars"))).toBe(false));
  it("is one when a count of ML engineers works on it (English)", () =>
    expect(decide(`${plan("11 ML engineers")}- Its ML platform runs the forecasts.\n- The ML team reports monthly.\n`)).toBe(true));
});

describe("a reseller of an AI product", () => {
  const en = (extra: string) =>
    `# Referral partnership\n\n## Form\n\nA referral partnership for the partner's AI radiograph reader.\n\n## Trial\n\n- Every AI read is checked by the vet.\n- Roll out if the AI agrees with specialists on 90% of studies.\n${extra}`;
  const ja = (extra: string) =>
    `# 販売提携の計画\n\n## 形態\n\n販売代理店契約とし、提携先のAI診断システムを当社の顧客に紹介する。\n\n## 試行\n\n- AIの判定は必ず担当者が確認する。\n- AIの判定精度が90％以上なら全店に展開する。\n${extra}`;
  it.each([
    ["English", en("- The reading model is retrained each quarter on our images.\n- Retrained model versions are owned by the partner.\n")],
    ["Japanese", ja("- 当社の画像でモデルを四半期ごとに再学習する。\n- 再学習したモデルは提携先に帰属する。\n")],
  ])("is an AI alliance when the plan works on the AI in places apart from its name (%s)", (_lang, text) =>
    expect(decide(text)).toBe(true),
  );

  it.each([
    ["English", en("- The partner's AI chatbot answers the clinics' questions.\n- Its help desk is a ticketing tool with a chatbot.\n")],
    ["Japanese", ja("- 提携先のAIチャットボットが顧客の質問に答える。\n- 問い合わせ窓口はチャットボットで受け付ける。\n")],
  ])("is not when it names the AI product, or its kind once (%s)", (_lang, text) => expect(decide(text)).toBe(false));
});

describe("a use of the data asked about, not AI set aside", () => {
  const ja = (line: string) =>
    `# 英会話アプリ提携メモ\n\n## 進め方\n\n- 提携先のAI会話アプリを授業に導入する。\n- 発音はAIが採点する。\n\n## データ\n\n- ${line}\n`;
  it("is an AI alliance: 「使わせるか」 asks whether to permit a use (Japanese)", () =>
    expect(decide(ja("生徒の音声をAIの学習に使わせるかは確認中。"))).toBe(true));
  it("is not when the plan says it does not use AI (Japanese)", () => expect(decide(ja("採点にAIは使わない。"))).toBe(false));
});

describe("a scoring model the parties improve", () => {
  const en =
    "# Health insurance tie-up\n\n## Data\n\n- Wearable data is used to improve the partner's scoring models.\n\n## IP\n\n- The jointly built scoring model belongs to the partner.\n\n## Costs\n\n- The cost of developing the scoring model is shared equally.\n";
  const ja =
    "# 健康増進型保険の提携\n\n## データ\n\n- 装着データはスコアリングモデルの改良に利用する。\n\n## 知的財産\n\n- 共同開発するスコアリングモデルは提携先に帰属する。\n\n## 費用\n\n- スコアリングモデルの開発費は折半する。\n";
  it.each([
    ["English", en],
    ["Japanese", ja],
  ])("is an AI alliance without the word AI (%s)", (_lang, text) => expect(decide(text)).toBe(true));
});
