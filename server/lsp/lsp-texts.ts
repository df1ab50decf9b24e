/** The language server's own texts: code action titles, hover labels, notifications. */
import type { Lang } from "../engine/model";
import { localise, type TextTable } from "../engine/l10n";

interface LspTexts {
  /** A plan left unlinted because its config is invalid. */
  notLinted(error: string): string;
  fixAll: string;
  disableForLine(ruleId: string): string;
  workspaceLinted(files: number, problems: number): string;
  workspaceFixed(fixes: number, changed: number, files: number): string;
  hover: { why: string; good: string; bad: string; docs: string };
  /** A Markdown or YAML file that looks like a plan but is not one by the config's globs or a marker. */
  notAPlan: string;
  addPlanMarker: string;
  /** A plan field's description in schemas/alliance-plan.schema.json (written in English there), for completion. */
  fieldDescription(description: string): string;
  /** Joins the names of a section's elements. */
  listSeparator: string;
  /** The outline's name for a section whose title is empty. */
  untitled: string;
}

/** The plan schema's field descriptions in Japanese, by their English text in the schema. */
const JA_FIELD_DESCRIPTIONS: Record<string, string> = {
  "The plan fields, wrapped in one key.": "計画の項目を1つのキーの下にまとめたもの。",
  "Title of the plan.": "計画の表題。",
  "Language of the plan: ja or en (detected from the text when absent).": "計画の言語：ja または en（省略時は本文から判定）。",
  "true: this file is an alliance plan whatever its name; false: it is not.":
    "true：ファイル名にかかわらずアライアンス計画として検査する。false：検査しない。",
  "The plan's type: ai-alliance or capital-alliance, or a list of them. It adds that preset's elements to those the config requires, for this plan.":
    "計画の種類：ai-alliance または capital-alliance（複数ならリスト）。この計画に限り、設定が求める要素にその種類の要素を加える。",
  "Version of the plan.": "計画の版。",
  "Date of the plan.": "計画の日付。",
  "Status: draft, approved, …": "状態：草案、承認済み など。",
  "Who owns the plan.": "計画の責任者。",
  "The partners: a list of names or of {name, role, …} mappings, or a mapping of partner → details.":
    "提携先：名前のリスト、{name, role, …} のリスト、または提携先ごとの詳細。",
  "Partner name.": "提携先の名前。",
  "What the partner does in the alliance.": "提携における提携先の役割。",
  "Form of the alliance: 業務提携, 資本業務提携, joint venture, licence, …": "提携の形態：業務提携、資本業務提携、合弁、ライセンス など。",
  "Key goal indicator(s).": "KGI（重要目標達成指標）。",
  "KPIs: a list of names or of {name, target, baseline, owner, due, unit, cadence} mappings, or a mapping of KPI name → details.":
    "KPI：名前のリスト、{name, target, baseline, owner, due, unit, cadence} のリスト、または KPI 名ごとの詳細。",
  "Exit: when and how the alliance ends (conditions, term, notice, end, handover, …).":
    "撤退条項：提携がいつ、どのように終わるか（条件、期間、予告、終了日、引継ぎ など）。",
  "Exit or termination conditions.": "撤退・解除の条件。",
  "Term of the alliance.": "提携の期間。",
  "Notice period.": "予告期間。",
  "End date.": "終了日。",
  "What happens to shared assets, customers and data at the end.": "終了時の共有資産・顧客・データの扱い。",
  "Term of the agreement (start, end, renewal, termination, …), or the term in words.":
    "契約期間（開始、終了、更新、解除 など）、または期間を文章で。",
  "Start date.": "開始日。",
  "Renewal terms.": "更新の条件。",
  "Termination rights.": "解除権。",
  "Intellectual property: who owns background and foreground IP (results), and the licences.":
    "知的財産：既存の知的財産と提携で生まれる知的財産（成果）の帰属、およびライセンス。",
  "IP each party brings in.": "各当事者が持ち込む知的財産。",
  "IP created in the alliance.": "提携で生まれる知的財産。",
  "Results of the alliance and who owns them.": "提携の成果とその帰属。",
  "Licences granted.": "許諾するライセンス。",
  "Governance: committees, meetings, decision rights, escalation.": "運営体制：委員会、会議体、決定権、エスカレーション。",
  "Roles and responsibilities of each partner.": "各当事者の役割と責任。",
  "Risks and how they are handled.": "リスクとその対応。",
  "Data handling: ownership, permitted use, deletion.": "データの取扱い：帰属、利用範囲、削除。",
  "Objectives: a statement, or a list of statements or of {text, target, due, kpi} mappings.":
    "目的：文章、文章のリスト、または {text, target, due, kpi} のリスト。",
  "The objective.": "目的。",
  "Measurable target.": "測定できる目標。",
  "Deadline.": "期限。",
  "KPI(s) measuring it.": "それを測る KPI。",
  "KPI name.": "KPI の名前。",
  "Target value, or targets by year.": "目標値、または年度ごとの目標。",
  "Current value.": "現状値。",
  "Who is accountable.": "責任者。",
  "When the target is due.": "目標の期限。",
  "Unit of measure.": "単位。",
  "How often it is reviewed.": "見直しの頻度。",
  "How and how often KPIs are reviewed.": "KPI の見直しの方法と頻度。",
};

const LSP_TEXTS: TextTable<LspTexts> = {
  ja: {
    notLinted: (error) => `設定ファイルが不正なため検査できません: ${error}`,
    fixAll: "alliance-lint の問題をすべて修正",
    disableForLine: (ruleId) => `この行で ${ruleId} を無効にする`,
    workspaceLinted: (files, problems) => `alliance-lint: ${files} 件の計画を検査し、${problems} 件の問題が見つかりました。`,
    workspaceFixed: (fixes, changed, files) => `alliance-lint: ${files} 件の計画のうち ${changed} 件で、${fixes} 件の問題を修正しました。`,
    hover: { why: "なぜ重要か", good: "良い例", bad: "悪い例", docs: "ルールの説明" },
    fieldDescription: (description) => JA_FIELD_DESCRIPTIONS[description] ?? description,
    notAPlan: "アライアンス計画として検査されていません — 検査対象にする",
    addPlanMarker: "アライアンス計画として検査する（フロントマターに alliance-plan: true を追加）",
    listSeparator: "・",
    untitled: "（無題）",
  },
  en: {
    notLinted: (error) => `Not linted: invalid configuration: ${error}`,
    fixAll: "Fix all alliance-lint problems",
    disableForLine: (ruleId) => `Disable ${ruleId} for this line`,
    workspaceLinted: (files, problems) => `alliance-lint: linted ${files} plan(s), found ${problems} problem(s).`,
    workspaceFixed: (fixes, changed, files) => `alliance-lint: fixed ${fixes} problem(s) in ${changed} of ${files} plan(s).`,
    hover: { why: "Why it matters", good: "Good", bad: "Bad", docs: "Rule documentation" },
    fieldDescription: (description) => description,
    notAPlan: "Not linted as an alliance plan — lint it",
    addPlanMarker: "Lint as an alliance plan (add alliance-plan: true to the front matter)",
    listSeparator: ", ",
    untitled: "(untitled)",
  },
};

export function lspTexts(locale: Lang): LspTexts {
  return localise(LSP_TEXTS, locale);
}
