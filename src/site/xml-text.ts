/**
 * Text as XML character data or an attribute value, for XML written by hand (a feed item's
 * customData goes into the feed as it is). Escapes the five XML specials and replaces what XML 1.0
 * cannot hold (src/content/unsafe-characters.ts) with U+FFFD, so that any text keeps the
 * document well-formed.
 */
import { replaceUnsafeCharacters } from "../content/unsafe-characters.ts";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(text: string): string {
  return replaceUnsafeCharacters(text).replace(/[&<>"']/gu, (char) => ENTITIES[char] ?? char);
}
