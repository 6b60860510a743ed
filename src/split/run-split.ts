/** `npm run split` and `npm run topics`: load the archive, plan, and write only when all is well. */
import { join, relative } from "node:path";
import { type ArchivePaths, loadContent, writePaperFiles } from "../content/archive-files.ts";
import { unsafeCharacterWarning } from "../content/papers/paper-file-checks.ts";
import type { Problem } from "../content/problem.ts";
import type { Topic } from "../content/topics/topic-schema.ts";
import type { Progress } from "../util/concurrently.ts";
import { planSplit } from "./plan-split.ts";
import { planRetopic } from "./retopic.ts";
import { topicMatcher } from "./topic-match.ts";

export interface RunOptions {
  /** Called as files are read, for a progress line. */
  progress?: (phase: string) => Progress;
}

export interface SplitReport {
  digests: { count: number; first?: string; last?: string };
  listings: number;
  created: number;
  updated: number;
  /** Of the updated papers, those that gained or changed keys from JSON digests. */
  enriched: number;
  unchanged: number;
  topics: readonly Topic[];
  papers: { slug: string; topics: readonly string[] }[];
  warnings: Problem[];
}

/** A paper file's path as messages give it: relative to the project. */
function paperFile(paths: ArchivePaths, slug: string): string {
  return relative(paths.root, join(paths.papers, `${slug}.md`));
}

function unknownTopicWarnings(
  papers: SplitReport["papers"],
  topics: readonly Topic[],
  paths: ArchivePaths,
): Problem[] {
  const known = new Set(topics.map((topic) => topic.id));
  return papers.flatMap((paper) =>
    paper.topics
      .filter((topic) => !known.has(topic))
      .map((topic) => ({
        file: paperFile(paths, paper.slug),
        message: `topic ${JSON.stringify(topic)} is not in the taxonomy`,
        fix: `add content/topics/${topic}.md, or correct the topic in the paper file`,
      })),
  );
}

/** Splits every digest into paper files. Throws InputError, having written nothing, on bad input. */
export async function runSplit(
  paths: ArchivePaths,
  options: RunOptions = {},
): Promise<SplitReport> {
  const archive = await loadContent(paths, { digests: true, ...options });
  const plan = planSplit({
    digests: archive.digests,
    papers: archive.papers,
    matchTopics: topicMatcher(archive.topics),
  });
  const written = await writePaperFiles(paths, [...plan.created, ...plan.updated]);
  // Stored files are checked as they are read; a new one is checked here, on the run that writes it.
  const unsafeInNew = plan.created.flatMap(
    (write) =>
      unsafeCharacterWarning({ file: paperFile(paths, write.slug), text: write.content }) ?? [],
  );
  const dates = archive.digests.map((digest) => digest.date).sort();
  const [first, last] = [dates[0], dates.at(-1)];
  return {
    digests: {
      count: archive.digests.length,
      ...(first !== undefined && last !== undefined ? { first, last } : {}),
    },
    listings: plan.listings,
    created: plan.created.length,
    updated: plan.updated.length,
    enriched: plan.enriched,
    unchanged: plan.unchanged,
    topics: archive.topics,
    papers: plan.papers,
    warnings: [
      ...written.warnings,
      ...archive.warnings,
      ...unsafeInNew,
      ...plan.warnings,
      ...unknownTopicWarnings(plan.papers, archive.topics, paths),
    ],
  };
}

/** Re-applies the taxonomy to every stored paper, keeping topics set by hand. */
export async function runRetopic(
  paths: ArchivePaths,
  options: RunOptions = {},
): Promise<SplitReport> {
  const archive = await loadContent(paths, { digests: false, ...options });
  const plan = planRetopic(archive.papers, topicMatcher(archive.topics));
  const written = await writePaperFiles(paths, plan.updated);
  return {
    digests: { count: 0 },
    listings: 0,
    created: 0,
    updated: plan.updated.length,
    enriched: 0,
    unchanged: plan.unchanged,
    topics: archive.topics,
    papers: plan.papers,
    warnings: [...written.warnings, ...unknownTopicWarnings(plan.papers, archive.topics, paths)],
  };
}
