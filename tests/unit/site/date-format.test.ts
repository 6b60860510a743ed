import { describe, expect, it } from "vitest";
import { formatLongDate, formatMonthName, formatMonthYear } from "../../../src/site/date-format.ts";

describe("date formats", () => {
  it("writes days and months in English, on the calendar day given", () => {
    expect(formatLongDate("2024-12-31")).toBe("31 December 2024");
    expect(formatLongDate("2025-01-03T23:00:00Z")).toBe("3 January 2025");
    expect(formatMonthYear("2025-07")).toBe("July 2025");
    expect(formatMonthName("02")).toBe("February");
  });
});
