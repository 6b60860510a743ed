import { describe, expect, it } from "vitest";
import { formatPercent, formatRatio, median } from "../../../src/bench/stats.ts";

describe("median", () => {
  it("is the middle of an odd count, whatever the order", () => {
    expect(median([43, 61, 57])).toBe(57);
  });

  it("is the mean of the middle two of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("of one run is that run", () => {
    expect(median([7.25])).toBe(7.25);
  });

  it("refuses no values rather than saying NaN", () => {
    expect(() => median([])).toThrow("median of no values");
  });
});

describe("formatRatio", () => {
  it("says how many times the other the value is, to two decimals", () => {
    expect(formatRatio(57, 19)).toBe("3.00×");
    expect(formatRatio(43, 17)).toBe("2.53×");
    expect(formatRatio(218, 176)).toBe("1.24×");
  });

  it("says n/a when there is nothing to compare with", () => {
    expect(formatRatio(43, undefined)).toBe("n/a");
    expect(formatRatio(43, 0)).toBe("n/a");
  });
});

describe("formatPercent", () => {
  it("rounds a share of the whole to a whole percent", () => {
    expect(formatPercent(15.4, 43)).toBe("36%");
    expect(formatPercent(0.35, 1)).toBe("35%");
  });
});
