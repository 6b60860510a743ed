/**
 * A search result as the search page shows it, made from Pagefind's data for it in the search
 * worker: only what is shown crosses to the page's thread (the text of a whole record and its
 * word locations stay behind). Also how well the first page of results matches the query.
 */

import { formatLongDate } from "../site/date-format.ts";
import { abstractExcerpt, type ExcerptPiece, recordWords, type WordLocation } from "./excerpt.ts";
import { matchQuality } from "./loose-match.ts";
import { FILTER, META } from "./schema.ts";

/** Results shown at first and per "Show more": each one costs its page's fragment download. */
export const RESULTS_PER_PAGE = 10;

/** What Pagefind gives for one result's page. */
export interface PagefindResultData {
  url: string;
  /** The record's text, words as the index numbers them. */
  content: string;
  /** The matched words' positions in `content`. */
  weighted_locations: WordLocation[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One result as the page lists it. */
export interface ShownResult {
  url: string;
  /** The title as plain text; the URL when the page has none. */
  title: string;
  /** The first listing date for people ("2 January 2025"), or "". */
  date: string;
  /** Topic ids. */
  topics: string[];
  /** The excerpt of the abstract, matched words marked. */
  excerpt: ExcerptPiece[];
  /** The record's words that matched the query. */
  matched: string[];
}

export function shownResult(data: PagefindResultData): ShownResult {
  const words = recordWords(data.content);
  const date = data.meta[META.date];
  return {
    url: data.url,
    title: data.meta[META.title] ?? data.url,
    // Formatted here: the page's thread then never loads the date formatter.
    date: date ? formatLongDate(date) : "",
    topics: data.filters[FILTER.topic] ?? [],
    excerpt: abstractExcerpt(data.content, data.weighted_locations),
    matched: data.weighted_locations.map((word) => words[word.location] ?? ""),
  };
}

export type ListMatch = "exact" | "close" | "none";

/**
 * How a finished search's best results match its words (each CJK character one): "exact" when
 * one of the first page holds every word (or there are no words, or no results); "close" when
 * the best only hold words like them (the page says so); "none" when they merely begin alike
 * (the page shows nothing).
 */
export function listMatch(
  matched: readonly (readonly string[])[],
  words: readonly string[],
): ListMatch {
  if (words.length === 0 || matched.length === 0) return "exact";
  const qualities = matched.slice(0, RESULTS_PER_PAGE).map((each) => matchQuality(each, words));
  if (qualities.includes("exact")) return "exact";
  return qualities.includes("close") ? "close" : "none";
}
