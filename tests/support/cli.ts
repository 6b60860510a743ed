/** Runs the project's CLI scripts as a person would, capturing output and exit code. */
import { spawn, spawnSync } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import { PROJECT_ROOT } from "./archive.ts";

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export type Script = "split" | "topics" | "add" | "fetch" | "build" | "preview" | "bench";

export interface RunOptions {
  env?: Record<string, string>;
  /** stdin; runScriptAsync also takes a promise, to hold back several runs and release them together. */
  input?: string | Uint8Array | Promise<string | Uint8Array>;
  cwd?: string;
}

function command(script: Script, args: string[], options: RunOptions) {
  return {
    file: process.execPath,
    args: [join(PROJECT_ROOT, "scripts", `${script}.ts`), ...args],
    spawn: { cwd: options.cwd ?? PROJECT_ROOT, env: { ...process.env, ...options.env } },
  };
}

export function runScript(script: Script, args: string[], options: RunOptions = {}): CliRun {
  const { file, args: argv, spawn: settings } = command(script, args, options);
  const result = spawnSync(file, argv, {
    ...settings,
    input: options.input instanceof Promise ? "" : (options.input ?? ""),
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Like runScript, without blocking this process: for a command that talks to a server the test
 * itself runs (a blocked event loop would never answer it).
 */
export function runScriptAsync(script: Script, args: string[], options: RunOptions = {}) {
  const { file, args: argv, spawn: settings } = command(script, args, options);
  return new Promise<CliRun>((resolve, reject) => {
    const child = spawn(file, argv, { ...settings, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    Promise.resolve(options.input ?? "").then((input) => child.stdin.end(input), reject);
  });
}

/** Every paper file of an archive: name → content. */
export async function readPapers(root: string): Promise<Record<string, string>> {
  const dir = join(root, "content", "papers");
  const names = (await readdir(dir)).sort();
  const entries = await Promise.all(
    names.map(async (name) => [name, await readFile(join(dir, name), "utf8")] as const),
  );
  return Object.fromEntries(entries);
}

/** Modification times of every paper file, to show that a run wrote nothing. */
export async function paperTimes(root: string): Promise<Record<string, number>> {
  const dir = join(root, "content", "papers");
  const names = await readdir(dir);
  const entries = await Promise.all(
    names.map(async (name) => [name, (await stat(join(dir, name))).mtimeMs] as const),
  );
  return Object.fromEntries(entries);
}

/** npm run split on an archive. */
export function runSplit(root: string, env: Record<string, string> = {}): CliRun {
  return runScript("split", ["--root", root], { env });
}

/** Runs the split, then reads every paper file: the run and the files it left. */
export async function splitAndRead(root: string) {
  const run = runSplit(root);
  return { run, papers: await readPapers(root) };
}

/** Asserts that a run exited 0 and wrote nothing to stderr. */
export function expectSucceeded(run: CliRun): void {
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
}

/**
 * Runs the split again and asserts that it exits 0 and prints `summary` without changing a byte
 * of `papers` or touching a file; returns the run for what else a test checks.
 */
export async function expectUnchangedRerun(
  root: string,
  papers: Record<string, string>,
  summary: string,
): Promise<CliRun> {
  const before = await paperTimes(root);
  const again = runSplit(root);
  expect(again.status).toBe(0);
  expect(again.stdout).toContain(summary);
  expect(await readPapers(root)).toEqual(papers);
  expect(await paperTimes(root)).toEqual(before);
  return again;
}
