/**
 * Astro builds over the last build's output (`vite.build.emptyOutDir: false`) so that the pages
 * its incremental build reuses need not be deleted and copied back. This removes what no longer
 * belongs, before the search index is built from the folder.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { removeStaleFiles } from "../lib/stale-files.ts";

export function staleOutput(): AstroIntegration {
  let started = Number.POSITIVE_INFINITY;
  return {
    name: "paper-archive:stale-output",
    hooks: {
      "astro:build:start": () => {
        started = Date.now();
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        // Every page and file of this build, whether rendered now or reused from the last one.
        const keep = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = await removeStaleFiles(fileURLToPath(dir), keep, started);
        // The last search index always goes (Pagefind writes a new one): not worth a word.
        const pages = removed.filter((file) => !file.startsWith("pagefind/"));
        if (pages.length > 0) {
          const some = pages.slice(0, 3).join(", ") + (pages.length > 3 ? ", …" : "");
          logger.info(`removed ${pages.length} files an earlier build left: ${some}`);
        }
      },
    },
  };
}
