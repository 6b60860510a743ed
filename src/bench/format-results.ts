/** The benchmark's printed tables: one per size, ours beside the peer or baseline, with ratios. */
import type { SearchFigures, SizeResult } from "./benchmark.ts";
import {
  formatGigabytes,
  formatKilobytes,
  formatMegabytes,
  formatMilliseconds,
  formatPercent,
  formatRatio,
  formatSeconds,
} from "./stats.ts";

type Row = [label: string, ours?: string, other?: string, ratio?: string];

const step = (figures: { seconds: number; peakBytes: number }) =>
  `${formatSeconds(figures.seconds)}, peak ${formatGigabytes(figures.peakBytes)}`;

const rebuild = (figures: { seconds: number; peakBytes: number; ratioToClean: number }) =>
  `${formatSeconds(figures.seconds)} (${formatPercent(figures.ratioToClean, 1)} of clean), peak ${formatGigabytes(figures.peakBytes)}`;

const download = (figures: SearchFigures) =>
  `${formatKilobytes(figures.beforeFirstResult.gzipBytes)} gzipped, ${figures.beforeFirstResult.requests} requests`;

const times = (figures: SearchFigures) =>
  `${formatMilliseconds(figures.firstResultMs)} / ${formatMilliseconds(figures.completeMs)}`;

function rows(result: SizeResult): Row[] {
  const { peer } = result;
  const built = "clean" in peer ? peer : undefined;
  const table: Row[] = [
    ["", "ours", "Hugo + Pagefind peer", "ours ÷ peer"],
    [
      "clean build",
      step(result.clean),
      built ? step(built.clean) : "skipped",
      built ? formatRatio(result.clean.seconds, built.clean.seconds) : "",
    ],
  ];
  if (result.pagefindSeconds !== undefined)
    table.push(["  of which Pagefind", formatSeconds(result.pagefindSeconds)]);
  if (built)
    table.push(
      ["  hugo --minify", "", step(built.hugo)],
      ["  pagefind --site", "", step(built.pagefind)],
    );
  table.push(
    ["first split, before the clean build", step(result.firstSplit)],
    ["no-op rebuild (npm run build)", rebuild(result.noop)],
    ["  the same with --force", rebuild(result.forcedNoop)],
    ["one paper file edited", rebuild(result.editedPaper)],
    [`add one day (${result.incremental.papers} papers)`, rebuild(result.incremental)],
    ["files in dist/", result.dist.files.toLocaleString("en")],
    ["published per paper", formatKilobytes(result.bytesPerPaper)],
    ["  HTML per paper", formatKilobytes(result.dist.byKind.html.bytes / result.papers)],
    [
      "  search index per paper",
      formatKilobytes(result.dist.byKind["search index"].bytes / result.papers),
    ],
    [
      "  feeds, sitemaps per paper",
      formatKilobytes(result.dist.byKind["feeds and sitemaps"].bytes / result.papers),
    ],
    [
      "compressed artifact (tar.gz)",
      `${formatMegabytes(result.artifactGzipBytes)}, ${formatKilobytes(result.artifactGzipBytes / result.papers)} per paper`,
    ],
    ["", "", "Pagefind baseline", "ours ÷ baseline"],
  );
  const { search } = result;
  if (search.baselineIndex)
    table.push(["  index of our paper pages", "", step(search.baselineIndex)]);
  for (const query of search.queries) {
    const { ours, baseline } = query;
    table.push(
      [
        `"${query.query}": download before first result`,
        download(ours.unthrottled),
        baseline ? download(baseline.unthrottled) : "",
        query.firstSearchBytesRatio === undefined
          ? ""
          : `${query.firstSearchBytesRatio.toFixed(2)}×`,
      ],
      [
        "  first result / complete",
        times(ours.unthrottled),
        baseline ? times(baseline.unthrottled) : "",
        baseline
          ? formatRatio(ours.unthrottled.firstResultMs, baseline.unthrottled.firstResultMs)
          : "",
      ],
      [
        "  same on 1.6 Mbps, 150 ms",
        times(ours.throttled),
        baseline ? times(baseline.throttled) : "",
        baseline ? formatRatio(ours.throttled.firstResultMs, baseline.throttled.firstResultMs) : "",
      ],
      [
        "  results shown",
        String(ours.unthrottled.results),
        baseline ? String(baseline.unthrottled.results) : "",
      ],
      [
        "  Lighthouse (mobile), search page",
        `performance ${query.lighthouse.score}, layout shift ${query.lighthouse.cumulativeLayoutShift.toFixed(3)}`,
      ],
      [
        "  blocking time / LCP",
        `${formatMilliseconds(query.lighthouse.totalBlockingTimeMs)} / ${formatMilliseconds(query.lighthouse.largestContentfulPaintMs)}`,
      ],
    );
  }
  return table;
}

function layout(table: readonly Row[]): string {
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...table.map((row) => (row[column] ?? "").length)),
  );
  return table
    .map((row) =>
      widths
        .map((width, column) => (row[column] ?? "").padEnd(width))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function formatResult(result: SizeResult): string {
  const runs = `${result.runs} run${result.runs === 1 ? "" : "s"}`;
  const notes = [
    "skipped" in result.peer ? `Peer: ${result.peer.skipped}.` : undefined,
    result.search.baselineSkipped ? `Search: ${result.search.baselineSkipped}.` : undefined,
  ].filter((note): note is string => note !== undefined);
  return [
    `${result.papers.toLocaleString("en")} papers (${runs}: times are medians, peaks the highest)`,
    layout(rows(result)),
    ...notes,
  ].join("\n");
}

export function formatResults(results: readonly SizeResult[]): string {
  return results.map(formatResult).join("\n\n");
}
