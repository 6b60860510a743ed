/**
 * Every paper's search record, read from the archive's files the way the site reads them (the
 * same characters replaced, the same papers), for the Pagefind integration.
 */
import type { ArchivePaths } from "../content/archive-files.ts";
import { loadSiteArchive } from "../site/load-archive.ts";
import { type SearchRecord, searchRecord } from "./records.ts";

export async function loadSearchRecords(paths: ArchivePaths): Promise<SearchRecord[]> {
  const archive = await loadSiteArchive(paths);
  return archive.papers.map(searchRecord);
}
