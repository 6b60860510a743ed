/** A paper page's data: what the page shows, and a cache key that changes exactly when that does. */
import { describe, expect, it } from "vitest";
import { keyedPage } from "../../../src/build/cache-key.ts";
import { paperPage } from "../../../src/data/paper-page.ts";
import type { SiteModel } from "../../../src/data/site-model.ts";
import {
  listAgain,
  renameTopic,
  reverseDigest,
  type SpecChange,
  setPaper,
} from "../../support/archive-changes.ts";
import { cacheKeyTests } from "../../support/cache-key-tests.ts";
import { modelOf } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

function pageOf(model: SiteModel, slug: string = SLUGS.sparse) {
  const paper = model.archive.bySlug.get(slug);
  if (!paper) throw new Error(`no paper ${slug}`);
  return paperPage(model, paper);
}

/** The cache key of sparse-attention's page. */
function keyOf(model: SiteModel): string {
  return keyedPage({ slug: SLUGS.sparse }, pageOf(model)).cacheKey;
}

describe("paperPage", () => {
  const page = pageOf(modelOf(SAMPLE));

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

  it("cuts a long description between characters, never inside an emoji", () => {
    const abstract = `${"a".repeat(196)}😀${" more".repeat(10)}`;
    const cut = pageOf(modelOf(SAMPLE, setPaper(SLUGS.sparse, { abstract }))).description;
    expect(cut).toBe(`${"a".repeat(196)}…`);
  });

  it("marks a topic id the taxonomy does not know, so that it is not linked", () => {
    const model = modelOf(SAMPLE, setPaper(SLUGS.sparse, { topics: ["attention", "hand-added"] }));
    expect(pageOf(model).topics).toEqual([
      { id: "attention", name: "Attention" },
      { id: "hand-added", name: "hand-added", unknown: true },
    ]);
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
    const first = pageOf(modelOf(SAMPLE), SLUGS.graphs);
    expect("previous" in first).toBe(false);
    expect(first.next?.slug).toBe(SLUGS.sparse);
    const last = pageOf(modelOf(SAMPLE), SLUGS.grasping);
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

const FOURTEEN = Array.from({ length: 14 }, (_, index) => `Author ${index + 1}`);

describe("paperPage of a paper a JSON digest listed", () => {
  const page = pageOf(
    modelOf(
      SAMPLE,
      setPaper(SLUGS.sparse, {
        details: {
          arxiv_id: "2503.00042",
          authors: FOURTEEN,
          arxiv_date: "2025-02-28",
          code: "https://github.com/example/sparse-main",
          project_page: "https://example.org/sparse/",
          ai_summary: "Sparse attention, cheaply.",
        },
      }),
    ),
  );

  it("shows the first ten authors and folds the other four", () => {
    expect(page.authors).toEqual({ shown: FOURTEEN.slice(0, 10), folded: FOURTEEN.slice(10) });
  });

  it("links the paper on arXiv and Hugging Face", () => {
    expect(page.arxiv).toEqual({
      id: "2503.00042",
      abs: "https://arxiv.org/abs/2503.00042",
      pdf: "https://arxiv.org/pdf/2503.00042",
      huggingFace: "https://huggingface.co/papers/2503.00042",
    });
  });

  it("lists its repository before the abstract's, and its project page before other pages", () => {
    expect(page.links).toEqual({
      code: ["https://github.com/example/sparse-main", "https://github.com/example/sparse"],
      other: ["https://example.org/sparse/", "https://example.org/demo"],
    });
  });

  it("cites it as an arXiv preprint", () => {
    expect(page.citation.bibtex).toMatch(
      /^@misc\{author2025sparse,\n.*\n {2}author = \{Author 1 and Author 2 and .* and Author 14\},\n {2}year = \{2025\},\n {2}month = feb,\n {2}eprint = \{2503\.00042\},\n/u,
    );
    expect(page.citation.scholarMeta.filter((tag) => tag.name === "citation_author")).toHaveLength(
      14,
    );
  });

  it("folds nothing with ten authors or fewer, and shows none when there are none", () => {
    const ten = pageOf(
      modelOf(SAMPLE, setPaper(SLUGS.sparse, { details: { authors: FOURTEEN.slice(0, 10) } })),
    );
    expect(ten.authors).toEqual({ shown: FOURTEEN.slice(0, 10), folded: [] });
    const eleven = pageOf(
      modelOf(SAMPLE, setPaper(SLUGS.sparse, { details: { authors: FOURTEEN.slice(0, 11) } })),
    );
    expect(eleven.authors.folded).toEqual(["Author 11"]);
    expect(pageOf(modelOf(SAMPLE)).authors).toEqual({ shown: [], folded: [] });
    expect("arxiv" in pageOf(modelOf(SAMPLE))).toBe(false);
  });

  it("links no value a hand-edited file slipped past its schema that is not http(s) or an arXiv id", () => {
    const edited = pageOf(
      modelOf(
        SAMPLE,
        setPaper(SLUGS.sparse, {
          links: ["javascript:alert(3)", "https://github.com/example/sparse"],
          details: {
            arxiv_id: "javascript:alert(1)",
            code: "javascript:alert(1)",
            project_page: "JAVASCRIPT:alert(2)",
          },
        }),
      ),
    );
    expect("arxiv" in edited).toBe(false);
    expect(edited.links).toEqual({ code: ["https://github.com/example/sparse"], other: [] });
    expect(edited.citation.bibtex).toMatch(/^@misc\{sparse-attention,\n/u);
  });
});

describe("a paper page's cache key", () => {
  it("is the digest of the very object the page renders", () => {
    const page = pageOf(modelOf(SAMPLE));
    const entry = keyedPage({ slug: SLUGS.sparse }, page);
    expect(entry.params).toEqual({ slug: SLUGS.sparse });
    expect(entry.props.page).toBe(page);
    expect(entry.cacheKey).toMatch(/^[\w-]{22}$/u);
    expect(keyOf(modelOf(SAMPLE)), "the same archive, built again").toBe(entry.cacheKey);
  });

  cacheKeyTests(SAMPLE, keyOf, {
    changesWith: [
      [
        "its own abstract",
        setPaper(SLUGS.sparse, { abstract: "Sparse attention, even faster now." }),
      ],
      ["its own notes", setPaper(SLUGS.sparse, { notes: "Skip." })],
      [
        "its own title",
        setPaper(SLUGS.sparse, { title: "Sparse attention for long context transformers" }),
      ],
      [
        "a related paper's title",
        setPaper(SLUGS.kernels, { title: "Sparse attention kernels for long context decoding" }),
      ],
      [
        "a neighbour's title",
        setPaper(SLUGS.graphs, { title: "Graph networks for traffic forecasting" }),
      ],
      ["its neighbours (the digest's order)", reverseDigest(0)],
      ["one of its topics' names", renameTopic("graphs", "Graph learning")],
      ...(
        [
          ["its arXiv id", { arxiv_id: "2503.00042" }],
          ["its authors", { authors: ["Ana Souza"] as string[] }],
          ["its arXiv date", { arxiv_date: "2025-02-28" }],
          ["its code repository", { code: "https://github.com/example/other" }],
          ["its project page", { project_page: "https://example.org/other/" }],
          ["its summary by Hugging Face", { ai_summary: "A sentence." }],
        ] as const
      ).map(([what, details]): [string, SpecChange] => [what, setPaper(SLUGS.sparse, { details })]),
      ["a later listing", listAgain(SLUGS.sparse, "2025-03-05")],
    ],
    staysWith: [
      [
        "a paper it does not show",
        setPaper(SLUGS.proteins, {
          title: "Protein design with flow matching",
          abstract: "A flow model samples protein backbones.",
          topics: ["attention"],
        }),
      ],
      [
        "a neighbour's abstract, notes and topics (it shows only their titles)",
        setPaper(SLUGS.graphs, {
          abstract: "Message passing over road graphs predicts traffic jams.",
          notes: "A note.",
          topics: [],
        }),
      ],
      [
        "a related paper's abstract",
        setPaper(SLUGS.kernels, {
          abstract: "Fused kernels make sparse attention fast on phones.",
        }),
      ],
      ["the name of a topic it does not have", renameTopic("proteins", "Protein science")],
    ],
  });
});
