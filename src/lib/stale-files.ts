/**
 * Files an earlier build left in the output folder. The site is built over the last build's
 * output (so that pages Astro's incremental build reuses stay where they are); a file this build
 * neither wrote nor reused, like the page of a paper file since deleted, must go.
 */
import { readdir, rm, rmdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";

/** Every file under `root` (absolute path) with its modification time; folders in `skip` left out. */
export async function snapshotFiles(
  root: string,
  skip: ReadonlySet<string> = new Set(),
): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(path)) await walk(path);
      } else {
        files.set(path, (await stat(path)).mtimeMs);
      }
    }
  }
  await walk(root);
  return files;
}

/**
 * Deletes the files under `root` that `isStale` picks (given the absolute path and, for a file
 * in `before`, whether it is unchanged since), then the folders that leaves empty; folders in
 * `skip` are left alone. Returns the deleted files' paths relative to `root`, sorted.
 */
export async function removeFiles(
  root: string,
  isStale: (path: string) => boolean,
  skip: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const removed: string[] = [];
  async function sweep(dir: string): Promise<boolean> {
    const entries = await readdir(dir, { withFileTypes: true });
    let left = entries.length;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(path) && (await sweep(path))) left -= 1;
      } else if (isStale(path)) {
        await rm(path);
        removed.push(relative(root, path));
        left -= 1;
      }
    }
    if (left > 0 || dir === root) return false;
    await rmdir(dir);
    return true;
  }
  await sweep(root);
  return removed.sort();
}

/**
 * Deletes what an earlier build left: files that were there before this build (`before`, from
 * `snapshotFiles`), that it did not touch since, and that it did not reuse (`keep`).
 */
export async function removeStaleFiles(
  root: string,
  before: ReadonlyMap<string, number>,
  keep: ReadonlySet<string>,
  skip: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const changed = await snapshotFiles(root, skip);
  return removeFiles(
    root,
    (path) => !keep.has(path) && before.has(path) && before.get(path) === changed.get(path),
    skip,
  );
}
