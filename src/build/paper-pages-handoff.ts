/**
 * The pages' bundle, which holds the archive, offers every paper's page here; the paper pages
 * integration (src/build/paper-pages.ts), in astro.config.ts's module graph, takes them once
 * Astro has written the other pages. The two graphs share globalThis, not modules (as the search
 * records do, src/search/records-handoff.ts).
 */
import type { FrameParts } from "../html/paper-page.ts";

/** One paper's page, to be written unless the last build wrote it with the same key. */
export interface PaperPageFile {
  /** The page's path under the base path, as Astro names pages: `papers/<slug>/`. */
  pathname: string;
  /** A digest of everything the page shows (src/build/cache-key.ts). */
  key: string;
  /** The page's parts, made only when the page is written. */
  parts: () => FrameParts;
}

const HANDOFF = Symbol.for("paper-archive.paper-pages");

type Holder = { [HANDOFF]?: { pages?: () => Iterable<PaperPageFile> } };

/**
 * Called by the integration as a build starts: the paper route then renders only the frame and
 * offers the pages here. Without it (`astro dev`), the route renders every paper itself.
 */
export function wantPaperPages(): void {
  (globalThis as Holder)[HANDOFF] = {};
}

/**
 * Called by the paper route: whether the pages are wanted, and if so they are offered (the
 * function is called once, when they are taken).
 */
export function offerPaperPages(pages: () => Iterable<PaperPageFile>): boolean {
  const handoff = (globalThis as Holder)[HANDOFF];
  if (handoff) handoff.pages = pages;
  return handoff !== undefined;
}

/** The paper pages offered in this process, once; undefined if none were. */
export function takePaperPages(): Iterable<PaperPageFile> | undefined {
  const holder = globalThis as Holder;
  const pages = holder[HANDOFF]?.pages;
  delete holder[HANDOFF];
  return pages?.();
}
