/**
 * Builds the Pagefind search index once Astro has written the site, and fails the build when
 * indexing fails or finds no paper pages. A large archive is indexed in parts, one after another
 * (src/lib/search-shards.ts), to bound memory; a part whose pages did not change since the last
 * build is taken from the cache instead of indexed again.
 */
import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gunzipSync, gzipSync } from "node:zlib";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { inBatches } from "../lib/in-batches.ts";
import { planShards, type Shard, type ShardPage } from "../lib/search-shards.ts";
import { snapshotFiles } from "../lib/stale-files.ts";

export interface PagefindOptions {
  /** Most paper pages in one part of the index (about 2 GB of Pagefind's memory per 10,000). */
  shardPages: number;
}

/**
 * What a merged part does not need: Pagefind's code and WebAssembly come from the main bundle,
 * and its ready-made search UIs are not used at all (the search page has its own), nor is the
 * WebAssembly for pages of no known language (every page is English).
 */
const UNUSED_IN_MAIN =
  /^(?:pagefind-(?:component-|modular-)?ui\.(?:js|css)|pagefind-highlight\.js|wasm\.unknown\.pagefind)$/u;
const UNUSED_IN_PART = /^(?:pagefind[\w.-]*\.(?:js|css)|wasm\.[\w-]+\.pagefind)$/u;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}: ${errors.join("; ")}`);
}

/** Up to this many pages, one index: quicker to rebuild whole than to plan parts. */
const SINGLE_PART_PAGES = 2_000;

const isPaperPage = (pathname: string) => /^papers\/[^/]+\/$/u.test(pathname);

interface IndexedPage extends ShardPage {
  /** A digest of what the page gives the index. */
  digest: string;
}

/** Parts of the article Pagefind skips, like the list of digests that listed the paper. */
const IGNORED = /<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gu;
const INDEX_ATTRIBUTES = /\bdata-pagefind-(?:filter|sort|meta)="[^"]*"/gu;

/**
 * What Pagefind takes from a page: the article's text outside ignored parts, and every filter,
 * sort and metadata attribute. Not the related papers around the article, nor the digests that
 * listed it, which change as the archive grows without changing the index.
 */
function indexedDigest(content: string): string {
  const start = content.indexOf("<article");
  const article = content.slice(start, content.indexOf("</article>", start));
  return createHash("sha256")
    .update(article.replace(IGNORED, ""))
    .update((content.match(INDEX_ATTRIBUTES) ?? []).join("\n"))
    .digest("base64url");
}

/** The paper pages Astro wrote, with the date they sort by and a digest of what is indexed. */
async function readPaperPages(site: string, files: readonly string[]): Promise<IndexedPage[]> {
  return inBatches(files, async (file) => {
    const content = await readFile(join(site, file), "utf8");
    const date = /data-pagefind-sort="date:(\d{4}-\d{2}-\d{2})"/u.exec(content)?.[1];
    if (!date) fail("index the site", [`${file} has no data-pagefind-sort date`]);
    return { file, date, digest: indexedDigest(content) };
  });
}

/** A part's cache key: its role and its pages' files and digests. */
function shardKey(shard: Shard): string {
  const hash = createHash("sha256").update(shard.folder === "" ? "main\n" : "part\n");
  for (const page of shard.pages as IndexedPage[]) hash.update(`${page.file}\n${page.digest}\n`);
  return hash.digest("base64url").slice(0, 22);
}

/**
 * Pagefind gzips at a middling level. Every search downloads the metadata file whole, so it is
 * worth the best level (3 KB less at 10,000 papers); the many index chunks are not worth the
 * build time (2 s at 10,000 papers for 1.5 KB of a first search).
 */
async function recompress(bundle: string): Promise<void> {
  const files = (await readdir(bundle)).filter((name) => name.endsWith(".pf_meta"));
  for (const file of files) {
    const path = join(bundle, file);
    const data = gunzipSync(await readFile(path));
    await writeFile(path, gzipSync(data, { level: constants.Z_BEST_COMPRESSION }));
  }
}

/** Indexes the pages `glob` picks under `from` into `into`, as the main bundle or a part. */
async function indexFolder(
  from: string,
  glob: string,
  into: string,
  main: boolean,
): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index) fail("start", errors);
  const added = await index.addDirectory({ path: from, glob });
  if (added.errors.length > 0) fail("index the site", added.errors);
  const written = await index.writeFiles({ outputPath: into });
  if (written.errors.length > 0) fail("write the index", written.errors);
  await index.deleteIndex();
  const unused = main ? UNUSED_IN_MAIN : UNUSED_IN_PART;
  const names = await readdir(into);
  await Promise.all(names.filter((name) => unused.test(name)).map((name) => rm(join(into, name))));
  await recompress(into);
  return added.page_count;
}

/** A hard link at `to` for the file `from` (a copy across file systems). */
async function linkFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rm(to, { force: true });
  await link(from, to).catch(() => copyFile(from, to));
}

/**
 * A large archive: its paper pages in parts of whole months, each indexed from a folder of links
 * to its pages, or taken from the cache when its pages did not change.
 */
async function indexInParts(
  site: string,
  files: readonly string[],
  options: PagefindOptions & { cache: string; bundle: string },
): Promise<{ shards: Shard[]; indexed: number }> {
  const { cache, bundle } = options;
  const shards = planShards(await readPaperPages(site, files), options.shardPages);
  await mkdir(cache, { recursive: true });
  const cached = new Set(await readdir(cache));
  const used = new Set<string>();
  let indexed = 0;
  for (const shard of shards) {
    const key = shardKey(shard);
    const stored = join(cache, key);
    used.add(key);
    if (!cached.has(key)) {
      const staging = join(cache, "staging");
      await rm(staging, { recursive: true, force: true });
      await inBatches(shard.pages, (page) =>
        linkFile(join(site, page.file), join(staging, page.file)),
      );
      indexed += await indexFolder(staging, "**/*.html", stored, shard.folder === "");
      await rm(staging, { recursive: true });
    }
    await inBatches([...(await snapshotFiles(stored)).keys()], (file) =>
      linkFile(file, join(bundle, shard.folder, relative(stored, file))),
    );
  }
  await Promise.all(
    [...cached]
      .filter((key) => !used.has(key))
      .map((key) => rm(join(cache, key), { recursive: true, force: true })),
  );
  return { shards, indexed };
}

export function pagefind(options: PagefindOptions): AstroIntegration {
  let cache = "";
  return {
    name: "paper-archive:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), "pagefind");
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = join(site, "pagefind");
        const started = performance.now();
        // Pagefind leaves files it would write unchanged alone, so a new index goes in an empty
        // folder rather than over the last one, which is deleted while Pagefind works.
        await mkdir(cache, { recursive: true });
        const old = join(cache, `old-bundle-${process.pid}`);
        let removingOld: Promise<void> = Promise.resolve();
        try {
          await rename(bundle, old);
          removingOld = rm(old, { recursive: true, force: true });
        } catch {
          await rm(bundle, { recursive: true, force: true });
        }
        const files = pages
          .map((page) => page.pathname)
          .filter(isPaperPage)
          .map((pathname) => `${pathname}index.html`);
        if (files.length === 0) fail("find paper pages", ["no page under papers/"]);
        let parts: { path: string; months: string[] }[];
        let indexed = files.length;
        try {
          if (files.length <= Math.min(SINGLE_PART_PAGES, options.shardPages)) {
            // One part, indexed straight from the site: nothing to plan or cache, since a new
            // digest changes it anyway. It needs no months: it sorts by date by itself.
            await indexFolder(site, "papers/*/index.html", bundle, true);
            parts = [{ path: "", months: [] }];
          } else {
            const split = await indexInParts(site, files, { ...options, cache, bundle });
            indexed = split.indexed;
            parts = split.shards.toReversed().map((shard) => ({
              path: shard.folder === "" ? "" : `${shard.folder}/`,
              months: shard.months,
            }));
          }
        } finally {
          await close();
          await removingOld;
        }
        // The parts the search page merges, newest first, with the months each holds.
        await writeFile(join(bundle, "parts.json"), `${JSON.stringify(parts)}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const reused = files.length - indexed;
        logger.info(
          `indexed ${files.length} paper pages in ${parts.length} ${parts.length === 1 ? "part" : "parts"}${reused > 0 ? ` (${reused} from the cache)` : ""} in ${seconds} s`,
        );
      },
    },
  };
}
