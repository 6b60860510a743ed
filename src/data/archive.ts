/**
 * The archive, loaded once per build and shared by every page. ARCHIVE_ROOT points a build at
 * another project folder (the tests build fixture archives this way).
 */
import { resolve } from "node:path";
import type { Paper } from "../lib/archive.ts";
import { archivePaths } from "../lib/archive-files.ts";
import { relatedPapers } from "../lib/related.ts";
import { loadSiteArchive } from "../lib/site-archive.ts";
import { sitePaths } from "../lib/site-paths.ts";

export const archive = await loadSiteArchive(
  archivePaths(resolve(process.env["ARCHIVE_ROOT"] ?? process.cwd())),
);

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
