/**
 * A page's cache key for Astro's incremental build: a digest of everything the page shows from
 * the archive. Equal keys mean equal pages, so a rebuild can reuse the page from the last build.
 */
import { createHash } from "node:crypto";

export function cacheKey(...inputs: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url").slice(0, 22);
}
