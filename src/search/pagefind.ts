/**
 * Builds the Pagefind search index from the archive's data (src/search/records.ts), not from the
 * rendered pages. The pages' bundle hands the records over once it has read the archive and
 * related its papers, and they are indexed in a thread of their own (pagefind-worker.ts), on the
 * second core, while Astro renders its pages and the framed pages are written: writing the
 * records as files and driving Pagefind took the main thread about 4 s of a 10,000-paper build
 * (profiled).
 * A failure, or an archive without papers, fails the build. What it did goes to the build log
 * and, for the benchmark, to a file in Astro's cache folder (src/search/index-figures.ts).
 */
import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { formatIndexFigures, writeIndexFigures } from "./index-figures.ts";
import { type Indexed, type IndexSite, PART_KEYS_FILE } from "./pagefind-index.ts";
import type { IndexRequest, IndexResponse } from "./pagefind-worker.ts";
import type { SearchRecord } from "./records.ts";
import { onSearchRecords, stopWaitingForSearchRecords } from "./records-handoff.ts";
import { BUNDLE_FOLDER, type IndexPart, PARTS_FILE } from "./schema.ts";

/** Indexes the records in a worker thread; rejects with Pagefind's own message on failure. */
function indexInWorker(records: SearchRecord[], site: IndexSite): Promise<Indexed> {
  const worker = new Worker(new URL("./pagefind-worker.ts", import.meta.url), {
    workerData: { records, site } satisfies IndexRequest,
  });
  return new Promise((done, fail) => {
    worker.once("message", (response: IndexResponse) => {
      if ("error" in response) fail(new Error(response.error));
      else done(response.indexed);
    });
    worker.once("error", fail);
    worker.once("exit", (code) => fail(new Error(`the search index's thread stopped (${code})`)));
  });
}

export interface PagefindOptions {
  /** Most papers in one part of the index (Pagefind took 1.2 GB for 10,000 pages, measured). */
  shardPages: number;
  /** Every paper's search record: the pages' archive handed over, or read from its files. */
  records: () => Promise<SearchRecord[]>;
}

export function pagefind(options: PagefindOptions): AstroIntegration {
  let cacheDir = "";
  let outDir = new URL("file:///");
  let lockfilePath = "";
  let started = 0;
  let indexing: Promise<Indexed> | undefined;
  const site = (dir: URL): IndexSite => ({
    bundle: join(fileURLToPath(dir), BUNDLE_FOLDER),
    cache: join(cacheDir, "pagefind"),
    lockfilePath,
    shardPages: options.shardPages,
  });
  return {
    name: "paper-archive:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = config.outDir;
        lockfilePath = join(fileURLToPath(config.root), "package-lock.json");
      },
      "astro:build:start": () => {
        started = performance.now();
        indexing = undefined;
        // Pagefind's folder is its own: no page of Astro's goes there, so it can be written while
        // they are. (Before the paper pages were written from a frame, Astro rendered on both
        // cores, and indexing beside it made the build slower: 77–92 s against 65–76 s.)
        onSearchRecords((records) => {
          indexing = indexInWorker(records, site(outDir));
          // Awaited in build:done; a failure before then is not an unhandled rejection.
          indexing.catch(() => {});
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        stopWaitingForSearchRecords();
        const pagesSeconds = (performance.now() - started) / 1000;
        const { bundle, cache } = site(dir);
        const { shards, indexed, keys, from, to } = await (indexing ??
          indexInWorker(await options.records(), site(dir)));
        // What indexing added to the build: the time after the pages were done.
        const after = Math.max(0, (performance.now() - started) / 1000 - pagesSeconds);
        // Parts of the last build that this one does not have.
        const folders = new Set(shards.map((shard) => shard.folder));
        for (const name of await readdir(bundle)) {
          if (name.startsWith("part-") && !folders.has(name)) {
            await rm(join(bundle, name), { recursive: true, force: true });
          }
        }
        await writeFile(join(cache, PART_KEYS_FILE), JSON.stringify(keys));
        // The parts the search page merges, newest first, with the months each holds.
        const parts: IndexPart[] = shards.toReversed().map((shard) => ({
          path: shard.folder === "" ? "" : `${shard.folder}/`,
          months: shard.months,
        }));
        await writeFile(join(bundle, PARTS_FILE), `${JSON.stringify(parts)}\n`);
        const seconds = (to - from) / 1000;
        const pages = shards.reduce((sum, shard) => sum + shard.pages.length, 0);
        const figures = { pages, parts: parts.length, indexed, seconds, pagesSeconds, after };
        await writeIndexFigures(cacheDir, figures);
        logger.info(formatIndexFigures(figures));
      },
    },
  };
}
