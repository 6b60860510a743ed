/**
 * The archive, loaded once per build and shared by every page. ARCHIVE_ROOT points a build at
 * another project folder (the tests build fixture archives this way).
 */
import { resolve } from "node:path";
import { archivePaths } from "../lib/archive-files.ts";
import { loadSiteArchive } from "../lib/site-archive.ts";
import { sitePaths } from "../lib/site-paths.ts";

export const archive = await loadSiteArchive(
  archivePaths(resolve(process.env["ARCHIVE_ROOT"] ?? process.cwd())),
);

/** Every URL of the site, under the configured base path. */
export const paths = sitePaths(import.meta.env.BASE_URL);
