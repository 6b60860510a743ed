/**
 * The scale benchmark: synthetic archives of given sizes, split and built as `npm run build`
 * does, measured step by step; then one more day added and built again.
 */
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readIndexFigures } from "../search/index-figures.ts";
import { type DistSize, distSize } from "./dist-size.ts";
import { firstSearch, type SearchDownload } from "./first-search.ts";
import { type Measured, measure } from "./process-tree.ts";
import { type SyntheticDigest, syntheticDigests } from "./synthetic.ts";

export interface StepFigures {
  seconds: number;
  peakBytes: number;
}

export interface SizeResult {
  papers: number;
  runs: number;
  split: StepFigures;
  /** Astro build including Pagefind (which runs inside it). */
  build: StepFigures;
  pagefindSeconds: number;
  totalSeconds: number;
  dist: DistSize;
  bytesPerPaper: number;
  firstSearch: SearchDownload;
  /** One more day's digest added to the built archive, then split and build again. */
  incremental: { papers: number; seconds: number; ratioToClean: number };
}

export interface BenchOptions {
  projectRoot: string;
  outDir: string;
  sizes: number[];
  /** Clean builds per size, or undefined: three up to 10,000 papers (medians), one above. */
  runs: number | undefined;
  chromePath: string;
  log: (line: string) => void;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function check(step: string, result: Measured): Measured {
  if (result.status !== 0)
    throw new Error(`${step} failed (${result.status}):\n${result.stderr || result.stdout}`);
  return result;
}

async function runSize(papers: number, options: BenchOptions): Promise<SizeResult> {
  const root = join(options.outDir, String(papers));
  const digests: SyntheticDigest[] = [...syntheticDigests({ papers })];
  const lastDay = digests.at(-1) as SyntheticDigest;
  const node = process.execPath;
  const astro = join(options.projectRoot, "node_modules", "astro", "bin", "astro.mjs");
  // Inside the archive folder, so that every clean run starts without a cache.
  const cacheDir = join(root, "cache");
  const env = {
    ARCHIVE_ROOT: root,
    ARCHIVE_OUT_DIR: join(root, "dist"),
    ARCHIVE_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  const split = () =>
    measure(node, [join(options.projectRoot, "scripts", "split.ts"), "--root", root], {
      cwd: options.projectRoot,
    }).then((result) => check("split", result));
  const build = () =>
    measure(node, [astro, "build"], { cwd: options.projectRoot, env }).then((result) =>
      check("build", result),
    );

  const runs: { split: Measured; build: Measured; pagefind: number }[] = [];
  const runCount = options.runs ?? (papers <= 10_000 ? 3 : 1);
  for (let run = 0; run < runCount; run++) {
    await rm(root, { recursive: true, force: true });
    await mkdir(join(root, "content", "digests"), { recursive: true });
    await cp(join(options.projectRoot, "content", "topics"), join(root, "content", "topics"), {
      recursive: true,
    });
    for (const digest of digests.slice(0, -1)) {
      await writeFile(join(root, "content", "digests", digest.name), digest.text);
    }
    const splitResult = await split();
    const buildResult = await build();
    const pagefind = (await readIndexFigures(cacheDir)).seconds;
    runs.push({ split: splitResult, build: buildResult, pagefind });
    options.log(
      `  ${papers} papers, run ${run + 1}: split ${splitResult.seconds.toFixed(1)} s, build ${buildResult.seconds.toFixed(1)} s (Pagefind ${pagefind.toFixed(1)} s)`,
    );
  }

  const dist = await distSize(join(root, "dist"));
  const search = await firstSearch(join(root, "dist"), "adaptation", options.chromePath);

  await writeFile(join(root, "content", "digests", lastDay.name), lastDay.text);
  const incrementalSplit = await split();
  const incrementalBuild = await build();
  // Which pages the rebuild rendered and which it reused, for a closer look.
  await writeFile(join(root, "incremental-build.log"), incrementalBuild.stdout);
  const incrementalSeconds = incrementalSplit.seconds + incrementalBuild.seconds;
  const clean = median(runs.map((run) => run.split.seconds + run.build.seconds));
  const listed = (lastDay.text.match(/\n\n/gu)?.length ?? 0) / 2;

  return {
    papers,
    runs: runCount,
    split: {
      seconds: median(runs.map((run) => run.split.seconds)),
      peakBytes: Math.max(...runs.map((run) => run.split.peakBytes)),
    },
    build: {
      seconds: median(runs.map((run) => run.build.seconds)),
      peakBytes: Math.max(...runs.map((run) => run.build.peakBytes)),
    },
    pagefindSeconds: median(runs.map((run) => run.pagefind)),
    totalSeconds: clean,
    dist,
    bytesPerPaper: dist.bytes / papers,
    firstSearch: search,
    incremental: {
      papers: Math.round(listed),
      seconds: incrementalSeconds,
      ratioToClean: incrementalSeconds / clean,
    },
  };
}

export async function runBenchmark(options: BenchOptions): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const papers of options.sizes) {
    options.log(`Benchmarking ${papers.toLocaleString("en")} papers…`);
    results.push(await runSize(papers, options));
  }
  return results;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

export function formatResults(results: readonly SizeResult[]): string {
  const rows: [string, (result: SizeResult) => string][] = [
    ["split", (r) => `${r.split.seconds.toFixed(1)} s, peak ${gb(r.split.peakBytes)}`],
    [
      "Astro build + Pagefind",
      (r) => `${r.build.seconds.toFixed(1)} s, peak ${gb(r.build.peakBytes)}`,
    ],
    ["  of which Pagefind", (r) => `${r.pagefindSeconds.toFixed(1)} s`],
    ["total (clean)", (r) => `${r.totalSeconds.toFixed(1)} s`],
    [
      "add one day, rebuild",
      (r) =>
        `${r.incremental.seconds.toFixed(1)} s (${(100 * r.incremental.ratioToClean).toFixed(0)}% of clean)`,
    ],
    ["files in dist/", (r) => r.dist.files.toLocaleString("en")],
    ["published per paper", (r) => kb(r.bytesPerPaper)],
    ["  HTML per paper", (r) => kb(r.dist.byKind.html.bytes / r.papers)],
    ["  search index per paper", (r) => kb(r.dist.byKind["search index"].bytes / r.papers)],
    [
      "  feeds, sitemaps per paper",
      (r) => kb(r.dist.byKind["feeds and sitemaps"].bytes / r.papers),
    ],
    [
      "first search download",
      (r) =>
        `${kb(r.firstSearch.bytes)} (${kb(r.firstSearch.gzipBytes)} gzipped), ${r.firstSearch.requests} requests`,
    ],
  ];
  const header = [
    "",
    ...results.map(
      (r) => `${r.papers.toLocaleString("en")} papers (${r.runs} run${r.runs === 1 ? "" : "s"})`,
    ),
  ];
  const table = [header, ...rows.map(([label, cell]) => [label, ...results.map(cell)])];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? "").length)),
  );
  return table
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
