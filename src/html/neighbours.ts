import { html, type Markup } from "./markup.ts";

/** A neighbour in a sequence: where it is, and its name as markup. */
export interface Neighbour {
  href: string;
  name: Markup;
}

/**
 * Links to the previous and the next page of a sequence (papers of a digest, days, pages of a
 * topic): "← previous" on the left, "next →" on the right, each only when there is one. `label`
 * is the navigation's accessible name, e.g. "Other days".
 */
export function neighbourLinks(
  label: string,
  previous: Neighbour | undefined,
  next: Neighbour | undefined,
): Markup {
  return html`<nav aria-label="${label}"><ul class="neighbours">${
    previous &&
    html`<li class="previous"><a href="${previous.href}" rel="prev">← ${previous.name}</a></li>`
  }${next && html`<li class="next"><a href="${next.href}" rel="next">${next.name} →</a></li>`}</ul></nav>`;
}
