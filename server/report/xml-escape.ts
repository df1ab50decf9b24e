/** Escaping for XML 1.0 text and attribute values. */

/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab/LF/CR (the
 * control characters outside DEL and C1), lone surrogates (with the u flag a surrogate matches
 * only when it is not half of a pair), U+FFFE/U+FFFF.
 */
const NOT_XML = /[^\P{Cc}\t\n\r\x7F-\x9F]|[\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** A raw CR would reach the reader as LF (XML normalises line ends), so it goes as a reference. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Quotes, and line feeds and tabs too: a parser would normalise raw ones in an attribute to spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
