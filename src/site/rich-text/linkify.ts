/** Splits plain text into text and link segments, for rendering with escaping intact. */
import { findLinks } from "../../content/links.ts";

export type TextSegment = { text: string; href?: undefined } | { text: string; href: string };

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const { url, index } of findLinks(text)) {
    if (index > position) segments.push({ text: text.slice(position, index) });
    segments.push({ text: url, href: url });
    position = index + url.length;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}
