/**
 * The split's decisions, free of I/O: given every digest and every existing paper file, which
 * files to create and which to update. Existing files keep their slug and every edit a person
 * made; only `date`, `dates` and the keys from JSON digests (PAPER_DETAIL_KEYS) ever change here.
 */
import type { FileWrite } from "../content/archive-files.ts";
import type { IsoDate } from "../content/dates.ts";
import type { Digest } from "../content/digest-file.ts";
import { extractLinks } from "../content/links.ts";
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
import { groupListings, type Listing } from "./listings.ts";
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

/** Where paper files are, as messages name them. */
const PAPERS_DIR = "content/papers";

/**
 * `dates` become exactly the dates of the digests that list the paper and `date` their first; a
 * paper no digest lists keeps its `date`, its URL being permanent. Undefined when nothing changes.
 */
function datesChange(
  existing: StoredPaper,
  dates: IsoDate[],
): { date: IsoDate; dates: IsoDate[] } | undefined {
  const date = dates[0] ?? existing.data.date;
  if (dates.join() === existing.data.dates.join() && date === existing.data.date) return undefined;
  return { date, dates };
}

function sameTitleWarnings(listing: Listing, file: string): Problem[] {
  return listing.sameTitleAs.map((other) => ({
    file: listing.file,
    line: listing.line,
    message: `has the same title as ${other} but a clearly different abstract: it is another paper, stored as ${file}`,
    fix: `nothing to do if they are two papers; if they are one, keep one file (${file} or the other one's), paste in the abstract you want, delete the other and split again`,
  }));
}

/** Each other abstract a paper's listings give: kept nowhere but in the digest, so said. */
function abstractWarnings(listing: Listing, file: string): Problem[] {
  return listing.otherAbstracts.map((other) => ({
    file: other.file,
    line: other.line,
    message: `the abstract differs from the one stored in ${file}; the stored one was kept`,
    fix: "nothing to do, unless the new abstract is the right one: then paste it into the paper file",
  }));
}

function newPaperWarnings(listing: Listing, file: string): Problem[] {
  return [...sameTitleWarnings(listing, file), ...abstractWarnings(listing, file)];
}

function unlistedWarning(paper: StoredPaper): Problem {
  return {
    file: paper.file,
    message: `no digest lists this paper any more; its page stays at the same address, under no day`,
    fix: "nothing to do if its digest was taken back on purpose; if not, restore the digest and split again; to remove the paper, delete this file",
  };
}

export function planSplit(input: SplitInput): SplitResult {
  const grouped = groupListings(input.digests, input.papers);
  const warnings = [...grouped.warnings];
  const taken = new Set(input.papers.map((paper) => paper.slug));
  const created: FileWrite[] = [];
  const updated: FileWrite[] = [];
  let enriched = 0;
  const after = new Map(input.papers.map((paper) => [paper.slug, paper.data.topics]));

  const listed = new Set<StoredPaper>();
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
      warnings.push(...newPaperWarnings(listing, `${PAPERS_DIR}/${slug}.md`));
      continue;
    }

    listed.add(existing);
    warnings.push(...abstractWarnings(listing, existing.file));
    const dates = [...listing.dates].sort();
    const change = datesChange(existing, dates);
    const details = changedDetails(existing.data, listing.details);
    const detailsChanged = Object.keys(details).length > 0;
    if (!change && !detailsChanged) continue;
    if (detailsChanged) enriched++;
    updated.push(paperFileUpdate(existing, { ...change, ...details }));
  }

  for (const existing of input.papers) {
    if (listed.has(existing)) continue;
    warnings.push(unlistedWarning(existing));
    const change = datesChange(existing, []);
    if (change) updated.push(paperFileUpdate(existing, change));
  }
  return {
    created,
    updated,
    enriched,
    // Every stored paper not updated.
    unchanged: input.papers.length - updated.length,
    listings: grouped.count,
    papers: [...after].map(([slug, topics]) => ({ slug, topics })),
    warnings,
  };
}
