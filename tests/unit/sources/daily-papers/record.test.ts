/** The Daily Papers record schema: strict about what the split needs, tolerant of everything else. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dailyPapersRecordSchema } from "../../../../src/sources/daily-papers/record.ts";
import { PROJECT_ROOT } from "../../../support/archive.ts";

const day = JSON.parse(
  readFileSync(join(PROJECT_ROOT, "tests/fixtures/daily-papers/2025-07-31.json"), "utf8"),
) as Record<string, unknown>[];

function withPaper(paper: Record<string, unknown>, top: Record<string, unknown> = {}) {
  return { paper: { id: "2508.01234", title: "T", summary: "S", ...paper }, ...top };
}

function issues(record: unknown): string[] {
  const result = dailyPapersRecordSchema.safeParse(record);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`.trim());
}

describe("Daily Papers record schema", () => {
  it("reads a full record: authors in order, links, counts and dates as the API gives them", () => {
    const record = dailyPapersRecordSchema.parse(day[1]);
    expect(record.paper.id).toBe("2507.22118");
    expect(record.paper.title).toBe("Scaling Diffusion Transformers Efficiently via $μ$P");
    expect(record.paper.authors?.map((author) => author?.name)).toEqual([
      "王思远",
      "Lukas Brenner",
      "Айгерим Садыкова",
      "Mateo García-López",
    ]);
    expect(record.paper.authors?.[0]?.user?.user).toBe("siyuanwang");
    expect(record.paper).toMatchObject({
      publishedAt: "2025-07-29T17:59:58.000Z",
      upvotes: 12,
      githubRepo: "https://github.com/example-lab/dit-mup",
      githubStars: 214,
      projectPage: "https://example-lab.github.io/dit-mup/",
    });
    expect(record.numComments).toBe(3);
  });

  it("accepts every record of the fixture days", () => {
    for (const name of ["2024-12-30", "2025-07-31", "2025-08-01"]) {
      const records = JSON.parse(
        readFileSync(join(PROJECT_ROOT, `tests/fixtures/daily-papers/${name}.json`), "utf8"),
      ) as unknown[];
      expect(records.map(issues)).toEqual(records.map(() => []));
    }
  });

  it("keeps fields it does not know, at the top and in the paper", () => {
    const record = dailyPapersRecordSchema.parse(day[4]);
    expect(record.paper["reviewScores"]).toEqual({ novelty: 3.5, clarity: 4 });
    expect(record["collections"]).toEqual([{ slug: "agents-2025", title: "Agents" }]);
  });

  it("reads missing and null optional fields as absent", () => {
    const record = dailyPapersRecordSchema.parse(day[3]);
    expect(record.paper.upvotes).toBeUndefined();
    expect(record.paper.publishedAt).toBeUndefined();
    expect(record.paper.authors).toBeNull();
    expect(record.paper.githubRepo).toBeNull();
    expect(record.thumbnail).toBeNull();
  });

  it("reads optional fields of an unexpected type as absent instead of failing", () => {
    const record = dailyPapersRecordSchema.parse(
      withPaper(
        {
          authors: [{ name: "Ada" }, "Grace", { name: 7 }, null],
          upvotes: "many",
          githubRepo: { url: "https://github.com/a/b" },
          publishedAt: 20250730,
          ai_summary: ["one", "two"],
        },
        { numComments: "3", submittedBy: "akhaliq" },
      ),
    );
    // A name that is not text, or an entry that is not an author, reads as no name.
    expect(record.paper.authors?.map((author) => author?.name)).toEqual([
      "Ada",
      undefined,
      undefined,
      undefined,
    ]);
    expect(record.paper).toMatchObject({ id: "2508.01234", title: "T", summary: "S" });
    expect([record.paper.upvotes, record.paper.githubRepo, record.paper.publishedAt]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect([record.paper.ai_summary, record.numComments, record.submittedBy]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("requires the paper with its id, title and abstract as text", () => {
    expect(issues({ title: "T" })).toEqual(["paper is missing"]);
    expect(issues({ paper: "2508.01234" })).toEqual(["paper must be an object, not a string"]);
    expect(issues({ paper: { id: "2508.01234", summary: "S" } })).toEqual([
      "paper.title is missing",
    ]);
    expect(issues(withPaper({ title: null }))).toEqual(["paper.title must be text, not null"]);
    expect(issues(withPaper({ summary: 42 }))).toEqual([
      "paper.summary must be text, not a number",
    ]);
    expect(issues(withPaper({ id: ["2508.01234"] }))).toEqual([
      "paper.id must be text, not a list",
    ]);
    expect(issues(withPaper({ title: " \n\u00a0" }))).toEqual(["paper.title is empty"]);
    expect(issues("a record")).toEqual(["must be an object, not a string"]);
    expect(issues(null)).toEqual(["must be an object, not null"]);
  });
});
