/** The topic taxonomy: one Markdown file per topic under content/topics/, edited by people. */
import { parseFrontmatter } from "../frontmatter.ts";
import { isSlug } from "../papers/slug.ts";
import type { Problem } from "../problem.ts";
import { type Topic, topicFrontmatterSchema } from "./topic-schema.ts";

export type TopicFileResult = { ok: true; topic: Topic } | { ok: false; problem: Problem };

/** Parses `content/topics/<id>.md`. */
export function parseTopicFile(text: string, id: string, file: string): TopicFileResult {
  if (!isSlug(id)) {
    return {
      ok: false,
      problem: {
        file,
        message: `${JSON.stringify(id)} is not a usable topic id: it becomes the topic's URL`,
        fix: "rename the file to lowercase words joined by hyphens, like low-rank-adaptation.md",
      },
    };
  }
  const parsed = parseFrontmatter(text, file, topicFrontmatterSchema, {
    syntax: "fix the YAML syntax; a topic file needs `name:` and a `phrases:` list",
    schema:
      "a topic file has `name:` (text) and `phrases:` (a list of words or phrases) in its frontmatter, and its description as the body",
  });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    topic: {
      id,
      name: parsed.data.name,
      description: parsed.body.trim(),
      phrases: parsed.data.phrases,
    },
  };
}
