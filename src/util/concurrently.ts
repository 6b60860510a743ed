/** Called as items finish, for a progress line: `done` of `total`. */
export type Progress = (done: number, total: number) => void;

export interface BatchOptions {
  /** Most tasks running at once. */
  size?: number;
  progress?: Progress | undefined;
}

/**
 * Runs an async task over many items, a batch at a time, and returns the results in the items'
 * order: one at a time, file system calls wait on the disk in turn; all at once, a large site
 * opens more files than the system allows.
 */
export async function inBatches<T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  { size = 256, progress }: BatchOptions = {},
): Promise<R[]> {
  const results: R[] = [];
  let done = 0;
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size).map(async (item, offset) => {
      const result = await task(item, start + offset);
      progress?.(++done, items.length);
      return result;
    });
    results.push(...(await Promise.all(batch)));
  }
  return results;
}
