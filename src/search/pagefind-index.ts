/**
 * Indexes the search records with Pagefind into the site's search bundle: a large archive in parts,
 * one after another (src/search/shards.ts), to bound memory; a part whose records did not change
 * since the last build is kept as it is. Runs in a thread of its own (src/search/pagefind-worker.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { constants, gunzipSync, gzipSync } from "node:zlib";
import { close, createIndex, type PagefindIndex } from "pagefind";
import type { SearchRecord } from "./records.ts";
import { planShards, type Shard } from "./shards.ts";

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

/** Up to this many papers, one index: quicker to rebuild whole than to plan parts. */
const SINGLE_PART_PAGES = 2_000;

/** The cache folder's record of each part's key, by folder. */
export const PART_KEYS_FILE = "parts.json";

/**
 * A part's key: the installed packages (a kept part must come from the same Pagefind as the main
 * bundle it is merged into), its role, and its records.
 */
function shardKey(shard: Shard<SearchRecord>, lockfile: string): string {
  const hash = createHash("sha256")
    .update(`${lockfile}\n`)
    .update(shard.folder === "" ? "main\n" : "part\n");
  for (const record of shard.pages) hash.update(`${record.url}\n${record.html}\n`);
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

/**
 * The records as files in `folder`, one per paper page's path, which Pagefind reads and parses on
 * its own threads: three times quicker than sending each through its Node API (2.4 s against
 * 7.5 s for 10,000, measured). The folder is kept for the part's next indexing: each record is
 * written over its file and the files of papers no longer in the part are removed, where
 * emptying the folder first cost more than writing it (10,000 records: 2 to 9 s of deleting,
 * against 1 s of writing; measured). Synchronous calls: a quarter of the promise API's time for
 * many small files.
 */
function writeRecords(records: readonly SearchRecord[], folder: string): void {
  const wanted = new Set<string>();
  const onTheWay = new Set<string>();
  for (const record of records) {
    const into = join(folder, ...record.url.split("/"));
    wanted.add(into);
    for (let up = dirname(into); up.length > folder.length; up = dirname(up)) onTheWay.add(up);
    mkdirSync(into, { recursive: true });
    writeFileSync(join(into, "index.html"), record.html);
  }
  const removeStale = (into: string) => {
    for (const entry of readdirSync(into, { withFileTypes: true })) {
      const path = join(into, entry.name);
      if (!entry.isDirectory() || wanted.has(path)) continue;
      if (onTheWay.has(path)) removeStale(path);
      else rmSync(path, { recursive: true, force: true });
    }
  };
  removeStale(folder);
}

/** Where a part's records are kept between builds, in the cache folder. */
const RECORDS_FOLDER = "records";
function recordsFolder(cache: string, shard: Shard<SearchRecord>): string {
  return join(cache, RECORDS_FOLDER, shard.folder === "" ? "main" : shard.folder);
}

/** An index of these records, not yet written. */
async function indexOf(records: readonly SearchRecord[], folder: string): Promise<PagefindIndex> {
  writeRecords(records, folder);
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index) fail("start", errors);
  const added = await index.addDirectory({ path: folder, glob: "**/index.html" });
  if (added.errors.length > 0) fail("index the records", added.errors);
  if (added.page_count !== records.length) {
    fail("index the records", [`${added.page_count} of ${records.length} were indexed`]);
  }
  return index;
}

/** Writes an index into `into`, as the main bundle or a part, without what it does not need. */
async function writeIndex(index: PagefindIndex, into: string, main: boolean): Promise<void> {
  const written = await index.writeFiles({ outputPath: into });
  if (written.errors.length > 0) fail("write the index", written.errors);
  await index.deleteIndex();
  const unused = main ? UNUSED_IN_MAIN : UNUSED_IN_PART;
  const names = await readdir(into);
  await Promise.all(names.filter((name) => unused.test(name)).map((name) => rm(join(into, name))));
  await recompress(into);
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

/** Where an index goes, and how big its parts may be. */
export interface IndexSite {
  /** The search bundle's folder in the output. */
  bundle: string;
  /** Pagefind's cache folder: each part's key, and its records as files. */
  cache: string;
  /** package-lock.json, part of each part's key. */
  lockfilePath: string;
  /** Most papers in one part. */
  shardPages: number;
}

export interface Indexed {
  shards: Shard<SearchRecord>[];
  indexed: number;
  keys: Record<string, string>;
  /** When indexing started and ended (performance.now()). */
  from: number;
  to: number;
}

/**
 * Plans the parts of the records and indexes into the site's bundle, one after another, each part
 * whose records changed (or whose files are gone from the site); the others stay as they are.
 */
export async function indexRecords(records: SearchRecord[], site: IndexSite): Promise<Indexed> {
  const from = performance.now();
  if (records.length === 0) fail("find papers", ["the archive has no paper files"]);
  const { bundle, cache } = site;
  // One part, when small: nothing to plan, and no months, since it sorts by date by itself.
  const shards: Shard<SearchRecord>[] =
    records.length <= Math.min(SINGLE_PART_PAGES, site.shardPages)
      ? [{ folder: "", months: [], pages: records }]
      : planShards(records, site.shardPages);
  const lockfile = await readFile(site.lockfilePath, "utf8").catch(() => "");
  const previous: Record<string, string> = JSON.parse(
    await readFile(join(cache, PART_KEYS_FILE), "utf8").catch(() => "{}"),
  );
  const keys: Record<string, string> = {};
  let indexed = 0;
  try {
    for (const shard of shards) {
      const key = shardKey(shard, lockfile);
      keys[shard.folder] = key;
      const kept = await stat(join(bundle, shard.folder, "pagefind-entry.json")).catch(() => {});
      if (previous[shard.folder] === key && kept) continue;
      const index = await indexOf(shard.pages, recordsFolder(cache, shard));
      await clearPart(bundle, shard.folder);
      await writeIndex(index, join(bundle, shard.folder), shard.folder === "");
      indexed += shard.pages.length;
    }
  } finally {
    await close();
  }
  const recordFolders = new Set(shards.map((shard) => recordsFolder(cache, shard)));
  const recordsRoot = join(cache, RECORDS_FOLDER);
  for (const name of existsSync(recordsRoot) ? readdirSync(recordsRoot) : []) {
    const folder = join(recordsRoot, name);
    if (!recordFolders.has(folder)) rmSync(folder, { recursive: true, force: true });
  }
  return { shards, indexed, keys, from, to: performance.now() };
}
