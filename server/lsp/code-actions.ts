/**
 * Code actions for alliance-lint diagnostics: the rule's own fix and suggestions (such as
 * replacing a deferred phrase with a placeholder), disabling the rule for the line, and "fix all"
 * (the same output as fixText, the CLI's --fix).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { isYamlPath } from "../engine/build-model";
import type { Lang } from "../engine/model";
import type { LintOutcome, PlanOutcome } from "./linter";
import { isOurs, type DiagnosticData, type FixData } from "./diagnostics";
import { disableEdit, TextLines } from "./disable-comment";
import { lspTexts } from "./lsp-texts";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.allianceLint`;

export interface FixAllData {
  fixAll: true;
  uri: string;
  version: number;
}

/** Computes the fix-all edit (on a worker: it runs a few lints). */
export type FixAll = (doc: TextDocument, outcome: PlanOutcome) => Promise<TextEdit[]>;

/** Does a request's `only` (absent: any kind) cover `kind`? */
export function wantsKind(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export async function codeActions(
  params: CodeActionParams,
  doc: TextDocument,
  outcome: PlanOutcome,
  resolveSupport: boolean,
  fixAll: FixAll,
): Promise<CodeAction[]> {
  const only = params.context.only;
  const wants = (kind: string) => wantsKind(only, kind);
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const lines = new TextLines(doc);
    const locale = outcome.plan.result.locale;
    const ours = params.context.diagnostics.filter(isOurs);
    for (const diagnostic of ours) {
      const data = currentData(diagnostic, doc, outcome);
      if (data) actions.push(...quickFixes(diagnostic, data, lines, outcome, locale));
    }
    const fixable = outcome.diagnostics.filter((d) => (d.data as DiagnosticData | undefined)?.fix).length;
    if (ours.length && fixable > 1)
      actions.push(await fixAllAction(doc, outcome, CodeActionKind.QuickFix, resolveSupport ? undefined : fixAll));
  }
  // Only when asked by kind (codeActionsOnSave, the Source Action menu): it runs every fix.
  if (only && wants(FIX_ALL_KIND)) actions.push(await fixAllAction(doc, outcome, FIX_ALL_KIND, fixAll));
  return actions;
}

/** With `fixAll`, the action carries its edit; without, the client resolves it when chosen. */
async function fixAllAction(doc: TextDocument, outcome: PlanOutcome, kind: string, fixAll?: FixAll): Promise<CodeAction> {
  const action: CodeAction = { title: lspTexts(outcome.plan.result.locale).fixAll, kind };
  // Computing every fix costs a few lints: a client that can resolve gets it only when chosen.
  if (fixAll) action.edit = { changes: { [doc.uri]: await fixAll(doc, outcome) } };
  else action.data = { fixAll: true, uri: doc.uri, version: doc.version } satisfies FixAllData;
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

function quickFixes(diagnostic: Diagnostic, data: DiagnosticData, lines: TextLines, outcome: PlanOutcome, locale: Lang): CodeAction[] {
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
  // Only rules can be disabled (not parse errors or config errors).
  if (outcome.plan.result.rulesRun.includes(ruleId)) {
    const edit = disableEdit(lines, diagnostic.range.start.line, ruleId, yamlFile);
    if (edit) actions.push(action({ title: lspTexts(locale).disableForLine(ruleId), edits: [edit] }));
  }
  return actions;
}
