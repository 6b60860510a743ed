/** Loads the archive for a site build; any broken content file fails the build with its path. */

import { type ArchivePaths, type Content, loadContent } from "../content/archive-files.ts";
import { replaceUnsafeCharacters } from "../content/unsafe-characters.ts";
import { type Archive, buildArchive } from "./archive.ts";

/**
 * A value with every string in it (through arrays and plain objects) passed through `map`;
 * anything else, such as a Date in a key a person added, as it is.
 */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === "string") return map(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === "object") {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]),
    ) as T;
  }
  return value;
}

/**
 * What the site shows of the archive's content: every text with the characters no page or feed
 * can carry replaced by U+FFFD, here once, so that every output (pages, feeds, sitemap, search,
 * meta tags, JSON-LD, citations) is well-formed whatever the files hold. Digests go through the
 * same replacement, so their titles still find their papers.
 */
export function siteContent(content: Content): Content {
  return mapStrings(content, replaceUnsafeCharacters);
}

export async function loadSiteArchive(paths: ArchivePaths): Promise<Archive> {
  const content = siteContent(await loadContent(paths));
  return buildArchive(content.papers, content.digests, content.topics);
}
