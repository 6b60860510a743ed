/**
 * Runs an async task over many items, a batch at a time: one at a time, file system calls wait
 * on the disk in turn; all at once, a large site opens more files than the system allows.
 */
export async function inBatches<T, R>(
  items: readonly T[],
  task: (item: T) => Promise<R>,
  size = 256,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(task))));
  }
  return results;
}
