import { describe, expect, it } from "vitest";
import type { SearchFigures, SizeResult } from "../../../src/bench/benchmark.ts";
import { formatResult } from "../../../src/bench/format-results.ts";

const GB = 1024 ** 3;
const KB = 1024;

function search(query: string, gzipKb: number, firstMs: number, completeMs: number): SearchFigures {
  const download = { requests: 12, bytes: gzipKb * 2 * KB, gzipBytes: gzipKb * KB };
  return {
    query,
    throttled: false,
    results: 10,
    firstResultMs: firstMs,
    completeMs,
    beforeFirstResult: download,
    beforeComplete: download,
    runs: 3,
  };
}

function result(overrides: Partial<SizeResult> = {}): SizeResult {
  const clean = { seconds: 43, peakBytes: 1.5 * GB };
  return {
    papers: 10_000,
    runs: 3,
    firstSplit: { seconds: 9.8, peakBytes: 0.25 * GB },
    clean,
    pagefindSeconds: 12.5,
    noop: { seconds: 0.86, peakBytes: 0.1 * GB, ratioToClean: 0.02 },
    forcedNoop: { seconds: 6.45, peakBytes: 1 * GB, ratioToClean: 0.15 },
    editedPaper: { seconds: 8.6, peakBytes: 1 * GB, ratioToClean: 0.2 },
    incremental: { papers: 40, seconds: 15.05, peakBytes: 1.2 * GB, ratioToClean: 0.35 },
    peer: {
      papers: 10_000,
      hugo: { seconds: 7, peakBytes: 0.25 * GB },
      pagefind: { seconds: 10, peakBytes: 0.75 * GB },
      clean: { seconds: 17.2, peakBytes: 0.75 * GB },
      ourRatio: 43 / 17.2,
    },
    dist: {
      files: 20_500,
      bytes: 114 * 1024 ** 2,
      byKind: {
        html: { files: 20_000, bytes: 80 * 1024 ** 2 },
        "search index": { files: 400, bytes: 30 * 1024 ** 2 },
        "feeds and sitemaps": { files: 60, bytes: 3 * 1024 ** 2 },
        other: { files: 40, bytes: 1024 ** 2 },
      },
    },
    bytesPerPaper: (114 * 1024 ** 2) / 10_000,
    artifactGzipBytes: 29 * 1024 ** 2,
    firstSearch: { query: "adaptation", results: 10, requests: 12, bytes: 2, gzipBytes: 1 },
    search: {
      baselineIndex: { seconds: 14, peakBytes: 0.8 * GB },
      queries: [
        {
          query: "adaptation",
          ours: {
            unthrottled: search("adaptation", 218, 120, 480),
            throttled: search("adaptation", 218, 3600, 4100),
          },
          baseline: {
            unthrottled: search("adaptation", 176, 100, 100),
            throttled: search("adaptation", 176, 3000, 3000),
          },
          firstSearchBytesRatio: 218 / 176,
          lighthouse: {
            score: 99,
            firstContentfulPaintMs: 1092,
            largestContentfulPaintMs: 1806.2,
            totalBlockingTimeMs: 106,
            cumulativeLayoutShift: 0,
            speedIndexMs: 1313,
          },
        },
      ],
    },
    ...overrides,
  };
}

/** The cells after a row's label, the row found by its label. */
const cells = (text: string, label: string) =>
  text
    .split("\n")
    .find((row) => row.startsWith(`${label}  `))
    ?.slice(label.length)
    .trim()
    .split(/\s{2,}/u);

describe("formatResult", () => {
  it("prints the clean build beside the peer's, with the ratio", () => {
    const text = formatResult(result());
    expect(text.split("\n")[0]).toBe(
      "10,000 papers (3 runs: times are medians, peaks the highest)",
    );
    expect(cells(text, "clean build")).toEqual([
      "43.0 s, peak 1.50 GB",
      "17.2 s, peak 0.75 GB",
      "2.50×",
    ]);
    expect(cells(text, "  hugo --minify")).toEqual(["7.0 s, peak 0.25 GB"]);
    expect(cells(text, "  of which Pagefind")).toEqual(["12.5 s"]);
    expect(cells(text, "first split, before the clean build")).toEqual(["9.8 s, peak 0.25 GB"]);
  });

  it("prints the rebuilds as shares of the clean build", () => {
    const text = formatResult(result());
    expect(cells(text, "no-op rebuild (npm run build)")).toEqual([
      "0.9 s (2% of clean), peak 0.10 GB",
    ]);
    expect(cells(text, "  the same with --force")).toEqual(["6.5 s (15% of clean), peak 1.00 GB"]);
    expect(cells(text, "one paper file edited")).toEqual(["8.6 s (20% of clean), peak 1.00 GB"]);
    expect(cells(text, "add one day (40 papers)")).toEqual(["15.1 s (35% of clean), peak 1.20 GB"]);
  });

  it("prints bytes per paper and the compressed artifact", () => {
    const text = formatResult(result());
    expect(cells(text, "published per paper")).toEqual(["11.7 KB"]);
    expect(cells(text, "compressed artifact (tar.gz)")).toEqual(["29.0 MB, 3.0 KB per paper"]);
  });

  it("prints each query's first-search bytes against the baseline's, and its times", () => {
    const text = formatResult(result());
    expect(cells(text, '"adaptation": download before first result')).toEqual([
      "218.0 KB gzipped, 12 requests",
      "176.0 KB gzipped, 12 requests",
      "1.24×",
    ]);
    expect(cells(text, "  first result / complete")).toEqual([
      "120 ms / 480 ms",
      "100 ms / 100 ms",
      "1.20×",
    ]);
    expect(cells(text, "  same on 1.6 Mbps, 150 ms")).toEqual([
      "3,600 ms / 4,100 ms",
      "3,000 ms / 3,000 ms",
      "1.20×",
    ]);
  });

  it("prints Lighthouse's performance score for each query and what it comes from", () => {
    const text = formatResult(result());
    expect(cells(text, "  Lighthouse (mobile), search page")).toEqual([
      "performance 99, layout shift 0.000",
    ]);
    expect(cells(text, "  blocking time / LCP")).toEqual(["106 ms / 1,806 ms"]);
  });

  it("says why the peer and the baseline were skipped", () => {
    const text = formatResult(
      result({
        peer: { skipped: "no hugo on the PATH (apt-get install hugo)" },
        search: { ...result().search, baselineSkipped: "no baseline above 10,000 papers" },
      }),
    );
    expect(cells(text, "clean build")).toEqual(["43.0 s, peak 1.50 GB", "skipped"]);
    expect(text).not.toContain("hugo --minify");
    expect(text.split("\n").slice(-2)).toEqual([
      "Peer: no hugo on the PATH (apt-get install hugo).",
      "Search: no baseline above 10,000 papers.",
    ]);
  });
});
