import { describe, expect, it } from "vitest";
import { externalSearches } from "../../../src/site/search-links.ts";

describe("externalSearches", () => {
  it("searches arXiv, Hugging Face and Scholar for the title without math delimiters", () => {
    const query = "Sparse%20%5Cell_1%20Recovery%20%26%20more";
    expect(externalSearches("Sparse $\\ell_1$  Recovery & more ")).toEqual([
      { label: "arXiv", href: `https://arxiv.org/search/?searchtype=title&query=${query}` },
      { label: "Hugging Face", href: `https://huggingface.co/papers?q=${query}` },
      { label: "Google Scholar", href: `https://scholar.google.com/scholar?q=%22${query}%22` },
    ]);
  });
});
