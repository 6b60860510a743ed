/**
 * Re-applying a changed taxonomy to stored papers. Topics a person added by hand stay, topics a
 * person removed by hand stay removed; the rest follows the taxonomy.
 */

import type { FileWrite } from "../content/archive-files.ts";
import { splitBody } from "../content/papers/paper-body.ts";
import { paperFileUpdate, type StoredPaper } from "../content/papers/paper-file.ts";
import type { TopicMatcher } from "./topic-match.ts";

/**
 * New topics for one paper, given what the taxonomy assigned before and assigns now. A paper
 * nobody edited follows the taxonomy's order (best first); once a person has edited the list,
 * the topics that stay keep that person's order and new ones follow, in the taxonomy's order.
 */
export function mergeTopics(
  current: readonly string[],
  previousAuto: readonly string[],
  nextAuto: readonly string[],
): string[] {
  if (current.join() === previousAuto.join()) return [...nextAuto];
  const removedByHand = new Set(previousAuto.filter((topic) => !current.includes(topic)));
  const dropped = new Set(previousAuto.filter((topic) => !nextAuto.includes(topic)));
  const stay = current.filter((topic) => !dropped.has(topic));
  const added = nextAuto.filter((topic) => !removedByHand.has(topic) && !stay.includes(topic));
  return [...stay, ...added];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((item) => set.has(item));
}

export interface RetopicResult {
  updated: FileWrite[];
  unchanged: number;
  papers: { slug: string; topics: readonly string[] }[];
}

/**
 * Only a key whose topics change as a set is rewritten (a reordering is a person's choice, or the
 * taxonomy's ranking, and changes nothing the site shows by topic), so a rerun with an unchanged
 * taxonomy writes no file, and a key that stays keeps its line as written, comment included.
 */
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
    const topicsChange = !sameSet(next, topics);
    const autoChanges = !sameSet(nextAuto, previousAuto);
    after.push({ slug: paper.slug, topics: topicsChange ? next : topics });
    if (!topicsChange && !autoChanges) continue;
    updated.push(
      paperFileUpdate(paper, {
        ...(topicsChange ? { topics: next } : {}),
        ...(autoChanges ? { auto_topics: nextAuto } : {}),
      }),
    );
  }
  return { updated, unchanged: papers.length - updated.length, papers: after };
}
