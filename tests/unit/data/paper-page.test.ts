/** A paper page's data: what the page shows, and a cache key that changes exactly when that does. */
import { describe, expect, it } from "vitest";
import { keyedPage } from "../../../src/build/cache-key.ts";
import { paperPage } from "../../../src/data/paper-page.ts";
import type { SiteModel } from "../../../src/data/site-model.ts";
import { type ArchiveSpec, modelOf, paperIn } from "../../support/memory-archive.ts";
import { SLUGS, SPEC } from "../../support/page-data-archive.ts";

function pageOf(model: SiteModel, slug: string = SLUGS.sparse) {
  const paper = model.archive.bySlug.get(slug);
  if (!paper) throw new Error(`no paper ${slug}`);
  return paperPage(model, paper);
}

/** The cache key of sparse-attention's page once `change` is made to the archive. */
function keyAfter(change: (spec: ArchiveSpec) => void): string {
  return keyedPage({ slug: SLUGS.sparse }, pageOf(modelOf(SPEC, change))).cacheKey;
}

const key = keyAfter(() => {});

describe("paperPage", () => {
  const page = pageOf(modelOf(SPEC));

  it("gives the page's address, plain-text title and description, topics by name, links by kind", () => {
    expect(page.url).toBe("https://example.org/archive/papers/sparse-attention/");
    expect(page.title).toBe("Sparse attention in O(n) for long context transformers");
    expect(page.description).toBe(
      "We make sparse attention over long context windows cheap: each query attends to a learned block pattern, so cost grows as O(n) in sequence length. Code at https://github.com/example/sparse and a de…",
    );
    expect(page.description).toHaveLength(198);
    expect(page.topics).toEqual([
      { id: "attention", name: "Attention" },
      { id: "graphs", name: "Graphs" },
    ]);
    expect(page.firstListed).toBe("2025-03-01");
    expect(page.lastListed).toBe("2025-03-02");
    expect(page.links).toEqual({
      code: ["https://github.com/example/sparse"],
      other: ["https://example.org/demo"],
    });
    expect(page.paper.notes).toBe("Read for the reading group.");
  });

  it("names related papers and its neighbours in its first digest by slug and title only", () => {
    expect(page.related).toEqual([
      { slug: SLUGS.kernels, title: "Sparse attention kernels for long context inference" },
      { slug: SLUGS.grasping, title: "Reinforcement learning for robot grasping" },
    ]);
    expect(page.previous).toEqual({
      slug: SLUGS.graphs,
      title: "Graph neural networks for traffic forecasting",
    });
    expect(page.next).toEqual({
      slug: SLUGS.grasping,
      title: "Reinforcement learning for robot grasping",
    });
  });

  it("has no neighbour past either end of its digest", () => {
    const first = pageOf(modelOf(SPEC), SLUGS.graphs);
    expect("previous" in first).toBe(false);
    expect(first.next?.slug).toBe(SLUGS.sparse);
    const last = pageOf(modelOf(SPEC), SLUGS.grasping);
    expect(last.previous?.slug).toBe(SLUGS.sparse);
    expect("next" in last).toBe(false);
  });

  it("carries the citation: BibTeX and its download, Scholar tags, JSON-LD", () => {
    expect(page.citation.bibtex).toBe(
      [
        "@misc{sparse-attention,",
        "  title = {{Sparse attention in $O(n)$ for long context transformers}},",
        "  year = {2025},",
        "  month = mar,",
        "  howpublished = {\\url{https://example.org/archive/papers/sparse-attention/}},",
        "  url = {https://example.org/archive/papers/sparse-attention/},",
        "  note = {Listed in the paper digest of 2025-03-01},",
        "}",
        "",
      ].join("\n"),
    );
    const prefix = "data:application/x-bibtex;charset=utf-8,";
    expect(page.citation.bibtexUrl.startsWith(prefix)).toBe(true);
    expect(decodeURIComponent(page.citation.bibtexUrl.slice(prefix.length))).toBe(
      page.citation.bibtex,
    );
    expect(page.citation.scholarMeta).toEqual([
      { name: "citation_title", content: "Sparse attention in O(n) for long context transformers" },
      { name: "citation_online_date", content: "2025/03/01" },
    ]);
    expect(JSON.parse(page.citation.jsonLd)).toEqual({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: "Sparse attention in O(n) for long context transformers",
      url: "https://example.org/archive/papers/sparse-attention/",
      keywords: "Attention, Graphs",
      sdDatePublished: "2025-03-01",
    });
  });

  it("links title searches on other indexes", () => {
    const query = "Sparse%20attention%20in%20O(n)%20for%20long%20context%20transformers";
    expect(page.searches).toEqual([
      { label: "arXiv", href: `https://arxiv.org/search/?searchtype=title&query=${query}` },
      { label: "Hugging Face", href: `https://huggingface.co/papers?q=${query}` },
      { label: "Google Scholar", href: `https://scholar.google.com/scholar?q=%22${query}%22` },
    ]);
  });
});

describe("a paper page's cache key", () => {
  it("is the digest of the very object the page renders", () => {
    const page = pageOf(modelOf(SPEC));
    const entry = keyedPage({ slug: SLUGS.sparse }, page);
    expect(entry.params).toEqual({ slug: SLUGS.sparse });
    expect(entry.props.page).toBe(page);
    expect(entry.cacheKey).toMatch(/^[\w-]{22}$/u);
    expect(keyAfter(() => {})).toBe(key);
  });

  it.each<[string, (spec: ArchiveSpec) => void]>([
    [
      "its own abstract",
      (spec) => {
        paperIn(spec, SLUGS.sparse).abstract += " Even faster now.";
      },
    ],
    [
      "its own notes",
      (spec) => {
        paperIn(spec, SLUGS.sparse).notes = "Skip.";
      },
    ],
    [
      "its own title",
      (spec) => {
        paperIn(spec, SLUGS.sparse).title = "Sparse attention for long context transformers";
      },
    ],
    [
      "a related paper's title",
      (spec) => {
        paperIn(spec, SLUGS.kernels).title = "Sparse attention kernels for long context decoding";
      },
    ],
    [
      "a neighbour's title",
      (spec) => {
        paperIn(spec, SLUGS.graphs).title = "Graph networks for traffic forecasting";
      },
    ],
    [
      "its neighbours (the digest's order)",
      (spec) => {
        spec.digests[0]?.slugs.reverse();
      },
    ],
    [
      "one of its topics' names",
      (spec) => {
        const topic = spec.topics.find((candidate) => candidate.id === "graphs");
        if (topic) topic.name = "Graph learning";
      },
    ],
    [
      "a later listing",
      (spec) => {
        paperIn(spec, SLUGS.sparse).dates.push("2025-03-05");
        spec.digests.push({ date: "2025-03-05", slugs: [SLUGS.sparse] });
      },
    ],
  ])("changes with %s", (_, change) => {
    expect(keyAfter(change)).not.toBe(key);
  });

  it.each<[string, (spec: ArchiveSpec) => void]>([
    [
      "a paper it does not show",
      (spec) => {
        const proteins = paperIn(spec, SLUGS.proteins);
        proteins.title = "Protein design with flow matching";
        proteins.abstract = "A flow model samples protein backbones.";
        proteins.topics = ["attention"];
      },
    ],
    [
      "a neighbour's abstract, notes and topics (it shows only their titles)",
      (spec) => {
        const graphs = paperIn(spec, SLUGS.graphs);
        graphs.abstract = "Message passing over road graphs predicts traffic jams.";
        graphs.notes = "A note.";
        graphs.topics = [];
      },
    ],
    [
      "a related paper's abstract",
      (spec) => {
        paperIn(spec, SLUGS.kernels).abstract += " Now on phones.";
      },
    ],
    [
      "the name of a topic it does not have",
      (spec) => {
        const topic = spec.topics.find((candidate) => candidate.id === "proteins");
        if (topic) topic.name = "Protein science";
      },
    ],
  ])("stays with %s", (_, change) => {
    expect(keyAfter(change)).toBe(key);
  });
});
