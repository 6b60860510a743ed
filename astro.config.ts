import { resolve } from "node:path";
import { defineConfig } from "astro/config";
import { contentProblemsExit } from "./src/build/content-problems.ts";
import { framedPages, isFrame } from "./src/build/framed-pages.ts";
import { prerenderFolderCleanup } from "./src/build/prerender-folder.ts";
import { sitemap } from "./src/build/sitemap.ts";
import { staleOutput } from "./src/build/stale-output.ts";
import { archivePaths } from "./src/content/archive-files.ts";
import { ENV } from "./src/env.ts";
import { loadSearchRecords } from "./src/search/load-records.ts";
import { pagefind } from "./src/search/pagefind.ts";
import { isArxivRedirect } from "./src/site/paths.ts";

// Paper and /arxiv/<id>/ pages are written from a frame Astro renders once, not by Astro one by one.
const framed = framedPages();

export default defineConfig({
  // A domain root or a GitHub Pages project path; tests build fixture archives beside dist/.
  site: ENV.siteUrl,
  base: ENV.basePath,
  outDir: ENV.outDir,
  // The incremental build's cache; builds of other archives (tests, benchmark) keep their own.
  ...(ENV.cacheDir ? { cacheDir: ENV.cacheDir } : {}),
  trailingSlash: "always",
  build: {
    format: "directory",
    // One cached stylesheet for every page instead of a copy in each of 100,000 pages.
    inlineStylesheets: "never",
    // Pages render while earlier ones are written: with one at a time (the default) the build
    // spent a third of its time waiting on the file system (CPU profile, 10,000 papers).
    concurrency: 8,
  },
  vite: {
    build: {
      // Scripts as files, never inlined: cached once for every page, and no inline JavaScript.
      assetsInlineLimit: 0,
      // Build over the last output; staleOutput() removes what this build did not write or reuse.
      emptyOutDir: false,
    },
  },
  // In this order: stale files go before Pagefind writes its folder.
  integrations: [
    framed,
    sitemap({
      pages: framed.pathnames,
      // The /arxiv/<id>/ pages only lead to paper pages, which the sitemap lists; frames are not
      // pages.
      exclude: (page) => isArxivRedirect(page, ENV.basePath) || isFrame(page),
    }),
    staleOutput({ pages: framed.pathnames }),
    // A failed build leaves Astro's prerender bundle behind; this removes it on exit.
    prerenderFolderCleanup(),
    // Broken content ends a build with its problems, not a stack trace.
    contentProblemsExit(),
    pagefind({
      // Parts of at most 10,000 pages bound Pagefind's memory (1.2 GB for 10,000 pages, measured).
      shardPages: ENV.searchPartPages,
      // The pages' archive, handed over in this process; loaded again only if none was.
      records: () => loadSearchRecords(archivePaths(resolve(ENV.archiveRoot))),
    }),
  ],
  // Paper, day and topic pages carry a cacheKey (a digest of the object each renders,
  // src/data/*-page.ts): a rebuild renders only the pages whose content changed and keeps the
  // rest (from dist/, or Astro's cache if it is gone).
  experimental: { incrementalBuild: true },
});
