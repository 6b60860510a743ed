/** One page of a topic's listing: its papers under their dates, and the pager. */
import { describe, expect, it } from "vitest";
import { type PageOfPapers, topicPage } from "../../../src/data/topic-page.ts";
import type { Paper, TopicEntry } from "../../../src/site/archive.ts";
import { modelOf } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

const { archive } = modelOf(SAMPLE);

function topic(id: string): TopicEntry {
  const entry = archive.topicById.get(id);
  if (!entry) throw new Error(`no topic ${id}`);
  return entry;
}

/** Page `current` of `last`, holding `papers`, as Astro's paginate gives it. */
function pageOf(papers: readonly Paper[], current: number, last: number): PageOfPapers {
  return { data: papers, currentPage: current, lastPage: last };
}

describe("topicPage", () => {
  it("groups the page's papers, with the start of their abstracts, under the day that first listed them, newest first", () => {
    const attention = topic("attention");
    expect(topicPage(attention, pageOf(attention.papers, 1, 1))).toEqual({
      topic: { id: "attention", name: "Attention", description: "Attention in neural networks." },
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
    });
  });

  it("numbers the pages after the first, and links newer and older pages that exist", () => {
    const attention = topic("attention");
    const [newest, older] = attention.papers;
    if (!newest || !older) throw new Error("the attention topic has two papers");
    const first = topicPage(attention, pageOf([newest], 1, 3));
    expect(first.title).toBe("Attention");
    expect(first.paperCount).toBe(2);
    expect(first.pager).toEqual({ current: 1, last: 3, older: 2 });
    const middle = topicPage(attention, pageOf([older], 2, 3));
    expect(middle.title).toBe("Attention, page 2");
    expect(middle.pager).toEqual({ current: 2, last: 3, newer: 1, older: 3 });
    expect(middle.groups.map((group) => group.date)).toEqual(["2025-03-01"]);
    expect(topicPage(attention, pageOf([], 3, 3)).pager).toEqual({ current: 3, last: 3, newer: 2 });
  });

  it("has no papers and no pager for an empty topic", () => {
    const empty = topicPage(topic("optimization"), pageOf([], 1, 1));
    expect(empty.paperCount).toBe(0);
    expect(empty.groups).toEqual([]);
    expect("pager" in empty).toBe(false);
  });
});
