import type { TopicName } from "../data/listing.ts";
import type { SitePaths } from "../site/paths.ts";
import { html, type Markup } from "./markup.ts";

/**
 * Topics by name, separated by commas, each a link to its page. A topic id added by hand that the
 * taxonomy does not know has no page: its name is shown as `unknown` makes it.
 */
export function topicLinks(
  topics: readonly TopicName[],
  paths: SitePaths,
  unknown: (name: string) => Markup | string = (name) => name,
): Markup {
  return html`${topics.map(
    (topic, index) =>
      html`${index > 0 && ", "}${
        topic.unknown
          ? unknown(topic.name)
          : html`<a href="${paths.topic(topic.id)}">${topic.name}</a>`
      }`,
  )}`;
}
