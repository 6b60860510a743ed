/** The home page's data: the newest digests, whole, until enough papers are listed. */
import { describe, expect, it } from "vitest";
import { cacheKey } from "../../../src/build/cache-key.ts";
import { homePage } from "../../../src/data/home-page.ts";
import { listAgain } from "../../support/archive-changes.ts";
import { modelOf } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

const slugsOf = (page: ReturnType<typeof homePage>) =>
  page.digests.map((digest) => [digest.date, digest.papers.map((paper) => paper.slug)]);

describe("homePage", () => {
  it("shows only the newest digest when it lists enough papers", () => {
    const page = homePage(modelOf(SAMPLE), 3);
    expect(page.paperCount).toBe(5);
    expect(page.dayCount).toBe(2);
    expect(slugsOf(page)).toEqual([["2025-03-02", [SLUGS.kernels, SLUGS.proteins, SLUGS.sparse]]]);
  });

  it("adds older digests, newest first and each whole, until at least that many are listed", () => {
    const page = homePage(modelOf(SAMPLE), 4);
    expect(slugsOf(page)).toEqual([
      ["2025-03-02", [SLUGS.kernels, SLUGS.proteins, SLUGS.sparse]],
      ["2025-03-01", [SLUGS.graphs, SLUGS.sparse, SLUGS.grasping]],
    ]);
    expect(homePage(modelOf(SAMPLE), 20)).toEqual(page);
  });

  it("lists each paper with the start of its abstract, topics and first listing date", () => {
    const [newest] = homePage(modelOf(SAMPLE), 1).digests;
    expect(newest?.papers[0]).toEqual({
      slug: SLUGS.kernels,
      title: "Sparse attention kernels for long context inference",
      excerpt: "Fused kernels make sparse attention fast for long context decoding.",
      date: "2025-03-02",
      topics: [{ id: "attention", name: "Attention" }],
    });
    // Listed again on the newest day, first listed the day before.
    expect(newest?.papers[2]?.date).toBe("2025-03-01");
  });

  it("puts a new digest first, and leaves out the oldest no longer needed", () => {
    const before = homePage(modelOf(SAMPLE), 4);
    const after = homePage(modelOf(SAMPLE, listAgain(SLUGS.proteins, "2025-04-10")), 4);
    expect(slugsOf(after)).toEqual([
      ["2025-04-10", [SLUGS.proteins]],
      ["2025-03-02", [SLUGS.kernels, SLUGS.proteins, SLUGS.sparse]],
    ]);
    expect(after.dayCount).toBe(3);
    expect(cacheKey(after)).not.toBe(cacheKey(before));
  });

  it("shows no digest for an archive without any", () => {
    const page = homePage(modelOf({ ...SAMPLE, papers: [], digests: [] }), 20);
    expect(page).toEqual({ paperCount: 0, dayCount: 0, digests: [] });
  });
});
