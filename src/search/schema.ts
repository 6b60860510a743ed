/**
 * The search index's names, in one place: what paper pages give Pagefind (filters, sort, meta),
 * the list of index parts the search page merges, and the search URL's parameters. Pages, the
 * Pagefind integration, the browser script and the tests all import these. No Node imports: the
 * browser bundle includes it.
 */
import type { IsoDate } from "../content/dates.ts";

/** Pagefind filters on a paper page: its topics, its first listing's year and month, and code. */
export const FILTER = {
  /** A topic id; one filter per topic. */
  topic: "topic",
  /** The first listing's year, "2025". */
  year: "year",
  /** The first listing's month, "2025-07": which part of a split index holds the page. */
  month: "month",
  /** "yes" when the paper links to a code repository. */
  code: "code",
} as const;

/** The value of the `code` filter on a paper with code. */
export const HAS_CODE = "yes";

/** The `year` filter's value for a first listing date. */
export function yearOf(date: IsoDate): string {
  return date.slice(0, 4);
}

/** The `month` filter's value for a first listing date, and the month a part of the index holds. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** Pagefind sorts: the first listing date, YYYY-MM-DD, which sorts as text. */
export const SORT = { date: "date" } as const;

/** Pagefind metadata shown in results: the first listing date and the title as plain text. */
export const META = { date: "date", title: "title" } as const;

export type FilterName = (typeof FILTER)[keyof typeof FILTER];
export type SortName = (typeof SORT)[keyof typeof SORT];
export type MetaName = (typeof META)[keyof typeof META];

/** `data-pagefind-filter`'s value for one filter (Pagefind reads it to the attribute's end). */
export function filterAttribute(name: FilterName, value: string): string {
  return `${name}:${value}`;
}

/** `data-pagefind-sort`'s value. */
export function sortAttribute(name: SortName, value: string): string {
  return `${name}:${value}`;
}

/** `data-pagefind-meta`'s value that takes the meta from an attribute of the same element. */
export function metaFromAttribute(name: MetaName, attribute: string): string {
  return `${name}[${attribute}]`;
}

/**
 * A word of its own between a search record's title, abstract and authors (src/search/records.ts),
 * so that the search page can show an excerpt of the abstract alone. Never a word of the text.
 */
export const EXCERPT_SEPARATOR = "¶";

/** The search bundle's folder in the built site. */
export const BUNDLE_FOLDER = "pagefind";

/** The list of index parts, in the bundle's folder. */
export const PARTS_FILE = "parts.json";

/** One part of the search index, as `parts.json` lists them, newest first. */
export interface IndexPart {
  /** The part's folder inside the bundle, with a trailing slash; "" for the main bundle. */
  path: string;
  /** The months (YYYY-MM) the part holds, oldest first; empty when the index is one part. */
  months: string[];
}

/** Result orders the search page offers, as the `sort` parameter's values. */
export const SEARCH_ORDER = { bestMatch: "", newest: "newest", oldest: "oldest" } as const;
export type SearchOrder = (typeof SEARCH_ORDER)[keyof typeof SEARCH_ORDER];

const searchOrders: readonly string[] = Object.values(SEARCH_ORDER);

export function isSearchOrder(value: string): value is SearchOrder {
  return searchOrders.includes(value);
}

/** A search as its URL holds it, so that any search can be shared as a link. */
export interface SearchQuery {
  /** The words typed. */
  q?: string;
  /** A topic id. */
  topic?: string;
  /** A year, "2025". */
  year?: string;
  /** Only papers with code. */
  code?: boolean;
  /** Result order. */
  sort?: SearchOrder;
}

/** The `code` parameter's value for "only papers with code" (the search form's checkbox value). */
export const CODE_CHECKED = "1";

/** The search URL's parameter names. */
export const SEARCH_PARAM = {
  q: "q",
  topic: "topic",
  year: "year",
  code: "code",
  sort: "sort",
} as const satisfies Record<keyof SearchQuery, string>;

/** A search as URL parameters, leaving out what is unset. */
export function searchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set(SEARCH_PARAM.q, query.q);
  if (query.topic) params.set(SEARCH_PARAM.topic, query.topic);
  if (query.year) params.set(SEARCH_PARAM.year, query.year);
  if (query.code) params.set(SEARCH_PARAM.code, CODE_CHECKED);
  if (query.sort) params.set(SEARCH_PARAM.sort, query.sort);
  return params;
}

/** A search read back from URL parameters, every field set; unknown orders are best match. */
export function readSearchParams(params: URLSearchParams): Required<SearchQuery> {
  const sort = params.get(SEARCH_PARAM.sort) ?? "";
  return {
    q: params.get(SEARCH_PARAM.q) ?? "",
    topic: params.get(SEARCH_PARAM.topic) ?? "",
    year: params.get(SEARCH_PARAM.year) ?? "",
    code: params.get(SEARCH_PARAM.code) === CODE_CHECKED,
    sort: isSearchOrder(sort) ? sort : SEARCH_ORDER.bestMatch,
  };
}
