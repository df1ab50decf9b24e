/**
 * Code actions for alliance-lint diagnostics: the rule's own fix and suggestions, replacing a
 * deferred phrase with a placeholder, disabling the rule for the line, and "fix all"
 * (the same output as fixText, the CLI's --fix).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { fixText, ParseCache } from "../engine/engine";
import { isYamlPath } from "../engine/build-model";
import type { Lang } from "../engine/model";
import type { LintOutcome } from "./linter";
import { isOurs, type DiagnosticData, type FixData } from "./diagnostics";
import { findDeferrals, placeholder } from "./deferral";
import { disableEdit } from "./disable-comment";
import { findingExtent } from "./section-extent";
import { minimalEdit } from "./positions";
import { TextLines } from "./text-lines";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.allianceLint`;
/** At most this many deferred phrases get their own action per finding. */
const MAX_DEFERRALS = 3;

export interface FixAllData {
  fixAll: true;
  uri: string;
  version: number;
}

/** A linted plan, as code actions need it. */
export type PlanOutcome = LintOutcome & { plan: NonNullable<LintOutcome["plan"]> };

/** Does a request's `only` (absent: any kind) cover `kind`? */
export function wantsKind(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActions(params: CodeActionParams, doc: TextDocument, outcome: PlanOutcome, resolveSupport: boolean): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => wantsKind(only, kind);
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const lines = new TextLines(doc);
    const lang = outcome.plan.result.locale;
    const ours = params.context.diagnostics.filter(isOurs);
    for (const diagnostic of ours) {
      const data = currentData(diagnostic, doc, outcome);
      if (data) actions.push(...quickFixes(diagnostic, data, lines, outcome, lang));
    }
    const fixable = outcome.diagnostics.filter((d) => (d.data as DiagnosticData | undefined)?.fix).length;
    if (ours.length && fixable > 1) actions.push(fixAllAction(doc, outcome, CodeActionKind.QuickFix, resolveSupport));
  }
  // Only when asked by kind (codeActionsOnSave, the Source Action menu): it runs every fix.
  if (only && wants(FIX_ALL_KIND)) actions.push(fixAllAction(doc, outcome, FIX_ALL_KIND, false));
  return actions;
}

/** The fix-all edit for the document as it is: what the CLI's --fix writes. */
export function fixAllEdits(doc: TextDocument, outcome: PlanOutcome): TextEdit[] {
  // As in the CLI: a cache of its own lets each fix pass re-parse only what the fixes touched.
  const edit = minimalEdit(doc, fixText(doc.getText(), { ...outcome.plan.options, cache: new ParseCache() }).output);
  return edit ? [edit] : [];
}

function fixAllAction(doc: TextDocument, outcome: PlanOutcome, kind: string, lazy: boolean): CodeAction {
  const title = outcome.plan.result.locale === "ja" ? "alliance-lint の問題をすべて修正" : "Fix all alliance-lint problems";
  const action: CodeAction = { title, kind };
  // Computing every fix costs a few lints: a client that can resolve gets it only when chosen.
  if (lazy) action.data = { fixAll: true, uri: doc.uri, version: doc.version } satisfies FixAllData;
  else action.edit = { changes: { [doc.uri]: fixAllEdits(doc, outcome) } };
  return action;
}

/** The diagnostic's data if it belongs to this version, else the matching current diagnostic's. */
function currentData(diagnostic: Diagnostic, doc: TextDocument, outcome: LintOutcome): DiagnosticData | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (data?.version === doc.version && outcome.version === doc.version) return data;
  const same = outcome.diagnostics.find((d) => d.code === diagnostic.code && sameRange(d, diagnostic));
  return same?.data as DiagnosticData | undefined;
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  const { start: s1, end: e1 } = a.range;
  const { start: s2, end: e2 } = b.range;
  return s1.line === s2.line && s1.character === s2.character && e1.line === e2.line && e1.character === e2.character;
}

function quickFixes(diagnostic: Diagnostic, data: DiagnosticData, lines: TextLines, outcome: PlanOutcome, lang: Lang): CodeAction[] {
  const uri = lines.doc.uri;
  const ruleId = String(diagnostic.code);
  const action = (fix: FixData, isPreferred = false): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: fix.edits } },
    ...(isPreferred && { isPreferred }),
  });
  const actions: CodeAction[] = [];
  if (data.fix) actions.push(action(data.fix, true));
  for (const suggestion of data.suggestions ?? []) actions.push(action(suggestion));
  const yamlFile = isYamlPath(outcome.plan.options.filePath);
  for (const fix of deferralFixes(lines, diagnostic, outcome, lang, yamlFile)) actions.push(action(fix));
  // Only rules can be disabled (not parse errors or config errors).
  if (outcome.plan.result.rulesRun.includes(ruleId)) {
    const edit = disableEdit(lines, diagnostic.range.start.line, ruleId, yamlFile);
    const title = lang === "ja" ? `この行で ${ruleId} を無効にする` : `Disable ${ruleId} for this line`;
    if (edit) actions.push(action({ title, edits: [edit] }));
  }
  return actions;
}

function deferralFixes(lines: TextLines, diagnostic: Diagnostic, outcome: PlanOutcome, lang: Lang, yamlFile: boolean): FixData[] {
  const { doc } = lines;
  const ruleId = String(diagnostic.code);
  const { rules = [], config } = outcome.plan.options;
  const element = rules.find((r) => r.meta.id === ruleId)?.meta.element;
  const extent = findingExtent(lines, diagnostic.range, yamlFile, element && { element, synonyms: config.headings });
  const text = doc.getText();
  const blank = placeholder(ruleId, outcome.plan.result.lang);
  return findDeferrals(text, extent.start, extent.end)
    .slice(0, MAX_DEFERRALS)
    .map((d) => ({
      title: lang === "ja" ? `「${d.phrase}」を記入欄 ${blank} に置き換え` : `Replace "${d.phrase}" with the placeholder ${blank}`,
      edits: [{ range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) }, newText: blank }],
    }));
}
