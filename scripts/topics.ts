/** npm run topics: re-apply content/topics/ to every paper, keeping topics set by hand. */
import { runSplitCommand } from "../src/cli/split-command.ts";
import { runRetopic } from "../src/split/run-split.ts";

const USAGE = `Usage: npm run topics [-- --root <project folder>]

Re-applies the taxonomy in content/topics/ to every paper in content/papers/.
Topics you added to a paper by hand stay; topics you removed by hand stay removed.`;

await runSplitCommand(USAGE, runRetopic);
