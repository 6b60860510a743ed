/**
 * A list of papers. "digest" (a day's papers): each title a heading, with its topics, its first
 * listing date when that is another day, and the start of its abstract. "excerpts" (a topic's
 * papers): each title a heading with the start of its abstract. (Related papers are titles only:
 * paper-titles.ts.) Made as one string: as Astro components, a row's title, date and topic links
 * cost most of a topic or day page's build time (profiled).
 */
import type { IsoDate } from "../content/dates.ts";
import type { ListedPaper, PaperExcerpt, TopicName } from "../data/listing.ts";
import type { SitePaths } from "../site/paths.ts";
import { dateElement } from "./date.ts";
import { html, type Markup } from "./markup.ts";
import { richText } from "./rich-text.ts";
import { topicLinks } from "./topic-links.ts";

/** Heading level of each title, to fit the page's outline. */
type Level = 2 | 3;

export type PaperListOptions =
  | { variant: "excerpts"; papers: readonly PaperExcerpt[]; level?: Level }
  | {
      variant: "digest";
      papers: readonly ListedPaper[];
      level?: Level;
      /** The day the list shows. */
      day?: IsoDate;
    };

function row(
  paper: PaperExcerpt,
  level: Level,
  topics: readonly TopicName[],
  firstListed: IsoDate | undefined,
  paths: SitePaths,
): Markup {
  const heading = html`<a href="${paths.paper(paper.slug)}">${richText(paper.title)}</a>`;
  const listed =
    firstListed && html`${topics.length > 0 && " · "}first listed ${dateElement(firstListed)}`;
  return html`<li>${level === 3 ? html`<h3>${heading}</h3>` : html`<h2>${heading}</h2>`}${
    (topics.length > 0 || listed) && html`<p class="meta">${topicLinks(topics, paths)}${listed}</p>`
  }${paper.excerpt && html`<p class="excerpt">${paper.excerpt}</p>`}</li>`;
}

export function paperList(list: PaperListOptions, paths: SitePaths): Markup {
  const level = list.level ?? 2;
  const rows =
    list.variant === "digest"
      ? list.papers.map((paper) =>
          row(paper, level, paper.topics, paper.date !== list.day ? paper.date : undefined, paths),
        )
      : list.papers.map((paper) => row(paper, level, [], undefined, paths));
  return html`<ol class="paper-list">${rows}</ol>`;
}
