/**
 * The split run in memory: digests described in a few fields, paper files as a map of slug to
 * text, and planSplit applied to them as npm run split would write its result. For the split's
 * unit and property tests, thousands of runs a second.
 */
import type { Digest } from "../../src/content/digest-file.ts";
import { parsePaperFile, type StoredPaper } from "../../src/content/papers/paper-file.ts";
import type { PaperDetails } from "../../src/content/papers/paper-schema.ts";
import type { Problem } from "../../src/content/problem.ts";
import { planSplit, type SplitResult } from "../../src/split/plan-split.ts";

export interface EntrySpec {
  title: string;
  abstract: string;
  arxivId?: string;
}

/** A digest file of `date` (and an optional name suffix, like "-hf"), its entries four lines apart. */
export function digestOf(date: string, entries: readonly EntrySpec[], suffix = ""): Digest {
  return {
    file: `content/digests/${date}${suffix}.txt`,
    date,
    entries: entries.map((entry, index) => {
      const details: PaperDetails | undefined =
        entry.arxivId === undefined ? undefined : { arxiv_id: entry.arxivId };
      return {
        title: entry.title,
        abstract: entry.abstract,
        line: index * 4 + 1,
        ...(details ? { details } : {}),
      };
    }),
  };
}

/** Paper files as the split reads them; a file it cannot read is a test failure. */
export function storedPapers(files: ReadonlyMap<string, string>): StoredPaper[] {
  return [...files].map(([slug, text]) => {
    const file = `content/papers/${slug}.md`;
    const parsed = parsePaperFile(text, file);
    if (!parsed.ok) throw new Error(`${file} does not read back: ${parsed.problem.message}`);
    return { slug, file, text, data: parsed.data, body: parsed.body };
  });
}

export interface MemorySplit {
  files: Map<string, string>;
  plan: SplitResult;
  warnings: Problem[];
}

/** One split of `digests` over `files` (slug → text), returning the files after it. */
export function splitInMemory(
  digests: readonly Digest[],
  files: ReadonlyMap<string, string> = new Map(),
): MemorySplit {
  const plan = planSplit({
    digests,
    papers: storedPapers(files),
    matchTopics: () => [],
  });
  const after = new Map(files);
  for (const write of [...plan.created, ...plan.updated]) after.set(write.slug, write.content);
  return { files: after, plan, warnings: plan.warnings };
}

/** A paper file's frontmatter and abstract, for assertions. */
export function paperOf(files: ReadonlyMap<string, string>, slug: string) {
  const [paper] = storedPapers(new Map([[slug, files.get(slug) ?? ""]]));
  if (!paper) throw new Error(`no paper ${slug}`);
  return { ...paper.data, body: paper.body };
}
