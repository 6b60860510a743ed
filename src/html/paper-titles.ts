import type { PaperTitle } from "../data/listing.ts";
import type { SitePaths } from "../site/paths.ts";
import { html, type Markup } from "./markup.ts";
import { richText } from "./rich-text.ts";

/** Papers as a list of linked titles, for lists repeated on many pages (related papers). */
export function paperTitleList(papers: readonly PaperTitle[], paths: SitePaths): Markup {
  return html`<ol class="paper-list titles">${papers.map(
    (paper) => html`<li><a href="${paths.paper(paper.slug)}">${richText(paper.title)}</a></li>`,
  )}</ol>`;
}
