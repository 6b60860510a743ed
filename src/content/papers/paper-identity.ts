import { normalizeWhitespace } from "../text.ts";

/**
 * Two listings are the same paper when their titles match ignoring case, Unicode form and
 * spacing: digests re-list papers with exactly the same title, sometimes re-cased.
 */
export function paperKey(title: string): string {
  return normalizeWhitespace(title).normalize("NFKC").toLowerCase();
}
