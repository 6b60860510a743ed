/**
 * What a feed says about a paper: plain text only, with math read as text ("ℓ₁", not
 * "$\ell_1$"); @astrojs/rss escapes it into the XML.
 */
import { utcMidnight } from "../content/dates.ts";
import type { Paper } from "./archive.ts";
import { plainText } from "./rich-text/math-text.ts";

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

export function feedItem(paper: Paper, link: string, topicName: (id: string) => string): FeedItem {
  return {
    title: plainText(paper.title),
    link,
    // A digest's day, as midnight UTC: the same calendar day for every reader.
    pubDate: utcMidnight(paper.date),
    description: plainText(paper.abstract),
    categories: paper.topics.map(topicName),
  };
}
