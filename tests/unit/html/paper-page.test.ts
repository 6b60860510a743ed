/** A paper page's markup, from its data: what a reader sees, and nothing a paper file could inject. */
import { type HTMLElement, parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { paperPage } from "../../../src/data/paper-page.ts";
import type { SiteModel } from "../../../src/data/site-model.ts";
import { paperPageParts } from "../../../src/html/paper-page.ts";
import { setPaper } from "../../support/archive-changes.ts";
import { modelOf } from "../../support/memory-archive.ts";
import { SAMPLE, SLUGS } from "../../support/page-data-archive.ts";

function partsOf(model: SiteModel, slug: string = SLUGS.sparse) {
  const paper = model.archive.bySlug.get(slug);
  if (!paper) throw new Error(`no paper ${slug}`);
  return paperPageParts(paperPage(model, paper), model.paths);
}

const text = (element: HTMLElement | null) => element?.textContent ?? "";

describe("paperPageParts", () => {
  const parts = partsOf(modelOf(SAMPLE));
  const main = parse(parts.main.text);

  it("gives the frame the page's plain-text title, description and address", () => {
    expect(parts.title).toBe("Sparse attention in O(n) for long context transformers");
    expect(parts.description).toMatch(/^We make sparse attention over long context windows cheap/u);
    expect(parts.canonical).toBe("https://example.org/archive/papers/sparse-attention/");
  });

  it("shows the title with its math typeset, the listing days and topics as links", () => {
    const h1 = main.querySelector("article h1");
    expect(h1?.querySelector("math")).not.toBeNull();
    expect(main.querySelectorAll("p.meta")[0]?.innerHTML).toBe(
      'Listed in 2 digests, first on <a href="/archive/dates/2025/03/01/"><time datetime="2025-03-01">1 March 2025</time></a>, last on <a href="/archive/dates/2025/03/02/"><time datetime="2025-03-02">2 March 2025</time></a>',
    );
    expect(main.querySelectorAll("p.meta")[1]?.innerHTML).toBe(
      '<span>Topics: </span><a href="/archive/topics/attention/">Attention</a>, <a href="/archive/topics/graphs/">Graphs</a>',
    );
  });

  it("links the abstract's URLs, and the code and other pages by kind", () => {
    const abstractLinks = main.querySelectorAll("p.abstract a").map((a) => a.getAttribute("href"));
    expect(abstractLinks).toEqual([
      "https://github.com/example/sparse",
      "https://example.org/demo",
    ]);
    expect(main.querySelectorAll("dl.link-groups dt").map(text)).toEqual([
      "Code",
      "Project and other pages",
      "Find this title on",
    ]);
    expect(text(main.querySelector("p.notes"))).toBe("Read for the reading group.");
  });

  it("lists related papers and the digest's neighbours by title", () => {
    expect(main.querySelectorAll("#related + ol a").map(text)).toContain(
      "Sparse attention kernels for long context inference",
    );
    const neighbours = main.querySelector('nav[aria-label="In this digest"]');
    expect(neighbours?.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe(
      "/archive/papers/graph-traffic/",
    );
    expect(text(neighbours?.querySelector('a[rel="next"]') ?? null)).toBe(
      "Reinforcement learning for robot grasping →",
    );
  });

  it("keeps text from a paper file as text everywhere: title, abstract, notes, topics, head", () => {
    const attack = `<img src=x onerror="alert(1)"> & </script>`;
    const hostile = partsOf(
      modelOf(
        SAMPLE,
        setPaper(SLUGS.sparse, {
          title: attack,
          abstract: `${attack} see javascript:alert(1)`,
          notes: attack,
          topics: ["attention", "<b>unknown</b>"],
        }),
      ),
    );
    const page = parse(`<head>${hostile.head.text}</head>${hostile.main.text}`);
    expect(page.querySelectorAll("img, b, script:not([type='application/ld+json'])")).toEqual([]);
    expect(text(page.querySelector("h1"))).toBe(attack);
    expect(text(page.querySelector("p.notes"))).toBe(attack);
    expect(page.querySelectorAll("p.abstract a")).toEqual([]);
    // A topic the taxonomy does not know is named, not linked.
    expect(page.querySelectorAll("p.meta span").map(text)).toContain("<b>unknown</b>");
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBe(attack);
    // JSON-LD stays inside its script element.
    const jsonLd = page.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd?.textContent ?? "").headline).toBe(attack);
  });
});
