/** A day page's data: what the page shows, and a cache key that changes exactly when that does. */
import { describe, expect, it } from "vitest";
import { keyedPage } from "../../../src/build/cache-key.ts";
import { dayPage } from "../../../src/data/day-page.ts";
import type { SiteModel } from "../../../src/data/site-model.ts";
import { type ArchiveSpec, modelOf, paperIn } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

function pageOf(model: SiteModel, date = "2025-03-02") {
  const day = model.archive.dayByDate.get(date);
  if (!day) throw new Error(`no day ${date}`);
  return dayPage(model, day);
}

/** The cache key of 2025-03-02's page once `change` is made to the archive. */
function keyAfter(change: (spec: ArchiveSpec) => void): string {
  const params = { year: "2025", month: "03", day: "02" };
  return keyedPage(params, pageOf(modelOf(SAMPLE, change))).cacheKey;
}

const key = keyAfter(() => {});

describe("dayPage", () => {
  it("lists the day's papers in its digest's order, with their topics by name", () => {
    expect(pageOf(modelOf(SAMPLE))).toEqual({
      date: "2025-03-02",
      title: "Digest of 2 March 2025",
      breadcrumb: { year: "2025", month: "03", monthName: "March 2025" },
      papers: [
        {
          slug: SLUGS.kernels,
          title: "Sparse attention kernels for long context inference",
          date: "2025-03-02",
          topics: [{ id: "attention", name: "Attention" }],
        },
        {
          slug: SLUGS.proteins,
          title: "Protein folding with diffusion",
          date: "2025-03-02",
          topics: [{ id: "proteins", name: "Proteins" }],
        },
        {
          slug: SLUGS.sparse,
          title: "Sparse attention in $O(n)$ for long context transformers",
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
    const model = modelOf(SAMPLE, (spec) => {
      paperIn(spec, SLUGS.proteins).dates.push("2025-04-10");
      spec.digests.push({ date: "2025-04-10", slugs: [SLUGS.proteins] });
    });
    expect(pageOf(model).previous).toBe("2025-03-01");
    expect(pageOf(model).next).toBe("2025-04-10");
    const first = pageOf(model, "2025-03-01");
    expect("previous" in first).toBe(false);
    expect(first.next).toBe("2025-03-02");
  });

  it("says which topic ids the taxonomy does not know as they are", () => {
    const model = modelOf(SAMPLE, (spec) => {
      paperIn(spec, SLUGS.proteins).topics = ["proteins", "retired-topic"];
    });
    expect(pageOf(model).papers[1]?.topics).toEqual([
      { id: "proteins", name: "Proteins" },
      { id: "retired-topic", name: "retired-topic" },
    ]);
  });
});

describe("a day page's cache key", () => {
  it.each<[string, (spec: ArchiveSpec) => void]>([
    [
      "a listed paper's title",
      (spec) => {
        paperIn(spec, SLUGS.proteins).title = "Protein folding with flow matching";
      },
    ],
    [
      "a listed paper's topics",
      (spec) => {
        paperIn(spec, SLUGS.kernels).topics = ["attention", "graphs"];
      },
    ],
    [
      "the name of a listed paper's topic",
      (spec) => {
        const topic = spec.topics.find((candidate) => candidate.id === "proteins");
        if (topic) topic.name = "Protein science";
      },
    ],
    [
      "the digest's order",
      (spec) => {
        spec.digests[1]?.slugs.reverse();
      },
    ],
    [
      "a new day after it",
      (spec) => {
        paperIn(spec, SLUGS.proteins).dates.push("2025-04-10");
        spec.digests.push({ date: "2025-04-10", slugs: [SLUGS.proteins] });
      },
    ],
  ])("changes with %s", (_, change) => {
    expect(keyAfter(change)).not.toBe(key);
  });

  it.each<[string, (spec: ArchiveSpec) => void]>([
    [
      "a listed paper's abstract, links and notes (it shows only titles and topics)",
      (spec) => {
        const kernels = paperIn(spec, SLUGS.kernels);
        kernels.abstract += " Now on phones.";
        kernels.links = ["https://github.com/example/kernels"];
        kernels.notes = "A note.";
      },
    ],
    [
      "a paper of another day",
      (spec) => {
        paperIn(spec, SLUGS.graphs).title = "Graph networks for traffic forecasting";
      },
    ],
    [
      "the name of a topic none of its papers has",
      (spec) => {
        const topic = spec.topics.find((candidate) => candidate.id === "robotics");
        if (topic) topic.name = "Robot learning";
      },
    ],
  ])("stays with %s", (_, change) => {
    expect(keyAfter(change)).toBe(key);
  });
});
