/**
 * The site model of this build, made once and shared by every page: the archive, its URLs under
 * the base path, related papers. ARCHIVE_ROOT points a build at another project folder (the tests
 * build fixture archives this way).
 */
import { resolve } from "node:path";
import { archivePaths } from "../content/archive-files.ts";
import { ENV } from "../env.ts";
import { loadSiteArchive } from "../site/load-archive.ts";
import { siteModel } from "./site-model.ts";

export const model = siteModel(await loadSiteArchive(archivePaths(resolve(ENV.archiveRoot))), {
  basePath: import.meta.env.BASE_URL,
  siteUrl: ENV.siteUrl,
});

export const { archive } = model;

/** Every URL of the site, under the configured base path. */
export const { paths } = model;
