import { describe, expect, it } from "vitest";
import { sitemapUrls } from "../../../src/build/sitemap.ts";

describe("sitemapUrls", () => {
  const root = new URL("https://example.github.io/my-archive/");

  it("puts each page under the base path, once, in numeric order, without error pages", () => {
    expect(
      sitemapUrls(
        [
          "topics/robustness/10/",
          "",
          "topics/robustness/2/",
          "404/",
          "papers/lora-b/",
          "/papers/lora-b/",
          "topics/robustness/",
          "500",
        ],
        root,
      ),
    ).toEqual([
      "https://example.github.io/my-archive/",
      "https://example.github.io/my-archive/papers/lora-b/",
      "https://example.github.io/my-archive/topics/robustness/",
      "https://example.github.io/my-archive/topics/robustness/2/",
      "https://example.github.io/my-archive/topics/robustness/10/",
    ]);
  });

  it("leaves out the pages it is told to", () => {
    const urls = sitemapUrls(["arxiv/2507.22118/", "papers/a/"], root, (url) =>
      url.includes("/arxiv/"),
    );
    expect(urls).toEqual(["https://example.github.io/my-archive/papers/a/"]);
  });

  it("keeps a page whose path only starts like an error page", () => {
    expect(sitemapUrls(["papers/404-not-found/"], root)).toEqual([
      "https://example.github.io/my-archive/papers/404-not-found/",
    ]);
  });
});
