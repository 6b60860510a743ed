/** Dates for people: "30 July 2025", "July 2025". Formatted in UTC so the day never shifts. */
import type { IsoDate } from "../content/dates.ts";

const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthYear = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthName = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

function utc(date: IsoDate): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

export function formatLongDate(date: IsoDate): string {
  return longDate.format(utc(date));
}

/** "2025-07" → "July 2025". */
export function formatMonthYear(yearMonth: string): string {
  return monthYear.format(utc(`${yearMonth}-01`));
}

/** "07" → "July". */
export function formatMonthName(month: string): string {
  return monthName.format(utc(`2000-${month}-01`));
}
