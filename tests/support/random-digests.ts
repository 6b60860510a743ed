/**
 * Random digest sequences for the split's property tests: papers (some sharing a title, some with
 * an arXiv id) re-listed over several days with revised abstracts, and which digests exist at each
 * of several runs. Each paper's abstracts share words only it uses (p<number>w<k>), so any abstract
 * tells which paper it is a version of.
 */
import fc from "fast-check";
import type { Digest } from "../../src/content/digest-file.ts";
import { digestOf, type EntrySpec } from "./memory-split.ts";

const TITLES = ["Scaling Laws", "Model Merging", "Sparse Recovery", "Speech at Scale"];
const FILLER = ["we", "show", "that", "the", "model", "of", "results", "data"];

export interface PaperSpec {
  title: string;
  /** Words only this paper's abstracts use: p<number>w<k>. */
  words: number;
  arxivId?: string;
}

/** Revision 0 is the first version; each later one changes two words and may add a sentence. */
function abstractOf(paper: number, spec: PaperSpec, revision: number): string {
  const words: string[] = [];
  // As in real abstracts, most words are the paper's own; one in four is a common word.
  for (let k = 0; k < spec.words; k++) {
    words.push(`p${paper}w${k}`);
    if (k % 3 === 0) words.push(FILLER[(paper + k) % FILLER.length] ?? "we");
  }
  if (revision > 0) {
    for (let i = 0; i < 2; i++) words[(revision * 5 + i * 2) % words.length] = `r${revision}v${i}`;
  }
  const text = `${words.join(" ")}.`;
  const added = `We add results on p${paper}r${revision}a and p${paper}r${revision}b.`;
  return revision % 2 === 1 ? `${text} ${added}` : text;
}

/** The paper an abstract is a version of. */
export function paperOfAbstract(abstract: string): number | undefined {
  const match = /\bp(\d+)w\d+\b/u.exec(abstract);
  return match ? Number(match[1]) : undefined;
}

export interface ListingSpec {
  paper: number;
  revision: number;
  upperCase: boolean;
  withId: boolean;
}

export interface DigestSpec {
  day: number;
  suffix: "" | "-hf";
  listings: ListingSpec[];
}

export interface Scenario {
  papers: PaperSpec[];
  digests: DigestSpec[];
  /** For each run, which digests exist. */
  runs: boolean[][];
}

export const scenario: fc.Arbitrary<Scenario> = fc
  .array(
    fc.record({
      title: fc.constantFrom(...TITLES),
      words: fc.integer({ min: 20, max: 40 }),
      hasId: fc.boolean(),
    }),
    { minLength: 1, maxLength: 7 },
  )
  .chain((specs) => {
    const papers: PaperSpec[] = specs.map((spec, index) => ({
      title: spec.title,
      words: spec.words,
      ...(spec.hasId ? { arxivId: `2501.${String(10000 + index)}` } : {}),
    }));
    const listing = fc.record({
      paper: fc.integer({ min: 0, max: papers.length - 1 }),
      revision: fc.integer({ min: 0, max: 3 }),
      upperCase: fc.boolean(),
      withId: fc.boolean(),
    });
    const digest = fc.record({
      day: fc.integer({ min: 1, max: 6 }),
      suffix: fc.constantFrom("" as const, "-hf" as const),
      listings: fc.uniqueArray(listing, {
        minLength: 1,
        maxLength: 5,
        selector: (entry) => entry.paper,
      }),
    });
    return fc
      .uniqueArray(digest, {
        minLength: 1,
        maxLength: 6,
        selector: (entry) => `${entry.day}${entry.suffix}`,
      })
      .chain((digests) =>
        fc.record({
          papers: fc.constant(papers),
          digests: fc.constant(digests),
          runs: fc.array(
            fc.array(fc.boolean(), { minLength: digests.length, maxLength: digests.length }),
            {
              minLength: 1,
              maxLength: 4,
            },
          ),
        }),
      );
  });

export function toDigest(spec: DigestSpec, papers: readonly PaperSpec[]): Digest {
  const entries: EntrySpec[] = spec.listings.map((listing) => {
    const paper = papers[listing.paper];
    if (!paper) throw new Error("no such paper");
    const title = listing.upperCase ? paper.title.toUpperCase() : paper.title;
    return {
      title,
      abstract: abstractOf(listing.paper, paper, listing.revision),
      ...(listing.withId && paper.arxivId ? { arxivId: paper.arxivId } : {}),
    };
  });
  return digestOf(`2025-03-0${spec.day}`, entries, spec.suffix);
}
