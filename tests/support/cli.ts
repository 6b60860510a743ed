/** Runs the project's CLI scripts as a person would, capturing output and exit code. */
import { spawnSync } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_ROOT } from "./archive.ts";

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(
  script: "split" | "topics" | "add",
  args: string[],
  options: { env?: Record<string, string>; input?: string | Uint8Array; cwd?: string } = {},
): CliRun {
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, "scripts", `${script}.ts`), ...args],
    {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ...options.env },
      input: options.input ?? "",
      encoding: "utf8",
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
