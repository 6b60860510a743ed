/**
 * Text as XML character data or an attribute value, for XML written by hand (a feed item's
 * customData goes into the feed as it is). Escapes the five XML specials and drops what XML 1.0
 * cannot hold (control characters but tab and line breaks, lone surrogates, U+FFFE and U+FFFF),
 * so that any text keeps the document well-formed.
 */

// With the u flag a surrogate pair is one character: \p{Cs} matches only lone surrogates.
const NOT_XML = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/gu, (char) => ENTITIES[char] ?? char);
}
