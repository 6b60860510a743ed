/**
 * One writer of paper files at a time. `npm run split` and `npm run topics` both read paper files
 * and write them back; two at once could each write a file from a version the other has already
 * replaced. The lock is a file holding the writer's process id: a run that finds it waits for that
 * process to end, and takes over a lock whose process is gone (a run that was killed).
 */
import { open, readFile, rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { InputError } from "./problem.ts";

export interface LockOptions {
  /** Path of the lock, relative to the project, for messages. */
  display: string;
  /** How long to wait for another run, in milliseconds. */
  timeout?: number;
  /** Told once when this run starts waiting for another. */
  onWait?: (pid: number) => void;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function holder(path: string): Promise<number | undefined> {
  const text = await readFile(path, "utf8").catch(() => "");
  const pid = Number.parseInt(text, 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Runs `work` holding the lock at `path`. Returns whether a stale lock, left by a run that was
 * stopped, was taken over.
 */
export async function withLock<T>(
  path: string,
  options: LockOptions,
  work: () => Promise<T>,
): Promise<{ result: T; tookOver?: number }> {
  const { timeout = 10 * 60_000 } = options;
  const started = Date.now();
  let tookOver: number | undefined;
  let waitingFor: number | undefined;
  for (;;) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = await holder(path);
    if (pid === undefined || !isRunning(pid)) {
      // A lock being written this instant has no pid yet: only a lock left as it is, is stale.
      await sleep(50);
      if ((await holder(path)) !== pid) continue;
      await rm(path, { force: true });
      tookOver = pid;
      continue;
    }
    if (waitingFor !== pid) options.onWait?.(pid);
    waitingFor = pid;
    if (Date.now() - started > timeout) {
      throw new InputError([
        {
          file: options.display,
          message: `another run (process ${pid}) has been writing paper files for ${Math.round(timeout / 60_000)} minutes`,
          fix: `wait for it to finish; if no split or topics run is going on, delete ${options.display} and run the command again`,
        },
      ]);
    }
    await sleep(100);
  }
  try {
    const result = await work();
    return { result, ...(tookOver === undefined ? {} : { tookOver }) };
  } finally {
    await rm(path, { force: true });
  }
}
