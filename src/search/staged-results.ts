/**
 * The order of a staged search over a split index, and its list as it grows: parts searched
 * newest first (oldest first for the oldest-first order), the list ranked by score, and the
 * results already shown kept in their places. Runs in the search worker.
 */
import type { IndexPart } from "./schema.ts";

/** The parts in the order a search reaches them; `parts` is newest first, as parts.json lists them. */
export function partsInSearchOrder(parts: readonly IndexPart[], oldestFirst: boolean): IndexPart[] {
  return oldestFirst ? parts.toReversed() : [...parts];
}

/** Results best first; equal scores keep their order (merged parts' scores compare). */
export function rankByScore<T extends { score: number }>(results: T[]): T[] {
  return results.sort((a, b) => b.score - a.score);
}

/**
 * The list after a stage: the first `shown` results of `list` where they are, then the stage's
 * results that are not among them, in the stage's order.
 */
export function withShownInPlace<T extends { id: string }>(
  list: readonly T[],
  shown: number,
  stage: readonly T[],
): T[] {
  const kept = list.slice(0, shown);
  const ids = new Set(kept.map((result) => result.id));
  return [...kept, ...stage.filter((result) => !ids.has(result.id))];
}
