/** A topic's pages: fixed blocks from the oldest, the newest on the first page, and the pager. */
import { describe, expect, it } from "vitest";
import { cacheKey } from "../../../src/build/cache-key.ts";
import { cutIntoPages, type TopicPage, topicPages } from "../../../src/data/topic-page.ts";
import type { TopicEntry } from "../../../src/site/archive.ts";
import { type ArchiveSpec, modelOf } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

function topicOf(spec: ArchiveSpec, id: string): TopicEntry {
  const entry = modelOf(spec).archive.topicById.get(id);
  if (!entry) throw new Error(`no topic ${id}`);
  return entry;
}

/** 1…n, newest first: item 1 is the oldest. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe("cutIntoPages", () => {
  it.each([
    [0, [], []],
    [2, [2, 1], []],
    [3, [3, 2, 1], []],
    [5, [5, 4, 3, 2, 1], []],
    [6, [6, 5, 4], [[3, 2, 1]]],
    [7, [7, 6, 5, 4], [[3, 2, 1]]],
    [
      10,
      [10, 9, 8, 7],
      [
        [3, 2, 1],
        [6, 5, 4],
      ],
    ],
  ])(
    "cuts %i items into pages of 3: the first page, then full blocks from the oldest",
    (count, first, numbered) => {
      expect(cutIntoPages(newestFirst(count), 3)).toEqual({ first, numbered });
    },
  );

  it("keeps each full block as it was when newer items arrive", () => {
    const before = cutIntoPages(newestFirst(10), 3).numbered;
    for (let count = 11; count <= 20; count += 1) {
      expect(cutIntoPages(newestFirst(count), 3).numbered.slice(0, before.length)).toEqual(before);
    }
  });

  it("refuses a page size that is not a positive whole number", () => {
    expect(() => cutIntoPages([1], 0)).toThrow("page size 0 is not a count");
    expect(() => cutIntoPages([1], 1.5)).toThrow("page size 1.5 is not a count");
  });
});

/** A topic of `count` papers, `perDay` a day from 2025-03-01, each digest listing its day's papers. */
function topicSpec(count: number, perDay = 1): ArchiveSpec {
  const slugs = Array.from({ length: count }, (_, index) => `paper-${index + 1}`);
  const dateOf = (index: number) =>
    `2025-03-${String(Math.floor(index / perDay) + 1).padStart(2, "0")}`;
  const days = [...new Set(slugs.map((_, index) => dateOf(index)))];
  return {
    topics: [{ id: "attention", name: "Attention", description: "Attention in neural networks." }],
    papers: slugs.map((slug, index) => ({
      slug,
      title: `Paper ${index + 1}`,
      dates: [dateOf(index)],
      abstract: `Abstract ${index + 1}.`,
      topics: ["attention"],
    })),
    digests: days.map((date) => ({
      date,
      slugs: slugs.filter((_, index) => dateOf(index) === date),
    })),
  };
}

const slugsOn = (page: TopicPage | undefined) =>
  page?.groups.flatMap((group) => group.papers.map((paper) => paper.slug));

describe("topicPages", () => {
  it("puts a small topic on its first page: the papers with the start of their abstracts, under the day that first listed them, newest first", () => {
    expect(topicPages(topicOf(SAMPLE, "attention"), 100)).toEqual([
      {
        topic: { id: "attention", name: "Attention", description: "Attention in neural networks." },
        page: "first",
        title: "Attention",
        paperCount: 2,
        groups: [
          {
            date: "2025-03-02",
            papers: [
              {
                slug: SLUGS.kernels,
                title: "Sparse attention kernels for long context inference",
                excerpt: "Fused kernels make sparse attention fast for long context decoding.",
              },
            ],
          },
          {
            date: "2025-03-01",
            papers: [
              {
                slug: SLUGS.sparse,
                title: "Sparse attention in $O(n)$ for long context transformers",
                excerpt:
                  "We make sparse attention over long context windows cheap: each query attends to a learned block pattern, so cost grows as O(n) in sequence length. Code at https://github.com/example/sparse and a demo at…",
              },
            ],
          },
        ],
      },
    ]);
  });

  it("has one page, with no papers and no pager, for an empty topic", () => {
    const [empty, ...more] = topicPages(topicOf(SAMPLE, "optimization"), 100);
    expect(more).toEqual([]);
    expect(empty?.paperCount).toBe(0);
    expect(empty?.groups).toEqual([]);
    expect(empty && "pager" in empty).toBe(false);
  });

  it("numbers full blocks from the oldest, each with its dates and no count, and links the pages in order", () => {
    // 7 papers, 2 a day, pages of 2: pages 1 and 2 hold the oldest four, the first page the rest.
    // A day's papers keep their digest's order.
    const [first, one, two, ...more] = topicPages(topicOf(topicSpec(7, 2), "attention"), 2);
    expect(more).toEqual([]);
    expect(first).toMatchObject({ page: "first", title: "Attention", paperCount: 7 });
    expect(first?.pager).toEqual({ older: 2 });
    expect(slugsOn(first)).toEqual(["paper-7", "paper-5", "paper-6"]);
    expect(first?.groups.map((group) => group.date)).toEqual(["2025-03-04", "2025-03-03"]);

    expect(two).toMatchObject({ page: 2, title: "Attention, page 2" });
    expect(two?.span).toEqual({ from: "2025-03-02", to: "2025-03-02" });
    expect(two?.pager).toEqual({ newer: "first", older: 1 });
    expect(slugsOn(two)).toEqual(["paper-3", "paper-4"]);

    expect(one).toMatchObject({ page: 1, title: "Attention, page 1" });
    expect(one?.span).toEqual({ from: "2025-03-01", to: "2025-03-01" });
    expect(one?.pager).toEqual({ newer: 2 });
    expect(slugsOn(one)).toEqual(["paper-1", "paper-2"]);
    for (const page of [one, two]) expect(page && "paperCount" in page).toBe(false);
  });

  it("gives a block spanning days its oldest and newest paper's first listing dates", () => {
    const [, one] = topicPages(topicOf(topicSpec(9, 1), "attention"), 3);
    expect(one?.span).toEqual({ from: "2025-03-01", to: "2025-03-03" });
    expect(one?.groups.map((group) => group.date)).toEqual([
      "2025-03-03",
      "2025-03-02",
      "2025-03-01",
    ]);
  });

  it("keeps a numbered page's data, and so its cache key, when a newer paper arrives; the first page's changes", () => {
    const keys = (count: number) =>
      topicPages(topicOf(topicSpec(count), "attention"), 2).map((page) => cacheKey(page));
    const [firstBefore, ...numberedBefore] = keys(6);
    const [firstAfter, ...numberedAfter] = keys(7);
    expect(numberedBefore).toHaveLength(2);
    expect(numberedAfter).toEqual(numberedBefore);
    expect(firstAfter).not.toBe(firstBefore);
  });

  it("changes only the highest page's newer link when a new block fills", () => {
    const before = topicPages(topicOf(topicSpec(7), "attention"), 2);
    const after = topicPages(topicOf(topicSpec(8), "attention"), 2);
    expect(after).toHaveLength(4);
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual({ ...before[2], pager: { newer: 3, older: 1 } });
    expect(slugsOn(after[3])).toEqual(["paper-6", "paper-5"]);
    expect(after[3]?.pager).toEqual({ newer: "first", older: 2 });
    expect(after[0]?.pager).toEqual({ older: 3 });
  });
});
