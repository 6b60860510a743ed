/**
 * Citation data for a paper, from what its digests say and nothing more: authors, arXiv id and
 * dates only when a JSON digest (the Daily Papers API) gave them; no venue is ever invented.
 * BibTeX, Google Scholar meta tags and schema.org JSON-LD.
 */
import type { IsoDate } from "../content/dates.ts";
import { splitMath } from "../content/math-spans.ts";
import type { Paper } from "./archive.ts";
import { type ArxivLinks, arxivLinks } from "./arxiv-links.ts";
import { citationKey } from "./citation-key.ts";
import { plainText } from "./rich-text/math-text.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Escapes BibTeX's special characters outside math; math is kept as written. */
export function bibtexText(text: string): string {
  return splitMath(text)
    .map((segment) =>
      segment.kind === "math"
        ? segment.source
        : segment.text.replace(/[\\{}&%#_~^$]/gu, (char) => {
            switch (char) {
              case "\\":
                return "\\textbackslash{}";
              case "~":
                return "\\textasciitilde{}";
              case "^":
                return "\\textasciicircum{}";
              default:
                return `\\${char}`;
            }
          }),
    )
    .join("");
}

/**
 * An author for BibTeX's `author` field. BibTeX splits the field at the word "and" and reads
 * "A, B" as "family, given": a name holding either is kept whole in braces.
 */
export function bibtexName(name: string): string {
  const text = bibtexText(name);
  return /(?:^|\s)and(?:\s|$)|,/iu.test(name) ? `{${text}}` : text;
}

function yearAndMonth(date: IsoDate): [string, string][] {
  const [year = "", month = "01"] = date.split("-");
  return [
    ["year", `{${year}}`],
    ["month", MONTHS[Number(month) - 1] ?? "jan"],
  ];
}

function entry(key: string, fields: readonly [string, string][]): string {
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join("\n");
  return `@misc{${key},\n${body}\n}\n`;
}

/** The title in double braces, which keep its capitalisation. */
function titleField(paper: Paper): [string, string] {
  return ["title", `{{${bibtexText(paper.title)}}}`];
}

/** A paper known only from pasted digests: a @misc entry keyed by the slug, citing this site. */
function digestEntry(paper: Paper, url: string): string {
  return entry(paper.slug, [
    titleField(paper),
    ...yearAndMonth(paper.date),
    ["howpublished", `{\\url{${url}}}`],
    ["url", `{${url}}`],
    ["note", `{Listed in the paper digest of ${paper.date}}`],
  ]);
}

/** An arXiv preprint, as arXiv itself exports it; its primary class is not known, so not given. */
function arxivEntry(paper: Paper, arxiv: ArxivLinks): string {
  const authors = paper.authors ?? [];
  return entry(citationKey(paper), [
    titleField(paper),
    ...(authors.length > 0
      ? [["author", `{${authors.map(bibtexName).join(" and ")}}`] as [string, string]]
      : []),
    ...yearAndMonth(paper.arxivDate ?? paper.date),
    ["eprint", `{${arxiv.id}}`],
    ["archivePrefix", "{arXiv}"],
    ["url", `{${arxiv.abs}}`],
  ]);
}

/** The paper's BibTeX entry: an arXiv preprint when its arXiv id is known, else this site's page. */
export function bibtex(paper: Paper, url: string): string {
  const arxiv = arxivLinks(paper.arxivId);
  return arxiv ? arxivEntry(paper, arxiv) : digestEntry(paper, url);
}

/**
 * The entry as a `data:` URL for a download link: a .bib file for every reader, with or without
 * JavaScript, and no second file per paper to build and publish.
 */
export function bibtexDataUrl(entry: string): string {
  return `data:application/x-bibtex;charset=utf-8,${encodeURIComponent(entry)}`;
}

const slashDate = (date: IsoDate) => date.replaceAll("-", "/");

/** Google Scholar's citation_* tags (Highwire Press names), authors in the paper's order. */
export function scholarMeta(paper: Paper): { name: string; content: string }[] {
  const arxiv = arxivLinks(paper.arxivId);
  const tag = (name: string, content: string) => ({ name: `citation_${name}`, content });
  return [
    tag("title", plainText(paper.title)),
    ...(paper.authors ?? []).map((name) => tag("author", name)),
    ...(paper.arxivDate ? [tag("publication_date", slashDate(paper.arxivDate))] : []),
    tag("online_date", slashDate(paper.date)),
    ...(arxiv ? [tag("arxiv_id", arxiv.id), tag("pdf_url", arxiv.pdf)] : []),
  ];
}

/**
 * schema.org ScholarlyArticle, as JSON safe to place inside a <script> element: title, authors,
 * address (and the arXiv page as the same work), topics and date, to keep pages small.
 */
export function scholarlyArticleJson(
  paper: Paper,
  url: string,
  topicNames: readonly string[],
): string {
  const authors = paper.authors ?? [];
  const arxiv = arxivLinks(paper.arxivId);
  const data = {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: plainText(paper.title),
    ...(authors.length > 0 ? { author: authors.map((name) => ({ "@type": "Person", name })) } : {}),
    url,
    ...(arxiv ? { sameAs: arxiv.abs } : {}),
    keywords: topicNames.join(", "),
    sdDatePublished: paper.date,
  };
  // "<" escaped so that no string in the data can close the script element.
  return JSON.stringify(data).replace(/</gu, "\\u003c");
}
