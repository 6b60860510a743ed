import type { IsoDate } from "../content/dates.ts";
import { formatLongDate } from "../site/date-format.ts";
import { html, type Markup } from "./markup.ts";

/** A calendar date as a <time> element, the same day in every time zone. */
export function dateElement(date: IsoDate): Markup {
  return html`<time datetime="${date}">${formatLongDate(date)}</time>`;
}
