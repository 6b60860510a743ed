/** URLs written in an abstract, as a reader would click them. */
import { splitMath } from "./math-spans.ts";

const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?*]+$/u;
const CLOSERS: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Trims what ends a sentence rather than the URL: final punctuation, and closing brackets
 * that have no opening partner inside the URL (Wikipedia-style `_(x)` links keep theirs).
 */
export function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const trimmed = url.replace(TRAILING_PUNCTUATION, "");
    const last = trimmed.at(-1) ?? "";
    const opener = CLOSERS[last];
    if (opener !== undefined && count(trimmed, last) > count(trimmed, opener)) {
      url = trimmed.slice(0, -1);
      continue;
    }
    if (trimmed === url) return url;
    url = trimmed;
  }
}

export interface FoundLink {
  url: string;
  /** Offset of the URL in the text. */
  index: number;
}

/** Every URL in a stretch of text with its offset from `start`. */
function urlsIn(text: string, start: number): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0]);
    if (/^https?:\/\/[^/?#]*[\p{L}\p{N}]/iu.test(url) && isHttpUrl(url)) {
      found.push({ url, index: start + match.index });
    }
  }
  return found;
}

/**
 * Every URL in the text with its position, trailing punctuation removed. A URL inside math
 * (`$\url{https://…}$`) is part of a formula, not a link.
 */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  let position = 0;
  for (const segment of splitMath(text)) {
    if (segment.kind === "text") found.push(...urlsIn(segment.text, position));
    position += segment.kind === "text" ? segment.text.length : segment.source.length;
  }
  return found;
}

/** The distinct URLs of a text, in order of first appearance. */
export function extractLinks(text: string): string[] {
  return [...new Set(findLinks(text).map((link) => link.url))];
}

/**
 * Whether a string is one absolute http(s) URL and nothing else: the only kind of URL the
 * archive stores in a key or turns into a link (never `javascript:`, `data:` or a relative path).
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#]/iu.test(value) || /[\s\p{Cc}]/u.test(value)) return false;
  try {
    const { protocol, hostname } = new URL(value);
    return (protocol === "http:" || protocol === "https:") && hostname !== "";
  } catch {
    return false;
  }
}
