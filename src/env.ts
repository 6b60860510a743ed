/**
 * Every environment variable the project reads, in one place, with what it does. Commands, the
 * Astro config and the tests read settings from here, never from `process.env` directly.
 * An empty variable counts as unset (GitHub's configure-pages reports "" for a root site).
 */

function setting(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
}

export const ENV = {
  /** The site's base path: `/` for a domain root, `/my-repo/` for a GitHub Pages project site. */
  basePath: setting("BASE_PATH") ?? "/",
  /** The site's origin, for canonical URLs, feeds and the sitemap. */
  siteUrl: setting("SITE_URL") ?? "https://example.github.io",
  /** The project folder whose `content/` a build reads (tests and the benchmark build other archives). */
  archiveRoot: setting("ARCHIVE_ROOT") ?? process.cwd(),
  /** Where a build writes the site. */
  outDir: setting("ARCHIVE_OUT_DIR") ?? "./dist",
  /** Astro's cache folder (the incremental build's pages); unset: Astro's default. */
  cacheDir: setting("ARCHIVE_CACHE_DIR"),
  /** Most paper pages in one part of the search index; tests set it low to make parts of a small archive. */
  searchPartPages: Number(setting("SEARCH_PART_PAGES")) || 10_000,
  /** Papers on each numbered topic page; unset: `papersPerPage` of src/site.config.ts. Tests set it low to give a small archive numbered pages. */
  topicPagePapers: Number(setting("TOPIC_PAGE_PAPERS")) || undefined,
  /** Set by `npm run build` for the Astro it starts while the split runs: a file that appears once the split is done; what reads the archive waits for it (src/build/content-gate.ts). */
  contentGate: setting("ARCHIVE_CONTENT_GATE"),
  /** The Chromium that browser tests and the benchmark drive (Debian's `chromium` package). */
  chromePath: setting("CHROME_PATH") ?? "/usr/bin/chromium",
  /** Origin of the Hugging Face Daily Papers API, or a mirror or test server standing in for it. */
  dailyPapersApi: setting("DAILY_PAPERS_API") ?? "https://huggingface.co",
  /** The folder `npm run` was typed in (npm sets it), against which file arguments are resolved. */
  invocationDir: setting("INIT_CWD") ?? process.cwd(),
} as const;
