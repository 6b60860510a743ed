/** npm run split: write content/papers/ from content/digests/. */
import { resolve } from "node:path";
import { parseCommandArgs, progressReporter, runCommand } from "../src/cli/command.ts";
import { archivePaths } from "../src/content/archive-files.ts";
import { formatSplitReport } from "../src/split/report.ts";
import { runSplit } from "../src/split/run-split.ts";

const USAGE = `Usage: npm run split [-- --root <project folder>]

Reads every digest in content/digests/ and writes one file per paper to content/papers/.
Papers already there keep their slug and every edit; only new dates are recorded.`;

await runCommand(async () => {
  const { values } = parseCommandArgs(
    { options: { root: { type: "string", default: "." }, help: { type: "boolean" } } },
    USAGE,
  );
  if (values.help) return console.log(USAGE);
  const report = await runSplit(archivePaths(resolve(values.root)), {
    progress: progressReporter(),
  });
  console.log(formatSplitReport(report));
});
