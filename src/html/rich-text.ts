/**
 * Text from a digest as markup: math typeset at build time, URLs linked when asked, everything
 * else escaped. Only KaTeX's own MathML is inserted as markup.
 */
import { richSegments } from "../site/rich-text/rich-text.ts";
import { html, type Markup, trusted } from "./markup.ts";

export function richText(text: string, options: { links?: boolean } = {}): Markup {
  return html`${richSegments(text, options).map((segment) =>
    segment.kind === "math"
      ? trusted(segment.html)
      : segment.kind === "link"
        ? html`<a href="${segment.href}" rel="nofollow">${segment.text}</a>`
        : segment.text,
  )}`;
}
