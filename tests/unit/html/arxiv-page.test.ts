import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { arxivPageParts } from "../../../src/html/arxiv-page.ts";

describe("arxivPageParts", () => {
  it("leads to the paper's page and links it by its title, as text", () => {
    const parts = arxivPageParts({
      id: "2501.01234",
      path: "/archive/papers/sparse-attention/",
      url: "https://example.org/archive/papers/sparse-attention/",
      title: "Sparse <attention> & more",
    });
    expect(parts.title).toBe("arXiv:2501.01234");
    expect(parts.description).toBe("Sparse <attention> & more");
    expect(parts.refresh).toBe("/archive/papers/sparse-attention/");
    expect(parts.canonical).toBe("https://example.org/archive/papers/sparse-attention/");
    const main = parse(parts.main.text);
    expect(main.querySelector("h1")?.textContent).toBe("arXiv:2501.01234");
    const link = main.querySelector("p a");
    expect(link?.getAttribute("href")).toBe("/archive/papers/sparse-attention/");
    expect(link?.textContent).toBe("Sparse <attention> & more");
  });
});
