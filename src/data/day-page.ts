/** Everything a day's page shows, as one plain object (see paper-page.ts for why). */
import type { IsoDate } from "../content/dates.ts";
import { adjacentDays, type Day } from "../site/archive.ts";
import { formatLongDate, formatMonthYear } from "../site/date-format.ts";
import { type ListedPaper, listedPaper } from "./listing.ts";
import type { SiteModel } from "./site-model.ts";

export interface DayPage {
  date: IsoDate;
  title: string;
  /** The year and month above the day, for the breadcrumb. */
  breadcrumb: { year: string; month: string; monthName: string };
  /** The day's papers in its digest's order. */
  papers: ListedPaper[];
  /** The days before and after it that have papers. */
  previous?: IsoDate;
  next?: IsoDate;
}

export function dayPage(model: SiteModel, day: Day): DayPage {
  const [year = "", month = ""] = day.date.split("-");
  const { previous, next } = adjacentDays(model.archive, day.date);
  return {
    date: day.date,
    title: `Digest of ${formatLongDate(day.date)}`,
    breadcrumb: { year, month, monthName: formatMonthYear(`${year}-${month}`) },
    papers: day.papers.map((paper) => listedPaper(model.archive, paper)),
    ...(previous ? { previous: previous.date } : {}),
    ...(next ? { next: next.date } : {}),
  };
}
