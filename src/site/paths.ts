/**
 * The site's URLs, a public contract (README.md, "The site"): every path ends in a slash and lives under
 * the base path. Pages build every link through these functions.
 */
import type { IsoDate } from "../content/dates.ts";
import { type SearchQuery, searchParams } from "../search/schema.ts";
import { arxivIdPath } from "./arxiv-links.ts";

export interface SitePaths {
  home: string;
  paper: (slug: string) => string;
  /** A short address by arXiv id that leads to the paper's page (not in the sitemap). */
  arxiv: (id: string) => string;
  topics: string;
  /** A topic's first page (its newest papers), or its numbered page `page` (1 holds the oldest). */
  topic: (id: string, page?: number) => string;
  topicFeed: (id: string) => string;
  dates: string;
  year: (year: string) => string;
  month: (year: string, month: string) => string;
  day: (date: IsoDate) => string;
  /** The search page, with a search already filled in. */
  search: (query?: SearchQuery) => string;
  feed: string;
  asset: (file: string) => string;
}

/** `/` or `/my-archive` or `/my-archive/` → `/my-archive/`. */
export function normalizeBasePath(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/gu, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

export function sitePaths(basePath: string): SitePaths {
  const base = normalizeBasePath(basePath);
  const day = (date: IsoDate) =>
    `${base}dates/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`;
  return {
    home: base,
    paper: (slug) => `${base}papers/${slug}/`,
    arxiv: (id) => `${base}arxiv/${arxivIdPath(id)}/`,
    topics: `${base}topics/`,
    topic: (id, page) =>
      page === undefined ? `${base}topics/${id}/` : `${base}topics/${id}/${page}/`,
    topicFeed: (id) => `${base}topics/${id}/rss.xml`,
    dates: `${base}dates/`,
    year: (year) => `${base}dates/${year}/`,
    month: (year, month) => `${base}dates/${year}/${month}/`,
    day,
    search: (query = {}) => {
      const search = searchParams(query).toString();
      return `${base}search/${search ? `?${search}` : ""}`;
    },
    feed: `${base}rss.xml`,
    asset: (file) => `${base}${file.replace(/^\/+/u, "")}`,
  };
}

/** Whether an absolute page URL is one of the /arxiv/<id>/ pages, which only lead elsewhere. */
export function isArxivRedirect(pageUrl: string, basePath: string): boolean {
  return new URL(pageUrl).pathname.startsWith(`${normalizeBasePath(basePath)}arxiv/`);
}
