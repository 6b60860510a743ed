/** npm run topics: re-apply content/topics/ to every paper, keeping topics set by hand. */
import { resolve } from "node:path";
import { parseCommandArgs, progressReporter, runCommand } from "../src/cli/command.ts";
import { archivePaths } from "../src/content/archive-files.ts";
import { formatSplitReport } from "../src/split/report.ts";
import { runRetopic } from "../src/split/run-split.ts";

const USAGE = `Usage: npm run topics [-- --root <project folder>]

Re-applies the taxonomy in content/topics/ to every paper in content/papers/.
Topics you added to a paper by hand stay; topics you removed by hand stay removed.`;

await runCommand(async () => {
  const { values } = parseCommandArgs(
    { options: { root: { type: "string", default: "." }, help: { type: "boolean" } } },
    USAGE,
  );
  if (values.help) return console.log(USAGE);
  const report = await runRetopic(archivePaths(resolve(values.root)), {
    progress: progressReporter(),
  });
  console.log(formatSplitReport(report));
});
