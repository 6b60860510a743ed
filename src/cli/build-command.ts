/**
 * `npm run build`: the split, then Astro's build (pages, then the search index), skipped whole
 * when nothing it reads has changed since the last build that succeeded (src/build/last-build.ts).
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  type BuildInputs,
  inputsHash,
  outputHash,
  readLastBuild,
  writeLastBuild,
} from "../build/last-build.ts";
import { ENV } from "../env.ts";
import { archiveAt } from "./archive-root.ts";
import { parseCommandArgs, runCommand } from "./command.ts";

/** This tool's folder, where Astro runs. */
const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..");

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

/** Runs the split in a process of its own (src/cli/build-split.ts): its exit code and warnings. */
async function splitApart(root: string): Promise<{ status: number; warnings: string[] }> {
  const child = fork(join(import.meta.dirname, "build-split.ts"), [root], { stdio: "inherit" });
  let warnings: string[] = [];
  child.on("message", (message) => {
    if (Array.isArray(message)) warnings = message.map(String);
  });
  return { status: await exitStatus(child), warnings };
}

export async function runBuildCommand(usage: string): Promise<void> {
  await runCommand(async () => {
    const { values } = parseCommandArgs(
      { options: { force: { type: "boolean" }, help: { type: "boolean" } } },
      usage,
    );
    if (values.help) return console.log(usage);
    const paths = await archiveAt(ENV.archiveRoot, `ARCHIVE_ROOT=${ENV.archiveRoot}`);
    const dist = resolve(PROJECT_ROOT, ENV.outDir);
    const cacheDir = resolve(PROJECT_ROOT, ENV.cacheDir ?? join("node_modules", ".astro"));
    const recordFile = join(cacheDir, "last-build.json");
    const inputs: BuildInputs = {
      archiveRoot: paths.root,
      projectRoot: PROJECT_ROOT,
      settings: {
        basePath: ENV.basePath,
        siteUrl: ENV.siteUrl,
        searchPartPages: String(ENV.searchPartPages),
        outDir: dist,
        node: process.version,
      },
    };

    // With --force too: the record's file hashes spare reading the files that did not change.
    const last = await readLastBuild(recordFile);
    const before = last ? inputsHash(inputs, last) : undefined;
    if (last && before?.hash === last.inputs && !values.force && outputHash(dist) === last.output) {
      for (const line of last.warnings) console.log(line);
      console.log(
        `Nothing changed since the last build (the archive's files, the code, the packages and the settings are the same, and ${ENV.outDir} is as that build left it): the site is up to date.\nTo build it anyway: npm run build -- --force`,
      );
      return;
    }

    const split = await splitApart(paths.root);
    if (split.status !== 0) {
      process.exitCode = split.status;
      return;
    }
    // Hashed before Astro runs: a file edited during the build makes the next one build again.
    // Only the files the split wrote (or that changed since) are read again.
    const builtFrom = inputsHash(inputs, before);
    await rm(recordFile, { force: true });
    const status = await astroBuild();
    if (status !== 0) {
      process.exitCode = status;
      return;
    }
    const output = outputHash(dist);
    if (output !== undefined) {
      await writeLastBuild(recordFile, {
        inputs: builtFrom.hash,
        files: builtFrom.files,
        hashedAt: builtFrom.hashedAt,
        output,
        warnings: split.warnings,
      });
    }
  });
}
