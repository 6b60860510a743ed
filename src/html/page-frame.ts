/**
 * The site's frame with holes. A build renders one page through Astro's layout with a marker in
 * each place a page fills (title, description, canonical address, extra head, main content);
 * every paper page is then that text with the holes filled, escaped as Astro escapes them. So
 * paper pages share the frame's stylesheet and script links, header and footer with every other
 * page without going through Astro's renderer one by one.
 */
import { escapeHtml, trusted } from "./markup.ts";
import type { FrameParts } from "./paper-page.ts";

type Hole = keyof FrameParts;

const HOLES: readonly Hole[] = ["title", "description", "canonical", "head", "main"];

/** A marker no page text holds: private-use characters, which Astro leaves as they are. */
const marker = (hole: Hole) => `\uE000${hole}\uE000`;

/** The slug of the one paper page a build renders through Astro: the frame. */
export const FRAME_SLUG = "page-frame";

/** What the frame page is rendered with. */
export const FRAME_HOLES: FrameParts = {
  title: marker("title"),
  description: marker("description"),
  canonical: marker("canonical"),
  head: trusted(marker("head")),
  main: trusted(marker("main")),
};

/** The frame's text cut at its holes; throws if a hole is missing or repeated (a layout bug). */
export function pageFrame(frameHtml: string): (parts: FrameParts) => string {
  const pieces = frameHtml.split(/\uE000(\w+)\uE000/u);
  const holes = pieces.filter((_, index) => index % 2 === 1);
  for (const hole of HOLES) {
    const count = holes.filter((name) => name === hole).length;
    if (count !== 1)
      throw new Error(`The page frame has the hole "${hole}" ${count} times, not once.`);
  }
  if (holes.length !== HOLES.length) throw new Error(`The page frame has unknown holes: ${holes}.`);
  return (parts) => {
    let text = pieces[0] as string;
    for (let index = 1; index < pieces.length; index += 2) {
      const hole = pieces[index] as Hole;
      const value = parts[hole];
      text += (typeof value === "string" ? escapeHtml(value) : value.text) + pieces[index + 1];
    }
    return text;
  };
}
