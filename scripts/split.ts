/** npm run split: write content/papers/ from content/digests/. */
import { runSplitCommand } from "../src/cli/split-command.ts";
import { runSplit } from "../src/split/run-split.ts";

const USAGE = `Usage: npm run split [-- --root <project folder>]

Reads every digest in content/digests/ and writes one file per paper to content/papers/.
Papers already there keep their slug and every edit; only new dates are recorded.`;

await runSplitCommand(USAGE, runSplit);
