/**
 * The archive, loaded once per build and shared by every page. ARCHIVE_ROOT points a build at
 * another project folder (the tests build fixture archives this way).
 */
import { resolve } from "node:path";
import { cacheKey } from "../build/cache-key.ts";
import { archivePaths } from "../content/archive-files.ts";
import { ENV } from "../env.ts";
import { adjacentDays, type Day, digestNeighbours, type Paper } from "../site/archive.ts";
import { loadSiteArchive } from "../site/load-archive.ts";
import { sitePaths } from "../site/paths.ts";
import { relatedPapers } from "../site/related.ts";

export const archive = await loadSiteArchive(archivePaths(resolve(ENV.archiveRoot)));

/** Every URL of the site, under the configured base path. */
export const paths = sitePaths(import.meta.env.BASE_URL);

const relatedSlugs = relatedPapers(
  archive.papers.map((paper) => ({ id: paper.slug, title: paper.title, abstract: paper.abstract })),
);

/** About five papers like this one, best first. */
export function relatedTo(paper: Paper): Paper[] {
  return (relatedSlugs.get(paper.slug) ?? []).flatMap((slug) => archive.bySlug.get(slug) ?? []);
}

export function topicName(id: string): string {
  return archive.topicById.get(id)?.name ?? id;
}

const titleOf = (paper: Paper | undefined) => paper && [paper.slug, paper.title];

/** Everything a paper's page shows: the paper, its topics' names, related papers, neighbours. */
export function paperPageKey(paper: Paper): string {
  const { previous, next } = digestNeighbours(archive, paper);
  return cacheKey(
    paper,
    paper.topics.map(topicName),
    relatedTo(paper).map(titleOf),
    titleOf(previous),
    titleOf(next),
  );
}

/** Everything a day's page shows: its papers as listed, and the days around it. */
export function dayPageKey(day: Day): string {
  const { previous, next } = adjacentDays(archive, day.date);
  return cacheKey(
    day.date,
    day.papers.map((paper) => [...(titleOf(paper) ?? []), paper.date, paper.topics.map(topicName)]),
    previous?.date,
    next?.date,
  );
}
