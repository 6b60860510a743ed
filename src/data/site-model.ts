/**
 * What every page of a build is made from: the archive, the site's URLs and each paper's related
 * papers (computed once for the whole archive). Pure: tests build one from an archive in memory.
 */
import type { Archive } from "../site/archive.ts";
import { type SitePaths, sitePaths } from "../site/paths.ts";
import { relatedPapers } from "../site/related.ts";

export interface SiteModel {
  archive: Archive;
  paths: SitePaths;
  /** Slugs of the papers most like each paper, best first, by the paper's slug. */
  related: ReadonlyMap<string, readonly string[]>;
  /** The site's origin (SITE_URL), for absolute addresses. */
  siteUrl: string;
}

export function siteModel(
  archive: Archive,
  site: { basePath: string; siteUrl: string },
): SiteModel {
  const related = relatedPapers(
    archive.papers.map((paper) => ({
      id: paper.slug,
      title: paper.title,
      abstract: paper.abstract,
    })),
  );
  return { archive, paths: sitePaths(site.basePath), related, siteUrl: site.siteUrl };
}
