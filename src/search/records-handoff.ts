/**
 * The pages' bundle and astro.config.ts are separate module graphs in one build process: they
 * share globalThis, not modules. The bundle loads the archive (and typesets its math) for the
 * pages, so it offers the search records here as soon as it has, and the Pagefind integration
 * takes them instead of loading the archive a second time (about 4 s of a 10,000-paper build,
 * profiled), and starts indexing while the pages are written.
 */
import type { SearchRecord } from "./records.ts";

const OFFERED = Symbol.for("paper-archive.search-records");
const WAITING = Symbol.for("paper-archive.search-records-taker");

type Records = () => SearchRecord[];
type Holder = { [OFFERED]?: Records; [WAITING]?: (records: Records) => void };

/** Called by the pages' data module, once the archive is loaded. */
export function offerSearchRecords(records: Records): void {
  const holder = globalThis as Holder;
  const taker = holder[WAITING];
  delete holder[WAITING];
  if (taker) taker(records);
  else holder[OFFERED] = records;
}

/** Calls `take` with the records as soon as the pages' bundle offers them in this process, once. */
export function onSearchRecords(take: (records: SearchRecord[]) => void): void {
  const holder = globalThis as Holder;
  const offered = holder[OFFERED];
  delete holder[OFFERED];
  if (offered) take(offered());
  else holder[WAITING] = (records) => take(records());
}

/** The records offered and not yet taken, once; undefined if none were. */
export function takeSearchRecords(): SearchRecord[] | undefined {
  const holder = globalThis as Holder;
  const offered = holder[OFFERED];
  delete holder[OFFERED];
  return offered?.();
}

/** Stops waiting for records (the build is over). */
export function stopWaitingForSearchRecords(): void {
  delete (globalThis as Holder)[WAITING];
}
