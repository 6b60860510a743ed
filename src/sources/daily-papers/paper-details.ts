/**
 * The paper file keys a Daily Papers record gives: arXiv id, authors, arXiv date, code, project
 * page and summary. Values that cannot be stored safely (a `javascript:` link, an id that is not
 * an arXiv id) are left out with a warning; missing ones are simply absent.
 */

import { utcDayOf } from "../../content/dates.ts";
import { isHttpUrl } from "../../content/links.ts";
import { isArxivId } from "../../content/papers/arxiv-id.ts";
import type { PaperDetails } from "../../content/papers/paper-schema.ts";
import { normalizeWhitespace, quote } from "../../content/text.ts";
import type { DailyPapersRecord } from "./record.ts";

/** Reports a value that was left out: what it was, and why it does not matter much. */
export type LeftOut = (message: string, fix: string) => void;

const NOTHING_TO_DO = "nothing to do: the paper is kept without it";

function text(value: string | null | undefined): string | undefined {
  const normalized = normalizeWhitespace(value ?? "");
  return normalized === "" ? undefined : normalized;
}

function url(field: string, value: string | null | undefined, leftOut: LeftOut) {
  const candidate = text(value);
  if (candidate === undefined || isHttpUrl(candidate)) return candidate;
  leftOut(`${field} ${quote(candidate)} is not an http(s) URL; it was not stored`, NOTHING_TO_DO);
  return undefined;
}

export function paperDetails(paper: DailyPapersRecord["paper"], leftOut: LeftOut): PaperDetails {
  const details: PaperDetails = {};
  const id = text(paper.id);
  if (id !== undefined && isArxivId(id)) details.arxiv_id = id;
  else if (id !== undefined) {
    leftOut(`paper.id ${quote(id)} is not an arXiv id; no arxiv_id was stored`, NOTHING_TO_DO);
  }

  const authors = (paper.authors ?? []).flatMap((author) => text(author?.name) ?? []);
  if (authors.length > 0) details.authors = authors;

  const published = text(paper.publishedAt);
  const day = published === undefined ? undefined : utcDayOf(published);
  if (day !== undefined) details.arxiv_date = day;
  else if (published !== undefined) {
    leftOut(
      `paper.publishedAt ${quote(published)} is not an ISO date; no arxiv_date was stored`,
      NOTHING_TO_DO,
    );
  }

  const code = url("paper.githubRepo", paper.githubRepo, leftOut);
  if (code !== undefined) details.code = code;
  const projectPage = url("paper.projectPage", paper.projectPage, leftOut);
  if (projectPage !== undefined) details.project_page = projectPage;
  const summary = text(paper.ai_summary);
  if (summary !== undefined) details.ai_summary = summary;
  return details;
}
