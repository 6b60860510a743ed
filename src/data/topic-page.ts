/**
 * Everything one page of a topic's listing shows, as one plain object (see paper-page.ts for
 * why). Numbered pages are fixed blocks of papers counted from the oldest, so a full block never
 * changes as newer papers arrive: its data, cache key and URL stay the same. The first page shows
 * everything newer than the numbered pages.
 */
import type { IsoDate } from "../content/dates.ts";
import { groupByDate, type Paper, type TopicEntry } from "../site/archive.ts";
import { type PaperExcerpt, paperExcerpt } from "./listing.ts";

/** A topic's page: its first page (the newest papers), or numbered page `n` (1 holds the oldest). */
export type TopicPageNumber = "first" | number;

export interface TopicPage {
  topic: { id: string; name: string; description: string };
  /** Which page this is. */
  page: TopicPageNumber;
  /** The page's title: the topic's name, and the page number on a numbered page. */
  title: string;
  /** The topic's papers on all its pages: only the first page says it, as it changes every day. */
  paperCount?: number;
  /** A numbered page's first listing dates of its oldest and its newest paper. */
  span?: { from: IsoDate; to: IsoDate };
  /** This page's papers (title and excerpt), newest first, under the day that first listed them. */
  groups: { date: IsoDate; papers: PaperExcerpt[] }[];
  /** The neighbouring pages, when the topic has numbered pages. */
  pager?: { newer?: TopicPageNumber; older?: number };
}

/**
 * A newest-first list cut into pages of `size`: numbered blocks counted from the oldest end
 * (`numbered[0]` is page 1, the oldest `size` items), only complete ones, and the first page
 * holding the rest, at least `size` items once there are that many. Each page stays newest first.
 */
export function cutIntoPages<T>(
  newestFirst: readonly T[],
  size: number,
): { first: T[]; numbered: T[][] } {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size ${size} is not a count`);
  const count = newestFirst.length;
  const blocks = Math.max(0, Math.floor(count / size) - 1);
  const numbered = Array.from({ length: blocks }, (_, index) =>
    newestFirst.slice(count - (index + 1) * size, count - index * size),
  );
  return { first: newestFirst.slice(0, count - blocks * size), numbered };
}

/** Every page of a topic with `pageSize` papers on each numbered page: the first page, then 1, 2, … */
export function topicPages(topic: TopicEntry, pageSize: number): TopicPage[] {
  const { first, numbered } = cutIntoPages(topic.papers, pageSize);
  const highest = numbered.length;
  const about = { id: topic.id, name: topic.name, description: topic.description };
  const firstPage: TopicPage = {
    topic: about,
    page: "first",
    title: topic.name,
    paperCount: topic.papers.length,
    groups: grouped(first),
    ...(highest > 0 ? { pager: { older: highest } } : {}),
  };
  const numberedPages = numbered.map((papers, index): TopicPage => {
    const page = index + 1;
    const newest = papers[0];
    const oldest = papers.at(-1);
    if (!newest || !oldest) throw new Error("a numbered page is never empty");
    return {
      topic: about,
      page,
      title: `${topic.name}, page ${page}`,
      span: { from: oldest.date, to: newest.date },
      groups: grouped(papers),
      pager: {
        newer: page < highest ? page + 1 : "first",
        ...(page > 1 ? { older: page - 1 } : {}),
      },
    };
  });
  return [firstPage, ...numberedPages];
}

function grouped(papers: readonly Paper[]): TopicPage["groups"] {
  return groupByDate(papers).map((group) => ({
    date: group.date,
    papers: group.papers.map(paperExcerpt),
  }));
}
