/** /rss.xml: the newest papers of the whole archive. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { archive, paths } from "../data/archive.ts";
import { feedContent, feedItem } from "../site/feed-items.ts";
import { SITE } from "../site.config.ts";

export const GET: APIRoute = ({ site }) =>
  rss({
    title: SITE.title,
    description: SITE.description,
    site: new URL(paths.home, site),
    ...feedContent(
      archive.papers
        .slice(0, SITE.feedItems)
        .map((paper) =>
          feedItem(paper, paths.paper(paper.slug), (id) => archive.topicById.get(id)?.name ?? id),
        ),
    ),
  });
