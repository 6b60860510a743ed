/**
 * The frontmatter of a paper file, `content/papers/<slug>.md`. The split writes it; a person may
 * edit topics, links and add keys of their own, which every later split keeps.
 */
import { z } from "zod";
import { isIsoDate } from "./dates.ts";
import { isSlug } from "./slug.ts";

/** YAML reads an unquoted 2025-07-30 as a timestamp; take it back as the calendar day it names. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isIsoDate, { message: "must be a real date written YYYY-MM-DD" }),
);

const topicId = z.string().refine(isSlug, {
  message:
    "topic ids are lowercase words joined by hyphens, like the file names in content/topics/",
});

export const paperFrontmatterSchema = z.looseObject({
  /** The title as the digest gives it, whitespace-normalised; it identifies the paper. */
  title: z.string().trim().min(1),
  /** The first digest that listed the paper. */
  date: isoDate,
  /** Every digest that listed the paper, ascending. */
  dates: z.array(isoDate).min(1),
  /** Topic ids, best match first; a person may change them. */
  topics: z.array(topicId),
  /** URLs found in the abstract (code, project pages). */
  links: z.array(z.string()),
  /** The topics the taxonomy assigned last time, so re-applying it can tell a person's edits apart. */
  auto_topics: z.array(topicId).optional(),
});

export type PaperFrontmatter = z.infer<typeof paperFrontmatterSchema>;
