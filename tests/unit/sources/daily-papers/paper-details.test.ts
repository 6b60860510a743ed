/** What a record gives a paper file: only values that are safe and well-formed, the rest warned about. */
import { describe, expect, it } from "vitest";
import { paperDetails } from "../../../../src/sources/daily-papers/paper-details.ts";
import { dailyPapersRecordSchema } from "../../../../src/sources/daily-papers/record.ts";

function detailsOf(paper: Record<string, unknown>) {
  const record = dailyPapersRecordSchema.parse({
    paper: { id: "2508.01234", title: "T", summary: "S", ...paper },
  });
  const leftOut: string[] = [];
  const details = paperDetails(record.paper, (message) => leftOut.push(message));
  return { details, leftOut };
}

describe("paperDetails", () => {
  it("keeps the id, authors in order, the arXiv day, links and summary, whitespace normalised", () => {
    expect(
      detailsOf({
        authors: [{ name: " Zoë\u00a0Lefèvre " }, { name: "王思远" }, { name: "" }, { _id: "x" }],
        publishedAt: "2025-07-29T17:59:58.000Z",
        githubRepo: "https://github.com/example-lab/dit-mup",
        projectPage: " http://example.org/project ",
        ai_summary: "One\nsentence.",
      }),
    ).toEqual({
      details: {
        arxiv_id: "2508.01234",
        authors: ["Zoë Lefèvre", "王思远"],
        arxiv_date: "2025-07-29",
        code: "https://github.com/example-lab/dit-mup",
        project_page: "http://example.org/project",
        ai_summary: "One sentence.",
      },
      leftOut: [],
    });
  });

  it("takes the arXiv day in UTC, whatever zone the timestamp is written in", () => {
    expect(detailsOf({ publishedAt: "2025-07-31T23:30:00.000-02:00" }).details.arxiv_date).toBe(
      "2025-08-01",
    );
    expect(detailsOf({ publishedAt: "2025-07-31" }).details.arxiv_date).toBe("2025-07-31");
  });

  it("accepts arXiv ids old and new, with versions", () => {
    for (const id of [
      "2508.01234",
      "2508.01234v2",
      "0704.0001",
      "hep-th/9901001",
      "math.GT/0309136v1",
    ]) {
      expect(detailsOf({ id }).details.arxiv_id).toBe(id);
    }
  });

  it("leaves out, with a reason, ids, links and dates it cannot store safely", () => {
    const { details, leftOut } = detailsOf({
      id: "javascript:alert(1)",
      githubRepo: "javascript:alert(document.cookie)",
      projectPage: "ftp://example.org/x",
      publishedAt: "July 29, 2025 10:00",
    });
    expect(details).toEqual({});
    expect(leftOut).toEqual([
      'paper.id "javascript:alert(1)" is not an arXiv id; no arxiv_id was stored',
      'paper.publishedAt "July 29, 2025 10:00" is not an ISO date; no arxiv_date was stored',
      'paper.githubRepo "javascript:alert(document.cookie)" is not an http(s) URL; it was not stored',
      'paper.projectPage "ftp://example.org/x" is not an http(s) URL; it was not stored',
    ]);
  });

  it("refuses links that only look like http(s) URLs", () => {
    for (const url of [
      "https://",
      "https:example.org",
      "//example.org/a",
      "https://a.org/x y",
      "data:text/html,<b>",
    ]) {
      expect(detailsOf({ projectPage: url }).details.project_page).toBeUndefined();
    }
  });

  it("gives nothing for missing and null fields, without warnings", () => {
    expect(
      detailsOf({
        authors: null,
        publishedAt: null,
        githubRepo: "",
        projectPage: null,
        ai_summary: " ",
      }),
    ).toEqual({ details: { arxiv_id: "2508.01234" }, leftOut: [] });
  });
});
