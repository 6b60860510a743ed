import { describe, expect, it } from "vitest";
import { calendar } from "../../../src/site/calendar.ts";
import { sampleArchive as archive } from "../../support/sample-archive.ts";

describe("calendar", () => {
  it("groups days by year and month", () => {
    expect(
      calendar(archive.days).map((year) => [
        year.year,
        year.papers,
        year.months.map((month) => month.month),
      ]),
    ).toEqual([
      ["2024", 1, ["12"]],
      ["2025", 4, ["01", "02"]],
    ]);
  });
});
