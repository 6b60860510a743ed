/**
 * How many threads render pages. A second thread takes most pages off the main thread, but holds
 * a second copy of the archive and of every page's data: 1.26 GB instead of 0.93 GB at 10,000
 * papers, and 4.9 GB at 100,000 while both threads load (measured), above the 4 GB a build
 * should fit in. So large archives render in one thread unless told otherwise.
 */

/** Up to this many papers, two threads by default. */
export const MOST_PAPERS_FOR_TWO_THREADS = 50_000;

export interface RenderThreads {
  threads: 1 | 2;
  /** Why one thread, when the setting did not ask for it. */
  reason?: string;
}

/**
 * `setting` is RENDER_THREADS (undefined when unset), `cores` the machine's available
 * parallelism, `papers` the archive's paper files.
 */
export function renderThreads(
  setting: number | undefined,
  cores: number,
  papers: number,
): RenderThreads {
  if (setting !== undefined) return { threads: setting >= 2 ? 2 : 1 };
  if (cores < 2) return { threads: 1, reason: "this machine has one core" };
  if (papers > MOST_PAPERS_FOR_TWO_THREADS) {
    return {
      threads: 1,
      reason: `${papers.toLocaleString("en")} papers are more than ${MOST_PAPERS_FOR_TWO_THREADS.toLocaleString("en")}, where a second thread, with its own copy of the archive, would take the build past 4 GB of memory (RENDER_THREADS=2 uses one anyway)`,
    };
  }
  return { threads: 2 };
}
