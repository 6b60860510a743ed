/**
 * Everything one page of a topic's listing shows, as one plain object (see paper-page.ts for
 * why). Astro's paginate cuts the topic's papers into pages; this takes one of them.
 */
import type { IsoDate } from "../content/dates.ts";
import { groupByDate, type Paper, type TopicEntry } from "../site/archive.ts";
import { type PaperExcerpt, paperExcerpt } from "./listing.ts";

/** The part of Astro's `Page` that a topic page shows. */
export interface PageOfPapers {
  data: readonly Paper[];
  currentPage: number;
  lastPage: number;
}

export interface TopicPage {
  topic: { id: string; name: string; description: string };
  /** The page's title: the topic's name, and the page number after the first page. */
  title: string;
  /** The topic's papers on all its pages. */
  paperCount: number;
  /** This page's papers (title and excerpt), newest first, under the day that first listed them. */
  groups: { date: IsoDate; papers: PaperExcerpt[] }[];
  /** Page numbers, when the topic has more than one page. */
  pager?: { current: number; last: number; newer?: number; older?: number };
}

export function topicPage(topic: TopicEntry, page: PageOfPapers): TopicPage {
  const { currentPage: current, lastPage: last } = page;
  return {
    topic: { id: topic.id, name: topic.name, description: topic.description },
    title: current > 1 ? `${topic.name}, page ${current}` : topic.name,
    paperCount: topic.papers.length,
    groups: groupByDate(page.data).map((group) => ({
      date: group.date,
      papers: group.papers.map(paperExcerpt),
    })),
    ...(last > 1
      ? {
          pager: {
            current,
            last,
            ...(current > 1 ? { newer: current - 1 } : {}),
            ...(current < last ? { older: current + 1 } : {}),
          },
        }
      : {}),
  };
}
