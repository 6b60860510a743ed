/**
 * The split of `npm run build`, in a process of its own (src/cli/build-command.ts forks it): what
 * it loads is gone before Astro starts, where the build command's own process would keep it
 * (0.9 GB at 100,000 papers). It prints what `npm run split` prints, exits as it does, and sends
 * the build command the warnings to repeat when a later build is skipped.
 */
import { archivePaths } from "../content/archive-files.ts";
import { formatSplitReport, formatWarnings } from "../split/report.ts";
import { runSplit } from "../split/run-split.ts";
import { progressReporter, runCommand } from "./command.ts";

const [root] = process.argv.slice(2);
await runCommand(async () => {
  const report = await runSplit(archivePaths(root ?? "."), { progress: progressReporter() });
  console.log(formatSplitReport(report));
  const warnings = formatWarnings(report.warnings);
  await new Promise((sent) =>
    process.send ? process.send(warnings, undefined, {}, sent) : sent(null),
  );
  process.disconnect?.();
});
