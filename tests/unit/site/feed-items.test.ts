import { getRssString } from "@astrojs/rss";
import { describe, expect, it } from "vitest";
import type { Paper } from "../../../src/site/archive.ts";
import { DUBLIN_CORE, feedContent, feedItem } from "../../../src/site/feed-items.ts";
import { parseXml, xmlProblem } from "../../support/site-files.ts";

const pasted: Paper = {
  slug: "sparse",
  title: "Sparse $\\ell_1$ Recovery <b>",
  date: "2024-12-31",
  dates: ["2024-12-31"],
  topics: ["optimization"],
  links: [],
  abstract: "In $O(n)$ time.",
  notes: "",
};
const AUTHORS = ["Zoë Lefèvre", "王思远", '<img src=x onerror=alert("a")>', "Tom & 'Jerry'"];
const fromApi: Paper = { ...pasted, slug: "api", authors: AUTHORS };
const link = "https://example.org/papers/sparse/";

describe("feedItem", () => {
  it("gives plain text with math as text, the day at midnight UTC, and topic names", () => {
    expect(feedItem(pasted, link, (id) => `Topic ${id}`)).toEqual({
      title: "Sparse ℓ₁ Recovery <b>",
      link,
      pubDate: new Date("2024-12-31T00:00:00Z"),
      description: "In O(n) time.",
      categories: ["Topic optimization"],
    });
  });

  it("names each author in a dc:creator element, in order, escaped", () => {
    expect(feedItem(fromApi, link, (id) => id).customData).toBe(
      "<dc:creator>Zoë Lefèvre</dc:creator><dc:creator>王思远</dc:creator>" +
        "<dc:creator>&lt;img src=x onerror=alert(&quot;a&quot;)&gt;</dc:creator>" +
        "<dc:creator>Tom &amp; &apos;Jerry&apos;</dc:creator>",
    );
  });
});

describe("feedContent", () => {
  it("declares Dublin Core only when an item names authors", () => {
    const plain = [feedItem(pasted, link, (id) => id)];
    expect(feedContent(plain)).toEqual({ items: plain });
    const withAuthors = [...plain, feedItem(fromApi, link, (id) => id)];
    expect(feedContent(withAuthors)).toEqual({ items: withAuthors, xmlns: { dc: DUBLIN_CORE } });
  });

  it("makes a well-formed feed through @astrojs/rss, each author read back as written", async () => {
    const xml = await getRssString({
      title: "Papers",
      description: "Feed",
      site: "https://example.org/",
      ...feedContent([feedItem(fromApi, link, (id) => id), feedItem(pasted, link, (id) => id)]),
    });
    expect(xmlProblem(xml)).toBeUndefined();
    const feed = parseXml(xml);
    expect(feed.querySelector("rss")?.getAttribute("xmlns:dc")).toBe(DUBLIN_CORE);
    const [first, second] = feed.querySelectorAll("item");
    const creators = (item: typeof first) =>
      item?.children
        .filter((child) => child.rawTagName === "dc:creator")
        .map((child) => child.textContent);
    expect(creators(first)).toEqual(AUTHORS);
    expect(creators(second)).toEqual([]);
    expect(xml).not.toContain("<img");
  });
});
