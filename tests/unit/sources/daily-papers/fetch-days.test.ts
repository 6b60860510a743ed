/** Which days `npm run fetch` asks for, and how fast. */
import { describe, expect, it } from "vitest";
import { planFetch } from "../../../../src/sources/daily-papers/fetch-days.ts";

const today = "2025-08-02";

describe("planFetch", () => {
  it("fetches today (UTC) by default, one given day, or a range", () => {
    expect(planFetch({}, today)).toEqual({ dates: ["2025-08-02"], pauseMs: 1000 });
    expect(planFetch({ date: "2024-02-29" }, today)).toEqual({
      dates: ["2024-02-29"],
      pauseMs: 1000,
    });
    expect(planFetch({ from: "2025-07-30", to: "2025-08-01", pause: "0.25" }, today)).toEqual({
      dates: ["2025-07-30", "2025-07-31", "2025-08-01"],
      pauseMs: 250,
    });
    expect(planFetch({ from: "2025-07-31" }, today)).toMatchObject({
      dates: ["2025-07-31", "2025-08-01", "2025-08-02"],
    });
    expect(planFetch({ from: "2025-08-02", to: "2025-08-02", pause: "0" }, today)).toEqual({
      dates: ["2025-08-02"],
      pauseMs: 0,
    });
  });

  it("says what is wrong with impossible, future or reversed dates", () => {
    expect(planFetch({ date: "2025-02-29" }, today)).toEqual({
      problem: '--date "2025-02-29" is not a real date (YYYY-MM-DD)',
    });
    expect(planFetch({ from: "30/07/2025", to: "2025-08-01" }, today)).toEqual({
      problem: '--from "30/07/2025" is not a real date (YYYY-MM-DD)',
    });
    expect(planFetch({ date: "2025-08-03" }, today)).toEqual({
      problem: "--date 2025-08-03 is in the future: today is 2025-08-02 (UTC)",
    });
    expect(planFetch({ from: "2025-07-01", to: "2025-09-01" }, today)).toEqual({
      problem: "--to 2025-09-01 is in the future: today is 2025-08-02 (UTC)",
    });
    expect(planFetch({ from: "2025-08-01", to: "2025-07-30" }, today)).toEqual({
      problem: "--from 2025-08-01 is after --to 2025-07-30",
    });
  });

  it("says what is wrong with options that do not go together, or a bad pause", () => {
    expect(planFetch({ date: "2025-07-30", from: "2025-07-29" }, today)).toEqual({
      problem: "give either --date or --from (with --to), not both",
    });
    expect(planFetch({ to: "2025-07-30" }, today)).toEqual({
      problem: "--to needs --from: the first day of the range",
    });
    for (const pause of ["", "-1", "soon", "Infinity"]) {
      expect(planFetch({ pause }, today)).toEqual({
        problem: `--pause ${JSON.stringify(pause)} is not a number of seconds`,
      });
    }
  });
});
