/**
 * Property tests for the split over random digest sequences: several days, papers re-listed with
 * revised abstracts, different papers sharing a title, arXiv ids given or not, digests taken back
 * between runs. After every run: every abstract is kept or a warning says where it was left,
 * each paper's dates are exactly the days of the digests that list it, no file holds two papers,
 * and a rerun changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Digest } from "../../../src/content/digest-file.ts";
import { splitBody } from "../../../src/content/papers/paper-body.ts";
import {
  digestOf,
  type EntrySpec,
  splitInMemory,
  storedPapers,
} from "../../support/memory-split.ts";

const TITLES = ["Scaling Laws", "Model Merging", "Sparse Recovery", "Speech at Scale"];
const FILLER = ["we", "show", "that", "the", "model", "of", "results", "data"];

interface PaperSpec {
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
function paperOfAbstract(abstract: string): number | undefined {
  const match = /\bp(\d+)w\d+\b/u.exec(abstract);
  return match ? Number(match[1]) : undefined;
}

interface ListingSpec {
  paper: number;
  revision: number;
  upperCase: boolean;
  withId: boolean;
}

interface DigestSpec {
  day: number;
  suffix: "" | "-hf";
  listings: ListingSpec[];
}

interface Scenario {
  papers: PaperSpec[];
  digests: DigestSpec[];
  /** For each run, which digests exist. */
  runs: boolean[][];
}

const scenario: fc.Arbitrary<Scenario> = fc
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

function toDigest(spec: DigestSpec, papers: readonly PaperSpec[]): Digest {
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

function checkRun(
  digests: readonly Digest[],
  files: ReadonlyMap<string, string>,
  warnings: readonly { file: string; line?: number }[],
): void {
  const papers = storedPapers(files);
  // Every abstract of every digest is stored, or a warning names a listing that gives it.
  const bodies = papers.map((paper) => paper.body);
  const said = new Set(
    digests.flatMap((digest) =>
      digest.entries
        .filter((entry) => warnings.some((w) => w.file === digest.file && w.line === entry.line))
        .map((entry) => entry.abstract),
    ),
  );
  for (const digest of digests) {
    for (const entry of digest.entries) {
      const kept = bodies.some((body) => body.includes(entry.abstract));
      expect(kept || said.has(entry.abstract), `${digest.file}:${entry.line} is nowhere`).toBe(
        true,
      );
    }
  }
  // Each file holds one paper, whose dates are exactly the days of the digests listing it.
  const filesOf = new Map<number, string[]>();
  for (const paper of papers) {
    const number = paperOfAbstract(splitBody(paper.body).abstract);
    if (number === undefined) throw new Error(`${paper.file} holds no generated abstract`);
    filesOf.set(number, [...(filesOf.get(number) ?? []), paper.file]);
    const days = new Set<string>();
    for (const digest of digests) {
      if (digest.entries.some((entry) => paperOfAbstract(entry.abstract) === number)) {
        days.add(digest.date);
      }
    }
    expect(paper.data.dates, paper.file).toEqual([...days].sort());
    if (paper.data.dates.length > 0) expect(paper.data.date).toBe(paper.data.dates[0]);
  }
  // No paper in two files.
  for (const [number, names] of filesOf) expect(names, `paper ${number}`).toHaveLength(1);
}

describe("planSplit over random digest sequences", () => {
  it("keeps every abstract, dates every paper by its digests, never merges two, and settles", () => {
    fc.assert(
      fc.property(scenario, ({ papers, digests, runs }) => {
        const all = digests.map((spec) => toDigest(spec, papers));
        let files = new Map<string, string>();
        for (const present of runs) {
          const existing = all.filter((_, index) => present[index]);
          const run = splitInMemory(existing, files);
          files = run.files;
          checkRun(existing, files, run.warnings);
          const rerun = splitInMemory(existing, files);
          expect(rerun.plan.created).toEqual([]);
          expect(rerun.plan.updated).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
