/**
 * Everything a paper's page shows, as one plain object: the page renders it, and its cache key is
 * a digest of it, so the key covers exactly what the page shows.
 */
import type { IsoDate } from "../content/dates.ts";
import { digestNeighbours, type Paper } from "../site/archive.ts";
import { type ArxivLinks, arxivLinks } from "../site/arxiv-links.ts";
import { bibtex, bibtexDataUrl, scholarlyArticleJson, scholarMeta } from "../site/citation.ts";
import { linkGroups } from "../site/code-links.ts";
import { cutText } from "../site/cut-text.ts";
import { plainText } from "../site/rich-text/math-text.ts";
import { externalSearches, type SearchLink } from "../site/search-links.ts";
import { type PaperTitle, paperTitle, type TopicName, topicNames } from "./listing.ts";
import type { SiteModel } from "./site-model.ts";

/** Longest description, in characters, before it is cut with an ellipsis. */
const DESCRIPTION_LENGTH = 200;

/** Authors shown before the rest fold away behind "and N more". */
const AUTHORS_SHOWN = 10;

export interface PaperPage {
  paper: Paper;
  /** The page's absolute address. */
  url: string;
  /** The title as plain text (math read as text), for the tab, meta tags and search. */
  title: string;
  /** The abstract as plain text, cut between graphemes to at most 200 characters. */
  description: string;
  topics: TopicName[];
  /** The authors in order: the first ten shown, the rest folded (empty when there are no more). */
  authors: { shown: string[]; folded: string[] };
  /** The paper on arXiv (abstract, PDF) and Hugging Face, when its arXiv id is known. */
  arxiv?: ArxivLinks;
  /** The first and the last digest that listed the paper. */
  firstListed: IsoDate;
  lastListed: IsoDate;
  /** Code repositories, then the project page and other pages: http(s) URLs only. */
  links: { code: string[]; other: string[] };
  /** Searches for the title on other paper indexes. */
  searches: SearchLink[];
  citation: {
    bibtex: string;
    /** The BibTeX entry as a `data:` URL, for its download link. */
    bibtexUrl: string;
    /** Google Scholar's meta tags. */
    scholarMeta: { name: string; content: string }[];
    /** schema.org JSON-LD, safe inside a script element. */
    jsonLd: string;
  };
  related: PaperTitle[];
  /** The papers before and after this one in its first digest. */
  previous?: PaperTitle;
  next?: PaperTitle;
}

export function paperPage(model: SiteModel, paper: Paper): PaperPage {
  const { archive } = model;
  const url = new URL(model.paths.paper(paper.slug), model.siteUrl).href;
  const abstract = plainText(paper.abstract);
  const topics = topicNames(archive, paper.topics);
  const entry = bibtex(paper, url);
  const related = (model.related.get(paper.slug) ?? []).flatMap((slug) => {
    const other = archive.bySlug.get(slug);
    return other ? [paperTitle(other)] : [];
  });
  const { previous, next } = digestNeighbours(archive, paper);
  const authors = paper.authors ?? [];
  const arxiv = arxivLinks(paper.arxivId);
  return {
    paper,
    url,
    title: plainText(paper.title),
    description: cutText(abstract, DESCRIPTION_LENGTH),
    topics,
    authors: { shown: authors.slice(0, AUTHORS_SHOWN), folded: authors.slice(AUTHORS_SHOWN) },
    ...(arxiv ? { arxiv } : {}),
    firstListed: paper.dates[0] ?? paper.date,
    lastListed: paper.dates.at(-1) ?? paper.date,
    links: linkGroups(paper),
    searches: externalSearches(paper.title),
    citation: {
      bibtex: entry,
      bibtexUrl: bibtexDataUrl(entry),
      scholarMeta: scholarMeta(paper),
      jsonLd: scholarlyArticleJson(
        paper,
        url,
        topics.map((topic) => topic.name),
      ),
    },
    related,
    ...(previous ? { previous: paperTitle(previous) } : {}),
    ...(next ? { next: paperTitle(next) } : {}),
  };
}
