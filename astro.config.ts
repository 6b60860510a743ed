import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { pagefind } from "./src/integrations/pagefind.ts";

// BASE_PATH and SITE_URL place the site: a domain root, or a GitHub Pages project path
// (empty counts as unset: GitHub's configure-pages reports "" for a root site).
// ARCHIVE_OUT_DIR lets tests build fixture archives beside the project's own dist/.
const base = process.env["BASE_PATH"] || "/";
const site = process.env["SITE_URL"] || "https://example.github.io";

export default defineConfig({
  site,
  base,
  outDir: process.env["ARCHIVE_OUT_DIR"] ?? "./dist",
  trailingSlash: "always",
  build: {
    format: "directory",
    // One cached stylesheet for every page instead of a copy in each of 100,000 pages.
    inlineStylesheets: "never",
  },
  // Scripts as files, never inlined: cached once for every page, and no inline JavaScript.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [sitemap(), pagefind()],
});
