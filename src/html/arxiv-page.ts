/**
 * An /arxiv/<id>/ page as parts of the site's frame, from its data (src/data/arxiv-page.ts): it
 * leads to the paper's page at once (the layout's refresh), and links it for browsers that do
 * not follow the refresh. A build writes them from the frame (src/build/framed-pages.ts); the
 * route renders the same parts in `astro dev`.
 */
import type { ArxivPage } from "../data/arxiv-page.ts";
import { html, type Markup } from "./markup.ts";
import { markupHole, textHole } from "./page-frame.ts";

/** What an /arxiv/<id>/ page puts into the site's frame (a type, not an interface: it must fit FrameParts). */
export type ArxivPageParts = {
  title: string;
  /** The paper's title. */
  description: string;
  /** The paper page's path, where the page leads. */
  refresh: string;
  /** The paper page's absolute address, the canonical one. */
  canonical: string;
  main: Markup;
};

export const ARXIV_PAGE_FRAME: ArxivPageParts = {
  title: textHole("title"),
  description: textHole("description"),
  refresh: textHole("refresh"),
  canonical: textHole("canonical"),
  main: markupHole("main"),
};

export function arxivPageParts({ id, path, url, title }: ArxivPage): ArxivPageParts {
  return {
    title: `arXiv:${id}`,
    description: title,
    refresh: path,
    canonical: url,
    main: html`<h1>arXiv:${id}</h1><p>This paper's page: <a href="${path}">${title}</a></p>`,
  };
}
