/**
 * What the search page and its worker (src/browser/search-worker.ts) tell each other. Every
 * search is numbered by the page; the worker drops a search once a newer number arrives, and the
 * page drops any answer whose number is not its current search's.
 */
import type { ListMatch, ShownResult } from "../search/shown-result.ts";

/** A Pagefind search's filters and sort, as its JS API takes them. */
export interface PagefindSearchOptions {
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, "asc" | "desc">;
}

export type ToSearchWorker =
  /** Load Pagefind, its WebAssembly and the newest part's index: the site's base path. */
  | { kind: "load"; base: string }
  /**
   * Search: `query` as the index spaces it (null for filters alone), `words` the index words
   * that judge the match, `wanted` how many results to send at first.
   */
  | {
      kind: "search";
      number: number;
      query: string | null;
      words: string[];
      options: PagefindSearchOptions;
      wanted: number;
    }
  /** Send the current search's results up to `wanted` ("Show more"). */
  | { kind: "more"; number: number; wanted: number }
  /** The page needs no search (an empty form): drop any that runs. */
  | { kind: "drop"; number: number };

export type FromSearchWorker =
  /**
   * A step of a search: the results to add to the list (after those sent before), how many were
   * found so far, whether the whole index was searched, and (once it was) how the best results
   * match. "stage": a part (or the last) was searched; "more": an answer to "more".
   */
  | {
      kind: "results";
      number: number;
      step: "stage" | "more";
      items: ShownResult[];
      count: number;
      complete: boolean;
      match: ListMatch;
    }
  /** The search failed. */
  | { kind: "failed"; number: number; message: string };
