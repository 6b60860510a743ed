/**
 * When two listings, or a listing and a paper file, are the same paper. The split groups digest
 * entries into papers with this rule and the site places each digest entry on its paper with it,
 * so the two never disagree.
 *
 * - When both sides have an arXiv id, the id decides (without its version: v2 is the same paper).
 * - Otherwise the same title (ignoring case and spacing) with an abstract that is not clearly
 *   different: an arXiv revision or a person's light edit changes a few words, while two papers
 *   that share a title share few words of their abstracts.
 * - Otherwise, for a paper file whose title no digest lists (it was edited by hand), the same
 *   abstract (whitespace-normalised); the split also takes such a file dated the listing's day
 *   with an abstract that is not clearly different (see split/listings.ts).
 */
import { normalizeWhitespace } from "../text.ts";

/** What a listing or a paper file says about which paper it is. */
export interface PaperIdentity {
  title: string;
  /** Whitespace-normalised, as digest entries and splitBody give it. */
  abstract: string;
  arxivId?: string | undefined;
}

/**
 * Abstracts at least this similar (abstractSimilarity) are one paper's. Measured on the 64
 * abstracts of content/digests/2025-07-30.txt: different papers score at most 0.37 (median
 * 0.21); a revision that rewrites every other sentence still scores 0.60, one that changes 10%
 * of the words 0.87, an added or replaced sentence 0.84.
 */
export const SAME_ABSTRACT = 0.5;

/**
 * Titles are the same when they match ignoring case and spacing. Only canonical Unicode forms
 * are folded (NFC), not compatibility ones: "x²" and "x2" are different titles.
 */
export function titleKey(title: string): string {
  return normalizeWhitespace(title).normalize("NFC").toLowerCase();
}

/** An arXiv id without its version. */
export function arxivIdKey(arxivId: string): string {
  return arxivId.replace(/v\d+$/u, "");
}

function words(text: string): Set<string> {
  return new Set(
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** The share of words two abstracts have in common (Dice coefficient on their sets of words). */
export function abstractSimilarity(a: string, b: string): number {
  const first = words(a);
  const second = words(b);
  if (first.size + second.size === 0) return 1;
  let shared = 0;
  for (const word of first) if (second.has(word)) shared++;
  return (2 * shared) / (first.size + second.size);
}

/** Two arXiv ids that both exist and differ: different papers, whatever else they share. */
function idsDiffer(a: PaperIdentity, b: PaperIdentity): boolean {
  return (
    a.arxivId !== undefined &&
    b.arxivId !== undefined &&
    arxivIdKey(a.arxivId) !== arxivIdKey(b.arxivId)
  );
}

export interface MatchOptions<T> {
  /** Only these may match. */
  accept?: (value: T) => boolean;
  /**
   * Take the most similar abstract of a title even when it is clearly different: for the site,
   * which places a digest's entries among the papers the split dated that day.
   */
  anyAbstract?: boolean;
  /**
   * Which papers a listing may be by its abstract alone, when nothing matched by id or title:
   * those whose title was edited by hand. None unless given.
   */
  byAbstract?: (value: T) => boolean;
}

export interface Match<T> {
  /** The paper the listing is, if any. */
  paper?: T;
  /** Papers of the same title whose abstract is clearly different (when no paper matched). */
  sameTitle: T[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Papers (or anything standing for one) found by identity, in the order they were added. */
export class PaperIndex<T> {
  readonly #identity = new Map<T, PaperIdentity>();
  readonly #byId = new Map<string, T[]>();
  readonly #byTitle = new Map<string, T[]>();
  readonly #byAbstract = new Map<string, T[]>();

  /** Files `value` under its identity; adding it again with an arXiv id it learned files it there too. */
  add(value: T, identity: PaperIdentity): void {
    const known = this.#identity.get(value);
    this.#identity.set(value, { ...identity, arxivId: identity.arxivId ?? known?.arxivId });
    if (identity.arxivId !== undefined) push(this.#byId, arxivIdKey(identity.arxivId), value);
    push(this.#byTitle, titleKey(identity.title), value);
    push(this.#byAbstract, identity.abstract, value);
  }

  identityOf(value: T): PaperIdentity | undefined {
    return this.#identity.get(value);
  }

  /**
   * Of `values`, the one whose abstract is most like the listing's (the first of equals), and how
   * alike; one whose arXiv id differs from the listing's is never taken.
   */
  closest(listing: PaperIdentity, values: Iterable<T>): { value?: T; similarity: number } {
    let best: T | undefined;
    let bestSimilarity = -1;
    for (const value of values) {
      const identity = this.#identity.get(value);
      if (identity === undefined || idsDiffer(listing, identity)) continue;
      // The same abstract, as a rerun sees every listing, needs no counting.
      const similarity =
        identity.abstract === listing.abstract
          ? 1
          : abstractSimilarity(listing.abstract, identity.abstract);
      if (similarity > bestSimilarity) [best, bestSimilarity] = [value, similarity];
      if (similarity === 1) break;
    }
    return best === undefined
      ? { similarity: bestSimilarity }
      : { value: best, similarity: bestSimilarity };
  }

  match(listing: PaperIdentity, options: MatchOptions<T> = {}): Match<T> {
    const accept = options.accept ?? (() => true);
    const candidates = (list: T[] | undefined) =>
      (list ?? []).filter((value) => {
        const identity = this.#identity.get(value);
        return identity !== undefined && accept(value) && !idsDiffer(listing, identity);
      });

    if (listing.arxivId !== undefined) {
      const [byId] = candidates(this.#byId.get(arxivIdKey(listing.arxivId)));
      if (byId !== undefined) return { paper: byId, sameTitle: [] };
    }

    const sameTitle = candidates(this.#byTitle.get(titleKey(listing.title)));
    const best = this.closest(listing, sameTitle);
    if (best.value !== undefined && (best.similarity >= SAME_ABSTRACT || options.anyAbstract)) {
      return { paper: best.value, sameTitle: [] };
    }

    const mayMatch = options.byAbstract;
    if (mayMatch) {
      const [byAbstract] = candidates(this.#byAbstract.get(listing.abstract)).filter(mayMatch);
      if (byAbstract !== undefined) return { paper: byAbstract, sameTitle: [] };
    }
    return { sameTitle };
  }
}
