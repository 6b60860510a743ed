/** The topic taxonomy: one Markdown file per topic under content/topics/, edited by people. */
import matter from "gray-matter";
import type { Problem } from "./problem.ts";
import { isSlug } from "./slug.ts";
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
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {});
  } catch (error) {
    return {
      ok: false,
      problem: {
        file,
        message: `the frontmatter is not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}`,
        fix: "fix the YAML syntax; a topic file needs `name:` and a `phrases:` list",
      },
    };
  }
  const result = topicFrontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      problem: {
        file,
        message: `${issue?.path.join(".") || "frontmatter"}: ${issue?.message ?? "invalid"}`,
        fix: "a topic file has `name:` (text) and `phrases:` (a list of words or phrases) in its frontmatter, and its description as the body",
      },
    };
  }
  return {
    ok: true,
    topic: {
      id,
      name: result.data.name,
      description: parsed.content.trim(),
      phrases: result.data.phrases,
    },
  };
}
