/**
 * The /arxiv/<id>/ pages: one per arXiv id in the archive, leading to the paper's own page. Two
 * papers with the same id (the split warns about them) give one page, for the first by slug.
 */

import { isArxivId } from "../content/papers/arxiv-id.ts";
import type { Paper } from "../site/archive.ts";
import { plainText } from "../site/rich-text/math-text.ts";
import type { SiteModel } from "./site-model.ts";

export interface ArxivPage {
  id: string;
  /** The paper page's path under the base: where the page leads. */
  path: string;
  /** The paper page's absolute address: the canonical one. */
  url: string;
  /** The paper's title as plain text, for the link. */
  title: string;
}

export function arxivPages(model: SiteModel): ArxivPage[] {
  const byId = new Map<string, Paper>();
  const bySlug = [...model.archive.papers].sort((a, b) => a.slug.localeCompare(b.slug));
  for (const paper of bySlug) {
    const id = paper.arxivId;
    if (id !== undefined && isArxivId(id) && !byId.has(id)) byId.set(id, paper);
  }
  return [...byId].map(([id, paper]) => {
    const path = model.paths.paper(paper.slug);
    return { id, path, url: new URL(path, model.siteUrl).href, title: plainText(paper.title) };
  });
}
