/**
 * Folders a benchmark run replaces are moved aside, not deleted, and deleted once every figure is
 * taken. Deleting tens of thousands of files keeps the disk busy for a while after `rm` returns
 * (ext4 with online discard, as here): a clean build started right after deleting the last run's
 * 84,000 files took 36 s, against 28–29 s without (10,000 papers, measured), so the run that
 * followed a deletion measured the disk, not the build.
 */
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";

export interface SetAside {
  /** Moves `path` out of the way, if it exists; it is gone once `empty()` has run. */
  move(path: string): Promise<void>;
  /** Deletes what was moved aside. */
  empty(): Promise<void>;
}

/** Moves folders into `folder`, which must be on the same file system as what it moves. */
export function setAside(folder: string): SetAside {
  let moved = 0;
  return {
    async move(path) {
      await mkdir(folder, { recursive: true });
      try {
        await rename(path, join(folder, `${process.pid}-${moved++}`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    },
    empty: () => rm(folder, { recursive: true, force: true }),
  };
}
