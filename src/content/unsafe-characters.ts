/**
 * Characters a paper file may hold but no page or feed can carry: controls other than tab and
 * line breaks (XML 1.0 forbids C0 controls, HTML every control), lone surrogates, and
 * noncharacters such as U+FFFE and U+FFFF. Files keep them; output shows U+FFFD in their place.
 */

// Every control (\p{Cc}) but tab, LF and CR, spelled out: a lookahead would make the scan of a
// whole archive's text several times slower. With the u flag a surrogate pair is one character:
// \p{Cs} matches only lone surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job.
const UNSAFE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Cs}\p{Noncharacter_Code_Point}]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "gu");

export const REPLACEMENT_CHARACTER = "\uFFFD";

/** The text with each unsafe character replaced by U+FFFD. */
export function replaceUnsafeCharacters(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, REPLACEMENT_CHARACTER) : text;
}

/** The first unsafe character of a text and its offset, if there is one. */
export function firstUnsafeCharacter(text: string): { char: string; index: number } | undefined {
  const match = UNSAFE.exec(text);
  return match ? { char: match[0], index: match.index } : undefined;
}

/** A character's code point as people write it: "U+FFFF". */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
