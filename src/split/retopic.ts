/**
 * Re-applying a changed taxonomy to stored papers. Topics a person added by hand stay, topics a
 * person removed by hand stay removed; the rest follows the taxonomy.
 */

import type { FileWrite } from "../content/archive-files.ts";
import { splitBody } from "../content/papers/paper-body.ts";
import { paperFileUpdate, type StoredPaper } from "../content/papers/paper-file.ts";
import type { TopicMatcher } from "./topic-match.ts";

/** New topics for one paper, given what the taxonomy assigned before and assigns now. */
export function mergeTopics(
  current: readonly string[],
  previousAuto: readonly string[],
  nextAuto: readonly string[],
): string[] {
  const added = current.filter((topic) => !previousAuto.includes(topic));
  const removed = new Set(previousAuto.filter((topic) => !current.includes(topic)));
  const kept = nextAuto.filter((topic) => !removed.has(topic));
  return [...kept, ...added.filter((topic) => !kept.includes(topic))];
}

export interface RetopicResult {
  updated: FileWrite[];
  unchanged: number;
  papers: { slug: string; topics: readonly string[] }[];
}

export function planRetopic(
  papers: readonly StoredPaper[],
  matchTopics: TopicMatcher,
): RetopicResult {
  const updated: FileWrite[] = [];
  const after: RetopicResult["papers"] = [];
  for (const paper of papers) {
    const { topics, auto_topics: previousAuto = topics, title } = paper.data;
    const nextAuto = matchTopics(title, splitBody(paper.body).abstract);
    const next = mergeTopics(topics, previousAuto, nextAuto);
    after.push({ slug: paper.slug, topics: next });
    if (next.join() === topics.join() && nextAuto.join() === previousAuto.join()) continue;
    updated.push(paperFileUpdate(paper, { topics: next, auto_topics: nextAuto }));
  }
  return { updated, unchanged: papers.length - updated.length, papers: after };
}
