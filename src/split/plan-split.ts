/**
 * The split's decisions, free of I/O: given every digest and every existing paper file, which
 * files to create and which to update. Existing files keep their slug and every edit a person
 * made; only `date`, `dates` and the keys from JSON digests (PAPER_DETAIL_KEYS) ever change here.
 */
import type { FileWrite } from "../content/archive-files.ts";
import type { Digest } from "../content/digest-file.ts";
import { extractLinks } from "../content/links.ts";
import { splitBody } from "../content/papers/paper-body.ts";
import {
  type NewPaper,
  newPaperFile,
  paperFileUpdate,
  type StoredPaper,
} from "../content/papers/paper-file.ts";
import {
  PAPER_DETAIL_KEYS,
  type PaperDetails,
  type PaperFrontmatter,
} from "../content/papers/paper-schema.ts";
import { slugForTitle, uniqueSlug } from "../content/papers/slug.ts";
import type { Problem } from "../content/problem.ts";
import { groupListings } from "./listings.ts";
import type { TopicMatcher } from "./topic-match.ts";

export interface SplitInput {
  digests: readonly Digest[];
  papers: readonly StoredPaper[];
  matchTopics: TopicMatcher;
}

export interface SplitResult {
  created: FileWrite[];
  updated: FileWrite[];
  /** Updated files that gained or changed keys from JSON digests (arXiv id, authors, links …). */
  enriched: number;
  unchanged: number;
  /** Listings across all digests (a paper listed on two days counts twice). */
  listings: number;
  /** Every paper after the split: slug and topics, for the summary. */
  papers: { slug: string; topics: readonly string[] }[];
  warnings: Problem[];
}

/** The keys whose stored value differs from the newest listing's, in PAPER_DETAIL_KEYS order. */
function changedDetails(stored: PaperFrontmatter, details: PaperDetails): PaperDetails {
  const changed: PaperDetails = {};
  for (const key of PAPER_DETAIL_KEYS) {
    const value = details[key];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(stored[key])) {
      Object.assign(changed, { [key]: value });
    }
  }
  return changed;
}

export function planSplit(input: SplitInput): SplitResult {
  const grouped = groupListings(input.digests, input.papers);
  const warnings = [...grouped.warnings];
  const taken = new Set(input.papers.map((paper) => paper.slug));
  const created: FileWrite[] = [];
  const updated: FileWrite[] = [];
  let enriched = 0;
  const after = new Map(input.papers.map((paper) => [paper.slug, paper.data.topics]));

  for (const listing of grouped.listings) {
    const existing = listing.stored;
    if (!existing) {
      const slug = uniqueSlug(slugForTitle(listing.title), (candidate) => taken.has(candidate));
      taken.add(slug);
      const paper: NewPaper = {
        title: listing.title,
        dates: [...listing.dates].sort(),
        topics: input.matchTopics(listing.title, listing.abstract),
        links: extractLinks(listing.abstract),
        abstract: listing.abstract,
        details: listing.details,
      };
      created.push(newPaperFile(slug, paper));
      after.set(slug, paper.topics);
      continue;
    }

    if (
      !existing.body.includes(listing.abstract) &&
      splitBody(existing.body).abstract !== listing.abstract
    ) {
      warnings.push({
        file: listing.file,
        line: listing.line,
        message: `the abstract differs from the one stored in ${existing.file}; the stored one was kept`,
        fix: "nothing to do, unless the new abstract is the right one: then paste it into the paper file",
      });
    }
    const dates = [...new Set([...existing.data.dates, ...listing.dates])].sort();
    const first = dates[0] ?? existing.data.date;
    const datesChanged =
      dates.join() !== existing.data.dates.join() || first !== existing.data.date;
    const details = changedDetails(existing.data, listing.details);
    const detailsChanged = Object.keys(details).length > 0;
    if (!datesChanged && !detailsChanged) continue;
    if (detailsChanged) enriched++;
    updated.push(
      paperFileUpdate(existing, { ...(datesChanged ? { date: first, dates } : {}), ...details }),
    );
  }
  return {
    created,
    updated,
    enriched,
    // Every stored paper not updated, including those no digest lists any more.
    unchanged: input.papers.length - updated.length,
    listings: grouped.count,
    papers: [...after].map(([slug, topics]) => ({ slug, topics })),
    warnings,
  };
}
