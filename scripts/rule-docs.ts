/**
 * Renders docs/rules/<id>.md and the README's rule section from the rules' metadata, so the
 * pages cannot drift from the rules.
 */
import type { Lang } from "../server/engine/model";
import type { RuleMeta } from "../server/engine/rule";

const HEADINGS: Record<Lang, Record<string, string>> = {
  en: { why: "Why it matters", bad: "Bad", good: "Good", messages: "Messages", fix: "Fix" },
  ja: { why: "なぜ重要か", bad: "悪い例", good: "良い例", messages: "メッセージ", fix: "修正" },
};

const FIX_TEXT: Record<Lang, [string, string]> = {
  en: [
    "`--fix` and the editor's quick fix insert the rule's clause template in the document's language.",
    "This rule has no automatic fix.",
  ],
  ja: ["`--fix` とエディタのクイックフィックスで、文書の言語の条項テンプレートを挿入します。", "このルールに自動修正はありません。"],
};

function section(meta: RuleMeta, lang: Lang): string {
  const h = HEADINGS[lang];
  const messages = Object.entries(meta.messages).map(([id, text]) => `- \`${id}\`: ${text[lang]}`);
  return [
    meta.description[lang],
    `### ${h.why}`,
    meta.rationale[lang],
    `### ${h.bad}`,
    "```text\n" + meta.examples.bad[lang] + "\n```",
    `### ${h.good}`,
    "```text\n" + meta.examples.good[lang] + "\n```",
    `### ${h.messages}`,
    messages.join("\n"),
    `### ${h.fix}`,
    FIX_TEXT[lang][meta.fixable ? 0 : 1],
  ].join("\n\n");
}

export function renderRuleDoc(meta: RuleMeta): string {
  const severity = meta.defaultSeverity;
  return (
    [
      `# ${meta.id}`,
      `Default severity: \`${severity}\`${meta.headline ? " · headline check" : ""}${meta.fixable ? " · fixable" : ""}`,
      `Disable on one line: \`<!-- alliance-lint-disable-next-line ${meta.id} -->\` (Markdown) or \`# alliance-lint-disable-next-line ${meta.id}\` (YAML); in config: \`rules: { ${meta.id}: off }\`.`,
      "## English",
      section(meta, "en"),
      "## 日本語",
      section(meta, "ja"),
    ].join("\n\n") + "\n"
  );
}

/** A Markdown table cell: pipes escaped, lines joined with <br>. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** The README's table of what each rule reports (the parse-error pseudo-rule included). */
export function renderRuleTable(metas: readonly RuleMeta[]): string {
  const rows = metas.map((meta) => `| \`${meta.id}\` | ${meta.summary} |`);
  return ["| rule | what it reports |", "|---|---|", ...rows].join("\n");
}

/** The README's section per rule: severity, description and examples in both languages. */
export function renderRuleSections(metas: readonly RuleMeta[]): string {
  return metas.map(ruleSection).join("\n\n");
}

function ruleSection(meta: RuleMeta): string {
  const traits = [...(meta.headline ? ["headline"] : []), `default \`${meta.defaultSeverity}\``, ...(meta.fixable ? ["fixable"] : [])];
  const { good, bad } = meta.examples;
  return [
    `#### \`${meta.id}\` — ${traits.join(", ")}`,
    `${meta.description.en}  \n${meta.description.ja}`,
    [
      "| | English | 日本語 |",
      "|---|---|---|",
      `| ✗ bad | ${cell(bad.en)} | ${cell(bad.ja)} |`,
      `| ✓ good | ${cell(good.en)} | ${cell(good.ja)} |`,
    ].join("\n"),
  ].join("\n\n");
}

/** `text` with what lies between `<!-- name:start -->` and `<!-- name:end -->` replaced by `content`. */
export function fillMarkers(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`missing ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
}
