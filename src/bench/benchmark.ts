/**
 * The scale benchmark: synthetic archives of given sizes, split into paper files once, then built
 * with `npm run build` and measured step by step (clean: no dist/, no cache, as a fresh checkout
 * of an archive builds; then again with nothing changed, forced with nothing changed, with one
 * paper file edited, and with one more day), next to a minimal Hugo + Pagefind site of the same
 * digests; then first searches in Chromium, ours and a plain one-index Pagefind baseline of the
 * same paper pages.
 */

import { appendFile, cp, mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { serveLocally } from "../build/static-server.ts";
import { readIndexFigures } from "../search/index-figures.ts";
import { compressedArtifactBytes } from "./artifact-size.ts";
import { launchChromium } from "./chromium.ts";
import { type DistSize, distSize } from "./dist-size.ts";
import { type Download, type SearchTiming, timeSearch } from "./first-search.ts";
import { auditPerformance, type LighthouseFigures } from "./lighthouse.ts";
import { buildPeer, writePeerSite } from "./peer.ts";
import { type Measured, measure } from "./process-tree.ts";
import { buildSearchBaseline } from "./search-baseline.ts";
import { type SetAside, setAside } from "./set-aside.ts";
import { median } from "./stats.ts";
import { syntheticArchive } from "./synthetic.ts";

export interface StepFigures {
  seconds: number;
  /** The highest peak of the process tree's memory over the runs. */
  peakBytes: number;
}

export interface RebuildFigures extends StepFigures {
  ratioToClean: number;
}

export interface PeerFigures {
  papers: number;
  hugo: StepFigures;
  pagefind: StepFigures;
  /** Hugo + Pagefind, median of the runs. */
  clean: StepFigures;
  /** Our clean build's median over the peer's. */
  ourRatio: number;
}

/** A search timed the same way several times: the medians of its times, bytes of the first. */
export type SearchFigures = SearchTiming & { runs: number };

export interface QueryFigures {
  query: string;
  ours: { unthrottled: SearchFigures; throttled: SearchFigures };
  baseline?: { unthrottled: SearchFigures; throttled: SearchFigures };
  /** Ours over the baseline: gzipped bytes downloaded before the first result. */
  firstSearchBytesRatio?: number;
  /** Lighthouse (mobile) on our search page with this query. */
  lighthouse: LighthouseFigures;
}

export interface SearchResults {
  queries: QueryFigures[];
  /** Pagefind at its defaults over our paper pages (the baseline's index). */
  baselineIndex?: StepFigures;
  baselineSkipped?: string;
}

export interface SizeResult {
  papers: number;
  runs: number;
  /**
   * The digests split into paper files for the first time (`npm run split`), before the clean
   * build: an archive's paper files are committed, as the peer's content files are written
   * before its build.
   */
  firstSplit: StepFigures;
  /** `npm run build` with no dist/, no cache and no record of a last build: split, pages, index. */
  clean: StepFigures;
  /** Of the clean build: Pagefind, which runs inside Astro's build. */
  pagefindSeconds: number | undefined;
  /** `npm run build` again at once, nothing changed: it finds so and stops. */
  noop: RebuildFigures;
  /** `npm run build -- --force`, nothing changed: the split and Astro's incremental build. */
  forcedNoop: RebuildFigures;
  /** One paper file edited by hand (a line added to its notes), then `npm run build`. */
  editedPaper: RebuildFigures;
  /** One more day's digest added to the built archive, then `npm run build`. */
  incremental: RebuildFigures & { papers: number };
  peer: PeerFigures | { skipped: string };
  dist: DistSize;
  bytesPerPaper: number;
  /** `tar | gzip` of dist/: what GitHub Pages' upload sends and checks against its 1 GB limit. */
  artifactGzipBytes: number;
  /** Ours, first query, unthrottled: downloaded before the first result. */
  firstSearch: Download & { results: number; query: string };
  search: SearchResults;
}

export interface BenchOptions {
  projectRoot: string;
  outDir: string;
  sizes: number[];
  /** Runs per size, or undefined: three up to 10,000 papers (medians), one above. */
  runs: number | undefined;
  chromePath: string;
  log: (line: string) => void;
  /** The `hugo` for the peer; undefined skips the peer. */
  hugo?: string | undefined;
}

export const SEARCH_QUERIES = ["adaptation", "merging sparse"] as const;
/**
 * Pagefind at its defaults over 100,000 plain pages needs about 11 GB: the peer and the search
 * baseline, which both run it so, stop at this size.
 */
export const LARGEST_PLAIN_PAGEFIND = 10_000;
const PLAIN_PAGEFIND_NOTE = `Pagefind at its defaults needs about 11 GB at 100,000 papers`;

function check(step: string, result: Measured): Measured {
  if (result.status !== 0)
    throw new Error(`${step} failed (${result.status}):\n${result.stderr || result.stdout}`);
  return result;
}

function stepFigures(runs: readonly { seconds: number; peakBytes: number }[]): StepFigures {
  return {
    seconds: median(runs.map((run) => run.seconds)),
    peakBytes: Math.max(...runs.map((run) => run.peakBytes)),
  };
}

function searchFigures(timings: readonly SearchTiming[]): SearchFigures {
  const first = timings[0] as SearchTiming;
  return {
    ...first,
    firstResultMs: median(timings.map((timing) => timing.firstResultMs)),
    completeMs: median(timings.map((timing) => timing.completeMs)),
    runs: timings.length,
  };
}

async function timeSearches(
  browser: Browser,
  pageUrl: string,
  query: string,
  runs: number,
): Promise<{ unthrottled: SearchFigures; throttled: SearchFigures }> {
  const timed = async (throttled: boolean) => {
    const timings: SearchTiming[] = [];
    for (let run = 0; run < runs; run++)
      timings.push(await timeSearch(browser, pageUrl, query, throttled));
    return searchFigures(timings);
  };
  return { unthrottled: await timed(false), throttled: await timed(true) };
}

async function measureSearch(
  papers: number,
  dist: string,
  baselineDir: string,
  runs: number,
  options: BenchOptions,
): Promise<SearchResults> {
  let baselineIndex: StepFigures | undefined;
  let baselineSkipped: string | undefined;
  if (papers <= LARGEST_PLAIN_PAGEFIND) {
    const indexed = await buildSearchBaseline(baselineDir, dist, options.projectRoot);
    baselineIndex = { seconds: indexed.seconds, peakBytes: indexed.peakBytes };
  } else {
    baselineSkipped = `no plain Pagefind baseline above ${LARGEST_PLAIN_PAGEFIND.toLocaleString("en")} papers (${PLAIN_PAGEFIND_NOTE})`;
  }
  const [ours, baseline, browser] = await Promise.all([
    serveLocally(dist),
    baselineIndex ? serveLocally(baselineDir) : undefined,
    launchChromium(options.chromePath),
  ]);
  try {
    const queries: QueryFigures[] = [];
    for (const query of SEARCH_QUERIES) {
      const audited = `${ours.url}search/?q=${encodeURIComponent(query)}`;
      const figures: QueryFigures = {
        query,
        ours: await timeSearches(browser, `${ours.url}search/`, query, runs),
        lighthouse: await auditPerformance(audited, options.chromePath),
      };
      if (baseline) {
        figures.baseline = await timeSearches(browser, `${baseline.url}search/`, query, runs);
        figures.firstSearchBytesRatio =
          figures.ours.unthrottled.beforeFirstResult.gzipBytes /
          figures.baseline.unthrottled.beforeFirstResult.gzipBytes;
      }
      const { lighthouse } = figures;
      options.log(
        `  search ${JSON.stringify(query)}: ${figures.ours.unthrottled.results} results shown, first after ${Math.round(figures.ours.unthrottled.firstResultMs)} ms (${Math.round(figures.ours.throttled.firstResultMs)} ms on the slow link); Lighthouse (mobile) performance ${lighthouse.score}, layout shift ${lighthouse.cumulativeLayoutShift.toFixed(3)}, blocking ${Math.round(lighthouse.totalBlockingTimeMs)} ms`,
      );
      queries.push(figures);
    }
    return {
      queries,
      ...(baselineIndex ? { baselineIndex } : {}),
      ...(baselineSkipped ? { baselineSkipped } : {}),
    };
  } finally {
    await Promise.all([browser.close(), ours.close(), baseline?.close()]);
  }
}

async function runSize(
  papers: number,
  options: BenchOptions,
  aside: SetAside,
): Promise<SizeResult> {
  const root = join(options.outDir, String(papers));
  const peerDir = join(options.outDir, `${papers}-peer`);
  const baselineDir = join(options.outDir, `${papers}-search-baseline`);
  const { digests, nextDay } = syntheticArchive({ papers });
  const node = process.execPath;
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
  // What a person runs: the split, then the build, or nothing when nothing changed.
  const npmRunBuild = (...args: string[]) =>
    measure(node, [join(options.projectRoot, "scripts", "build.ts"), ...args], {
      cwd: options.projectRoot,
      env,
    }).then((result) => check("npm run build", result));
  const pagefindSeconds = () =>
    readIndexFigures(cacheDir).then(
      (figures) => figures.seconds,
      () => undefined,
    );

  // An earlier benchmark's folders: what the runs below delete is moved aside instead.
  for (const dir of [peerDir, baselineDir]) await aside.move(dir);
  const runCount = options.runs ?? (papers <= 10_000 ? 3 : 1);
  const hugo = papers <= LARGEST_PLAIN_PAGEFIND ? options.hugo : undefined;
  const runs: {
    firstSplit: Measured;
    clean: Measured;
    pagefind: number | undefined;
    noop: Measured;
    forcedNoop: Measured;
    editedPaper: Measured;
    addDay: Measured;
    peer?: Awaited<ReturnType<typeof buildPeer>>;
  }[] = [];
  let peerPapers = 0;
  let measuredOutput:
    | { dist: DistSize; artifactGzipBytes: number; search: SearchResults }
    | undefined;
  for (let run = 0; run < runCount; run++) {
    await aside.move(root);
    await mkdir(join(root, "content", "digests"), { recursive: true });
    await cp(join(options.projectRoot, "content", "topics"), join(root, "content", "topics"), {
      recursive: true,
    });
    for (const digest of digests) {
      await writeFile(join(root, "content", "digests", digest.name), digest.text);
    }
    if (run === 0 && hugo) {
      peerPapers = await writePeerSite(peerDir, options.projectRoot, root);
    }

    const firstSplit = await split();
    const clean = await npmRunBuild();
    const pagefind = await pagefindSeconds();
    options.log(
      `  ${papers} papers, run ${run + 1}: first split ${firstSplit.seconds.toFixed(1)} s; clean build ${clean.seconds.toFixed(1)} s${pagefind === undefined ? "" : ` (Pagefind ${pagefind.toFixed(1)} s)`}`,
    );
    // Back to back with our clean build: the peer's clean build.
    const peer = hugo ? await buildPeer(peerDir, hugo, options.projectRoot, aside) : undefined;
    if (peer)
      options.log(
        `  ${papers} papers, run ${run + 1}: peer: Hugo ${peer.hugo.seconds.toFixed(1)} s, Pagefind ${peer.pagefind.seconds.toFixed(1)} s`,
      );
    if (run === 0) {
      const dist = join(root, "dist");
      measuredOutput = {
        dist: await distSize(dist),
        artifactGzipBytes: await compressedArtifactBytes(dist),
        search: await measureSearch(papers, dist, baselineDir, runCount, options),
      };
    }

    const noop = await npmRunBuild();
    const forcedNoop = await npmRunBuild("--force");
    const papersFolder = join(root, "content", "papers");
    const [edited] = (await readdir(papersFolder)).filter((name) => name.endsWith(".md")).sort();
    await appendFile(join(papersFolder, edited as string), "\nA line added by hand.\n");
    const editedPaper = await npmRunBuild();
    await writeFile(join(root, "content", "digests", nextDay.name), nextDay.text);
    const addDay = await npmRunBuild();
    // Which pages the rebuild rendered and which it reused, for a closer look.
    await writeFile(join(root, "incremental-build.log"), addDay.stdout);
    options.log(
      `  ${papers} papers, run ${run + 1}: nothing changed ${noop.seconds.toFixed(1)} s (--force ${forcedNoop.seconds.toFixed(1)} s), one paper edited ${editedPaper.seconds.toFixed(1)} s, one more day ${addDay.seconds.toFixed(1)} s`,
    );
    runs.push({
      firstSplit,
      clean,
      pagefind,
      noop,
      forcedNoop,
      editedPaper,
      addDay,
      ...(peer ? { peer } : {}),
    });
  }

  const output = measuredOutput as NonNullable<typeof measuredOutput>;
  const clean = stepFigures(runs.map((run) => run.clean));
  const pagefindRuns = runs.flatMap((run) => (run.pagefind === undefined ? [] : [run.pagefind]));
  const rebuild = (steps: { seconds: number; peakBytes: number }[]): RebuildFigures => {
    const figures = stepFigures(steps);
    return { ...figures, ratioToClean: figures.seconds / clean.seconds };
  };
  const peerRuns = runs.flatMap((run) => (run.peer ? [run.peer] : []));
  let peer: SizeResult["peer"] = {
    skipped: options.hugo
      ? `not built above ${LARGEST_PLAIN_PAGEFIND.toLocaleString("en")} papers (${PLAIN_PAGEFIND_NOTE})`
      : "no hugo on the PATH (apt-get install hugo): the Hugo + Pagefind peer was not built",
  };
  if (peerRuns.length > 0) {
    const peerClean = stepFigures(peerRuns);
    peer = {
      papers: peerPapers,
      hugo: stepFigures(peerRuns.map((run) => run.hugo)),
      pagefind: stepFigures(peerRuns.map((run) => run.pagefind)),
      clean: peerClean,
      ourRatio: clean.seconds / peerClean.seconds,
    };
  }
  const first = output.search.queries[0]?.ours.unthrottled;
  return {
    papers,
    runs: runCount,
    firstSplit: stepFigures(runs.map((run) => run.firstSplit)),
    clean,
    pagefindSeconds: pagefindRuns.length > 0 ? median(pagefindRuns) : undefined,
    noop: rebuild(runs.map((run) => run.noop)),
    forcedNoop: rebuild(runs.map((run) => run.forcedNoop)),
    editedPaper: rebuild(runs.map((run) => run.editedPaper)),
    incremental: { papers: nextDay.listings, ...rebuild(runs.map((run) => run.addDay)) },
    peer,
    dist: output.dist,
    bytesPerPaper: output.dist.bytes / papers,
    artifactGzipBytes: output.artifactGzipBytes,
    firstSearch: {
      query: first?.query ?? "",
      results: first?.results ?? 0,
      ...(first?.beforeFirstResult ?? { requests: 0, bytes: 0, gzipBytes: 0 }),
    },
    search: output.search,
  };
}

export async function runBenchmark(options: BenchOptions): Promise<SizeResult[]> {
  if (!options.hugo)
    options.log(
      "No hugo on the PATH: the Hugo + Pagefind peer is skipped (apt-get install hugo to compare with it).",
    );
  const results: SizeResult[] = [];
  const aside = setAside(join(options.outDir, ".set-aside"));
  try {
    for (const papers of options.sizes) {
      options.log(`Benchmarking ${papers.toLocaleString("en")} papers…`);
      results.push(await runSize(papers, options, aside));
    }
  } finally {
    await aside.empty();
  }
  return results;
}
