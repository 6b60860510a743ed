/**
 * The pages' bundle, which holds the archive, offers the pages written from a frame (paper pages,
 * /arxiv/<id>/ pages) here; the integration that writes them (src/build/framed-pages.ts), in
 * astro.config.ts's module graph, takes them once Astro has written its own pages. The two graphs
 * share globalThis, not modules (as the search records do, src/search/records-handoff.ts).
 */
import type { FrameParts } from "../html/page-frame.ts";

/** One page, to be written unless the last build wrote it from the same frame with the same key. */
export interface FramedPage {
  /** The page's path under the base path, as Astro names pages: `papers/<slug>/`. */
  pathname: string;
  /** A digest of everything the page shows (src/build/cache-key.ts). */
  key: string;
  /** The page's parts, made only when the page is written. */
  parts: () => FrameParts;
}

/** The pages of one route. */
export interface FramedPages {
  /** The frame: the one page of the route that Astro renders, with holes, by pathname. */
  frame: string;
  /** The frame's holes, which every page's parts fill. */
  holes: readonly string[];
  /** The pages, made one at a time as they are written. */
  pages: () => Iterable<FramedPage>;
}

const HANDOFF = Symbol.for("paper-archive.framed-pages");

type Holder = { [HANDOFF]?: Map<string, FramedPages> };

/**
 * Called by the integration as a build starts: routes whose pages are written from a frame then
 * render only the frame and offer their pages here. Without it (`astro dev`), the routes render
 * every page themselves.
 */
export function wantFramedPages(): void {
  (globalThis as Holder)[HANDOFF] = new Map();
}

/** Called by such a route with its pages: whether they are wanted (a build), and so taken. */
export function offerFramedPages(route: string, pages: FramedPages): boolean {
  const offered = (globalThis as Holder)[HANDOFF];
  offered?.set(route, pages);
  return offered !== undefined;
}

/** The pages offered in this process, by route, once; undefined if none were wanted. */
export function takeFramedPages(): Map<string, FramedPages> | undefined {
  const holder = globalThis as Holder;
  const offered = holder[HANDOFF];
  delete holder[HANDOFF];
  return offered;
}
