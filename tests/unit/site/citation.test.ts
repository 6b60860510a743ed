import { describe, expect, it } from "vitest";
import type { Paper } from "../../../src/site/archive.ts";
import {
  bibtex,
  bibtexText,
  scholarlyArticleJson,
  scholarMeta,
} from "../../../src/site/citation.ts";
import { isCodeLink, partitionLinks } from "../../../src/site/code-links.ts";
import { richSegments } from "../../../src/site/rich-text/rich-text.ts";

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

describe("code links", () => {
  it("knows repositories from other pages", () => {
    expect(isCodeLink("https://github.com/XiaojieGu/UltraEdit")).toBe(true);
    expect(isCodeLink("https://gitlab.com/a/b")).toBe(true);
    expect(isCodeLink("https://github.com/")).toBe(false);
    expect(isCodeLink("https://step-law.github.io/")).toBe(false);
    expect(isCodeLink("not a url")).toBe(false);
    expect(partitionLinks(["https://github.com/a/b", "https://ibm.biz/x"])).toEqual({
      code: ["https://github.com/a/b"],
      other: ["https://ibm.biz/x"],
    });
  });
});

describe("richSegments", () => {
  it("typesets math, links URLs, and leaves the rest as text", () => {
    const segments = richSegments("See $\\ell_1$ at https://x.org/a. <b>", { links: true });
    expect(segments.map((segment) => segment.kind)).toEqual([
      "text",
      "math",
      "text",
      "link",
      "text",
    ]);
    expect(segments[3]).toEqual({ kind: "link", text: "https://x.org/a", href: "https://x.org/a" });
    expect(segments[4]).toEqual({ kind: "text", text: ". <b>" });
  });

  it("shows math KaTeX cannot parse as its source text", () => {
    expect(richSegments("Broken $\\frac{a$ here")).toEqual([
      { kind: "text", text: "Broken " },
      { kind: "text", text: "$\\frac{a$" },
      { kind: "text", text: " here" },
    ]);
  });
});
