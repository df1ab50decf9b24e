/**
 * Clause templates for "Insert clause template…": the engine's template store for the
 * document's config (team templates first, then built-in), and inserting one at a position.
 */
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ResolvedConfig } from "../config/types";
import { templateStore } from "../engine/templates";
import type { ApplyTemplateArgs, TemplateInfo } from "./protocol";

/** Team templates only when the config resolved (and the folder is trusted). */
export function listTemplates(config: ResolvedConfig | undefined): TemplateInfo[] {
  return templateStore(config?.templates ?? [])
    .list()
    .map(({ name, lang, source, body, file }) => ({ name, lang, source, body, ...(file && { file }) }));
}

export function templateEdit(doc: TextDocument, templates: TemplateInfo[], args: ApplyTemplateArgs): TextEdit | undefined {
  const template = templates.find((t) => t.name === args.name && (!args.lang || t.lang === args.lang));
  if (!template) return undefined;
  const eol = doc.getText().includes("\r\n") ? "\r\n" : "\n";
  return { range: { start: args.position, end: args.position }, newText: template.body.replace(/\r?\n/g, eol) };
}
