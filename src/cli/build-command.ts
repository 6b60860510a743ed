/**
 * `npm run build`: the split, then Astro's build (pages, then the search index), skipped whole
 * when nothing it reads has changed since the last build that succeeded (src/build/last-build.ts).
 * The split and the hashing run in a child process (src/cli/build-prepare.ts), Astro in another:
 * this one only waits, so that it holds next to nothing while Astro runs.
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { join } from "node:path";
import { finishLastBuild, outputHash } from "../build/last-build.ts";
import { buildFiles, PROJECT_ROOT } from "./build-files.ts";
import type { Prepared } from "./build-prepare.ts";
import { parseCommandArgs, runCommand } from "./command.ts";

/**
 * A child's exit status, a signal counting as a failure. On "close", not "exit": by then its
 * output is flushed and every message it sent has arrived.
 */
function exitStatus(child: ChildProcess): Promise<number> {
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `astro build` with this process's settings and output; its exit code. */
function astroBuild(): Promise<number> {
  const astro = join(PROJECT_ROOT, "node_modules", "astro", "bin", "astro.mjs");
  return exitStatus(
    spawn(process.execPath, [astro, "build"], { cwd: PROJECT_ROOT, stdio: "inherit" }),
  );
}

/** Runs src/cli/build-prepare.ts: its exit code, and whether Astro has anything to do. */
async function prepareApart(force: boolean): Promise<{ status: number; prepared?: Prepared }> {
  const child = fork(join(import.meta.dirname, "build-prepare.ts"), force ? ["--force"] : [], {
    stdio: "inherit",
  });
  let prepared: Prepared | undefined;
  child.on("message", (message) => {
    if (message === "build" || message === "up to date") prepared = message;
  });
  return { status: await exitStatus(child), ...(prepared && { prepared }) };
}

export async function runBuildCommand(usage: string): Promise<void> {
  await runCommand(async () => {
    const { values } = parseCommandArgs(
      { options: { force: { type: "boolean" }, help: { type: "boolean" } } },
      usage,
    );
    if (values.help) return console.log(usage);
    const { status, prepared } = await prepareApart(values.force === true);
    if (status !== 0) {
      process.exitCode = status;
      return;
    }
    if (prepared === undefined) throw new Error("the split's process ended without a word");
    if (prepared === "up to date") return;
    const files = buildFiles();
    const built = await astroBuild();
    if (built !== 0) {
      process.exitCode = built;
      return;
    }
    const output = outputHash(files.dist);
    if (output !== undefined) await finishLastBuild(files, output);
  });
}
