/**
 * What every command shares: problems printed without stack traces, a progress line on long
 * runs, and exit codes (0 done, 1 bad input or a failed run, 2 bad usage, 70 a bug in this program).
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { formatProblem, InputError } from "../content/problem.ts";
import type { Progress } from "../util/concurrently.ts";

/** Reports progress on stderr, at most a few times a second, and only for runs that take a while. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  return (phase: string): Progress => {
    let last = 0;
    return (done, total) => {
      const now = Date.now();
      const finished = done === total;
      if (now - started < 1000 || (!finished && now - last < (stream.isTTY ? 200 : 5000))) return;
      last = now;
      const line = `${phase}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")}`;
      if (stream.isTTY) stream.write(`\r${line}${finished ? "\n" : ""}`);
      else stream.write(`${line}\n`);
    };
  };
}

export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * A run that stopped for a reason outside this program and the user's files (a server that keeps
 * failing, no network). Its message says what happened, what was kept and what to do.
 */
export class FailedRun extends Error {
  override name = "FailedRun";
}

/** Parses arguments, turning node's errors about unknown options into a usage message. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
}

/** File-system failures a person's folders can cause, in words, with what to do. */
const FILE_SYSTEM_FAILURES: Readonly<Record<string, [string, string]>> = {
  ENOENT: ["it does not exist", "check the path, or create the folder"],
  ENOTDIR: [
    "a file stands where a folder should be",
    "move that file away, or pass another folder",
  ],
  EISDIR: ["it is a folder where a file should be", "move that folder away, or pass a file"],
  EEXIST: ["a file stands where a folder should be", "move that file away, or pass another folder"],
  EACCES: ["permission denied", "check the permissions of that file or folder"],
  EPERM: ["permission denied", "check the permissions of that file or folder"],
  EROFS: ["the file system is read-only", "use a folder you can write to"],
  ENOSPC: ["the disk is full", "free some space, then run the command again"],
  EDQUOT: ["the disk quota is used up", "free some space, then run the command again"],
};

/** A failure of the file system on a path (a person's folder), as a message; undefined otherwise. */
export function fileSystemFailure(error: unknown): string | undefined {
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  const known = code === undefined ? undefined : FILE_SYSTEM_FAILURES[code];
  if (known === undefined || path === undefined) return undefined;
  const [what, fix] = known;
  const doing = syscall === undefined ? "" : ` (${syscall})`;
  return `${path}: ${what}${doing}.\n  → ${fix}`;
}

/** Runs a command's main function and turns its outcome into output and an exit code. */
export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof InputError) {
      const count = error.problems.length;
      console.error(`${count} problem${count === 1 ? "" : "s"} found; nothing was written.\n`);
      for (const problem of error.problems) console.error(`${formatProblem(problem)}\n`);
      process.exitCode = 1;
    } else if (error instanceof FailedRun) {
      console.error(error.message);
      process.exitCode = 1;
    } else if (error instanceof UsageError) {
      console.error(error.message);
      process.exitCode = 2;
    } else if (fileSystemFailure(error) !== undefined) {
      console.error(fileSystemFailure(error));
      process.exitCode = 1;
    } else {
      console.error("Internal error (a bug in the archive tool, not in your files):");
      console.error(error);
      process.exitCode = 70;
    }
  }
}
