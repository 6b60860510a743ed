import { describe, expect, it } from "vitest";
import { isArxivRedirect, sitePaths } from "../../../src/site/paths.ts";

describe("sitePaths", () => {
  it("builds every URL with a trailing slash under the base path", () => {
    for (const base of ["/my-archive", "/my-archive/", "my-archive"]) {
      const paths = sitePaths(base);
      expect(paths.home).toBe("/my-archive/");
      expect(paths.paper("x")).toBe("/my-archive/papers/x/");
      expect(paths.arxiv("2501.01234")).toBe("/my-archive/arxiv/2501.01234/");
      expect(paths.arxiv("hep-th/9901001")).toBe("/my-archive/arxiv/hep-th/9901001/");
      expect(paths.topic("t1")).toBe("/my-archive/topics/t1/");
      expect(paths.topic("t1", 2)).toBe("/my-archive/topics/t1/2/");
      // Page 1 is a numbered page (the oldest papers), not the first page.
      expect(paths.topic("t1", 1)).toBe("/my-archive/topics/t1/1/");
      expect(paths.day("2025-07-30")).toBe("/my-archive/dates/2025/07/30/");
      expect(paths.search({ q: "low rank & more", topic: "t1" })).toBe(
        "/my-archive/search/?q=low+rank+%26+more&topic=t1",
      );
    }
    expect(sitePaths("/").feed).toBe("/rss.xml");
  });
});

describe("isArxivRedirect", () => {
  it("knows the /arxiv/<id>/ pages under the base path from every other page", () => {
    expect(isArxivRedirect("https://example.org/my-archive/arxiv/2501.01234/", "/my-archive")).toBe(
      true,
    );
    expect(isArxivRedirect("https://example.org/arxiv/hep-th/9901001/", "/")).toBe(true);
    expect(isArxivRedirect("https://example.org/my-archive/papers/arxiv/", "/my-archive/")).toBe(
      false,
    );
    expect(isArxivRedirect("https://example.org/arxiv/2501.01234/", "/my-archive/")).toBe(false);
    expect(isArxivRedirect("https://example.org/my-archive/", "/my-archive/")).toBe(false);
  });
});
