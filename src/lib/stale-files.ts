/**
 * Files an earlier build left in the output folder. The site is built over the last build's
 * output (so that pages Astro's incremental build reuses stay where they are); a file this build
 * neither wrote nor reused, like the page of a paper file since deleted, must go.
 */
import { readdir, rm, rmdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";

/**
 * Deletes every file under `root` that is older than `since` (ms since the epoch) and not in
 * `keep` (absolute paths), then the folders that leaves empty. Returns the deleted files'
 * paths relative to `root`, sorted.
 */
export async function removeStaleFiles(
  root: string,
  keep: ReadonlySet<string>,
  since: number,
): Promise<string[]> {
  const removed: string[] = [];
  async function sweep(dir: string): Promise<boolean> {
    const entries = await readdir(dir, { withFileTypes: true });
    let left = entries.length;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (await sweep(path)) left -= 1;
      } else if (!keep.has(path) && (await stat(path)).mtimeMs < since) {
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
