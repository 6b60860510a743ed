/**
 * Papers as lists show them: a title to link, or a listing with the paper's topics by name.
 * Lists hold only these, never whole papers, so that a page's cache key covers what it shows
 * and nothing else.
 */
import type { IsoDate } from "../content/dates.ts";
import type { Archive, Paper } from "../site/archive.ts";

export interface PaperTitle {
  slug: string;
  title: string;
}

export interface TopicName {
  id: string;
  name: string;
  /** An id the taxonomy does not know (added by hand): it has no page to link to. */
  unknown?: true;
}

/** A paper in a day's list: its title, topics and first listing date. */
export interface ListedPaper extends PaperTitle {
  date: IsoDate;
  topics: TopicName[];
}

export function paperTitle(paper: Paper): PaperTitle {
  return { slug: paper.slug, title: paper.title };
}

/** Topic ids with their names; an id the taxonomy does not know stands for itself, unlinked. */
export function topicNames(archive: Archive, ids: readonly string[]): TopicName[] {
  return ids.map((id) => {
    const topic = archive.topicById.get(id);
    return topic ? { id, name: topic.name } : { id, name: id, unknown: true };
  });
}

export function listedPaper(archive: Archive, paper: Paper): ListedPaper {
  return { ...paperTitle(paper), date: paper.date, topics: topicNames(archive, paper.topics) };
}
