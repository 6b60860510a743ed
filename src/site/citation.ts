/**
 * Citation data for a paper, from what the digest says and nothing more: no authors, venue or
 * identifiers are invented. BibTeX, Google Scholar meta tags and schema.org JSON-LD.
 */
import type { Paper } from "./archive.ts";
import { splitMath } from "./rich-text/math.ts";
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

/** A @misc entry keyed by the slug; the title in double braces keeps its capitalisation. */
export function bibtex(paper: Paper, url: string): string {
  const [year = "", month = "01"] = paper.date.split("-");
  const fields: [string, string][] = [
    ["title", `{{${bibtexText(paper.title)}}}`],
    ["year", `{${year}}`],
    ["month", MONTHS[Number(month) - 1] ?? "jan"],
    ["howpublished", `{\\url{${url}}}`],
    ["url", `{${url}}`],
    ["note", `{Listed in the paper digest of ${paper.date}}`],
  ];
  const body = fields.map(([key, value]) => `  ${key} = ${value},`).join("\n");
  return `@misc{${paper.slug},\n${body}\n}\n`;
}

/**
 * The entry as a `data:` URL for a download link: a .bib file for every reader, with or without
 * JavaScript, and no second file per paper to build and publish.
 */
export function bibtexDataUrl(entry: string): string {
  return `data:application/x-bibtex;charset=utf-8,${encodeURIComponent(entry)}`;
}

/** Google Scholar's citation_* tags (Highwire Press names). */
export function scholarMeta(paper: Paper): { name: string; content: string }[] {
  return [
    { name: "citation_title", content: plainText(paper.title) },
    { name: "citation_online_date", content: paper.date.replaceAll("-", "/") },
  ];
}

/**
 * schema.org ScholarlyArticle, as JSON safe to place inside a <script> element. It names only what
 * the page's meta tags do not already say (title, address, topics, date), to keep pages small.
 */
export function scholarlyArticleJson(
  paper: Paper,
  url: string,
  topicNames: readonly string[],
): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: plainText(paper.title),
    url,
    keywords: topicNames.join(", "),
    sdDatePublished: paper.date,
  };
  // "<" escaped so that no string in the data can close the script element.
  return JSON.stringify(data).replace(/</gu, "\\u003c");
}
