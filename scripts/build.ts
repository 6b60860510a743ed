/** npm run build: split the digests, then build the site into dist/ (pages and search index). */
import { runBuildCommand } from "../src/cli/build-command.ts";

const USAGE = `Usage: npm run build [-- --force]

Splits content/digests/ into paper files (as npm run split), then builds the site into dist/ with
its search index. When nothing changed since the last build (the archive's files, the code, the
packages, BASE_PATH, SITE_URL) and dist/ is as it left it, it says so and stops.

  --force   build even when nothing changed`;

await runBuildCommand(USAGE);
