/** A day page's data: what the page shows, and a cache key that changes exactly when that does. */
import { describe, expect, it } from "vitest";
import { keyedPage } from "../../../src/build/cache-key.ts";
import { dayPage } from "../../../src/data/day-page.ts";
import type { SiteModel } from "../../../src/data/site-model.ts";
import { listAgain, renameTopic, reverseDigest, setPaper } from "../../support/archive-changes.ts";
import { cacheKeyTests } from "../../support/cache-key-tests.ts";
import { modelOf, paperIn } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

function pageOf(model: SiteModel, date = "2025-03-02") {
  const day = model.archive.dayByDate.get(date);
  if (!day) throw new Error(`no day ${date}`);
  return dayPage(model, day);
}

/** The cache key of 2025-03-02's page. */
function keyOf(model: SiteModel): string {
  return keyedPage({ year: "2025", month: "03", day: "02" }, pageOf(model)).cacheKey;
}

describe("dayPage", () => {
  it("lists the day's papers in its digest's order, with the start of their abstracts and their topics by name", () => {
    expect(pageOf(modelOf(SAMPLE))).toEqual({
      date: "2025-03-02",
      title: "Digest of 2 March 2025",
      breadcrumb: { year: "2025", month: "03", monthName: "March 2025" },
      papers: [
        {
          slug: SLUGS.kernels,
          title: "Sparse attention kernels for long context inference",
          excerpt: "Fused kernels make sparse attention fast for long context decoding.",
          date: "2025-03-02",
          topics: [{ id: "attention", name: "Attention" }],
        },
        {
          slug: SLUGS.proteins,
          title: "Protein folding with diffusion",
          excerpt: "A denoising model predicts backbone coordinates of proteins.",
          date: "2025-03-02",
          topics: [{ id: "proteins", name: "Proteins" }],
        },
        {
          slug: SLUGS.sparse,
          title: "Sparse attention in $O(n)$ for long context transformers",
          excerpt:
            "We make sparse attention over long context windows cheap: each query attends to a learned block pattern, so cost grows as O(n) in sequence length. Code at https://github.com/example/sparse and a demo at…",
          date: "2025-03-01",
          topics: [
            { id: "attention", name: "Attention" },
            { id: "graphs", name: "Graphs" },
          ],
        },
      ],
      previous: "2025-03-01",
    });
  });

  it("names the days around it that have papers", () => {
    const model = modelOf(SAMPLE, listAgain(SLUGS.proteins, "2025-04-10"));
    expect(pageOf(model).previous).toBe("2025-03-01");
    expect(pageOf(model).next).toBe("2025-04-10");
    const first = pageOf(model, "2025-03-01");
    expect("previous" in first).toBe(false);
    expect(first.next).toBe("2025-03-02");
  });

  it("says which topic ids the taxonomy does not know as they are", () => {
    const model = modelOf(
      SAMPLE,
      setPaper(SLUGS.proteins, { topics: ["proteins", "retired-topic"] }),
    );
    expect(pageOf(model).papers[1]?.topics).toEqual([
      { id: "proteins", name: "Proteins" },
      { id: "retired-topic", name: "retired-topic", unknown: true },
    ]);
  });
});

describe("a day page's cache key", () => {
  cacheKeyTests(SAMPLE, keyOf, {
    changesWith: [
      [
        "a listed paper's title",
        setPaper(SLUGS.proteins, { title: "Protein folding with flow matching" }),
      ],
      ["a listed paper's topics", setPaper(SLUGS.kernels, { topics: ["attention", "graphs"] })],
      ["the name of a listed paper's topic", renameTopic("proteins", "Protein science")],
      ["the digest's order", reverseDigest(1)],
      ["a new day after it", listAgain(SLUGS.proteins, "2025-04-10")],
      [
        "the start of a listed paper's abstract",
        setPaper(SLUGS.kernels, {
          abstract: "Fused kernels make sparse attention fast on phones.",
        }),
      ],
    ],
    staysWith: [
      [
        "the end of a listed paper's abstract, past its excerpt",
        setPaper(SLUGS.sparse, {
          abstract: paperIn(SAMPLE, SLUGS.sparse).abstract.replace(
            "for everyone to try today.",
            "for the reading group.",
          ),
        }),
      ],
      [
        "a listed paper's links and notes",
        setPaper(SLUGS.kernels, {
          links: ["https://github.com/example/kernels"],
          notes: "A note.",
        }),
      ],
      [
        "a paper of another day",
        setPaper(SLUGS.graphs, { title: "Graph networks for traffic forecasting" }),
      ],
      ["the name of a topic none of its papers has", renameTopic("robotics", "Robot learning")],
    ],
  });
});
