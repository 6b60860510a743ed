/**
 * The pages a build writes from a frame (src/build/framed-pages.ts), as their routes offer them:
 * each page's path, key and parts, made one at a time as they are written, so that no build holds
 * every page's data at once.
 */
import { cacheKey } from "../build/cache-key.ts";
import type { FramedPages } from "../build/framed-pages-handoff.ts";
import { ARXIV_PAGE_FRAME, arxivPageParts } from "../html/arxiv-page.ts";
import { FRAME_SEGMENT } from "../html/page-frame.ts";
import { PAPER_PAGE_FRAME, paperPageParts } from "../html/paper-page.ts";
import { archive, model, paths } from "./archive.ts";
import { arxivPages } from "./arxiv-page.ts";
import { paperPage } from "./paper-page.ts";

/** A path under the base path, as Astro names pages. */
const pathname = (path: string) => path.slice(paths.home.length);

export const paperPageFiles: FramedPages = {
  frame: pathname(paths.paper(FRAME_SEGMENT)),
  holes: Object.keys(PAPER_PAGE_FRAME),
  *pages() {
    for (const paper of archive.papers) {
      const page = paperPage(model, paper);
      yield {
        pathname: pathname(paths.paper(paper.slug)),
        key: cacheKey(page),
        parts: () => paperPageParts(page, paths),
      };
    }
  },
};

export const arxivPageFiles: FramedPages = {
  frame: pathname(paths.arxiv(FRAME_SEGMENT)),
  holes: Object.keys(ARXIV_PAGE_FRAME),
  *pages() {
    for (const page of arxivPages(model)) {
      yield {
        pathname: pathname(paths.arxiv(page.id)),
        key: cacheKey(page),
        parts: () => arxivPageParts(page),
      };
    }
  },
};
