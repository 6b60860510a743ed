/**
 * The frontmatter of a paper file, `content/papers/<slug>.md`. The split writes it; a person may
 * edit topics, links and add keys of their own, which every later split keeps.
 */
import { z } from "zod";
import { isIsoDate } from "../dates.ts";
import { isHttpUrl } from "../links.ts";
import { isArxivId } from "./arxiv-id.ts";
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

/** Only http(s) URLs become links: anything else (`javascript:`, `data:`, a path) is refused. */
const httpUrl = z.string().refine(isHttpUrl, { message: "must be an http:// or https:// URL" });

export const paperFrontmatterSchema = z.looseObject({
  /** The title as the digest gives it, whitespace-normalised; it identifies the paper. */
  title: z.string().trim().min(1),
  /** The first digest that lists the paper; kept when no digest lists it any more. */
  date: isoDate,
  /** Every digest that lists the paper, ascending; empty when none does any more. */
  dates: z.array(isoDate),
  /** Topic ids, best match first; a person may change them. */
  topics: z.array(topicId),
  /** URLs found in the abstract (code, project pages); a person may add or remove some. */
  links: z.array(httpUrl),
  /** The topics the taxonomy assigned last time, so re-applying it can tell a person's edits apart. */
  auto_topics: z.array(topicId).optional(),
  // The keys below come from JSON digests (the Daily Papers API). They belong to the split, which
  // refreshes them from the newest listing that gives them.
  /** The arXiv identifier: 2508.01234, 2508.01234v2 or old style hep-th/9901001. */
  arxiv_id: z
    .string({ error: 'must be text in quotes, like "2508.01234"' })
    .refine(isArxivId, { message: "must be an arXiv id, like 2508.01234 or hep-th/9901001" })
    .optional(),
  /** The authors' names, in the paper's order. */
  authors: z.array(z.string()).optional(),
  /** The day the paper appeared on arXiv (UTC). */
  arxiv_date: isoDate.optional(),
  /** The paper's code repository. */
  code: httpUrl.optional(),
  /** The paper's project page. */
  project_page: httpUrl.optional(),
  /** A one-sentence summary written by Hugging Face. */
  ai_summary: z.string().optional(),
});

export type PaperFrontmatter = z.infer<typeof paperFrontmatterSchema>;

/** The keys a JSON digest's record gives a paper file, in the order files list them. */
export const PAPER_DETAIL_KEYS = [
  "arxiv_id",
  "authors",
  "arxiv_date",
  "code",
  "project_page",
  "ai_summary",
] as const;

export type PaperDetailKey = (typeof PAPER_DETAIL_KEYS)[number];

/** What a Daily Papers record adds to a paper file; a key is absent when the record lacks it. */
export type PaperDetails = { [Key in PaperDetailKey]?: NonNullable<PaperFrontmatter[Key]> };
