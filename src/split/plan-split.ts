/**
 * The split's decisions, free of I/O: given every digest and every existing paper file, which
 * files to create and which to update. Existing files keep their slug and every edit a person
 * made; only `date` and `dates` of an existing file ever change here.
 */
import type { FileWrite } from "../content/archive-files.ts";
import type { Digest } from "../content/digest-file.ts";
import { extractLinks } from "../content/links.ts";
import { splitBody } from "../content/paper-body.ts";
import {
  type NewPaper,
  renderPaperFile,
  type StoredPaper,
  updatePaperFile,
} from "../content/paper-file.ts";
import { paperKey } from "../content/paper-identity.ts";
import type { Problem } from "../content/problem.ts";
import { slugForTitle, uniqueSlug } from "../content/slug.ts";
import type { TopicMatcher } from "./topic-match.ts";

export interface SplitInput {
  digests: readonly Digest[];
  papers: readonly StoredPaper[];
  matchTopics: TopicMatcher;
}

export interface SplitResult {
  created: FileWrite[];
  updated: FileWrite[];
  unchanged: number;
  /** Listings across all digests (a paper listed on two days counts twice). */
  listings: number;
  /** Every paper after the split: slug and topics, for the summary. */
  papers: { slug: string; topics: readonly string[] }[];
  warnings: Problem[];
}

interface Listing {
  title: string;
  abstract: string;
  dates: Set<string>;
  /** Where it was first listed, for messages. */
  file: string;
  line: number;
}

function byDateThenFile(a: Digest, b: Digest): number {
  return a.date.localeCompare(b.date) || a.file.localeCompare(b.file);
}

export function planSplit(input: SplitInput): SplitResult {
  const warnings: Problem[] = [];
  const listings = new Map<string, Listing>();
  let listingCount = 0;
  for (const digest of [...input.digests].sort(byDateThenFile)) {
    for (const entry of digest.entries) {
      listingCount++;
      const key = paperKey(entry.title);
      const listing = listings.get(key);
      if (listing) {
        listing.dates.add(digest.date);
        continue;
      }
      listings.set(key, {
        title: entry.title,
        abstract: entry.abstract,
        dates: new Set([digest.date]),
        file: digest.file,
        line: entry.line,
      });
    }
  }

  const stored = new Map<string, StoredPaper>();
  for (const paper of [...input.papers].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const key = paperKey(paper.data.title);
    const first = stored.get(key);
    if (first) {
      warnings.push({
        file: paper.file,
        message: `has the same title as ${first.file}; the digests' listings go to ${first.file}`,
        fix: "delete one of the two files, keeping the edits you want",
      });
      continue;
    }
    stored.set(key, paper);
  }

  const taken = new Set(input.papers.map((paper) => paper.slug));
  const created: FileWrite[] = [];
  const updated: FileWrite[] = [];
  const after = new Map(input.papers.map((paper) => [paper.slug, paper.data.topics]));

  for (const [key, listing] of listings) {
    const existing = stored.get(key);
    if (!existing) {
      const slug = uniqueSlug(slugForTitle(listing.title), (candidate) => taken.has(candidate));
      taken.add(slug);
      const paper: NewPaper = {
        title: listing.title,
        dates: [...listing.dates].sort(),
        topics: input.matchTopics(listing.title, listing.abstract),
        links: extractLinks(listing.abstract),
        abstract: listing.abstract,
      };
      created.push({ slug, content: renderPaperFile(paper) });
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
    if (dates.join() === existing.data.dates.join() && first === existing.data.date) continue;
    updated.push({
      slug: existing.slug,
      content: updatePaperFile(existing.text, { date: first, dates }),
    });
  }
  return {
    created,
    updated,
    // Every stored paper not updated, including those no digest lists any more.
    unchanged: input.papers.length - updated.length,
    listings: listingCount,
    papers: [...after].map(([slug, topics]) => ({ slug, topics })),
    warnings,
  };
}
