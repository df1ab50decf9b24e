/**
 * Escaping for GitHub Actions workflow commands (as @actions/core does it): a message may not
 * hold a raw newline or a `%`; a property value may not hold `:` or `,` either, since they
 * separate the properties from each other and from the message.
 */

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
