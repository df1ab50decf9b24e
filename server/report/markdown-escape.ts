/** Escaping for text placed in GitHub-flavoured Markdown (table cells, list items, link text). */

/** Backslash-escape what Markdown or GFM would read as markup; a line break would end a table row. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&#!]/g, "\\$&").replace(/\s+/g, (space) => (/[\r\n]/.test(space) ? " " : space));
}

/** A link destination: percent-encode what would end or confuse it (spaces, parentheses, angle brackets). */
export function linkDestination(uri: string): string {
  return uri.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
