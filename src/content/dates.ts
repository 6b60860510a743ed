/**
 * Calendar dates as ISO strings ("2025-07-30"). Digest dates are calendar days, not instants:
 * nothing here reads the local time zone, so output is identical in every TZ.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The parts of an ISO date string, or undefined when it is malformed or not a real day. */
export function parseIsoDate(
  text: string,
): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

// An ISO 8601 day, or an instant with an explicit zone: a time without one would be read as local.
const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/u;

/** The UTC calendar day of an ISO timestamp ("2025-07-29T17:59:58.000Z" → "2025-07-29"). */
export function utcDayOf(timestamp: string): IsoDate | undefined {
  if (!ISO_TIMESTAMP.test(timestamp) || !isIsoDate(timestamp.slice(0, 10))) return undefined;
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return undefined;
  const day = new Date(time).toISOString().slice(0, 10);
  return isIsoDate(day) ? day : undefined;
}

/** A date as written in a digest header: "Jul 30", "July 30, 2025", "30 July 2025" or "2025-07-30". */
export interface HeaderDate {
  month: number;
  day: number;
  /** Only when the header names the year. */
  year?: number;
}

/**
 * Reads a header line as a date. Returns undefined for a line that is not a date at all, and
 * `{ impossible: true }` for one shaped like a date that names no real day ("Feb 30").
 */
export function parseHeaderDate(line: string): HeaderDate | { impossible: true } | undefined {
  const text = line.trim();
  let month: number | undefined;
  let day: number;
  let year: number | undefined;

  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const monthFirst = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/u.exec(
    text,
  );
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?$/u.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (monthFirst) {
    month = MONTHS[(monthFirst[1] ?? "").toLowerCase()];
    day = Number(monthFirst[2]);
    year = monthFirst[3] === undefined ? undefined : Number(monthFirst[3]);
  } else if (dayFirst) {
    month = MONTHS[(dayFirst[2] ?? "").toLowerCase()];
    day = Number(dayFirst[1]);
    year = dayFirst[3] === undefined ? undefined : Number(dayFirst[3]);
  } else {
    return undefined;
  }
  if (month === undefined) return undefined;
  // Without a year, Feb 29 is possible (some year has it).
  if (!isRealDate(year ?? 2000, month, day)) return { impossible: true };
  return year === undefined ? { month, day } : { month, day, year };
}

/** Whether a header date names the same day as an ISO date (the year only when it has one). */
export function headerDateMatches(header: HeaderDate, iso: IsoDate): boolean {
  const parts = parseIsoDate(iso);
  if (!parts) return false;
  return (
    parts.month === header.month &&
    parts.day === header.day &&
    (header.year === undefined || header.year === parts.year)
  );
}

export function formatHeaderDate(header: HeaderDate): string {
  const name = new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" }).format(
    Date.UTC(2000, header.month - 1, 1),
  );
  return header.year === undefined
    ? `${name} ${header.day}`
    : `${name} ${header.day}, ${header.year}`;
}

/**
 * The most recent date on or before `today` that falls on the header's month and day:
 * a paste that only says "Jul 30" means the last Jul 30 that has happened.
 */
export function mostRecentDate(header: HeaderDate, today: IsoDate): IsoDate {
  const now = parseIsoDate(today);
  if (!now) throw new RangeError(`not an ISO date: ${today}`);
  for (let year = now.year; year > now.year - 8; year--) {
    if (!isRealDate(year, header.month, header.day)) continue;
    const candidate = formatIsoDate(year, header.month, header.day);
    if (candidate <= today) return candidate;
  }
  throw new RangeError(`no ${header.month}/${header.day} in the 8 years before ${today}`);
}

/** A calendar day as the instant it starts in UTC, for APIs that want a Date. */
export function utcMidnight(date: IsoDate): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

/** The calendar date `days` after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${date}`);
  const day = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  day.setUTCFullYear(parts.year, parts.month - 1, parts.day + days);
  return formatIsoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/** Today's calendar date where the person running the command is. */
export function localToday(now: Date = new Date()): IsoDate {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Today's calendar date in UTC: the day the Daily Papers API files a paper under. */
export function utcToday(now: Date = new Date()): IsoDate {
  return formatIsoDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

/** Every date from `from` to `to`, both included; none when `from` is later. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * The earliest day a digest may be dated: arXiv, the oldest daily listing of preprints, began in
 * August 1991, so an earlier date is a typo (a year such as 1025 for 2025).
 */
export const EARLIEST_DIGEST_DATE: IsoDate = "1991-01-01";

/**
 * The latest day a digest may be dated when added: tomorrow in UTC, since where the clock is
 * ahead of UTC (up to 14 hours) it may already be tomorrow's digest. Later is a typo.
 */
export function latestDigestDate(now: Date = new Date()): IsoDate {
  return addDays(utcToday(now), 1);
}

/** Why a digest cannot be dated `date`, or undefined when it can. */
export function digestDateOutOfRange(date: IsoDate, latest: IsoDate): string | undefined {
  if (date > latest) return `${date} is in the future (the latest a digest can be is ${latest})`;
  if (date < EARLIEST_DIGEST_DATE) {
    return `${date} is before ${EARLIEST_DIGEST_DATE.slice(0, 4)}, older than any digest of papers`;
  }
  return undefined;
}
