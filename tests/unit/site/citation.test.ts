import { describe, expect, it } from "vitest";
import type { Paper } from "../../../src/site/archive.ts";
import {
  bibtex,
  bibtexText,
  scholarlyArticleJson,
  scholarMeta,
} from "../../../src/site/citation.ts";

const paper: Paper = {
  slug: "sparse-ell-1-recovery",
  title: "Sparse $\\ell_1$ Recovery & 100% of <b>Bugs</b>_{x}",
  date: "2024-12-31",
  dates: ["2024-12-31", "2025-01-02"],
  topics: ["optimization"],
  links: ["https://github.com/example/l1-recovery"],
  abstract: "We recover </script><script>alert(1)</script> signals in $O(n)$ time.",
  notes: "",
};
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
