/**
 * Inline control comments, as markdownlint has them: `<!-- alliance-lint-disable[-line|
 * -next-line] [ids] -->` and `<!-- alliance-lint-enable [ids] -->` in Markdown,
 * `# alliance-lint-disable-next-line [ids]` (and the others) in YAML.
 */
import type { Directive, DirectiveKind, Span } from "./model";
import { LineIndex } from "./line-index";

/** The opening of the HTML form; its end is the next `-->` (found with indexOf, see htmlForms). */
const HTML_OPENING = /<!--\s*alliance-lint-(disable-next-line|disable-line|disable|enable)\b/g;
const YAML_FORM = /(?:^|[ \t])#[ \t]*alliance-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/gm;

/** Directives in the text; the YAML form counts only inside `yamlSpans`. */
export function parseDirectives(text: string, yamlSpans: Span[]): Directive[] {
  if (!text.includes("alliance-lint-")) return [];
  const lines = new LineIndex(text);
  const found: Directive[] = [];
  const collect = (forms: Form[], keep: (at: number) => boolean) => {
    for (const { index, kind, body, length } of forms) {
      if (!keep(index)) continue;
      found.push({
        kind: kind as DirectiveKind,
        rules: body.split(/[\s,]+/).filter(Boolean),
        line: lines.positionAt(index).line,
        span: { start: index, end: index + length },
      });
    }
  };
  collect(htmlForms(text), () => true);
  const yamlForms = [...text.matchAll(YAML_FORM)].map((m) => ({ index: m.index, kind: m[1], body: m[2], length: m[0].length }));
  collect(yamlForms, (at) => yamlSpans.some((s) => at >= s.start && at < s.end));
  return found.sort((a, b) => a.span.start - b.span.start);
}

interface Form {
  index: number;
  kind: string;
  body: string;
  length: number;
}

/**
 * HTML directives: an opening and the text up to the next `-->`. A lazy `[^]*?-->` in one regex
 * would scan to the end of the text from every unclosed opening; here, once no `-->` follows,
 * no later opening can be closed either.
 */
function htmlForms(text: string): Form[] {
  const forms: Form[] = [];
  HTML_OPENING.lastIndex = 0;
  for (let m = HTML_OPENING.exec(text); m; m = HTML_OPENING.exec(text)) {
    const close = text.indexOf("-->", HTML_OPENING.lastIndex);
    if (close < 0) break;
    forms.push({ index: m.index, kind: m[1], body: text.slice(HTML_OPENING.lastIndex, close), length: close + 3 - m.index });
    HTML_OPENING.lastIndex = close + 3;
  }
  return forms;
}

/** Is a finding of `ruleId` that starts on `line` switched off by the directives? */
export function isSuppressed(directives: Directive[], ruleId: string, line: number): boolean {
  const names = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
  let disabled = false;
  for (const d of directives) {
    if (!names(d)) continue;
    if (d.kind === "disable-line" && d.line === line) return true;
    if (d.kind === "disable-next-line" && d.line + 1 === line) return true;
    if (d.line > line) continue;
    if (d.kind === "disable") disabled = true;
    else if (d.kind === "enable") disabled = false;
  }
  return disabled;
}
