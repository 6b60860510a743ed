/**
 * Papers as lists show them: a title to link, the start of the abstract to scan, and in a day's
 * list the paper's topics by name. Lists hold only these, never whole papers, so that a page's
 * cache key covers what it shows and nothing else.
 */
import type { IsoDate } from "../content/dates.ts";
import type { Archive, Paper } from "../site/archive.ts";
import { cutText } from "../site/cut-text.ts";
import { plainText } from "../site/rich-text/math-text.ts";

/**
 * Longest excerpt, in characters, before it is cut with an ellipsis: two full lines of the
 * desktop column (about 95 characters a line), where the stylesheet clamps it; on a 390 px phone
 * that is about four lines, clamped to three.
 */
export const EXCERPT_LENGTH = 220;

export interface PaperTitle {
  slug: string;
  title: string;
}

/** A paper in a topic's list: its title and the start of its abstract. */
export interface PaperExcerpt extends PaperTitle {
  /** The abstract as plain text (math read as text), cut to EXCERPT_LENGTH characters. */
  excerpt: string;
}

export interface TopicName {
  id: string;
  name: string;
  /** An id the taxonomy does not know (added by hand): it has no page to link to. */
  unknown?: true;
}

/** A paper in a day's list: its title, excerpt, topics and first listing date. */
export interface ListedPaper extends PaperExcerpt {
  date: IsoDate;
  topics: TopicName[];
}

export function paperTitle(paper: Paper): PaperTitle {
  return { slug: paper.slug, title: paper.title };
}

/**
 * The start of a text on one line, at most `max` characters: whole when it fits; otherwise cut
 * between graphemes, back to the end of a word when one ends in its last fifth, then "…" (after
 * any comma, semicolon or colon there).
 */
export function excerptOf(text: string, max = EXCERPT_LENGTH): string {
  const line = text.replace(/\s+/gu, " ").trim();
  const cut = cutText(line, max);
  if (cut === line) return line;
  const kept = cut.slice(0, -1);
  const wordEnd = line[kept.length] === " " ? kept.length : kept.lastIndexOf(" ");
  const end = wordEnd >= kept.length * 0.8 ? wordEnd : kept.length;
  return `${kept.slice(0, end).replace(/[\s,;:]+$/u, "")}…`;
}

// A paper is listed on each of its days and topic pages: its math is read once per build.
const excerpts = new WeakMap<Paper, string>();

/** The start of a paper's abstract as plain text (math read as text), for lists. */
export function abstractExcerpt(paper: Paper): string {
  let excerpt = excerpts.get(paper);
  if (excerpt === undefined) {
    excerpt = excerptOf(plainText(paper.abstract));
    excerpts.set(paper, excerpt);
  }
  return excerpt;
}

export function paperExcerpt(paper: Paper): PaperExcerpt {
  return { ...paperTitle(paper), excerpt: abstractExcerpt(paper) };
}

/** Topic ids with their names; an id the taxonomy does not know stands for itself, unlinked. */
export function topicNames(archive: Archive, ids: readonly string[]): TopicName[] {
  return ids.map((id) => {
    const topic = archive.topicById.get(id);
    return topic ? { id, name: topic.name } : { id, name: id, unknown: true };
  });
}

export function listedPaper(archive: Archive, paper: Paper): ListedPaper {
  return { ...paperExcerpt(paper), date: paper.date, topics: topicNames(archive, paper.topics) };
}
