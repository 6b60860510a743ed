import { describe, expect, it } from "vitest";
import { feedItem } from "../../../src/site/feed-items.ts";

describe("feedItem", () => {
  it("gives plain text with math as text, the day at midnight UTC, and topic names", () => {
    const paper = {
      slug: "sparse",
      title: "Sparse $\\ell_1$ Recovery <b>",
      date: "2024-12-31",
      dates: ["2024-12-31"],
      topics: ["optimization"],
      links: [],
      abstract: "In $O(n)$ time.",
      notes: "",
    };
    const link = "https://example.org/papers/sparse/";
    expect(feedItem(paper, link, (id) => `Topic ${id}`)).toEqual({
      title: "Sparse ℓ₁ Recovery <b>",
      link,
      pubDate: new Date("2024-12-31T00:00:00Z"),
      description: "In O(n) time.",
      categories: ["Topic optimization"],
    });
  });
});
