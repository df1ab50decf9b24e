/**
 * textDocument/documentSymbol: the plan's sections, nested as the plan nests them, each named
 * in the document's words and, when its title names a plan element in other words, the
 * element too: 「5. 提携期間と終了 — 撤退条項」. The sections come with the lint result (the
 * worker built the model), so answering costs no parse.
 */
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { normaliseTitle } from "../engine/elements";
import { engineTexts } from "../engine/engine-texts";
import type { Lang } from "../engine/model";
import type { OutlineSection } from "../engine/outline";
import { lspTexts } from "./lsp-texts";
import { Positions } from "./positions";

/** Per lint result: editors ask again for the same version (outline, breadcrumbs, sticky scroll). */
const answered = new WeakMap<readonly OutlineSection[], DocumentSymbol[]>();

/** `outline` must be the lint result of `doc` as it is (its version). */
export function documentSymbols(doc: TextDocument, outline: readonly OutlineSection[], locale: Lang): DocumentSymbol[] {
  let roots = answered.get(outline);
  if (!roots) {
    roots = nest(doc, outline, locale);
    answered.set(outline, roots);
  }
  return roots;
}

function nest(doc: TextDocument, outline: readonly OutlineSection[], locale: Lang): DocumentSymbol[] {
  const positions = new Positions(doc);
  const symbols = outline.map((section): DocumentSymbol => {
    const range = positions.range(section.span);
    return {
      name: symbolName(section, locale),
      kind: section.kind === "field" ? SymbolKind.Property : SymbolKind.String,
      range,
      // Never outside the range: a client may reject the whole answer for one such symbol.
      selectionRange: within(positions.range(section.headingSpan), range),
    };
  });
  const roots: DocumentSymbol[] = [];
  outline.forEach((section, i) => {
    if (section.parent === undefined) roots.push(symbols[i]);
    else (symbols[section.parent].children ??= []).push(symbols[i]);
  });
  return roots;
}

/** The title, then the elements it names that it does not already say: "KPI", not "KPI — KPIs". */
function symbolName(section: OutlineSection, locale: Lang): string {
  const texts = lspTexts(locale);
  const title = section.title.replace(/\s+/g, " ").trim();
  // The readiness model's names, so the outline, the hover and the plans view say the same.
  const elements = engineTexts(locale).elements;
  const labels = section.elements.map((e) => elements[e]);
  if (!title) return labels.join(texts.listSeparator) || texts.untitled;
  const words = normaliseTitle(title);
  const added = labels.filter((label) => !sameWords(words, normaliseTitle(label)));
  return added.length ? `${title} — ${added.join(texts.listSeparator)}` : title;
}

/** One says the other: 「提携の目的」 and 「目的」, "exit" and "exit clause". */
function sameWords(title: string, label: string): boolean {
  return title !== "" && (title.includes(label) || label.includes(title));
}

function within(inner: DocumentSymbol["range"], outer: DocumentSymbol["range"]): DocumentSymbol["range"] {
  const before = (a: typeof inner.start, b: typeof inner.start) => a.line < b.line || (a.line === b.line && a.character < b.character);
  return before(inner.start, outer.start) || before(outer.end, inner.end) ? { start: outer.start, end: outer.start } : inner;
}
