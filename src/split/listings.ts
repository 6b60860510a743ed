/**
 * Every digest entry grouped into papers (the rule is in paper-identity.ts). An entry is the
 * paper of a stored file first, else of an earlier entry. Grouping stored files first means each
 * file gets all of its paper's listings, whichever way they match.
 */
import type { IsoDate } from "../content/dates.ts";
import type { Digest } from "../content/digest-file.ts";
import { splitBody } from "../content/papers/paper-body.ts";
import type { StoredPaper } from "../content/papers/paper-file.ts";
import {
  type PaperIdentity,
  PaperIndex,
  SAME_ABSTRACT,
  titleKey,
} from "../content/papers/paper-identity.ts";
import type { PaperDetails } from "../content/papers/paper-schema.ts";
import type { Problem } from "../content/problem.ts";
import type { DigestEntry } from "../sources/pasted-page.ts";

/** Where a listing is: a digest file and the line of its title. */
export interface Place {
  file: string;
  line: number;
}

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
  /** Each other abstract its listings give, with where it was first given. */
  otherAbstracts: (Place & { abstract: string })[];
  /** A new paper with the title of these (a paper file's, else an earlier listing's). */
  sameTitleAs: string[];
}

/** The file, or the digest line, that stands for a paper in messages. */
function placeOf(value: StoredPaper | Listing): string {
  return "line" in value ? `${value.file}:${value.line}` : value.file;
}

function storedIndex(papers: readonly StoredPaper[], warnings: Problem[]): PaperIndex<StoredPaper> {
  const index = new PaperIndex<StoredPaper>();
  for (const paper of [...papers].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const identity = {
      title: paper.data.title,
      abstract: splitBody(paper.body).abstract,
      arxivId: paper.data.arxiv_id,
    };
    const first = index.match(identity).paper;
    index.add(paper, identity);
    if (first === undefined) continue;
    const same =
      paper.data.arxiv_id !== undefined && paper.data.arxiv_id === first.data.arxiv_id
        ? "the same arXiv id"
        : "the same title and a similar abstract";
    warnings.push({
      file: paper.file,
      message: `has ${same} as ${first.file}; the digests' listings go to ${first.file}`,
      fix: "delete one of the two files, keeping the edits you want",
    });
  }
  return index;
}

/**
 * Files whose title no digest lists and whose abstract was corrected too: a person who edits a
 * title often corrects the abstract as well. Such a file is the listing's paper when the split
 * dated it the listing's day and its abstract is not clearly different; once found, it takes
 * that paper's listings on other days too. Only a day's few such files are compared, so this
 * stays linear.
 */
class RetitledFiles {
  readonly #byDate = new Map<IsoDate, StoredPaper[]>();
  readonly #found = new Set<StoredPaper>();
  readonly #stored: PaperIndex<StoredPaper>;

  constructor(
    papers: readonly StoredPaper[],
    retitled: (paper: StoredPaper) => boolean,
    stored: PaperIndex<StoredPaper>,
  ) {
    this.#stored = stored;
    for (const paper of papers) {
      if (!retitled(paper)) continue;
      for (const date of paper.data.dates) {
        const onDate = this.#byDate.get(date);
        if (onDate) onDate.push(paper);
        else this.#byDate.set(date, [paper]);
      }
    }
  }

  find(listing: PaperIdentity, date: IsoDate): StoredPaper | undefined {
    const candidates = [...(this.#byDate.get(date) ?? []), ...this.#found];
    const { value, similarity } = this.#stored.closest(listing, candidates);
    if (value === undefined || similarity < SAME_ABSTRACT) return undefined;
    this.#found.add(value);
    return value;
  }
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
    otherAbstracts: [],
    sameTitleAs: [],
  };
}

/** Notes an entry's abstract unless it is the one the listing's paper keeps (`kept`). */
function noteAbstract(listing: Listing, entry: DigestEntry, file: string, kept: string): void {
  if (entry.abstract === kept || listing.stored?.body.includes(entry.abstract)) return;
  if (listing.otherAbstracts.some((other) => other.abstract === entry.abstract)) return;
  listing.otherAbstracts.push({ file, line: entry.line, abstract: entry.abstract });
}

export function groupListings(
  digests: readonly Digest[],
  papers: readonly StoredPaper[],
): { listings: Listing[]; count: number; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const stored = storedIndex(papers, warnings);
  // A file whose title no digest lists had it edited by hand: its abstract still finds it.
  const listedTitles = new Set(
    digests.flatMap((digest) => digest.entries.map((entry) => titleKey(entry.title))),
  );
  const retitled = (paper: StoredPaper) => !listedTitles.has(titleKey(paper.data.title));
  const retitledFiles = new RetitledFiles(papers, retitled, stored);
  const ofStored = new Map<StoredPaper, Listing>();
  const unstored = new PaperIndex<Listing>();
  const listings: Listing[] = [];
  let count = 0;
  for (const digest of [...digests].sort(byDateThenFile)) {
    for (const entry of digest.entries) {
      count++;
      const identity = {
        title: entry.title,
        abstract: entry.abstract,
        arxivId: entry.details?.arxiv_id,
      };
      const inFiles = stored.match(identity, { byAbstract: retitled });
      const file = inFiles.paper ?? retitledFiles.find(identity, digest.date);
      const inDigests = file ? undefined : unstored.match(identity);
      let listing = file ? ofStored.get(file) : inDigests?.paper;
      if (listing === undefined) {
        listing = newListing(entry, digest, file);
        listings.push(listing);
        if (file) ofStored.set(file, listing);
        else {
          const sameTitle = [...inFiles.sameTitle, ...(inDigests?.sameTitle ?? [])];
          listing.sameTitleAs = sameTitle.map(placeOf);
        }
      }
      if (!file && (inDigests?.paper === undefined || identity.arxivId !== undefined)) {
        // Under the title and abstract its file will have, as a rerun finds it, and every arXiv id.
        const { title, abstract } = listing;
        unstored.add(listing, { title, abstract, arxivId: identity.arxivId });
      }
      // The abstract its paper keeps: the stored file's, else its first listing's.
      const kept = file ? (stored.identityOf(file)?.abstract ?? "") : listing.abstract;
      noteAbstract(listing, entry, digest.file, kept);
      listing.dates.add(digest.date);
      // Digests come oldest first, so a newer listing's value replaces an older one's.
      Object.assign(listing.details, entry.details);
    }
  }
  return { listings, count, warnings };
}
