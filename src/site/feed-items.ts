/**
 * What a feed says about a paper: plain text only, with math read as text ("ℓ₁", not
 * "$\ell_1$"); @astrojs/rss escapes it into the XML. Authors, when known, are Dublin Core
 * creators, one element each in the paper's order: that XML is written here, every name escaped.
 */
import { utcMidnight } from "../content/dates.ts";
import type { Paper } from "./archive.ts";
import { plainText } from "./rich-text/math-text.ts";
import { escapeXml } from "./xml-text.ts";

/** The Dublin Core namespace, for `dc:creator`. */
export const DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  /** The item's `dc:creator` elements, as XML. */
  customData?: string;
}

export function feedItem(paper: Paper, link: string, topicName: (id: string) => string): FeedItem {
  const authors = paper.authors ?? [];
  return {
    title: plainText(paper.title),
    link,
    // A digest's day, as midnight UTC: the same calendar day for every reader.
    pubDate: utcMidnight(paper.date),
    description: plainText(paper.abstract),
    categories: paper.topics.map(topicName),
    ...(authors.length > 0
      ? {
          customData: authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(""),
        }
      : {}),
  };
}

/**
 * A feed's items with the namespaces they use: Dublin Core is declared only when an item names
 * authors, so a feed of pasted papers only stays as it was.
 */
export function feedContent(items: FeedItem[]): {
  items: FeedItem[];
  xmlns?: Record<string, string>;
} {
  const namesAuthors = items.some((item) => item.customData !== undefined);
  return { items, ...(namesAuthors ? { xmlns: { dc: DUBLIN_CORE } } : {}) };
}
