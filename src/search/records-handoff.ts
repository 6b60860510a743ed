/**
 * The pages' bundle and astro.config.ts are separate module graphs in one build process: they
 * share globalThis, not modules. The bundle has loaded the archive (and typeset its math) for the
 * pages, so it offers the search records here, and the Pagefind integration takes them instead of
 * loading the archive a second time (about 4 s of a 10,000-paper build, profiled).
 */
import type { SearchRecord } from "./records.ts";

const OFFERED = Symbol.for("paper-archive.search-records");

type Holder = { [OFFERED]?: () => SearchRecord[] };

/** Called by the pages' data module, once the archive is loaded. */
export function offerSearchRecords(records: () => SearchRecord[]): void {
  (globalThis as Holder)[OFFERED] = records;
}

/** The records the pages' bundle offered in this process, once; undefined if it offered none. */
export function takeSearchRecords(): SearchRecord[] | undefined {
  const holder = globalThis as Holder;
  const records = holder[OFFERED];
  delete holder[OFFERED];
  return records?.();
}
