/**
 * The archive as the site sees it: every paper with its text, the taxonomy with counts, papers by
 * topic (newest first) and by day (in digest order). Built once per site build, in memory,
 * linear in the number of papers.
 */
import type { IsoDate } from "../content/dates.ts";
import type { Digest } from "../content/digest-file.ts";
import { splitBody } from "../content/papers/paper-body.ts";
import type { StoredPaper } from "../content/papers/paper-file.ts";
import { PaperIndex } from "../content/papers/paper-identity.ts";
import type { Topic } from "../content/topics/topic-schema.ts";

export interface Paper {
  slug: string;
  title: string;
  /** First digest that listed it; kept when no digest lists it any more. */
  date: IsoDate;
  /** Every digest that lists it, ascending; empty when none does any more (then under no day). */
  dates: IsoDate[];
  topics: string[];
  links: string[];
  abstract: string;
  /** Whatever a person wrote below the abstract. */
  notes: string;
  // From JSON digests (the Daily Papers API); absent for papers only pasted digests listed.
  /** arXiv identifier: 2508.01234, 2508.01234v2 or hep-th/9901001. */
  arxivId?: string;
  /** Authors' names in the paper's order. */
  authors?: string[];
  /** The day it appeared on arXiv (UTC). */
  arxivDate?: IsoDate;
  /** Code repository, an http(s) URL. */
  code?: string;
  /** Project page, an http(s) URL. */
  projectPage?: string;
  /** One-sentence summary by Hugging Face. */
  aiSummary?: string;
}

export interface Day {
  date: IsoDate;
  /** The day's papers in the order its digest lists them. */
  papers: Paper[];
}

export interface TopicEntry extends Topic {
  /** The topic's papers, newest first. */
  papers: Paper[];
}

export interface Archive {
  /** Every paper, newest first (by first date, then digest order). */
  papers: Paper[];
  bySlug: ReadonlyMap<string, Paper>;
  /** Topics in taxonomy order, each with its papers. */
  topics: TopicEntry[];
  topicById: ReadonlyMap<string, TopicEntry>;
  /** Days with at least one paper, ascending. */
  days: Day[];
  dayByDate: ReadonlyMap<IsoDate, Day>;
}

function toPaper(stored: StoredPaper): Paper {
  const { abstract, notes } = splitBody(stored.body);
  const { title, date, dates, topics, links } = stored.data;
  const { arxiv_id, authors, arxiv_date, code, project_page, ai_summary } = stored.data;
  return {
    slug: stored.slug,
    title,
    date,
    dates: [...dates].sort(),
    topics,
    links,
    abstract,
    notes,
    ...(arxiv_id === undefined ? {} : { arxivId: arxiv_id }),
    ...(authors === undefined ? {} : { authors }),
    ...(arxiv_date === undefined ? {} : { arxivDate: arxiv_date }),
    ...(code === undefined ? {} : { code }),
    ...(project_page === undefined ? {} : { projectPage: project_page }),
    ...(ai_summary === undefined ? {} : { aiSummary: ai_summary }),
  };
}

export function buildArchive(
  stored: readonly StoredPaper[],
  digests: readonly Digest[],
  taxonomy: readonly Topic[],
): Archive {
  const papers = stored.map(toPaper);
  const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  const index = new PaperIndex<Paper>();
  for (const paper of papers) {
    index.add(paper, { title: paper.title, abstract: paper.abstract, arxivId: paper.arxivId });
  }

  // Days come from digests only, each in its digest's order, and list only the papers the split
  // dated that day. A day with several digests lists its JSON digest's papers first (the API's
  // full list, by upvotes), then those only a pasted digest lists, digests taken in file name order.
  const dayLists = new Map<IsoDate, Paper[]>();
  const listed = new Map<IsoDate, Set<string>>();
  const jsonFirst = (digest: Digest) => (digest.file.endsWith(".json") ? 0 : 1);
  const sortedDigests = [...digests].sort(
    (a, b) =>
      a.date.localeCompare(b.date) || jsonFirst(a) - jsonFirst(b) || a.file.localeCompare(b.file),
  );
  for (const digest of sortedDigests) {
    const list = dayLists.get(digest.date) ?? [];
    const seen = listed.get(digest.date) ?? new Set<string>();
    const datedThatDay = (paper: Paper) => paper.dates.includes(digest.date);
    for (const entry of digest.entries) {
      const identity = { ...entry, arxivId: entry.details?.arxiv_id };
      const paper = index.match(identity, {
        accept: datedThatDay,
        anyAbstract: true,
        byAbstract: () => true,
      }).paper;
      if (!paper || seen.has(paper.slug)) continue;
      seen.add(paper.slug);
      list.push(paper);
    }
    dayLists.set(digest.date, list);
    listed.set(digest.date, seen);
  }
  // A paper the split dated a day whose digest it no longer matches (its title and abstract both
  // edited by hand) still belongs to that day: after the digest's own papers, by title.
  for (const paper of [...papers].sort((a, b) => a.title.localeCompare(b.title))) {
    for (const date of paper.dates) {
      const seen = listed.get(date);
      if (!seen || seen.has(paper.slug)) continue;
      seen.add(paper.slug);
      dayLists.get(date)?.push(paper);
    }
  }
  const days = [...dayLists]
    .filter(([, list]) => list.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, papers: list }));

  // Newest first: by first date descending, then by position in that day's digest.
  const position = new Map<string, number>();
  for (const day of days) {
    day.papers.forEach((paper, index) => {
      if (paper.date === day.date) position.set(paper.slug, index);
    });
  }
  const newestFirst = (a: Paper, b: Paper) =>
    b.date.localeCompare(a.date) || (position.get(a.slug) ?? 0) - (position.get(b.slug) ?? 0);
  papers.sort(newestFirst);

  const topics = taxonomy.map((topic) => ({ ...topic, papers: [] as Paper[] }));
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  for (const paper of papers) {
    for (const id of paper.topics) topicById.get(id)?.papers.push(paper);
  }

  return {
    papers,
    bySlug,
    topics,
    topicById,
    days,
    dayByDate: new Map(days.map((day) => [day.date, day])),
  };
}

/** The papers before and after this one in the digest of `date` (its first, by default). */
export function digestNeighbours(
  archive: Archive,
  paper: Paper,
  date: IsoDate = paper.date,
): { previous?: Paper; next?: Paper } {
  const list = archive.dayByDate.get(date)?.papers ?? [];
  const index = list.findIndex((candidate) => candidate.slug === paper.slug);
  if (index < 0) return {};
  const previous = list[index - 1];
  const next = list[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The days before and after a day that have papers. */
export function adjacentDays(archive: Archive, date: IsoDate): { previous?: Day; next?: Day } {
  const index = archive.days.findIndex((day) => day.date === date);
  const previous = index > 0 ? archive.days[index - 1] : undefined;
  const next = index >= 0 ? archive.days[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/**
 * Runs of papers with the same first listing date, in the given order: a newest-first list
 * becomes one group per day, each date said once instead of once per paper.
 */
export function groupByDate(papers: readonly Paper[]): { date: IsoDate; papers: Paper[] }[] {
  const groups: { date: IsoDate; papers: Paper[] }[] = [];
  for (const paper of papers) {
    const last = groups.at(-1);
    if (last?.date === paper.date) last.papers.push(paper);
    else groups.push({ date: paper.date, papers: [paper] });
  }
  return groups;
}
