/** /topics/<topic>/rss.xml: the newest papers of one topic. */
import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths } from "astro";
import { archive, paths } from "../../../data/archive.ts";
import type { TopicEntry } from "../../../site/archive.ts";
import { feedContent, feedItem } from "../../../site/feed-items.ts";
import { SITE } from "../../../site.config.ts";

export const getStaticPaths = (() =>
  archive.topics.map((topic) => ({
    params: { topic: topic.id },
    props: { topic },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicEntry }> = ({ props: { topic }, site }) =>
  rss({
    title: `${topic.name} · ${SITE.title}`,
    description: topic.description,
    site: new URL(paths.topic(topic.id), site),
    ...feedContent(
      topic.papers
        .slice(0, SITE.topicFeedItems)
        .map((paper) =>
          feedItem(paper, paths.paper(paper.slug), (id) => archive.topicById.get(id)?.name ?? id),
        ),
    ),
  });
