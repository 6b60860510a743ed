/**
 * Builds the Pagefind search index once Astro has written the site, and fails the build when
 * indexing fails or finds no paper pages.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/**
 * Pagefind also writes its ready-made search UIs, which this site does not use (its search page
 * has its own), and a WebAssembly module for pages of no known language (every page is English).
 */
const UNUSED =
  /^(?:pagefind-(?:component-|modular-)?ui\.(?:js|css)|pagefind-highlight\.js|wasm\.unknown\.pagefind)$/u;

async function removeUnused(bundle: string): Promise<void> {
  const names = await readdir(bundle);
  await Promise.all(
    names.filter((name) => UNUSED.test(name)).map((name) => rm(join(bundle, name))),
  );
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}: ${errors.join("; ")}`);
}

export function pagefind(): AstroIntegration {
  return {
    name: "paper-archive:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: "en" });
          if (!index) fail("start", errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) fail("index the site", added.errors);
          if (added.page_count === 0) fail("find paper pages", ["no page has data-pagefind-body"]);
          const bundle = join(site, "pagefind");
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) fail("write the index", written.errors);
          await removeUnused(bundle);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`indexed the paper pages among ${added.page_count} pages in ${seconds} s`);
        } finally {
          await close();
        }
      },
    },
  };
}
