/**
 * What the search index holds of each paper, built from the archive's data rather than read back
 * from the rendered pages: the title (a heading, so that it ranks above the abstract), the
 * abstract and the authors, as text. Topics, year, month and code are filters only: a query for a
 * topic's name finds the papers that use its words, not every paper filed under it. Pagefind
 * reads each record as a small HTML document.
 */
import type { IsoDate } from "../content/dates.ts";
import type { Paper } from "../site/archive.ts";
import { linkGroups } from "../site/code-links.ts";
import { sitePaths } from "../site/paths.ts";
import { plainText } from "../site/rich-text/math-text.ts";
import { escapeXml } from "../site/xml-text.ts";
import { spaceCjkCharacters } from "./cjk-characters.ts";
import {
  EXCERPT_SEPARATOR,
  FILTER,
  filterAttribute,
  HAS_CODE,
  META,
  metaFromAttribute,
  monthOf,
  SORT,
  sortAttribute,
  yearOf,
} from "./schema.ts";

export interface SearchRecord {
  /** The paper page's path from the site's root; the search page puts it under the base path. */
  url: string;
  /** The first listing date: the date sort, and which part of the index holds the record. */
  date: IsoDate;
  /** The document Pagefind indexes. */
  html: string;
}

/** Record URLs are relative to the base path, which the search page gives Pagefind. */
const rootPaths = sitePaths("/");

/** Text for the index: math read as text, CJK characters spaced, the separator never inside it. */
function indexedText(text: string): string {
  const plain = plainText(text).replaceAll(EXCERPT_SEPARATOR, " ");
  return spaceCjkCharacters(plain.replace(/\s+/gu, " "));
}

const attribute = (value: string) => `"${escapeXml(value)}"`;

/**
 * The paper as Pagefind reads it. The body is the title, the abstract and the authors, with
 * EXCERPT_SEPARATOR between them as words of their own: the search page shows its excerpt from
 * the abstract's words only.
 */
export function searchRecord(paper: Paper): SearchRecord {
  const title = plainText(paper.title);
  const filters = [
    filterAttribute(FILTER.year, yearOf(paper.date)),
    filterAttribute(FILTER.month, monthOf(paper.date)),
    ...paper.topics.map((topic) => filterAttribute(FILTER.topic, topic)),
    ...(linkGroups(paper).code.length > 0 ? [filterAttribute(FILTER.code, HAS_CODE)] : []),
  ];
  const html = [
    '<!DOCTYPE html><html lang="en"><head>',
    `<meta data-pagefind-meta=${attribute(metaFromAttribute(META.title, "content"))} content=${attribute(title)}>`,
    `<meta data-pagefind-meta=${attribute(metaFromAttribute(META.date, "content"))} content=${attribute(paper.date)}>`,
    `</head><body data-pagefind-body data-pagefind-sort=${attribute(sortAttribute(SORT.date, paper.date))}>`,
    // One filter per element: Pagefind reads an inline filter's value to the attribute's end.
    ...filters.map((filter) => `<span data-pagefind-filter=${attribute(filter)}></span>`),
    `<h1>${escapeXml(indexedText(paper.title))}</h1>`,
    `<p>${EXCERPT_SEPARATOR}</p>`,
    `<p>${escapeXml(indexedText(paper.abstract))}</p>`,
    `<p>${EXCERPT_SEPARATOR}</p>`,
    `<p>${escapeXml(indexedText((paper.authors ?? []).join(", ")))}</p>`,
    "</body></html>",
  ].join("\n");
  return { url: rootPaths.paper(paper.slug), date: paper.date, html };
}
