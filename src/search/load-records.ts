/**
 * Every paper's search record for the Pagefind integration: those the pages' bundle offered in
 * this build, or else read from the archive's files the way the site reads them (the same
 * characters replaced, the same papers).
 */
import type { ArchivePaths } from "../content/archive-files.ts";
import { loadSiteArchive } from "../site/load-archive.ts";
import { type SearchRecord, searchRecord } from "./records.ts";
import { takeSearchRecords } from "./records-handoff.ts";

export async function loadSearchRecords(paths: ArchivePaths): Promise<SearchRecord[]> {
  const offered = takeSearchRecords();
  if (offered) return offered;
  const archive = await loadSiteArchive(paths);
  return archive.papers.map(searchRecord);
}
