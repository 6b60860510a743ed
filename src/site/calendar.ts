/** The archive's days grouped by year and month, for the date pages. */
import type { Day } from "./archive.ts";

export interface Month {
  year: string;
  /** "07" */
  month: string;
  days: Day[];
  papers: number;
}

export interface Year {
  year: string;
  months: Month[];
  papers: number;
}

/** Years and months ascending, as the days are. */
export function calendar(days: readonly Day[]): Year[] {
  const years: Year[] = [];
  for (const day of days) {
    const [year = "", month = ""] = day.date.split("-");
    let currentYear = years.at(-1);
    if (currentYear?.year !== year) {
      currentYear = { year, months: [], papers: 0 };
      years.push(currentYear);
    }
    let currentMonth = currentYear.months.at(-1);
    if (currentMonth?.month !== month) {
      currentMonth = { year, month, days: [], papers: 0 };
      currentYear.months.push(currentMonth);
    }
    currentMonth.days.push(day);
    currentMonth.papers += day.papers.length;
    currentYear.papers += day.papers.length;
  }
  return years;
}
