/**
 * Everything the home page shows of the archive, as one plain object (see paper-page.ts for why):
 * its size, and the newest digests, whole, until they list enough papers to scan.
 */
import type { IsoDate } from "../content/dates.ts";
import { type ListedPaper, listedPaper } from "./listing.ts";
import type { SiteModel } from "./site-model.ts";

export interface HomePage {
  paperCount: number;
  dayCount: number;
  /** The newest digests, newest first, each in its own order. */
  digests: { date: IsoDate; papers: ListedPaper[] }[];
}

/**
 * The home page with the newest digests: as many as it takes to list at least `minPapers` papers
 * (a paper listed on two of those days counts twice), never part of a digest.
 */
export function homePage(model: SiteModel, minPapers: number): HomePage {
  const { archive } = model;
  const digests: HomePage["digests"] = [];
  let listed = 0;
  for (const day of archive.days.toReversed()) {
    if (listed >= minPapers) break;
    digests.push({
      date: day.date,
      papers: day.papers.map((paper) => listedPaper(archive, paper)),
    });
    listed += day.papers.length;
  }
  return { paperCount: archive.papers.length, dayCount: archive.days.length, digests };
}
