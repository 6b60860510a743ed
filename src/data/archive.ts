/**
 * The site model of this build, made once and shared by every page: the archive, its URLs under
 * the base path, related papers. ARCHIVE_ROOT points a build at another project folder (the tests
 * build fixture archives this way).
 */
import { resolve } from "node:path";
import { contentReady } from "../build/content-gate.ts";
import { exitOnContentProblems } from "../build/content-problems.ts";
import { archivePaths } from "../content/archive-files.ts";
import { ENV } from "../env.ts";
import { searchRecord } from "../search/records.ts";
import { offerSearchRecords } from "../search/records-handoff.ts";
import { loadSiteArchive } from "../site/load-archive.ts";
import { SITE } from "../site.config.ts";
import { siteModel } from "./site-model.ts";

await contentReady();
const loaded = await exitOnContentProblems(loadSiteArchive(archivePaths(resolve(ENV.archiveRoot))));

export const model = siteModel(loaded, {
  basePath: import.meta.env.BASE_URL,
  siteUrl: ENV.siteUrl,
});

export const { archive } = model;

// For the search index, built beside the pages from this same archive. Offered once the related
// papers are computed, not before: at 100,000 papers, Pagefind's first part beside the relating
// took the build to 4.11 GB, against 3.58 GB one after the other (docs/design.md, item 17).
offerSearchRecords(() => archive.papers.map(searchRecord));

/** Every URL of the site, under the configured base path. */
export const { paths } = model;

/** Papers on each numbered topic page. */
export const topicPageSize = ENV.topicPagePapers ?? SITE.papersPerPage;
