/**
 * Builds the Pagefind search index once Astro has written the site, and fails the build when
 * indexing fails or finds no paper pages.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}: ${errors.join("; ")}`);
}

export function pagefind(): AstroIntegration {
  return {
    name: "paper-archive:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: "en" });
          if (!index) fail("start", errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) fail("index the site", added.errors);
          if (added.page_count === 0) fail("find paper pages", ["no page has data-pagefind-body"]);
          const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
          if (written.errors.length > 0) fail("write the index", written.errors);
          logger.info(`indexed the paper pages among ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
