import { describe, expect, it } from "vitest";
import { listMatch, shownResult } from "../../../src/search/shown-result.ts";

describe("shownResult", () => {
  it("gives the page the title, date, topics, the abstract's excerpt and the matched words", () => {
    const shown = shownResult({
      url: "/papers/low-rank/",
      content: "Low-Rank Adapters ¶ Adapters are cheap to train. ¶ Ada Lovelace",
      weighted_locations: [
        { location: 1, balanced_score: 1 },
        { location: 3, balanced_score: 1 },
      ],
      meta: { title: "Low-Rank Adapters", date: "2025-01-02" },
      filters: { topic: ["peft", "matrices"], year: ["2025"] },
    });
    expect(shown).toEqual({
      url: "/papers/low-rank/",
      title: "Low-Rank Adapters",
      date: "2 January 2025",
      topics: ["peft", "matrices"],
      excerpt: [
        { text: "Adapters", marked: true },
        { text: " are cheap to train.", marked: false },
      ],
      matched: ["Adapters", "Adapters"],
    });
  });

  it("falls back to the URL for a page without a title, and to nothing for its date and topics", () => {
    const shown = shownResult({
      url: "/papers/x/",
      content: "words",
      weighted_locations: [],
      meta: {},
      filters: {},
    });
    expect([shown.title, shown.date, shown.topics]).toEqual(["/papers/x/", "", []]);
  });
});

describe("listMatch", () => {
  it("is exact when one of the first page holds every word, or there is nothing to judge", () => {
    expect(listMatch([["merge"], ["merging", "models"]], ["merging", "models"])).toBe("exact");
    expect(listMatch([], ["xyzzy"])).toBe("exact");
    expect(listMatch([["anything"]], [])).toBe("exact");
  });

  it("is close when the best only hold words like the query's, none when they merely begin alike", () => {
    expect(listMatch([["merge"]], ["mergers"])).toBe("close");
    expect(listMatch([["a"], ["ab"]], ["architectures"])).toBe("none");
  });

  it("judges the first page only", () => {
    const loose = Array.from({ length: 10 }, () => ["a"]);
    expect(listMatch([...loose, ["architectures"]], ["architectures"])).toBe("none");
  });
});
