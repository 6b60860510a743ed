/**
 * Dates for people: "30 July 2025", "July 2025". Formatted in UTC so the day never shifts. No Node
 * imports: the search page's script formats its results' dates here too.
 */
import { type IsoDate, utcMidnight } from "../content/dates.ts";

const longDate = /* @__PURE__ */ new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthYear = /* @__PURE__ */ new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthName = /* @__PURE__ */ new Intl.DateTimeFormat("en-GB", {
  month: "long",
  timeZone: "UTC",
});

export function formatLongDate(date: IsoDate): string {
  return longDate.format(utcMidnight(date));
}

/** "2025-07" → "July 2025". */
export function formatMonthYear(yearMonth: string): string {
  return monthYear.format(utcMidnight(`${yearMonth}-01`));
}

/** "07" → "July". */
export function formatMonthName(month: string): string {
  return monthName.format(utcMidnight(`2000-${month}-01`));
}
