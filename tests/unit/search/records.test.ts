import { type HTMLElement, parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { searchRecord } from "../../../src/search/records.ts";
import { sitePaper } from "../../support/site-paper.ts";

function parts(html: string) {
  const root = parse(html);
  const all = (selector: string, attribute: string) =>
    root.querySelectorAll(selector).map((element: HTMLElement) => element.getAttribute(attribute));
  const body = root.querySelector("body");
  return {
    root,
    filters: all("[data-pagefind-filter]", "data-pagefind-filter"),
    meta: root
      .querySelectorAll("[data-pagefind-meta]")
      .map((element) => [
        element.getAttribute("data-pagefind-meta"),
        element.getAttribute("content"),
      ]),
    sort: body?.getAttribute("data-pagefind-sort"),
    isBody: body?.hasAttribute("data-pagefind-body"),
    text: (body?.querySelectorAll("h1, p") ?? []).map((element) => element.text),
  };
}

describe("searchRecord", () => {
  const paper = sitePaper({
    slug: "sparse-recovery",
    title: "Sparse $\\ell_1$ Recovery at $O(n \\log n)$ Cost",
    date: "2024-12-31",
    dates: ["2024-12-31", "2025-01-02"],
    topics: ["optimization", "learning-theory"],
    abstract: "We recover sparse signals. Code: https://github.com/example/l1-recovery.",
    links: ["https://github.com/example/l1-recovery"],
    authors: ["Ada Lovelace", "王思远"],
    notes: "A note of mine.",
    aiSummary: "Generated words.",
  });

  it("indexes the title as a heading, then the abstract and the authors, as text; never notes or summaries", () => {
    const record = searchRecord(paper);
    expect(record.url).toBe("/papers/sparse-recovery/");
    expect(record.date).toBe("2024-12-31");
    const { text, isBody } = parts(record.html);
    expect(isBody).toBe(true);
    expect(text).toEqual([
      "Sparse ℓ₁ Recovery at O(n log n) Cost",
      "¶",
      "We recover sparse signals. Code: https://github.com/example/l1-recovery.",
      "¶",
      "Ada Lovelace, 王 思 远",
    ]);
    expect(record.html).not.toContain("A note of mine");
    expect(record.html).not.toContain("Generated words");
  });

  it("gives topics, year, month and code as filters only, one per element, and the date as sort and meta", () => {
    const { filters, meta, sort, text } = parts(searchRecord(paper).html);
    expect(filters).toEqual([
      "year:2024",
      "month:2024-12",
      "topic:optimization",
      "topic:learning-theory",
      "code:yes",
    ]);
    expect(text.join(" ")).not.toMatch(/optimization|theory/iu);
    expect(sort).toBe("date:2024-12-31");
    expect(meta).toEqual([
      ["title[content]", "Sparse ℓ₁ Recovery at O(n log n) Cost"],
      ["date[content]", "2024-12-31"],
    ]);
    const plain = sitePaper({ slug: "p", title: "P", date: "2025-03-01", abstract: "A." });
    expect(parts(searchRecord(plain).html).filters).toEqual(["year:2025", "month:2025-03"]);
  });

  it("keeps markup in the text as text, and the separator out of it", () => {
    const hostile = sitePaper({
      slug: "hostile",
      title: '<script>alert("pwned")</script> "Quoted" & ¶',
      date: "2025-01-02",
      abstract: "<img src=x onerror=alert(1)> ¶ end",
      authors: ['Eve "</p><script>"'],
    });
    const { root, text, meta } = parts(searchRecord(hostile).html);
    expect(root.querySelectorAll("script, img")).toHaveLength(0);
    expect(text).toEqual([
      '<script>alert("pwned")</script> "Quoted" &',
      "¶",
      "<img src=x onerror=alert(1)> end",
      "¶",
      'Eve "</p><script>"',
    ]);
    expect(meta[0]).toEqual(["title[content]", '<script>alert("pwned")</script> "Quoted" & ¶']);
  });

  it("makes each Chinese and Japanese character a word, and leaves other scripts as they are", () => {
    const cjk = sitePaper({
      slug: "cjk",
      title: "基于扩散模型的图像生成",
      date: "2025-01-02",
      abstract:
        "我们提出一种新的扩散模型 (diffusion model) 方法。大規模言語モデル、Ранние остановки.",
    });
    const mixed = sitePaper({
      slug: "m",
      title: "基于LLM的RAG",
      date: "2025-01-02",
      abstract: "A.",
    });
    expect(parts(searchRecord(mixed).html).text[0]).toBe("基 于 LLM 的 RAG");
    const { text, meta } = parts(searchRecord(cjk).html);
    expect(text[0]).toBe("基 于 扩 散 模 型 的 图 像 生 成");
    expect(text[2]).toBe(
      "我 们 提 出 一 种 新 的 扩 散 模 型 (diffusion model) 方 法 。 大 規 模 言 語 モ デ ル 、 Ранние остановки.",
    );
    expect(meta[0]).toEqual(["title[content]", "基于扩散模型的图像生成"]);
  });
});
