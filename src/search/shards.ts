/**
 * The search index in parts. Pagefind holds a whole index in memory while it writes it (about
 * 1 GB per 10,000 paper records, measured), so a large archive is indexed as several indexes, one
 * after another, which the search page merges. New digests land in the newest month, so it is a
 * part of its own, the only one a new digest changes; older months form parts of whole months,
 * counted from the oldest so that they stay the same as the archive grows. A search sorted by
 * date goes through the parts in order, each limited to its months.
 */
import type { IsoDate } from "../content/dates.ts";
import { monthOf } from "./schema.ts";

export interface ShardPage {
  /** The page's URL. */
  url: string;
  /** Its first listing date: the search's date sort and the part it belongs to. */
  date: IsoDate;
}

export interface Shard<P extends ShardPage = ShardPage> {
  /** The part's folder inside the search bundle: "" for the newest (the main bundle). */
  folder: string;
  /** The months it holds (YYYY-MM), oldest first. */
  months: string[];
  pages: P[];
}

/**
 * The newest month as the main bundle; older months in runs of at most `maxPages` pages (a
 * month with more is a part of its own), oldest first, each named by its first month.
 */
export function planShards<P extends ShardPage>(pages: readonly P[], maxPages: number): Shard<P>[] {
  const byMonth = new Map<string, P[]>();
  const sorted = [...pages].sort(
    (a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url),
  );
  for (const page of sorted) {
    // The month filter's value: a sorted search limits each part to its months with it.
    const month = monthOf(page.date);
    const list = byMonth.get(month);
    if (list) list.push(page);
    else byMonth.set(month, [page]);
  }
  const months = [...byMonth];
  const newest = months.pop();
  if (!newest) return [];
  const shards: Shard<P>[] = [];
  let current: Shard<P> | undefined;
  for (const [month, monthPages] of months) {
    if (!current || current.pages.length + monthPages.length > maxPages) {
      current = { folder: `part-${month}`, months: [], pages: [] };
      shards.push(current);
    }
    current.months.push(month);
    current.pages.push(...monthPages);
  }
  shards.push({ folder: "", months: [newest[0]], pages: newest[1] });
  return shards;
}
