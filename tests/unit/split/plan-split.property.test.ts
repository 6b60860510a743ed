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
import { splitInMemory, storedPapers } from "../../support/memory-split.ts";
import { paperOfAbstract, scenario, toDigest } from "../../support/random-digests.ts";

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
