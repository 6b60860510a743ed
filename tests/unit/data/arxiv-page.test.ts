/** The /arxiv/<id>/ pages' data: one per arXiv id, leading to the paper's page. */
import { describe, expect, it } from "vitest";
import { arxivPages } from "../../../src/data/arxiv-page.ts";
import { type ArchiveSpec, modelOf, paperIn } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

function withIds(ids: Record<string, string>): (spec: ArchiveSpec) => void {
  return (spec) => {
    for (const [slug, id] of Object.entries(ids)) paperIn(spec, slug).details = { arxiv_id: id };
  };
}

describe("arxivPages", () => {
  it("gives each paper with an arXiv id a page leading to its own, old-style ids included", () => {
    const pages = arxivPages(
      modelOf(SAMPLE, withIds({ [SLUGS.sparse]: "2503.00042", [SLUGS.graphs]: "hep-th/9901001" })),
    );
    expect(pages).toEqual([
      {
        id: "hep-th/9901001",
        path: "/archive/papers/graph-traffic/",
        url: "https://example.org/archive/papers/graph-traffic/",
        title: "Graph neural networks for traffic forecasting",
      },
      {
        id: "2503.00042",
        path: "/archive/papers/sparse-attention/",
        url: "https://example.org/archive/papers/sparse-attention/",
        title: "Sparse attention in O(n) for long context transformers",
      },
    ]);
  });

  it("has no page for a paper without an id, or with one that is not an arXiv id", () => {
    expect(arxivPages(modelOf(SAMPLE))).toEqual([]);
    expect(arxivPages(modelOf(SAMPLE, withIds({ [SLUGS.sparse]: "../../etc" })))).toEqual([]);
  });

  it("leads an id two papers share to the first of them by slug, whatever the archive's order", () => {
    const shared = withIds({
      [SLUGS.sparse]: "2503.00042",
      [SLUGS.kernels]: "2503.00042",
      [SLUGS.grasping]: "2503.00042",
    });
    const pages = arxivPages(modelOf(SAMPLE, shared));
    expect(pages.map((page) => [page.id, page.path])).toEqual([
      ["2503.00042", "/archive/papers/robot-grasping/"],
    ]);
    const reversed = arxivPages(
      modelOf(SAMPLE, (spec) => {
        shared(spec);
        spec.papers.reverse();
        for (const digest of spec.digests) digest.slugs.reverse();
      }),
    );
    expect(reversed).toEqual(pages);
  });
});
