/** Escaping for XML 1.0 text and attribute values. */

/** Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A raw CR would reach the reader as LF (XML normalises line ends), so it goes as a reference. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Quotes, and line feeds and tabs too: a parser would normalise raw ones in an attribute to spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
