/** The site's in-memory archive: ordering by day and topic, neighbours, grouping by date. */
import { describe, expect, it } from "vitest";
import { adjacentDays, digestNeighbours, groupByDate } from "../../../src/site/archive.ts";
import { sampleArchive as archive } from "../../support/sample-archive.ts";

describe("buildArchive", () => {
  it("lists each day's papers in its digest's order, re-listings included", () => {
    expect(archive.days.map((day) => [day.date, day.papers.map((paper) => paper.slug)])).toEqual([
      ["2024-12-31", ["d"]],
      ["2025-01-01", ["a", "b"]],
      ["2025-02-03", ["c", "a"]],
    ]);
  });

  it("orders papers newest first, then by position in their first digest", () => {
    expect(archive.papers.map((paper) => paper.slug)).toEqual(["c", "a", "b", "d"]);
  });

  it("gives each topic its papers newest first, and keeps empty topics", () => {
    expect(
      archive.topics.map((topic) => [topic.id, topic.papers.map((paper) => paper.slug)]),
    ).toEqual([
      ["t1", ["a", "b"]],
      ["t2", ["c", "a"]],
      ["t3", []],
    ]);
  });

  it("separates the abstract from a person's notes", () => {
    expect(archive.bySlug.get("a")).toMatchObject({
      abstract: "Abstract of Paper A.",
      notes: "A note.",
    });
  });

  it("finds a paper's neighbours in its first digest, and a day's neighbours", () => {
    const a = archive.bySlug.get("a");
    if (!a) throw new Error("missing paper a");
    expect(digestNeighbours(archive, a).next?.slug).toBe("b");
    expect(digestNeighbours(archive, a).previous).toBeUndefined();
    expect(digestNeighbours(archive, a, "2025-02-03").previous?.slug).toBe("c");
    const days = adjacentDays(archive, "2025-01-01");
    expect([days.previous?.date, days.next?.date]).toEqual(["2024-12-31", "2025-02-03"]);
  });
});

describe("groupByDate", () => {
  it("says each run of first listing dates once, in the list's order", () => {
    const groups = groupByDate(archive.papers);
    expect(groups.map((group) => [group.date, group.papers.map((paper) => paper.slug)])).toEqual([
      ["2025-02-03", ["c"]],
      ["2025-01-01", ["a", "b"]],
      ["2024-12-31", ["d"]],
    ]);
    expect(groupByDate([])).toEqual([]);
  });
});
