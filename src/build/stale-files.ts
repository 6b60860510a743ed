/**
 * Files an earlier build left in the output folder. The site is built over the last build's
 * output (so that pages Astro's incremental build reuses stay where they are); a file this build
 * neither wrote nor reused, like the page of a paper file since deleted, must go.
 */
import { readdir, rm, rmdir, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { inBatches } from "../util/concurrently.ts";

/**
 * Every file under `root` (absolute paths) with its modification time; nothing inside the
 * folders in `skip`. An absent `root` has no files.
 */
export async function snapshotFiles(
  root: string,
  skip: ReadonlySet<string> = new Set(),
): Promise<Map<string, number>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const skipped = [...skip].map((folder) => `${folder}/`);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !skipped.some((folder) => path.startsWith(folder)));
  const times = await inBatches(files, async (path) => (await stat(path)).mtimeMs);
  return new Map(files.map((path, index) => [path, times[index] ?? 0]));
}

/**
 * Deletes what an earlier build left under `root`: files that were there before this build
 * (`before`, from `snapshotFiles`), that it did not write again since, and that it did not reuse
 * (`keep`); then the folders that leaves empty. Returns the deleted files relative to `root`.
 */
export async function removeStaleFiles(
  root: string,
  before: ReadonlyMap<string, number>,
  keep: ReadonlySet<string>,
): Promise<string[]> {
  const candidates = [...before.keys()].filter((path) => !keep.has(path));
  const unchanged = await inBatches(candidates, async (path) => {
    const now = await stat(path).catch(() => undefined);
    return now !== undefined && now.mtimeMs === before.get(path);
  });
  const stale = candidates.filter((_, index) => unchanged[index]);
  await inBatches(stale, (path) => rm(path));
  // Folders left empty, deepest first; rmdir refuses any that still hold something.
  const folders = new Set<string>();
  for (const path of stale) {
    for (let dir = dirname(path); dir.startsWith(`${root}/`); dir = dirname(dir)) folders.add(dir);
  }
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(dir).catch(() => undefined);
  }
  return stale.map((path) => relative(root, path)).sort();
}
