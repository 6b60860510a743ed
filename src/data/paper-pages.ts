/**
 * Every paper's page of this build, for the integration that writes them
 * (src/build/paper-pages.ts): made one at a time as they are written, so that no build holds
 * every page's data at once.
 */
import { cacheKey } from "../build/cache-key.ts";
import type { PaperPageFile } from "../build/paper-pages-handoff.ts";
import { paperPageParts } from "../html/paper-page.ts";
import { archive, model, paths } from "./archive.ts";
import { paperPage } from "./paper-page.ts";

export function* paperPageFiles(): Generator<PaperPageFile> {
  for (const paper of archive.papers) {
    const page = paperPage(model, paper);
    yield {
      pathname: paths.paper(paper.slug).slice(paths.home.length),
      key: cacheKey(page),
      parts: () => paperPageParts(page, paths),
    };
  }
}
