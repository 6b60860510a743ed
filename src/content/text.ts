/**
 * Whitespace handling shared by the digest parser, slugs and topic matching.
 * Only whitespace is ever changed: every other character of a title or abstract is kept.
 */

// \s covers ASCII whitespace, NBSP, U+2028/2029, U+FEFF and the Unicode space separators;
// U+0085 (NEL) is a line break in YAML, so it counts as whitespace here too.
const WHITESPACE_RUN = /[\s\u0085]+/gu;
const BLANK = /^[\s\u0085]*$/u;
/** Whitespace that is not a lone space: most titles and abstracts have none (a tenth the time). */
const NOT_ONE_SPACE = /[^\S ]|\u0085| {2}/u;

/** Collapses every run of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeWhitespace(text: string): string {
  return (NOT_ONE_SPACE.test(text) ? text.replace(WHITESPACE_RUN, " ") : text).trim();
}

/** True when a line holds nothing but whitespace. */
export function isBlank(line: string): boolean {
  return BLANK.test(line);
}

/** Splits text into lines, accepting LF, CRLF and lone CR line endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}

/** The 1-based line of a character offset, counting LF, CRLF and lone CR as line ends. */
export function lineOfOffset(text: string, offset: number): number {
  return splitLines(text.slice(0, offset)).length;
}

/** Text quoted for a message, cut to `max` characters. */
export function quote(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
