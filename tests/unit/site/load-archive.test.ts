import { describe, expect, it } from "vitest";
import type { Content } from "../../../src/content/archive-files.ts";
import { mapStrings, siteContent } from "../../../src/site/load-archive.ts";

describe("mapStrings", () => {
  it("maps every string through arrays and plain objects, and nothing else", () => {
    const date = new Date(0);
    const value = { a: "x", b: ["y", { c: "z", n: 1, d: date, none: null }] };
    const mapped = mapStrings(value, (text) => text.toUpperCase());
    expect(mapped).toEqual({ a: "X", b: ["Y", { c: "Z", n: 1, d: date, none: null }] });
    expect(mapped.b[1]).not.toBe(value.b[1]);
    expect(value.a).toBe("x");
  });
});

describe("siteContent", () => {
  it("replaces what no page or feed can carry in papers, digests and topics alike", () => {
    const content: Content = {
      papers: [
        {
          slug: "a",
          file: "content/papers/a.md",
          text: "",
          data: {
            title: "T\uFFFF",
            date: "2025-01-01",
            dates: ["2025-01-01"],
            topics: [],
            links: [],
            authors: ["N\u0001"],
          },
          body: "B\uFFFE",
        },
      ],
      digests: [
        {
          file: "d.txt",
          date: "2025-01-01",
          entries: [{ title: "T\uFFFF", abstract: "", line: 1 }],
        },
      ],
      topics: [{ id: "t", name: "N\u0002", description: "", phrases: [] }],
      warnings: [],
    };
    const shown = siteContent(content);
    expect(shown.papers[0]?.data.title).toBe("T\uFFFD");
    expect(shown.papers[0]?.data.authors).toEqual(["N\uFFFD"]);
    expect(shown.papers[0]?.body).toBe("B\uFFFD");
    expect(shown.digests[0]?.entries[0]?.title).toBe("T\uFFFD");
    expect(shown.topics[0]?.name).toBe("N\uFFFD");
  });
});
