/** Where `npm run build` writes: the site, and its record of what the last build was made from. */
import { join, resolve } from "node:path";
import { ENV } from "../env.ts";

/** This tool's folder, where Astro runs. */
export const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..");

export interface BuildFiles {
  /** The output folder (`ARCHIVE_OUT_DIR`). */
  dist: string;
  /** The record of the last build that succeeded. */
  record: string;
  /** The record of the build under way: it becomes `record` once Astro succeeds. */
  pending: string;
  /**
   * Created once the split is done (with the build command's process id appended): Astro,
   * started beside the split, reads the archive after.
   */
  contentGate: string;
}

export function buildFiles(): BuildFiles {
  const cacheDir = resolve(PROJECT_ROOT, ENV.cacheDir ?? join("node_modules", ".astro"));
  return {
    dist: resolve(PROJECT_ROOT, ENV.outDir),
    record: join(cacheDir, "last-build.json"),
    pending: join(cacheDir, "last-build.pending.json"),
    contentGate: join(cacheDir, "split-done"),
  };
}
