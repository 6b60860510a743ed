/**
 * A page's cache key for Astro's incremental build: a digest of everything the page shows from
 * the archive. Equal keys mean equal pages, so a rebuild can reuse the page from the last build.
 */
import { createHash } from "node:crypto";

export function cacheKey(...inputs: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url").slice(0, 22);
}

/**
 * A getStaticPaths entry for a page that renders only `page`: its key is a digest of that very
 * object, so the key cannot leave out anything the page shows.
 */
export function keyedPage<Params, Page>(
  params: Params,
  page: Page,
): { params: Params; props: { page: Page }; cacheKey: string } {
  return { params, props: { page }, cacheKey: cacheKey(page) };
}
