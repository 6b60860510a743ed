/**
 * Every digest entry grouped into papers. An entry is the paper of a stored file first, else of an
 * earlier entry: the same arXiv id when both have one, else the same title (paperKey). Grouping
 * stored files first means each file gets all of its paper's listings, whichever way they match.
 */
import type { IsoDate } from "../content/dates.ts";
import type { Digest } from "../content/digest-file.ts";
import type { StoredPaper } from "../content/papers/paper-file.ts";
import { paperKey } from "../content/papers/paper-identity.ts";
import type { PaperDetails } from "../content/papers/paper-schema.ts";
import type { Problem } from "../content/problem.ts";
import type { DigestEntry } from "../sources/pasted-page.ts";

/** One paper as the digests list it. */
export interface Listing {
  /** The title of its first listing. */
  title: string;
  /** The abstract of its first listing. */
  abstract: string;
  dates: Set<IsoDate>;
  /** Where it was first listed, for messages. */
  file: string;
  line: number;
  /** Keys from JSON digests, each from the newest listing that gives it. */
  details: PaperDetails;
  /** The paper file that already holds it. */
  stored?: StoredPaper;
}

/** Things found by arXiv id, else by title. */
class PaperIndex<T> {
  readonly #byId = new Map<string, T>();
  readonly #byTitle = new Map<string, T>();

  find(title: string, arxivId: string | undefined): T | undefined {
    return (
      (arxivId === undefined ? undefined : this.#byId.get(arxivId)) ??
      this.#byTitle.get(paperKey(title))
    );
  }

  /** Files `value` under the title and id that are not taken yet; returns what held a taken one. */
  add(title: string, arxivId: string | undefined, value: T): { title?: T; id?: T } {
    const taken: { title?: T; id?: T } = {};
    const key = paperKey(title);
    const byTitle = this.#byTitle.get(key);
    if (byTitle === undefined) this.#byTitle.set(key, value);
    else if (byTitle !== value) taken.title = byTitle;
    if (arxivId !== undefined) {
      const byId = this.#byId.get(arxivId);
      if (byId === undefined) this.#byId.set(arxivId, value);
      else if (byId !== value) taken.id = byId;
    }
    return taken;
  }
}

function storedIndex(papers: readonly StoredPaper[], warnings: Problem[]): PaperIndex<StoredPaper> {
  const index = new PaperIndex<StoredPaper>();
  for (const paper of [...papers].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const taken = index.add(paper.data.title, paper.data.arxiv_id, paper);
    const first = taken.title ?? taken.id;
    if (first === undefined) continue;
    const same = taken.title ? "the same title" : "the same arXiv id";
    warnings.push({
      file: paper.file,
      message: `has ${same} as ${first.file}; the digests' listings go to ${first.file}`,
      fix: "delete one of the two files, keeping the edits you want",
    });
  }
  return index;
}

function byDateThenFile(a: Digest, b: Digest): number {
  return a.date.localeCompare(b.date) || a.file.localeCompare(b.file);
}

function newListing(entry: DigestEntry, digest: Digest, stored?: StoredPaper): Listing {
  return {
    title: entry.title,
    abstract: entry.abstract,
    dates: new Set(),
    file: digest.file,
    line: entry.line,
    details: {},
    ...(stored ? { stored } : {}),
  };
}

export function groupListings(
  digests: readonly Digest[],
  papers: readonly StoredPaper[],
): { listings: Listing[]; count: number; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const stored = storedIndex(papers, warnings);
  const ofStored = new Map<StoredPaper, Listing>();
  const unstored = new PaperIndex<Listing>();
  const listings: Listing[] = [];
  let count = 0;
  for (const digest of [...digests].sort(byDateThenFile)) {
    for (const entry of digest.entries) {
      count++;
      const arxivId = entry.details?.arxiv_id;
      const file = stored.find(entry.title, arxivId);
      let listing = file ? ofStored.get(file) : unstored.find(entry.title, arxivId);
      if (listing === undefined) {
        listing = newListing(entry, digest, file);
        listings.push(listing);
        if (file) ofStored.set(file, listing);
      }
      if (!file) unstored.add(entry.title, arxivId, listing);
      listing.dates.add(digest.date);
      // Digests come oldest first, so a newer listing's value replaces an older one's.
      Object.assign(listing.details, entry.details);
    }
  }
  return { listings, count, warnings };
}
