import { describe, expect, it } from "vitest";
import {
  addDays,
  datesBetween,
  digestDateOutOfRange,
  headerDateMatches,
  isIsoDate,
  latestDigestDate,
  localToday,
  mostRecentDate,
  parseHeaderDate,
  utcToday,
} from "../../../src/content/dates.ts";

describe("dates", () => {
  it.each([
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-7-30", false],
  ])("knows real days from impossible ones: is %s a day? %s", (date, real) => {
    expect(isIsoDate(date)).toBe(real);
  });

  it("reads header dates", () => {
    expect(parseHeaderDate("Jul 30")).toEqual({ month: 7, day: 30 });
    expect(parseHeaderDate("Sept 3")).toEqual({ month: 9, day: 3 });
    expect(parseHeaderDate("December 1st, 2024")).toEqual({ month: 12, day: 1, year: 2024 });
    expect(parseHeaderDate("2025-07-30")).toEqual({ month: 7, day: 30, year: 2025 });
    expect(parseHeaderDate("Feb 30")).toEqual({ impossible: true });
    expect(parseHeaderDate("Feb 29")).toEqual({ month: 2, day: 29 });
    expect(parseHeaderDate("Daily Papers")).toBeUndefined();
    expect(parseHeaderDate("Go 30")).toBeUndefined();
  });

  it("matches a header date to an ISO date, by year only when given", () => {
    expect(headerDateMatches({ month: 7, day: 30 }, "2025-07-30")).toBe(true);
    expect(headerDateMatches({ month: 7, day: 30, year: 2024 }, "2025-07-30")).toBe(false);
    expect(headerDateMatches({ month: 7, day: 31 }, "2025-07-30")).toBe(false);
  });

  it("chooses the most recent such day that is not in the future", () => {
    expect(mostRecentDate({ month: 7, day: 30 }, "2026-11-26")).toBe("2026-07-30");
    expect(mostRecentDate({ month: 12, day: 1 }, "2026-11-26")).toBe("2025-12-01");
    expect(mostRecentDate({ month: 11, day: 26 }, "2026-11-26")).toBe("2026-11-26");
    expect(mostRecentDate({ month: 2, day: 29 }, "2026-11-26")).toBe("2024-02-29");
  });

  it("reads today from the local calendar", () => {
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
  });

  it("reads today in UTC, whatever the local time zone", () => {
    expect(utcToday(new Date("2025-01-05T23:59:00-05:00"))).toBe("2025-01-06");
    expect(utcToday(new Date("2025-01-06T00:30:00+02:00"))).toBe("2025-01-05");
  });

  it("counts days across months, leap days and years, also before year 100", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2020-01-01", 366)).toBe("2021-01-01");
    expect(addDays("0050-12-31", 1)).toBe("0051-01-01");
    expect(datesBetween("2024-12-30", "2025-01-02")).toEqual([
      "2024-12-30",
      "2024-12-31",
      "2025-01-01",
      "2025-01-02",
    ]);
    expect(datesBetween("2025-07-30", "2025-07-30")).toEqual(["2025-07-30"]);
    expect(datesBetween("2025-07-31", "2025-07-30")).toEqual([]);
  });
});

describe("the dates a digest may have", () => {
  it("end tomorrow in UTC, whatever the local time zone", () => {
    // 23:30 UTC on Dec 31: already Jan 1 in UTC+14, where Jan 1's digest may be out.
    expect(latestDigestDate(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(digestDateOutOfRange("2026-01-01", "2026-01-01")).toBeUndefined();
    expect(digestDateOutOfRange("2026-01-02", "2026-01-01")).toBe(
      "2026-01-02 is in the future (the latest a digest can be is 2026-01-01)",
    );
  });
  it("start in 1991, when arXiv began", () => {
    expect(digestDateOutOfRange("1991-01-01", "2026-01-01")).toBeUndefined();
    expect(digestDateOutOfRange("1990-12-31", "2026-01-01")).toBe(
      "1990-12-31 is before 1991, older than any digest of papers",
    );
  });
});
