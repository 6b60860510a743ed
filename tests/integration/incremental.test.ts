/**
 * Incremental builds: a site built over the last build's output, with Astro's page cache, must be
 * the site a clean build of the same content gives, byte for byte, and must reuse the pages whose
 * content did not change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readIndexFigures } from "../../src/search/index-figures.ts";
import {
  CAPTIONS,
  HOLOGRAPHIC,
  MERGING,
  MULTILINGUAL,
  RLHF,
  ROUTING,
  SPARSE,
} from "../support/fixture-site.ts";
import { listFiles, readPagefindFragments } from "../support/site-files.ts";

const { project: clean } = inject("sites");
const rebuilt = inject("rebuilt");
/** Papers first listed in December 2024: the search index's part the rebuild keeps. */
const december = readPagefindFragments(clean.dist).filter((fragment) =>
  fragment.meta["date"]?.startsWith("2024-12"),
).length;

describe("a rebuild after one more digest", () => {
  it("gives the same files as a clean build of the same digests", () => {
    expect(listFiles(rebuilt.dist)).toEqual(listFiles(clean.dist));
  });

  it("gives the same bytes in every file, search index included", () => {
    const differing = listFiles(clean.dist).filter(
      (file) =>
        !readFileSync(join(rebuilt.dist, file)).equals(readFileSync(join(clean.dist, file))),
    );
    expect(differing).toEqual([]);
  });

  it("removed the page and file of a paper that no longer exists, and did not index it", () => {
    const files = listFiles(rebuilt.dist);
    expect(files.filter((file) => file.includes("deleted-paper"))).toEqual([]);
    expect(rebuilt.log).toMatch(/removed 2 files an earlier build left/u);
    const urls = readPagefindFragments(rebuilt.dist).map((fragment) => fragment.url);
    expect(urls.some((url) => url.includes("deleted-paper"))).toBe(false);
  });

  it("kept the search index's part for December, whose papers' indexed text did not change", () => {
    // The Sparse paper of 2024-12-31 is listed again on 2025-01-03: its page changes (it now
    // names three digests), but not what Pagefind indexes, so December is not indexed again.
    expect(december).toBeGreaterThan(0);
    expect(rebuilt.log).toContain(
      `indexed 14 paper pages in 2 parts (${december} kept from the last build)`,
    );
  });

  it("wrote the same figures to Astro's cache folder, where the benchmark reads them", async () => {
    const { seconds, pagesSeconds, after, ...counts } = await readIndexFigures(
      `${rebuilt.dist}.cache`,
    );
    expect(counts).toEqual({ pages: 14, parts: 2, indexed: 14 - december });
    expect(seconds).toBeGreaterThan(0);
    expect(pagesSeconds).toBeGreaterThan(0);
    expect(after).toBeGreaterThanOrEqual(0);
    expect(rebuilt.log).toContain(
      `in ${seconds.toFixed(1)} s, beside the pages (${pagesSeconds.toFixed(1)} s), and ${after.toFixed(1)} s after them`,
    );
  });

  it("left the paper pages whose content did not change as they were, and rendered the rest", () => {
    const pages = listFiles(join(rebuilt.dist, "papers"));
    expect(pages.length).toBeGreaterThan(0);
    expect(rebuilt.untouched.length).toBeGreaterThan(0);
    expect(rebuilt.untouched.length).toBeLessThan(pages.length);
    // The third digest's new paper, the Sparse paper it lists again (its page now names three
    // digests), the JSON digest's new papers and the RLHF paper it enriches (authors, arXiv id,
    // code) were rendered again.
    for (const slug of [MERGING, SPARSE, ROUTING, MULTILINGUAL, CAPTIONS, HOLOGRAPHIC, RLHF]) {
      expect(pages, slug).toContain(`${slug}/index.html`);
      expect(rebuilt.untouched, slug).not.toContain(`${slug}/index.html`);
    }
  });

  it("left the numbered topic pages as they were, and rendered the first page of a topic that gained a paper", () => {
    // Built with numbered pages of one paper: the first build's topics already had some.
    const numbered = listFiles(join(rebuilt.dist, "topics")).filter((file) =>
      /^[^/]+\/\d+\/index\.html$/u.test(file),
    );
    expect(numbered).toContain("parameter-efficient-fine-tuning/1/index.html");
    expect(rebuilt.untouchedTopics).toEqual(expect.arrayContaining(numbered));
    // The third digest's new paper is about model merging.
    expect(rebuilt.untouchedTopics).not.toContain("model-merging/index.html");
  });
});
