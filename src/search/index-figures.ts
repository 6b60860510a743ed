/**
 * What the last build's search indexing did, written by the Pagefind integration into Astro's
 * cache folder (outside the published site) for the benchmark to read.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface IndexFigures {
  /** Paper pages in the index. */
  pages: number;
  /** Parts the index is in. */
  parts: number;
  /** Pages this build indexed; the others are in parts kept from the last build. */
  indexed: number;
  /** Seconds the index took: writing the records, indexing, writing the index. */
  seconds: number;
  /** Seconds from the start of Astro's build to its pages all written, the index running beside them. */
  pagesSeconds: number;
  /** Seconds the build then waited for the index. */
  after: number;
}

/** The figures' file in Astro's cache folder (`cacheDir`, a path). */
function indexFiguresFile(cacheDir: string): string {
  return join(cacheDir, "search-index-figures.json");
}

export async function writeIndexFigures(cacheDir: string, figures: IndexFigures): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(indexFiguresFile(cacheDir), `${JSON.stringify(figures)}\n`);
}

export async function readIndexFigures(cacheDir: string): Promise<IndexFigures> {
  return JSON.parse(await readFile(indexFiguresFile(cacheDir), "utf8"));
}

/**
 * The build log's line: "indexed 10 paper pages in 2 parts (4 kept from the last build) in 1.2 s,
 * beside the pages (3.4 s), and 0.5 s after them".
 */
export function formatIndexFigures(figures: IndexFigures): string {
  const { pages, parts, indexed, seconds, pagesSeconds, after } = figures;
  const kept = pages - indexed;
  return `indexed ${pages} paper pages in ${parts} ${parts === 1 ? "part" : "parts"}${kept > 0 ? ` (${kept} kept from the last build)` : ""} in ${seconds.toFixed(1)} s, beside the pages (${pagesSeconds.toFixed(1)} s), and ${after.toFixed(1)} s after them`;
}
