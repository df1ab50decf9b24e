/**
 * Inline control comments, as markdownlint has them: `<!-- alliance-lint-disable[-line|
 * -next-line] [ids] -->` and `<!-- alliance-lint-enable [ids] -->` in Markdown,
 * `# alliance-lint-disable-next-line [ids]` (and the others) in YAML.
 */
import type { Directive, DirectiveKind, Span } from "./model";
import { LineIndex } from "./line-index";

const HTML_FORM = /<!--\s*alliance-lint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;
const YAML_FORM = /(?:^|[ \t])#[ \t]*alliance-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/gm;

/** Directives in the text; the YAML form counts only inside `yamlSpans`. */
export function parseDirectives(text: string, yamlSpans: Span[]): Directive[] {
  if (!text.includes("alliance-lint-")) return [];
  const lines = new LineIndex(text);
  const found: Directive[] = [];
  const collect = (re: RegExp, keep: (at: number) => boolean) => {
    for (const m of text.matchAll(re)) {
      if (!keep(m.index)) continue;
      found.push({
        kind: m[1] as DirectiveKind,
        rules: m[2].split(/[\s,]+/).filter(Boolean),
        line: lines.positionAt(m.index).line,
        span: { start: m.index, end: m.index + m[0].length },
      });
    }
  };
  collect(HTML_FORM, () => true);
  collect(YAML_FORM, (at) => yamlSpans.some((s) => at >= s.start && at < s.end));
  return found.sort((a, b) => a.span.start - b.span.start);
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
