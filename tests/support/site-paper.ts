/** Site papers for unit tests: only what a test is about is written out. */
import type { Paper } from "../../src/site/archive.ts";

/** A paper listed once, on its date, with no topics, links, abstract or notes unless given. */
export function sitePaper(fields: Pick<Paper, "slug" | "title" | "date"> & Partial<Paper>): Paper {
  return { dates: [fields.date], topics: [], links: [], abstract: "", notes: "", ...fields };
}
