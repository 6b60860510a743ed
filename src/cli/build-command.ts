/**
 * `npm run build`: the split, then Astro's build (pages, then the search index), skipped whole
 * when nothing it reads has changed since the last build that succeeded (src/build/last-build.ts).
 * The split and the hashing run in a child process (src/cli/build-prepare.ts), so that their
 * memory is gone before Astro renders; Astro starts beside the split, its start-up reading no
 * content, and reads the archive once the split is done (src/build/content-gate.ts). This process
 * only waits, and shows Astro's output after the split's, as if one ran after the other.
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
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

/**
 * Starts `astro build` with this process's settings, waiting for `gate` before it reads the
 * archive. Its output is held back until `show()`; `status` is its exit code.
 */
function startAstro(gate: string) {
  const astro = join(PROJECT_ROOT, "node_modules", "astro", "bin", "astro.mjs");
  // Astro colours its output on a terminal; through a pipe it would not see one. (NO_COLOR
  // still wins: Astro's colour library reads it before FORCE_COLOR.)
  const child = spawn(process.execPath, [astro, "build"], {
    cwd: PROJECT_ROOT,
    stdio: ["inherit", "pipe", "pipe"],
    env: {
      ...process.env,
      ARCHIVE_CONTENT_GATE: gate,
      ...(process.stdout.isTTY && { FORCE_COLOR: "1" }),
    },
  });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let shown = false;
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from.on("data", (chunk: Buffer) => (shown ? to.write(chunk) : held.push([to, chunk])));
  }
  return {
    status: exitStatus(child),
    show() {
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
      shown = true;
    },
    stop: () => child.kill(),
  };
}

export async function runBuildCommand(usage: string): Promise<void> {
  await runCommand(async () => {
    const { values } = parseCommandArgs(
      { options: { force: { type: "boolean" }, help: { type: "boolean" } } },
      usage,
    );
    if (values.help) return console.log(usage);
    const files = buildFiles();
    // This build's own: a build of the same archive started meanwhile cannot open it.
    const gate = `${files.contentGate}-${process.pid}`;
    let astro: ReturnType<typeof startAstro> | undefined;
    let prepared: Prepared | undefined;
    const prepare = fork(
      join(import.meta.dirname, "build-prepare.ts"),
      values.force ? ["--force"] : [],
      { stdio: "inherit" },
    );
    prepare.on("message", (message) => {
      if (message !== "build" && message !== "up to date") return;
      prepared = message;
      if (prepared === "build") astro = startAstro(gate);
    });
    const status = await exitStatus(prepare);
    if (status !== 0 || prepared !== "build" || astro === undefined) {
      astro?.stop();
      await astro?.status;
      process.exitCode = status;
      if (status === 0 && prepared === undefined) {
        throw new Error("the split's process ended without saying what to do");
      }
      return;
    }
    try {
      await mkdir(dirname(gate), { recursive: true });
      await writeFile(gate, "");
    } catch (error) {
      astro.stop();
      throw error;
    }
    astro.show();
    const built = await astro.status;
    await rm(gate, { force: true });
    if (built !== 0) {
      process.exitCode = built;
      return;
    }
    const output = outputHash(files.dist);
    if (output !== undefined) await finishLastBuild(files, output);
  });
}
