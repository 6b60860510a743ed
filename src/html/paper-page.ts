/**
 * A paper's page as markup, from its data (src/data/paper-page.ts): what goes into the site's
 * frame (src/layouts/Layout.astro). Paper pages are most of the site, so a build writes them from
 * this text rather than through Astro's per-page renderer (src/build/framed-pages.ts); the route
 * /papers/<slug>/ renders the same parts in `astro dev`.
 */
import type { PaperPage } from "../data/paper-page.ts";
import type { SitePaths } from "../site/paths.ts";
import { SITE } from "../site.config.ts";
import { dateElement } from "./date.ts";
import { html, type Markup, trusted } from "./markup.ts";
import { neighbourLinks } from "./neighbours.ts";
import { markupHole, textHole } from "./page-frame.ts";
import { paperTitleList } from "./paper-titles.ts";
import { richText } from "./rich-text.ts";
import { topicLinks } from "./topic-links.ts";

/** What a paper page puts into the site's frame (a type, not an interface: it must fit FrameParts). */
export type PaperPageParts = {
  /** The page's own title as text; the frame appends the site's name. */
  title: string;
  description: string;
  /** The page's absolute address. */
  canonical: string;
  /** Extra elements of the head. */
  head: Markup;
  /** The content of <main>. */
  main: Markup;
};

/** The frame's holes, in the parts' places. */
export const PAPER_PAGE_FRAME: PaperPageParts = {
  title: textHole("title"),
  description: textHole("description"),
  canonical: textHole("canonical"),
  head: markupHole("head"),
  main: markupHole("main"),
};

export function paperPageParts(page: PaperPage, paths: SitePaths): PaperPageParts {
  return {
    title: page.title,
    description: page.description,
    canonical: page.url,
    head: head(page),
    main: html`${article(page, paths)}${
      page.related.length > 0 &&
      html`<section aria-labelledby="related"><h2 id="related">Related papers</h2>${paperTitleList(page.related, paths)}</section>`
    }${neighbourLinks(
      "In this digest",
      page.previous && {
        href: paths.paper(page.previous.slug),
        name: richText(page.previous.title),
      },
      page.next && { href: paths.paper(page.next.slug), name: richText(page.next.title) },
    )}`,
  };
}

function head({ title, description, url, citation }: PaperPage): Markup {
  // X reads og:title and og:description when twitter:title and twitter:description are absent.
  return html`<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:url" content="${url}"><meta property="og:site_name" content="${SITE.title}"><meta name="twitter:card" content="summary">${citation.scholarMeta.map(
    (tag) => html`<meta name="${tag.name}" content="${tag.content}">`,
  )}<script type="application/ld+json">${trusted(citation.jsonLd)}</script>`;
}

function article(page: PaperPage, paths: SitePaths): Markup {
  const { paper, authors, topics, arxiv, links, searches, citation } = page;
  const day = (date: string) => html`<a href="${paths.day(date)}">${dateElement(date)}</a>`;
  return html`<article><h1>${richText(paper.title)}</h1>${
    authors.shown.length > 0 &&
    html`<div class="authors"><h2 class="visually-hidden">Authors</h2><p>${authors.shown.join(", ")}</p>${
      authors.folded.length > 0 &&
      html`<details><summary>and ${authors.folded.length} more</summary><p>${authors.folded.join(", ")}</p></details>`
    }</div>`
  }<p class="meta">${
    paper.dates.length === 0
      ? html`First listed on ${dateElement(page.firstListed)}; no digest lists it any more`
      : paper.dates.length === 1
        ? html`Listed in the digest of ${day(page.firstListed)}`
        : html`Listed in ${paper.dates.length} digests, first on ${day(page.firstListed)}, last on ${day(page.lastListed)}`
  }</p>${
    topics.length > 0 &&
    html`<p class="meta"><span>Topics: </span>${topicLinks(topics, paths, (name) => html`<span>${name}</span>`)}</p>`
  }<h2 class="visually-hidden">Abstract</h2><p class="abstract">${richText(paper.abstract, { links: true })}</p>${
    paper.aiSummary &&
    html`<section aria-labelledby="ai-summary"><h2 id="ai-summary">Summary by Hugging Face (generated)</h2><p>${paper.aiSummary}</p></section>`
  }${
    paper.notes && html`<section><h2>Notes</h2><p class="notes">${paper.notes}</p></section>`
  }<section aria-labelledby="links"><h2 id="links">Links</h2><dl class="link-groups">${
    arxiv &&
    html`<dt>arXiv</dt><dd><ul class="links-out"><li><a href="${arxiv.abs}">arXiv:${arxiv.id}</a></li><li><a href="${arxiv.pdf}">PDF</a></li><li><a href="${arxiv.huggingFace}">Hugging Face</a></li></ul></dd>`
  }${linkGroup("Code", links.code)}${linkGroup("Project and other pages", links.other)}<dt>Find this title on</dt><dd><ul class="links-out">${searches.map(
    (link) => html`<li><a href="${link.href}" rel="nofollow">${link.label}</a></li>`,
  )}</ul></dd></dl></section><section aria-labelledby="cite"><h2 id="cite">Cite</h2><pre class="bibtex" id="bibtex">${citation.bibtex}</pre><p class="meta"><a href="${citation.bibtexUrl}" download="${`${paper.slug}.bib`}">Download .bib file</a><button type="button" class="copy" data-copy="bibtex" hidden>Copy BibTeX</button></p></section>${
    paper.dates.length > 1 &&
    html`<section aria-labelledby="provenance"><h2 id="provenance">Listed in</h2><ul class="links-out">${paper.dates.map(
      (date) => html`<li>${day(date)}</li>`,
    )}</ul></section>`
  }</article>`;
}

/** A group of links out (http(s) URLs only, checked when the paper file is read), shown without the scheme. */
function linkGroup(name: string, urls: readonly string[]): Markup | false {
  return (
    urls.length > 0 &&
    html`<dt>${name}</dt>${urls.map(
      (url) =>
        html`<dd><a href="${url}" rel="nofollow">${url.replace(/^https?:\/\//u, "")}</a></dd>`,
    )}`
  );
}
