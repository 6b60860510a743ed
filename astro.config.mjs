// @ts-check
import { defineConfig } from "astro/config";

// BASE_PATH and SITE_URL let one build serve from a domain root or a GitHub Pages project path.
const base = process.env.BASE_PATH ?? "/";
const site = process.env.SITE_URL ?? "https://example.github.io";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
});
