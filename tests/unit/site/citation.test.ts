import { describe, expect, it } from "vitest";
import {
  bibtex,
  bibtexName,
  bibtexText,
  scholarlyArticleJson,
  scholarMeta,
} from "../../../src/site/citation.ts";
import { sitePaper } from "../../support/site-paper.ts";

const paper = sitePaper({
  slug: "sparse-ell-1-recovery",
  title: "Sparse $\\ell_1$ Recovery & 100% of <b>Bugs</b>_{x}",
  date: "2024-12-31",
  dates: ["2024-12-31", "2025-01-02"],
  topics: ["optimization"],
  links: ["https://github.com/example/l1-recovery"],
  abstract: "We recover </script><script>alert(1)</script> signals in $O(n)$ time.",
});
const url = "https://example.org/my-archive/papers/sparse-ell-1-recovery/";

describe("bibtex", () => {
  it("writes a @misc entry from what the digest says, and nothing more", () => {
    expect(bibtex(paper, url)).toBe(
      [
        "@misc{sparse-ell-1-recovery,",
        "  title = {{Sparse $\\ell_1$ Recovery \\& 100\\% of <b>Bugs</b>\\_\\{x\\}}},",
        "  year = {2024},",
        "  month = dec,",
        `  howpublished = {\\url{${url}}},`,
        `  url = {${url}},`,
        "  note = {Listed in the paper digest of 2024-12-31},",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("escapes every BibTeX special outside math and keeps math as written", () => {
    expect(bibtexText("a\\b ~c^ #d $x_1$")).toBe(
      "a\\textbackslash{}b \\textasciitilde{}c\\textasciicircum{} \\#d $x_1$",
    );
  });
});

describe("metadata", () => {
  it("gives Scholar plain-text tags and the first listing's date", () => {
    expect(scholarMeta(paper)).toEqual([
      { name: "citation_title", content: "Sparse ℓ₁ Recovery & 100% of <b>Bugs</b>_{x}" },
      { name: "citation_online_date", content: "2024/12/31" },
    ]);
  });

  it("writes JSON-LD that cannot close its script element and invents no author", () => {
    const json = scholarlyArticleJson(paper, url, ["Optimization", "</script><script>"]);
    expect(json).not.toContain("<");
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      "@type": "ScholarlyArticle",
      headline: "Sparse ℓ₁ Recovery & 100% of <b>Bugs</b>_{x}",
      url,
      keywords: "Optimization, </script><script>",
    });
    expect(Object.keys(data).sort()).toEqual(
      ["@context", "@type", "headline", "keywords", "sdDatePublished", "url"].sort(),
    );
    expect(data).not.toHaveProperty("author");
  });
});

/** A paper a JSON digest listed: arXiv id, authors and arXiv date known. */
const fromApi = sitePaper({
  slug: "openforge-rl-open-reinforcement-learning",
  title: "OpenForge-RL: Open </script> Reinforcement Learning & $\\ell_1$ Rewards",
  date: "2026-02-03",
  topics: ["reinforcement-learning"],
  abstract: "We open reinforcement learning.",
  arxivId: "2601.04567",
  authors: ["Zhaoyang Yu", "Zoë Lefèvre", "王思远", "R&D and Evaluation Team", "Smith, Jr."],
  arxivDate: "2026-01-30",
  code: "https://github.com/example/openforge",
  aiSummary: "One sentence.",
});
const apiUrl = "https://example.org/papers/openforge-rl-open-reinforcement-learning/";

describe("citations of a paper with an arXiv id", () => {
  it("BibTeX is an arXiv entry with every author in order, keyed by author, year and title", () => {
    const entry = bibtex(fromApi, apiUrl);
    expect(entry).toBe(
      [
        "@misc{yu2026openforgerl,",
        "  title = {{OpenForge-RL: Open </script> Reinforcement Learning \\& $\\ell_1$ Rewards}},",
        "  author = {Zhaoyang Yu and Zoë Lefèvre and 王思远 and {R\\&D and Evaluation Team} and {Smith, Jr.}},",
        "  year = {2026},",
        "  month = jan,",
        "  eprint = {2601.04567},",
        "  archivePrefix = {arXiv},",
        "  url = {https://arxiv.org/abs/2601.04567},",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("keeps a name holding the word and, or a comma, whole; escapes BibTeX's specials", () => {
    expect(bibtexName("Anders Andersen")).toBe("Anders Andersen");
    expect(bibtexName("Sandy Anderson")).toBe("Sandy Anderson");
    expect(bibtexName("Research and Development")).toBe("{Research and Development}");
    expect(bibtexName("Research AND Development")).toBe("{Research AND Development}");
    expect(bibtexName("Doe, Jane")).toBe("{Doe, Jane}");
    expect(bibtexName("A_b {c} 100% #1")).toBe("A\\_b \\{c\\} 100\\% \\#1");
  });

  it("without authors: no author field, the slug as key, the year of the arXiv date", () => {
    const { authors: _, ...anonymous } = fromApi;
    expect(
      bibtex({ ...anonymous, arxivId: "math.GT/0309136", arxivDate: "2003-09-08" }, apiUrl),
    ).toBe(
      [
        "@misc{openforge-rl-open-reinforcement-learning,",
        "  title = {{OpenForge-RL: Open </script> Reinforcement Learning \\& $\\ell_1$ Rewards}},",
        "  year = {2003},",
        "  month = sep,",
        "  eprint = {math.GT/0309136},",
        "  archivePrefix = {arXiv},",
        "  url = {https://arxiv.org/abs/math.GT/0309136},",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("authors without an arXiv id keep the entry that cites this site", () => {
    const { arxivId: _, ...unidentified } = fromApi;
    expect(bibtex(unidentified, apiUrl)).toMatch(
      /^@misc\{openforge-rl-open-reinforcement-learning,\n.*\n {2}year = \{2026\},\n {2}month = feb,\n {2}howpublished = /u,
    );
  });

  it("Scholar tags name every author in order, the arXiv date, id and PDF", () => {
    expect(scholarMeta(fromApi)).toEqual([
      {
        name: "citation_title",
        content: "OpenForge-RL: Open </script> Reinforcement Learning & ℓ₁ Rewards",
      },
      { name: "citation_author", content: "Zhaoyang Yu" },
      { name: "citation_author", content: "Zoë Lefèvre" },
      { name: "citation_author", content: "王思远" },
      { name: "citation_author", content: "R&D and Evaluation Team" },
      { name: "citation_author", content: "Smith, Jr." },
      { name: "citation_publication_date", content: "2026/01/30" },
      { name: "citation_online_date", content: "2026/02/03" },
      { name: "citation_arxiv_id", content: "2601.04567" },
      { name: "citation_pdf_url", content: "https://arxiv.org/pdf/2601.04567" },
    ]);
  });

  it("JSON-LD names the authors as people and the arXiv page as the same work", () => {
    const json = scholarlyArticleJson(fromApi, apiUrl, ["Reinforcement learning"]);
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
    expect(JSON.parse(json)).toEqual({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: "OpenForge-RL: Open </script> Reinforcement Learning & ℓ₁ Rewards",
      author: [
        { "@type": "Person", name: "Zhaoyang Yu" },
        { "@type": "Person", name: "Zoë Lefèvre" },
        { "@type": "Person", name: "王思远" },
        { "@type": "Person", name: "R&D and Evaluation Team" },
        { "@type": "Person", name: "Smith, Jr." },
      ],
      url: apiUrl,
      sameAs: "https://arxiv.org/abs/2601.04567",
      keywords: "Reinforcement learning",
      sdDatePublished: "2026-02-03",
    });
  });
});
