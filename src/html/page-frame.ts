/**
 * The site's frame with holes. A build renders one page of a kind (paper pages, /arxiv/<id>/
 * pages) through Astro's layout with a marker in each place a page fills (title, description,
 * canonical address, main content…); every page of that kind is then that text with the holes
 * filled, text escaped. So these pages share the frame's stylesheet and script links, header
 * and footer with every other page without going through Astro's renderer one by one.
 */
import { escapeHtml, type Markup, trusted } from "./markup.ts";

/** A page's parts by hole: text (escaped when filled in) or markup (put in as it is). */
export type FrameParts = Readonly<Record<string, string | Markup>>;

/**
 * The path segment of the one page of a kind a build renders through Astro: the frame. No paper
 * slug or arXiv id can be it (slugs have no underscore).
 */
export const FRAME_SEGMENT = "_frame";

/** A marker no page text holds: private-use characters, which Astro leaves as they are. */
const marker = (hole: string) => `\uE000${hole}\uE000`;

/** The frame's hole for text, given to the layout where the page's text would go. */
export function textHole(hole: string): string {
  return marker(hole);
}

/** The frame's hole for markup. */
export function markupHole(hole: string): Markup {
  return trusted(marker(hole));
}

/**
 * The frame's text cut at its holes, which must be exactly `holes`, each once; otherwise it
 * throws (a layout bug). The result fills the holes with a page's parts.
 */
export function pageFrame(
  frameHtml: string,
  holes: readonly string[],
): (parts: FrameParts) => string {
  const pieces = frameHtml.split(/\uE000(\w+)\uE000/u);
  const found = pieces.filter((_, index) => index % 2 === 1);
  for (const hole of holes) {
    const count = found.filter((name) => name === hole).length;
    if (count !== 1)
      throw new Error(`The page frame has the hole "${hole}" ${count} times, not once.`);
  }
  const unknown = found.filter((name) => !holes.includes(name));
  if (unknown.length > 0)
    throw new Error(`The page frame has unknown holes: ${unknown.join(", ")}.`);
  return (parts) => {
    let text = pieces[0] as string;
    for (let index = 1; index < pieces.length; index += 2) {
      const value = parts[pieces[index] as string] ?? "";
      text += (typeof value === "string" ? escapeHtml(value) : value.text) + pieces[index + 1];
    }
    return text;
  };
}
