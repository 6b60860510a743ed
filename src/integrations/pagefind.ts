/**
 * Builds the Pagefind search index once Astro has written the site, and fails the build when
 * indexing fails or finds no paper pages. Large archives are indexed in parts, one after another
 * (src/lib/search-shards.ts), to bound memory; a part whose pages did not change since the last
 * build is copied from the cache instead of indexed again.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gunzipSync, gzipSync } from "node:zlib";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { planShards, type Shard, type ShardPage } from "../lib/search-shards.ts";
import { removeFiles, snapshotFiles } from "../lib/stale-files.ts";

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

interface IndexedPage extends ShardPage {
  content: string;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}: ${errors.join("; ")}`);
}

/** The paper pages Astro wrote, with the date they sort by. */
async function readPaperPages(site: string, pathnames: readonly string[]): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = [];
  for (const pathname of pathnames) {
    if (!/^papers\/[^/]+\/$/u.test(pathname)) continue;
    const file = `${pathname}index.html`;
    const content = await readFile(join(site, file), "utf8");
    const date = /data-pagefind-sort="date:(\d{4}-\d{2}-\d{2})"/u.exec(content)?.[1];
    if (!date) fail("index the site", [`${file} has no data-pagefind-sort date`]);
    pages.push({ file, date, content });
  }
  return pages;
}

/**
 * A part's cache key: its role and, for each page, its file and the indexed article (not the
 * related papers around it, which change as the archive grows without changing the index).
 */
function shardKey(shard: Shard, pages: ReadonlyMap<string, IndexedPage>): string {
  const hash = createHash("sha256").update(shard.folder === "" ? "main\n" : "part\n");
  for (const { file } of shard.pages) {
    const content = pages.get(file)?.content ?? "";
    const start = content.indexOf("<article");
    hash.update(`${file}\n${content.slice(start, content.indexOf("</article>", start))}\n`);
  }
  return hash.digest("base64url").slice(0, 22);
}

/** Pagefind gzips at a middling level; a first search downloads these files whole. */
async function recompress(bundle: string): Promise<void> {
  const files = [
    ...(await readdir(bundle)).filter((name) => name.endsWith(".pf_meta")),
    ...(await readdir(join(bundle, "index"))).map((name) => join("index", name)),
    ...(await readdir(join(bundle, "filter"))).map((name) => join("filter", name)),
  ];
  for (const file of files) {
    const path = join(bundle, file);
    const data = gunzipSync(await readFile(path));
    await writeFile(path, gzipSync(data, { level: constants.Z_BEST_COMPRESSION }));
  }
}

async function indexShard(shard: Shard, into: string): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index) fail("start", errors);
  for (const page of shard.pages as IndexedPage[]) {
    const added = await index.addHTMLFile({ sourcePath: page.file, content: page.content });
    if (added.errors.length > 0) fail(`index ${page.file}`, added.errors);
  }
  const written = await index.writeFiles({ outputPath: into });
  if (written.errors.length > 0) fail("write the index", written.errors);
  await index.deleteIndex();
  const unused = shard.folder === "" ? UNUSED_IN_MAIN : UNUSED_IN_PART;
  const names = await readdir(into);
  await Promise.all(names.filter((name) => unused.test(name)).map((name) => rm(join(into, name))));
  await recompress(into);
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
        const papers = await readPaperPages(
          site,
          pages.map((page) => page.pathname),
        );
        if (papers.length === 0) fail("find paper pages", ["no page under papers/"]);
        const byFile = new Map(papers.map((page) => [page.file, page]));
        const shards = planShards(papers, options.shardPages);
        await mkdir(cache, { recursive: true });
        const cached = new Set(await readdir(cache));
        const used = new Set<string>();
        // The bundle's files once written: each part's, and the list of parts.
        const current = new Set([join(bundle, "parts.json")]);
        let indexed = 0;
        try {
          for (const shard of shards) {
            const key = shardKey(shard, byFile);
            const stored = join(cache, key);
            used.add(key);
            if (!cached.has(key)) {
              await indexShard(shard, stored);
              indexed += shard.pages.length;
            }
            const into = join(bundle, shard.folder);
            await cp(stored, into, { recursive: true, force: true });
            for (const file of (await snapshotFiles(stored)).keys()) {
              current.add(join(into, relative(stored, file)));
            }
          }
        } finally {
          await close();
        }
        // The parts the search page merges, newest first, with the months each holds.
        const parts = shards.toReversed().map((shard) => ({
          path: shard.folder === "" ? "" : `${shard.folder}/`,
          months: shard.months,
        }));
        await writeFile(join(bundle, "parts.json"), `${JSON.stringify(parts)}\n`);
        await removeFiles(bundle, (file) => !current.has(file));
        await Promise.all(
          [...cached]
            .filter((key) => !used.has(key))
            .map((key) => rm(join(cache, key), { recursive: true })),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `indexed ${papers.length} paper pages in ${shards.length} ${shards.length === 1 ? "part" : "parts"} (${indexed} indexed now, ${papers.length - indexed} from the cache) in ${seconds} s`,
        );
      },
    },
  };
}
