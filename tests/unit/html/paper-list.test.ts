/** Lists of papers on day and topic pages: what each row shows, and text kept as text. */
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import type { ListedPaper } from "../../../src/data/listing.ts";
import { paperList } from "../../../src/html/paper-list.ts";
import { sitePaths } from "../../../src/site/paths.ts";

const paths = sitePaths("/archive/");

const listed: ListedPaper[] = [
  {
    slug: "sparse-attention",
    title: "Sparse attention in $O(n)$",
    excerpt: "We make sparse attention cheap…",
    date: "2025-03-02",
    topics: [
      { id: "attention", name: "Attention" },
      { id: "hand-added", name: "hand-added", unknown: true },
    ],
  },
  {
    slug: "graph-traffic",
    title: "Graphs <b>for</b> traffic & more",
    excerpt: "",
    date: "2025-03-01",
    topics: [],
  },
];

describe("paperList", () => {
  it("shows a day's papers with their topics, and the first listing when it was another day", () => {
    const list = parse(
      paperList({ variant: "digest", papers: listed, day: "2025-03-02" }, paths).text,
    );
    const rows = list.querySelectorAll("ol.paper-list > li");
    expect(rows).toHaveLength(2);
    expect(rows[0]?.querySelector("h2 a")?.getAttribute("href")).toBe(
      "/archive/papers/sparse-attention/",
    );
    expect(rows[0]?.querySelector("h2 math")).not.toBeNull();
    expect(rows[0]?.querySelector("p.meta")?.innerHTML).toBe(
      '<a href="/archive/topics/attention/">Attention</a>, hand-added',
    );
    expect(rows[0]?.querySelector("p.excerpt")?.textContent).toBe(
      "We make sparse attention cheap…",
    );
    expect(rows[1]?.querySelector("p.meta")?.innerHTML).toBe(
      'first listed <time datetime="2025-03-01">1 March 2025</time>',
    );
    expect(rows[1]?.querySelector("p.excerpt")).toBeNull();
  });

  it("keeps a title's markup-like text as text", () => {
    const list = parse(paperList({ variant: "digest", papers: listed }, paths).text);
    const title = list.querySelectorAll("h2 a")[1];
    expect(title?.querySelector("b")).toBeNull();
    expect(title?.textContent).toBe("Graphs <b>for</b> traffic & more");
    expect(list.querySelectorAll("p.meta")[0]?.textContent).toBe(
      "Attention, hand-added · first listed 2 March 2025",
    );
  });

  it("shows a topic's papers as titles at the level asked for, with their excerpts only", () => {
    const list = parse(paperList({ variant: "excerpts", papers: listed, level: 3 }, paths).text);
    expect(list.querySelectorAll("h3 a").map((a) => a.getAttribute("href"))).toEqual([
      "/archive/papers/sparse-attention/",
      "/archive/papers/graph-traffic/",
    ]);
    expect(list.querySelectorAll("h2, p.meta")).toHaveLength(0);
  });
});
