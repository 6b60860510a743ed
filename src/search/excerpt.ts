/**
 * A search result's excerpt, from the abstract only: the window of the abstract's words where
 * the matches are densest (Pagefind's own rule), with the matched words marked. Pagefind's
 * excerpt would start with the title, which the result already shows. Runs in the browser.
 */
import { joinsWithoutSpace } from "./cjk-characters.ts";
import { EXCERPT_SEPARATOR } from "./schema.ts";

/** A matched word's position in a record's words, and how much it counts. */
export interface WordLocation {
  location: number;
  balanced_score: number;
}

/** A piece of the excerpt: text, marked or not. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** A record's content as words, numbered as Pagefind numbers them: split at whitespace, not U+FEFF. */
export function recordWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/u);
}

/** Words shown in an excerpt. */
export const EXCERPT_WORDS = 30;

/**
 * Where the window of `length` words in [from, to) with the highest matched words' score starts;
 * of a run of equally dense windows, the middle one, which centres the matches.
 */
function densestStart(
  locations: readonly WordLocation[],
  from: number,
  to: number,
  length: number,
): number {
  const scores = new Map<number, number>();
  for (const { location, balanced_score } of locations) {
    if (location >= from && location < to) {
      scores.set(location, (scores.get(location) ?? 0) + balanced_score);
    }
  }
  // No match in the abstract (the title matched, or only filters): its beginning.
  if (scores.size === 0) return from;
  const last = Math.max(from, to - length);
  let best: number[] = [from];
  let bestScore = -1;
  let sum = 0;
  for (let word = from; word < Math.min(to, from + length); word++) sum += scores.get(word) ?? 0;
  for (let start = from; start <= last; start++) {
    if (sum > bestScore) {
      bestScore = sum;
      best = [start];
    } else if (sum === bestScore && best.at(-1) === start - 1) {
      best.push(start);
    }
    sum += (scores.get(start + length) ?? 0) - (scores.get(start) ?? 0);
  }
  return best[Math.floor(best.length / 2)] ?? from;
}

/**
 * The excerpt of a record's content (as Pagefind returns it) for these matched locations: words
 * of the abstract only, an ellipsis where it is cut. Content without separators is all abstract.
 */
export function abstractExcerpt(
  content: string,
  locations: readonly WordLocation[],
  length = EXCERPT_WORDS,
): ExcerptPiece[] {
  const words = recordWords(content);
  const first = words.indexOf(EXCERPT_SEPARATOR);
  const second = first === -1 ? -1 : words.indexOf(EXCERPT_SEPARATOR, first + 1);
  const from = first + 1;
  const to = second === -1 ? words.length : second;
  const start = densestStart(locations, from, to, length);
  const end = Math.min(to, start + length);
  const marked = new Set(locations.map((word) => word.location));
  const pieces: ExcerptPiece[] = [];
  const add = (text: string, isMarked: boolean) => {
    const last = pieces.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else if (text !== "") pieces.push({ text, marked: isMarked });
  };
  if (start > from) add("… ", false);
  for (let index = start; index < end; index++) {
    const word = words[index] ?? "";
    const before = words[index - 1];
    // A space between words, never inside a mark; none between CJK words.
    if (index > start && before !== undefined && !joinsWithoutSpace(before, word)) add(" ", false);
    add(word, marked.has(index));
  }
  if (end < to) add(" …", false);
  return pieces;
}
