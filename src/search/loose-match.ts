/**
 * How well a result matches the query. Pagefind also returns pages whose words merely begin like
 * a query word ("merge" for "mergers"), down to a single letter ("a" for "architectures"). The
 * search page says when a search found only words like the query's, and shows nothing when
 * what it found is not even that. Runs in the browser.
 */
import { stemmer } from "stemmer";

/** A word as compared: lowercase letters and digits only. */
function bare(word: string): string {
  return word.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}]/gu, "");
}

/** Whether a word of the text is the query word, a longer form of it, or the same stem. */
function isSameWord(found: string, wanted: string): boolean {
  return found.startsWith(wanted) || stemmer(found).startsWith(stemmer(wanted));
}

/** Whether a word of the text begins with at least half of the query word. */
function isLikeWord(found: string, wanted: string): boolean {
  let common = 0;
  while (common < found.length && found[common] === wanted[common]) common++;
  return common * 2 >= wanted.length;
}

/**
 * "exact" when every query word is among the words a result matched, "close" when each is at
 * least like one of them, "none" otherwise. A matched word may be a compound ("alert('pwned')",
 * "low-rank"), found by any of its parts, as Pagefind finds it.
 */
export function matchQuality(
  matched: readonly string[],
  query: readonly string[],
): "exact" | "close" | "none" {
  const found = matched
    .flatMap((word) => [word, ...word.split(/[^\p{L}\p{N}]+/u)])
    .map(bare)
    .filter(Boolean);
  const wanted = query.map(bare).filter(Boolean);
  if (wanted.every((word) => found.some((each) => isSameWord(each, word)))) return "exact";
  if (wanted.every((word) => found.some((each) => isLikeWord(each, word)))) return "close";
  return "none";
}
