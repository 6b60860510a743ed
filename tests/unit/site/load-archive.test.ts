import { describe, expect, it } from "vitest";
import type { Content } from "../../../src/content/archive-files.ts";
import { siteContent } from "../../../src/site/load-archive.ts";

describe("siteContent", () => {
  it("replaces what no page or feed can carry in papers' shown text, digest titles and topics", () => {
    const content: Content = {
      papers: [
        {
          slug: "a",
          file: "content/papers/a.md",
          text: "title: T\uFFFF",
          data: {
            title: "T\uFFFF",
            date: "2025-01-01",
            dates: ["2025-01-01"],
            topics: [],
            links: ["https://a.org/\uFFFF"],
            authors: ["N\u0001"],
            ai_summary: "S\u007F",
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
    expect(shown.papers[0]?.data.links).toEqual(["https://a.org/\uFFFD"]);
    expect(shown.papers[0]?.data.ai_summary).toBe("S\uFFFD");
    expect(shown.papers[0]?.body).toBe("B\uFFFD");
    expect(shown.digests[0]?.entries[0]?.title).toBe("T\uFFFD");
    expect(shown.topics[0]?.name).toBe("N\uFFFD");
    // The file's raw text is not shown: it is left as the file holds it.
    expect(shown.papers[0]?.text).toBe("title: T\uFFFF");
  });
});
