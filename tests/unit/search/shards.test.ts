import { describe, expect, it } from "vitest";
import { planShards } from "../../../src/search/shards.ts";

const page = (date: string, n = 0) => ({ url: `/papers/${date}-${n}/`, date });
const pages = [
  page("2024-11-03"),
  page("2024-12-31"),
  page("2024-12-01"),
  page("2025-01-02"),
  page("2025-01-02", 1),
  page("2025-01-03"),
  page("2025-03-09"),
];

const summary = (maxPages: number) =>
  planShards(pages, maxPages).map((shard) => [shard.folder, shard.months, shard.pages.length]);

describe("planShards", () => {
  it("indexes the newest month apart, as the main bundle, and older months together", () => {
    expect(summary(100)).toEqual([
      ["part-2024-11", ["2024-11", "2024-12", "2025-01"], 6],
      ["", ["2025-03"], 1],
    ]);
    expect(planShards([page("2025-03-01"), page("2025-03-02")], 1)).toEqual([
      { folder: "", months: ["2025-03"], pages: [page("2025-03-01"), page("2025-03-02")] },
    ]);
  });

  it("fills older parts with whole months from the oldest", () => {
    expect(summary(3)).toEqual([
      ["part-2024-11", ["2024-11", "2024-12"], 3],
      ["part-2025-01", ["2025-01"], 3],
      ["", ["2025-03"], 1],
    ]);
  });

  it("gives a month larger than a part a part of its own", () => {
    expect(summary(1)).toEqual([
      ["part-2024-11", ["2024-11"], 1],
      ["part-2024-12", ["2024-12"], 2],
      ["part-2025-01", ["2025-01"], 3],
      ["", ["2025-03"], 1],
    ]);
  });

  it("names older parts the same when newer papers arrive", () => {
    const before = planShards(pages, 3).map((shard) => shard.folder);
    const after = planShards([...pages, page("2025-03-10"), page("2025-04-01")], 3).map(
      (shard) => shard.folder,
    );
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(planShards([], 3)).toEqual([]);
  });
});
