/** Related papers: quality on the example digest, determinism, and the bounds that keep it linear. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDigest } from "../../../src/content/digest-file.ts";
import { slugForTitle } from "../../../src/content/papers/slug.ts";
import { relatedPapers, terms } from "../../../src/site/related.ts";
import { EXAMPLE_DIGEST } from "../../support/archive.ts";

const result = readDigest(readFileSync(EXAMPLE_DIGEST), "content/digests/2025-07-30.txt");
if (!result.ok) throw new Error("example digest does not parse");
const papers = result.digest.entries.map((entry) => ({
  id: slugForTitle(entry.title),
  title: entry.title,
  abstract: entry.abstract,
}));
const related = relatedPapers(papers);

const LORA = {
  mos: "mos-unleashing-parameter-efficiency-of-low-rank-adaptation-with-mixture-of",
  adalora: "adaptive-budget-allocation-for-parameter-efficient-fine-tuning",
  sara: "sara-high-efficient-diffusion-model-fine-tuning-with-progressive-sparse-low-rank",
  pela: "pela-learning-parameter-efficient-models-with-low-rank-approximation",
  flora: "flora-low-rank-core-space-for-n-dimension",
};
const MERGING = {
  pcb: "parameter-competition-balancing-for-model-merging",
  evolutionary: "evolutionary-optimization-of-model-merging-recipes",
  breadcrumbs: "model-breadcrumbs-scaling-multi-task-model-merging-with-sparse-masks",
};

describe("related papers on the example digest", () => {
  it("gives every paper five related papers, never itself", () => {
    for (const paper of papers) {
      const list = related.get(paper.id) ?? [];
      expect(list).toHaveLength(5);
      expect(list).not.toContain(paper.id);
      expect(new Set(list).size).toBe(5);
    }
  });

  it("makes the low-rank adaptation papers point at each other", () => {
    expect(related.get(LORA.mos)).toEqual(expect.arrayContaining([LORA.pela, LORA.sara]));
    expect(related.get(LORA.adalora)).toContain(LORA.sara);
    expect(related.get(LORA.sara)).toEqual(
      expect.arrayContaining([LORA.adalora, LORA.mos, LORA.pela]),
    );
    expect(related.get(LORA.pela)).toEqual(
      expect.arrayContaining([LORA.sara, LORA.flora, LORA.mos]),
    );
  });

  it("makes the model-merging papers point at each other, first", () => {
    expect(related.get(MERGING.pcb)?.slice(0, 2)).toEqual([
      MERGING.evolutionary,
      MERGING.breadcrumbs,
    ]);
    expect(related.get(MERGING.evolutionary)?.slice(0, 2)).toEqual([
      MERGING.pcb,
      MERGING.breadcrumbs,
    ]);
    expect(related.get(MERGING.breadcrumbs)).toEqual(
      expect.arrayContaining([MERGING.evolutionary, MERGING.pcb]),
    );
  });

  it("is deterministic whatever the input order", () => {
    const reversed = relatedPapers([...papers].reverse());
    for (const paper of papers) expect(reversed.get(paper.id)).toEqual(related.get(paper.id));
  });
});

describe("terms", () => {
  it("stems content words, drops stopwords and math, and pairs neighbours", () => {
    expect(terms("We propose Low-Rank Adaptation of $\\ell_1$ models")).toEqual([
      "low",
      "rank",
      "low rank",
      "adapt",
      "rank adapt",
      "model",
    ]);
  });

  it("bounds each term's candidates", () => {
    const many = Array.from({ length: 50 }, (_, index) => ({
      id: `p${String(index).padStart(2, "0")}`,
      title: `shared topic ${index % 2 === 0 ? "alpha" : "gamma"}`,
      abstract: "shared words everywhere",
    }));
    const unlimited = relatedPapers(many, { count: 50 });
    const limited = relatedPapers(many, { papersPerTerm: 3, count: 50 });
    expect(unlimited.get("p10")).toHaveLength(24);
    // With three papers kept per term, a paper reaches at most the three kept for each of its terms.
    for (const list of limited.values()) {
      expect(list.length).toBeLessThanOrEqual(3);
      expect(new Set(list).size).toBe(list.length);
    }
  });
});
