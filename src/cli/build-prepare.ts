/**
 * The first half of `npm run build`, in a process of its own (src/cli/build-command.ts forks it):
 * it decides whether anything changed since the last build, runs the split, and records what the
 * build is made from. What that loads (at 100,000 papers, 0.9 GB for the split and 0.3 GB for
 * hashing every input file) is gone before Astro reads the archive, where the build command's
 * process would keep it. It prints what `npm run split` prints and exits as it does; it tells the
 * build command, before the split, whether Astro has anything to do.
 */
import { rm } from "node:fs/promises";
import {
  type BuildInputs,
  inputsHash,
  outputHash,
  readLastBuild,
  writeLastBuild,
} from "../build/last-build.ts";
import { ENV } from "../env.ts";
import { formatSplitReport, formatWarnings } from "../split/report.ts";
import { runSplit } from "../split/run-split.ts";
import { archiveAt } from "./archive-root.ts";
import { buildFiles, PROJECT_ROOT } from "./build-files.ts";
import { progressReporter, runCommand } from "./command.ts";

/** What the build command does next, told before the split: Astro's start-up overlaps it. */
export type Prepared = "build" | "up to date";

const force = process.argv.includes("--force");
await runCommand(async () => {
  const paths = await archiveAt(ENV.archiveRoot, `ARCHIVE_ROOT=${ENV.archiveRoot}`);
  const files = buildFiles();
  const inputs: BuildInputs = {
    archiveRoot: paths.root,
    projectRoot: PROJECT_ROOT,
    settings: {
      basePath: ENV.basePath,
      siteUrl: ENV.siteUrl,
      searchPartPages: String(ENV.searchPartPages),
      outDir: files.dist,
      node: process.version,
    },
  };

  // With --force too: the record's file hashes spare reading the files that did not change.
  const last = await readLastBuild(files.record);
  const before = last ? inputsHash(inputs, last) : undefined;
  const tell = (prepared: Prepared) =>
    new Promise((sent) =>
      process.send ? process.send(prepared, undefined, {}, sent) : sent(null),
    );
  if (last && before?.hash === last.inputs && !force && outputHash(files.dist) === last.output) {
    for (const line of last.warnings) console.log(line);
    console.log(
      `Nothing changed since the last build (the archive's files, the code, the packages and the settings are the same, and ${ENV.outDir} is as that build left it): the site is up to date.\nTo build it anyway: npm run build -- --force`,
    );
    await tell("up to date");
  } else {
    // Astro starts now, and reads the archive once this process has exited.
    await tell("build");
    const report = await runSplit(paths, { progress: progressReporter() });
    console.log(formatSplitReport(report));
    // Hashed before Astro reads the archive: a file edited during the build makes the next one
    // build again. Only the files the split wrote (or that changed since) are read again.
    const builtFrom = inputsHash(inputs, before);
    await rm(files.record, { force: true });
    await writeLastBuild(files.pending, {
      inputs: builtFrom.hash,
      files: builtFrom.files,
      hashedAt: builtFrom.hashedAt,
      output: "",
      warnings: formatWarnings(report.warnings),
    });
  }
  process.disconnect?.();
});
