/**
 * The search index in parts. Pagefind holds a whole index in memory while it writes it (about
 * 2 GB per 10,000 paper pages, measured), so a large archive is indexed as several indexes, one
 * after another, which the search page merges. Each part is a run of whole months, counted from
 * the oldest: a new digest changes only the newest part, and a search sorted by date can go
 * through the parts in order.
 */
import type { IsoDate } from "./dates.ts";

export interface ShardPage {
  /** The page's file, relative to the built site. */
  file: string;
  /** Its first listing date: the search's date sort and the part it belongs to. */
  date: IsoDate;
}

export interface Shard {
  /** The part's folder inside the search bundle: "" for the newest (the main bundle). */
  folder: string;
  /** The months it holds (YYYY-MM), oldest first. */
  months: string[];
  pages: ShardPage[];
}

/**
 * Splits pages into runs of whole months of at most `maxPages` pages each (a month with more
 * is a part of its own), oldest first. The newest part is the main bundle; the others are
 * named by their first month, which stays the same as the archive grows.
 */
export function planShards(pages: readonly ShardPage[], maxPages: number): Shard[] {
  const byMonth = new Map<string, ShardPage[]>();
  for (const page of [...pages].sort(
    (a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file),
  )) {
    const month = page.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(page);
    else byMonth.set(month, [page]);
  }
  const shards: Shard[] = [];
  let current: Shard | undefined;
  for (const [month, monthPages] of byMonth) {
    if (!current || current.pages.length + monthPages.length > maxPages) {
      current = { folder: `part-${month}`, months: [], pages: [] };
      shards.push(current);
    }
    current.months.push(month);
    current.pages.push(...monthPages);
  }
  const newest = shards.at(-1);
  if (newest) newest.folder = "";
  return shards;
}
