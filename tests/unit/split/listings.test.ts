/** Which listings are one paper: arXiv id first when both sides have one, else the title. */
import { describe, expect, it } from "vitest";
import type { Digest } from "../../../src/content/digest-file.ts";
import type { StoredPaper } from "../../../src/content/papers/paper-file.ts";
import type { PaperDetails } from "../../../src/content/papers/paper-schema.ts";
import { groupListings } from "../../../src/split/listings.ts";

function stored(slug: string, title: string, arxivId?: string): StoredPaper {
  const data = { title, date: "2025-07-30", dates: ["2025-07-30"], topics: [], links: [] };
  return {
    slug,
    file: `content/papers/${slug}.md`,
    text: "",
    data: arxivId === undefined ? data : { ...data, arxiv_id: arxivId },
    body: "An abstract.\n",
  };
}

function digest(file: string, entries: [string, PaperDetails?][]): Digest {
  return {
    file: `content/digests/${file}`,
    date: file.slice(0, 10),
    entries: entries.map(([title, details], index) => ({
      title,
      abstract: "An abstract.",
      line: index + 1,
      ...(details ? { details } : {}),
    })),
  };
}

function summary(result: ReturnType<typeof groupListings>) {
  return result.listings.map((listing) => ({
    title: listing.title,
    dates: [...listing.dates],
    stored: listing.stored?.slug,
    details: listing.details,
  }));
}

describe("groupListings", () => {
  it("gives a stored paper its re-titled listing by arXiv id, and a pasted one by title", () => {
    const result = groupListings(
      [
        digest("2025-08-01.json", [["Foo, Revised", { arxiv_id: "2507.00001" }]]),
        digest("2025-07-31.txt", [["FOO"]]),
      ],
      [stored("foo", "Foo", "2507.00001")],
    );
    expect(summary(result)).toEqual([
      {
        title: "FOO",
        dates: ["2025-07-31", "2025-08-01"],
        stored: "foo",
        details: { arxiv_id: "2507.00001" },
      },
    ]);
    expect(result.count).toBe(2);
  });

  it("joins new listings by title, then by the arXiv id a JSON listing brought", () => {
    const result = groupListings(
      [
        digest("2025-07-30.txt", [["Bar"]]),
        digest("2025-07-31.json", [["Bar", { arxiv_id: "2507.00002" }]]),
        digest("2025-08-01.json", [["Bar: A Better Title", { arxiv_id: "2507.00002" }]]),
      ],
      [],
    );
    expect(summary(result)).toEqual([
      {
        title: "Bar",
        dates: ["2025-07-30", "2025-07-31", "2025-08-01"],
        stored: undefined,
        details: { arxiv_id: "2507.00002" },
      },
    ]);
  });

  it("takes each key from the newest listing that gives it", () => {
    const result = groupListings(
      [
        digest("2025-08-01.json", [["Baz", { code: "https://github.com/new/baz" }]]),
        digest("2025-07-31.json", [
          ["Baz", { code: "https://github.com/old/baz", ai_summary: "Old summary." }],
        ]),
      ],
      [],
    );
    expect(result.listings[0]?.details).toEqual({
      code: "https://github.com/new/baz",
      ai_summary: "Old summary.",
    });
  });

  it("warns about two stored files with one arXiv id, and sends listings to the first", () => {
    const result = groupListings(
      [digest("2025-08-01.json", [["Other title", { arxiv_id: "2507.00003" }]])],
      [stored("b-copy", "B copy", "2507.00003"), stored("a", "A", "2507.00003")],
    );
    expect(result.listings[0]?.stored?.slug).toBe("a");
    expect(result.warnings).toEqual([
      {
        file: "content/papers/b-copy.md",
        message:
          "has the same arXiv id as content/papers/a.md; the digests' listings go to content/papers/a.md",
        fix: "delete one of the two files, keeping the edits you want",
      },
    ]);
  });

  it("gives two stored files of one title each its own listing, by abstract, with no warning", () => {
    const withBody = (paper: StoredPaper, body: string) => ({ ...paper, body });
    const result = groupListings(
      [
        {
          file: "content/digests/2025-08-01.txt",
          date: "2025-08-01",
          entries: [
            { title: "Foo", abstract: "Protein folding with diffusion models.", line: 3 },
            { title: "FOO", abstract: "Speech recognition for forty languages.", line: 7 },
          ],
        },
      ],
      [
        withBody(stored("foo", "Foo"), "Speech recognition for forty languages.\n"),
        withBody(stored("foo-2", "Foo"), "Protein folding with diffusion models.\n\nMy notes.\n"),
      ],
    );
    expect(summary(result).map((listing) => [listing.title, listing.stored])).toEqual([
      ["Foo", "foo-2"],
      ["FOO", "foo"],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("warns about two stored files of one title and a similar abstract", () => {
    const result = groupListings([], [stored("a-copy", "A"), stored("a", "A"), stored("b", "B")]);
    expect(result.warnings.map((warning) => [warning.file, warning.message])).toEqual([
      [
        "content/papers/a-copy.md",
        "has the same title and a similar abstract as content/papers/a.md; the digests' listings go to content/papers/a.md",
      ],
    ]);
  });
});
