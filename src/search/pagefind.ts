/**
 * Builds the Pagefind search index once Astro has written the site, and fails the build when
 * indexing fails or finds no paper pages. A large archive is indexed in parts, one after another
 * (src/search/shards.ts), to bound memory; a part whose pages did not change since the last
 * build is kept as it is instead of indexed again. What it did goes to the build log and, for
 * the benchmark, to a file in Astro's cache folder (src/search/index-figures.ts).
 */
import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gunzipSync, gzipSync } from "node:zlib";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import type { IsoDate } from "../content/dates.ts";
import { inBatches } from "../util/concurrently.ts";
import { formatIndexFigures, writeIndexFigures } from "./index-figures.ts";
import { BUNDLE_FOLDER, type IndexPart, PARTS_FILE } from "./schema.ts";
import { planShards, type Shard, type ShardPage } from "./shards.ts";

export interface PagefindOptions {
  /** Most paper pages in one part of the index (about 2 GB of Pagefind's memory per 10,000). */
  shardPages: number;
  /**
   * The first listing date of each paper, by slug, from the archive's data: which part of the
   * index holds its page. Asked only when the index is built in parts.
   */
  firstListingDates: (slugs: readonly string[]) => ReadonlyMap<string, IsoDate>;
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

/** A paper page's slug, from its path under the base (`papers/<slug>/`); undefined for other pages. */
const paperSlug = (pathname: string) => /^papers\/([^/]+)\/$/u.exec(pathname)?.[1];
const paperPageFile = (slug: string) => `papers/${slug}/index.html`;

/** The cache folder's record of each part's key, by folder. */
const PART_KEYS_FILE = "parts.json";

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

/** The paper pages Astro wrote, with their first listing date and a digest of what is indexed. */
async function readPaperPages(
  site: string,
  slugs: readonly string[],
  dates: ReadonlyMap<string, IsoDate>,
): Promise<IndexedPage[]> {
  return inBatches(slugs, async (slug) => {
    const date = dates.get(slug);
    if (!date) fail("plan the index parts", [`papers/${slug}/ has no first listing date`]);
    const file = paperPageFile(slug);
    return { file, date, digest: indexedDigest(await readFile(join(site, file), "utf8")) };
  });
}

/**
 * A part's key: the installed packages (a kept part must come from the same Pagefind as the main
 * bundle it is merged into), its role, and its pages' files and digests.
 */
function shardKey(shard: Shard<IndexedPage>, lockfile: string): string {
  const hash = createHash("sha256")
    .update(`${lockfile}\n`)
    .update(shard.folder === "" ? "main\n" : "part\n");
  for (const page of shard.pages) hash.update(`${page.file}\n${page.digest}\n`);
  return hash.digest("base64url").slice(0, 22);
}

/**
 * Pagefind gzips at a middling level. Every search downloads the metadata file whole, so it gets
 * gzip's best level; the many index chunks are not worth the build time (about 2 s at 10,000
 * papers, profiled).
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
  if (added.page_count === 0) fail("find paper pages", ["no page has data-pagefind-body"]);
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
  await link(from, to).catch(() => copyFile(from, to));
}

/** Empties a part's folder; the main bundle's files only, not the parts inside it. */
async function clearPart(bundle: string, folder: string): Promise<void> {
  const into = join(bundle, folder);
  if (folder !== "") return rm(into, { recursive: true, force: true });
  const names = await readdir(into).catch(() => []);
  await Promise.all(
    names
      .filter((name) => !name.startsWith("part-"))
      .map((name) => rm(join(into, name), { recursive: true, force: true })),
  );
}

/**
 * A large archive: its paper pages in parts of whole months, each indexed from a folder of links
 * to its pages, or kept from the last build when what it indexes did not change (the cache
 * folder remembers each part's digest).
 */
async function indexInParts(
  site: string,
  slugs: readonly string[],
  options: PagefindOptions & { cache: string; bundle: string; lockfilePath: string },
): Promise<{ shards: Shard[]; indexed: number }> {
  const { cache, bundle } = options;
  const lockfile = await readFile(options.lockfilePath, "utf8").catch(() => "");
  const dates = options.firstListingDates(slugs);
  const shards = planShards(await readPaperPages(site, slugs, dates), options.shardPages);
  const manifest = join(cache, PART_KEYS_FILE);
  const previous: Record<string, string> = JSON.parse(
    await readFile(manifest, "utf8").catch(() => "{}"),
  );
  const next: Record<string, string> = {};
  let indexed = 0;
  for (const shard of shards) {
    const key = shardKey(shard, lockfile);
    const into = join(bundle, shard.folder);
    next[shard.folder] = key;
    const kept = await stat(join(into, "pagefind-entry.json")).catch(() => undefined);
    if (previous[shard.folder] === key && kept) continue;
    await clearPart(bundle, shard.folder);
    const staging = join(cache, "staging");
    await rm(staging, { recursive: true, force: true });
    await inBatches(shard.pages, (page) =>
      linkFile(join(site, page.file), join(staging, page.file)),
    );
    indexed += await indexFolder(staging, "**/*.html", into, shard.folder === "");
    await rm(staging, { recursive: true });
  }
  // Parts of the last build that this one does not have.
  const folders = new Set(shards.map((shard) => shard.folder));
  for (const name of await readdir(bundle)) {
    if (name.startsWith("part-") && !folders.has(name)) {
      await rm(join(bundle, name), { recursive: true, force: true });
    }
  }
  await mkdir(cache, { recursive: true });
  await writeFile(manifest, JSON.stringify(next));
  return { shards, indexed };
}

export function pagefind(options: PagefindOptions): AstroIntegration {
  let cacheDir = "";
  let lockfilePath = "";
  return {
    name: "paper-archive:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        lockfilePath = join(fileURLToPath(config.root), "package-lock.json");
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = join(site, BUNDLE_FOLDER);
        const cache = join(cacheDir, "pagefind");
        const started = performance.now();
        const slugs = pages.flatMap((page) => paperSlug(page.pathname) ?? []);
        if (slugs.length === 0) fail("find paper pages", ["no page under papers/"]);
        let parts: IndexPart[];
        let indexed = slugs.length;
        try {
          if (slugs.length <= Math.min(SINGLE_PART_PAGES, options.shardPages)) {
            // One part, indexed straight from the site: nothing to plan or keep, since a new
            // digest changes it anyway, and no months, since it sorts by date by itself. It goes
            // into an empty folder: Pagefind does not rewrite files it would write unchanged.
            await rm(bundle, { recursive: true, force: true });
            await rm(join(cache, PART_KEYS_FILE), { force: true });
            await indexFolder(site, "papers/*/index.html", bundle, true);
            parts = [{ path: "", months: [] }];
          } else {
            const split = await indexInParts(site, slugs, {
              ...options,
              cache,
              bundle,
              lockfilePath,
            });
            indexed = split.indexed;
            parts = split.shards.toReversed().map((shard) => ({
              path: shard.folder === "" ? "" : `${shard.folder}/`,
              months: shard.months,
            }));
          }
        } finally {
          await close();
        }
        // The parts the search page merges, newest first, with the months each holds.
        await writeFile(join(bundle, PARTS_FILE), `${JSON.stringify(parts)}\n`);
        const seconds = (performance.now() - started) / 1000;
        const figures = { pages: slugs.length, parts: parts.length, indexed, seconds };
        await writeIndexFigures(cacheDir, figures);
        logger.info(formatIndexFigures(figures));
      },
    },
  };
}
