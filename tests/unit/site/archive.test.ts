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

  it("takes pasted digests alone in file name order, and days only from digests", () => {
    const archive = buildArchive(
      [...papers, stored("t", "Paper T", ["2025-04-02"])],
      [digest("2025-04-01.txt", ["Paper R", "Paper P"]), digest("2025-04-01-hf.txt", ["Paper S"])],
      taxonomy,
    );
    // Paper Q says 2025-04-01, yet no entry of that day's digests has its title or abstract (a
    // person edited both after the split dated it): the split's date holds, after the digests' own.
    expect(archive.dayByDate.get("2025-04-01")?.papers.map((paper) => paper.slug)).toEqual([
      "s",
      "r",
      "p",
      "q",
    ]);
    // Paper T says 2025-04-02, but no digest of that day exists: no such day.
    expect(archive.days.map((day) => day.date)).toEqual(["2025-04-01"]);
  });
});

describe("papers and days after the split's identity rules", () => {
  const withAbstract = (paper: StoredPaper, abstract: string): StoredPaper => ({
    ...paper,
    body: `${abstract}\n`,
  });
  const entry = (title: string, abstract: string, line: number) => ({ title, abstract, line });
  const day = (date: string, entries: ReturnType<typeof entry>[]): Digest => ({
    file: `content/digests/${date}.txt`,
    date,
    entries,
  });
  const merging = "We merge fine-tuned models by averaging their weights on eight benchmarks.";
  const survey = "A survey of federated learning with client drift corrections and open problems.";

  it("places two papers of one title each on its own listing, by abstract", () => {
    const archive = buildArchive(
      [
        withAbstract(stored("weight-averaging", "Weight Averaging", ["2025-05-01"]), merging),
        withAbstract(
          stored("weight-averaging-2", "Weight Averaging", ["2025-05-01", "2025-05-02"]),
          survey,
        ),
      ],
      [
        day("2025-05-01", [
          entry("Weight Averaging", merging, 1),
          entry("Weight Averaging", survey, 5),
        ]),
        day("2025-05-02", [entry("Weight Averaging", survey, 1)]),
      ],
      taxonomy,
    );
    expect(archive.days.map((d) => [d.date, d.papers.map((paper) => paper.slug)])).toEqual([
      ["2025-05-01", ["weight-averaging", "weight-averaging-2"]],
      ["2025-05-02", ["weight-averaging-2"]],
    ]);
  });

  it("places a paper whose title was edited by hand by its abstract, in its digest's order", () => {
    const archive = buildArchive(
      [
        withAbstract(stored("weight-averaging", "My Title", ["2025-05-01"]), merging),
        withAbstract(stored("survey", "Survey", ["2025-05-01"]), survey),
      ],
      [day("2025-05-01", [entry("Weight Averaging", merging, 1), entry("Survey", survey, 5)])],
      taxonomy,
    );
    expect(archive.dayByDate.get("2025-05-01")?.papers.map((paper) => paper.slug)).toEqual([
      "weight-averaging",
      "survey",
    ]);
  });

  it("keeps a paper no digest lists (dates: []) as a paper, under no day", () => {
    const taken = {
      ...stored("taken-back", "Taken Back", []),
      data: { ...stored("x", "Taken Back", []).data, date: "2025-05-03" },
    };
    const archive = buildArchive(
      [taken, stored("kept", "Kept", ["2025-05-01"])],
      [day("2025-05-01", [entry("Kept", "Abstract of Kept.", 1)])],
      taxonomy,
    );
    expect(archive.papers.map((paper) => [paper.slug, paper.date, paper.dates])).toEqual([
      ["taken-back", "2025-05-03", []],
      ["kept", "2025-05-01", ["2025-05-01"]],
    ]);
    expect(archive.days.map((d) => d.date)).toEqual(["2025-05-01"]);
    expect(groupByDate(archive.papers).map((group) => group.date)).toEqual([
      "2025-05-03",
      "2025-05-01",
    ]);
  });
});
