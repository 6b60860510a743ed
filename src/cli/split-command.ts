/** What `npm run split` and `npm run topics` share: `--root`, a progress line, the summary. */
import type { ArchivePaths } from "../content/archive-files.ts";
import { formatSplitReport } from "../split/report.ts";
import type { RunOptions, SplitReport } from "../split/run-split.ts";
import { archiveAt } from "./archive-root.ts";
import { parseCommandArgs, progressReporter, runCommand } from "./command.ts";

export async function runSplitCommand(
  usage: string,
  run: (paths: ArchivePaths, options: RunOptions) => Promise<SplitReport>,
): Promise<void> {
  await runCommand(async () => {
    const { values } = parseCommandArgs(
      { options: { root: { type: "string", default: "." }, help: { type: "boolean" } } },
      usage,
    );
    if (values.help) return console.log(usage);
    const report = await run(await archiveAt(values.root), {
      progress: progressReporter(),
    });
    console.log(formatSplitReport(report));
  });
}
