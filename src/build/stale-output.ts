/**
 * Astro builds over the last build's output (`vite.build.emptyOutDir: false`) so that the pages
 * its incremental build reuses need not be deleted and copied back. This removes what no longer
 * belongs, before the search index is built from the folder: files that were there before the
 * build, were not written again, and are not pages or files the build reused.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BUNDLE_FOLDER } from "../search/schema.ts";
import { removeStaleFiles, snapshotFiles } from "./stale-files.ts";

export interface StaleOutputOptions {
  /** Pages written outside Astro's renderer (framed pages), by pathname relative to the base path. */
  pages?: () => readonly string[];
}

export function staleOutput(options: StaleOutputOptions = {}): AstroIntegration {
  let outDir = "";
  let before = new Map<string, number>();
  // Pagefind's folder is its own: it writes the current index and removes the rest.
  const skip = () => new Set([join(outDir, BUNDLE_FOLDER)]);
  return {
    name: "paper-archive:stale-output",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": () => {
        before = snapshotFiles(outDir, skip());
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        // Every page and file of this build, whether rendered now or reused from the last one.
        const keep = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        // And the pages written outside Astro's renderer, kept or written again.
        for (const page of options.pages?.() ?? []) keep.add(join(outDir, page, "index.html"));
        const removed = await removeStaleFiles(fileURLToPath(dir), before, keep);
        if (removed.length > 0) {
          const some = removed.slice(0, 3).join(", ") + (removed.length > 3 ? ", …" : "");
          logger.info(`removed ${removed.length} files an earlier build left: ${some}`);
        }
      },
    },
  };
}
