/**
 * Incremental builds: a site built over the last build's output, with Astro's page cache, must be
 * the site a clean build of the same content gives, byte for byte, and must reuse the pages whose
 * content did not change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { listFiles, readPagefindFragments } from "./site-files.ts";

const { project: clean } = inject("sites");
const rebuilt = inject("rebuilt");

/** The build log's page lines: path and whether Astro reused the page ("cached", "restored"). */
function pageLines(log: string): { path: string; reused: boolean }[] {
  return [...log.matchAll(/[├└]─ (\S+)(?: \((cached|restored)\))?/gu)].map((match) => ({
    path: match[1] ?? "",
    reused: match[2] !== undefined,
  }));
}

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
    const december = readPagefindFragments(clean.dist).filter((fragment) =>
      fragment.meta["date"]?.startsWith("2024-12"),
    ).length;
    expect(december).toBeGreaterThan(0);
    expect(rebuilt.log).toContain(
      `indexed 10 paper pages in 2 parts (${december} kept from the last build)`,
    );
  });

  it("reused the paper pages whose content did not change and rendered the new day's", () => {
    const papers = pageLines(rebuilt.log).filter((line) =>
      /^\/papers\/[^/]+\/index\.html$/u.test(line.path),
    );
    const reused = papers.filter((line) => line.reused).map((line) => line.path);
    const rendered = papers.filter((line) => !line.reused).map((line) => line.path);
    expect(papers.length).toBe(
      listFiles(join(clean.dist, "papers")).filter((f) => f.endsWith("index.html")).length,
    );
    expect(reused.length).toBeGreaterThan(0);
    // The third digest's own papers are new, so they were rendered.
    const newDay = pageLines(clean.log)
      .map((line) => line.path)
      .filter((path) => path.startsWith("/dates/2025/01/03/"));
    expect(newDay).toHaveLength(1);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(papers.length);
  });
});
