/** The site's in-memory archive: ordering by day and topic, neighbours, calendar, URLs. */
import { describe, expect, it } from "vitest";
import { cacheKey } from "../../../src/build/cache-key.ts";
import type { Digest } from "../../../src/content/digest-file.ts";
import { splitBody } from "../../../src/content/paper-body.ts";
import type { StoredPaper } from "../../../src/content/paper-file.ts";
import {
  adjacentDays,
  buildArchive,
  digestNeighbours,
  groupByDate,
} from "../../../src/site/archive.ts";
import { calendar } from "../../../src/site/calendar.ts";
import { sitePaths } from "../../../src/site/paths.ts";
import { linkify } from "../../../src/site/rich-text/linkify.ts";

function stored(slug: string, title: string, dates: string[], topics: string[] = []): StoredPaper {
  return {
    slug,
    file: `content/papers/${slug}.md`,
    text: "",
    data: { title, date: dates[0] ?? "", dates, topics, links: [] },
    body: `Abstract of ${title}.\n\nA note.\n`,
  };
}

function digest(date: string, titles: string[]): Digest {
  return {
    file: `content/digests/${date}.txt`,
    date,
    entries: titles.map((title, i) => ({ title, abstract: "x", line: i * 4 + 1 })),
  };
}

const papers = [
  stored("b", "Paper B", ["2025-01-01"], ["t1"]),
  stored("a", "Paper A", ["2025-01-01", "2025-02-03"], ["t1", "t2"]),
  stored("c", "Paper C", ["2025-02-03"], ["t2"]),
  stored("d", "Paper D", ["2024-12-31"]),
];
const digests = [
  digest("2025-02-03", ["Paper C", "paper a"]),
  digest("2025-01-01", ["Paper A", "Paper B"]),
];
const taxonomy = [
  { id: "t1", name: "Topic one", description: "", phrases: ["one"] },
  { id: "t2", name: "Topic two", description: "", phrases: ["two"] },
  { id: "t3", name: "Empty topic", description: "", phrases: ["three"] },
];
const archive = buildArchive(papers, digests, taxonomy);

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
    expect(splitBody("One\nparagraph.\n")).toEqual({ abstract: "One paragraph.", notes: "" });
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

describe("cacheKey", () => {
  it("is equal for equal inputs and differs when any part differs", () => {
    const [paper] = archive.papers;
    if (!paper) throw new Error("no paper");
    expect(cacheKey(paper, ["Topic one"])).toBe(cacheKey({ ...paper }, ["Topic one"]));
    expect(cacheKey(paper, ["Topic one"])).not.toBe(cacheKey(paper, ["Topic 1"]));
    expect(cacheKey(paper)).not.toBe(cacheKey({ ...paper, abstract: `${paper.abstract} ` }));
    expect(cacheKey("a", "b")).not.toBe(cacheKey("ab"));
  });
});

describe("sitePaths", () => {
  it("builds every URL with a trailing slash under the base path", () => {
    for (const base of ["/my-archive", "/my-archive/", "my-archive"]) {
      const paths = sitePaths(base);
      expect(paths.home).toBe("/my-archive/");
      expect(paths.paper("x")).toBe("/my-archive/papers/x/");
      expect(paths.topic("t1")).toBe("/my-archive/topics/t1/");
      expect(paths.topic("t1", 2)).toBe("/my-archive/topics/t1/2/");
      expect(paths.day("2025-07-30")).toBe("/my-archive/dates/2025/07/30/");
      expect(paths.search({ q: "low rank & more", topic: "t1" })).toBe(
        "/my-archive/search/?q=low+rank+%26+more&topic=t1",
      );
    }
    expect(sitePaths("/").feed).toBe("/rss.xml");
  });
});

describe("linkify", () => {
  it("splits text into text and links, leaving sentence punctuation as text", () => {
    expect(linkify("Code: https://github.com/a/b. Done <b>")).toEqual([
      { text: "Code: " },
      { text: "https://github.com/a/b", href: "https://github.com/a/b" },
      { text: ". Done <b>" },
    ]);
  });
});
