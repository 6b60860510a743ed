/** The site's in-memory archive: ordering by day and topic, neighbours, grouping by date. */
import { describe, expect, it } from "vitest";
import type { Digest } from "../../../src/content/digest-file.ts";
import type { StoredPaper } from "../../../src/content/papers/paper-file.ts";
import {
  adjacentDays,
  buildArchive,
  digestNeighbours,
  groupByDate,
} from "../../../src/site/archive.ts";
import { sampleArchive as archive, stored, taxonomy } from "../../support/sample-archive.ts";

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

describe("buildArchive with keys from JSON digests", () => {
  const enriched: StoredPaper = {
    ...stored("e", "Paper E", ["2025-03-01"]),
    data: {
      title: "Paper E",
      date: "2025-03-01",
      dates: ["2025-03-01"],
      topics: [],
      links: [],
      arxiv_id: "2503.00001",
      authors: ["Zoë Lefèvre", "王思远"],
      arxiv_date: "2025-02-27",
      code: "https://github.com/a/e",
      project_page: "https://a.org/e",
      ai_summary: "One sentence.",
    },
  };
  const day: Digest = {
    file: "content/digests/2025-03-01.json",
    date: "2025-03-01",
    entries: [
      { title: "Paper E, Retitled", abstract: "x", line: 2, details: { arxiv_id: "2503.00001" } },
      { title: "Paper F", abstract: "x", line: 30 },
    ],
  };
  const withKeys = buildArchive(
    [stored("f", "Paper F", ["2025-03-01"]), enriched],
    [day],
    taxonomy,
  );

  it("gives a paper its arXiv id, authors, arXiv date, links and summary", () => {
    expect(withKeys.bySlug.get("e")).toMatchObject({
      arxivId: "2503.00001",
      authors: ["Zoë Lefèvre", "王思远"],
      arxivDate: "2025-02-27",
      code: "https://github.com/a/e",
      projectPage: "https://a.org/e",
      aiSummary: "One sentence.",
    });
    expect(Object.keys(withKeys.bySlug.get("f") ?? {})).not.toContain("arxivId");
  });

  it("places a re-titled listing by its arXiv id in the day's order", () => {
    expect(withKeys.dayByDate.get("2025-03-01")?.papers.map((paper) => paper.slug)).toEqual([
      "e",
      "f",
    ]);
  });
});

describe("a day with both a JSON digest and pasted ones", () => {
  const entry = (title: string, line: number) => ({ title, abstract: "x", line });
  const digest = (file: string, titles: string[]): Digest => ({
    file: `content/digests/${file}`,
    date: "2025-04-01",
    entries: titles.map((title, index) => entry(title, index * 4 + 1)),
  });
  const papers = ["P", "Q", "R", "S"].map((name) =>
    stored(name.toLowerCase(), `Paper ${name}`, ["2025-04-01"]),
  );

  it("lists the JSON digest's papers first, in its order, then those only pasted ones list", () => {
    // "-hf.txt" sorts before ".json" by name, yet the API's list comes first.
    const day = buildArchive(
      papers,
      [
        digest("2025-04-01-hf.txt", ["Paper S", "Paper Q"]),
        digest("2025-04-01.json", ["Paper Q", "Paper P"]),
        digest("2025-04-01.txt", ["Paper R", "Paper P"]),
      ],
      taxonomy,
    ).dayByDate.get("2025-04-01");
    expect(day?.papers.map((paper) => paper.slug)).toEqual(["q", "p", "s", "r"]);
  });

  it("takes pasted digests alone in file name order, as before", () => {
    const day = buildArchive(
      papers,
      [digest("2025-04-01.txt", ["Paper R", "Paper P"]), digest("2025-04-01-hf.txt", ["Paper S"])],
      taxonomy,
    ).dayByDate.get("2025-04-01");
    expect(day?.papers.map((paper) => paper.slug)).toEqual(["s", "r", "p", "q"]);
  });
});
