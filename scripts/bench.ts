/** npm run bench: the scale benchmark (synthetic archives, split + build + Pagefind, sizes, search). */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { runBenchmark } from "../src/bench/benchmark.ts";
import { formatResults } from "../src/bench/format-results.ts";
import { hugoOnPath } from "../src/bench/peer.ts";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/command.ts";
import { ENV } from "../src/env.ts";

const USAGE = `Usage: npm run bench [-- --sizes 1000,10000 --runs 3 --out bench-out]

Builds synthetic archives of each size and reports, per size: the first split into paper files;
the clean build (npm run build, no dist/, no cache), rebuilds with nothing changed, forced, with
one paper file edited and with one more day (time, share of the clean build, peak memory); a minimal
Hugo + Pagefind site of the same digests built clean, and our ratio to it (skipped without hugo
on the PATH); bytes per paper and the compressed upload (tar.gz of dist/); and first searches in
Chromium, ours beside a plain one-index Pagefind of our paper pages: bytes before the first
result, time to the first and to all results, unthrottled and on a 1.6 Mbps, 150 ms link.
Times are medians of 3 runs up to 10,000 papers and of 1 above, unless --runs says.
100,000 papers takes about 30 minutes: ask for it with --sizes 100000.
Results are written to <out>/results.json.`;

await runCommand(async () => {
  const { values } = parseCommandArgs(
    {
      options: {
        sizes: { type: "string", default: "1000,10000" },
        runs: { type: "string" },
        out: { type: "string", default: "bench-out" },
        help: { type: "boolean" },
      },
    },
    USAGE,
  );
  if (values.help) return console.log(USAGE);
  const wholeNumber = (text: string) => (/^\d+$/u.test(text.trim()) ? Number(text) : Number.NaN);
  const sizes = values.sizes.split(",").map(wholeNumber);
  const runs = values.runs === undefined ? undefined : wholeNumber(values.runs);
  if (sizes.some((size) => !(size >= 10))) {
    throw new UsageError(
      `--sizes ${JSON.stringify(values.sizes)}: give numbers of papers of at least 10, separated by commas, for example --sizes 1000,10000\n\n${USAGE}`,
    );
  }
  if (runs !== undefined && !(runs >= 1)) {
    throw new UsageError(
      `--runs ${JSON.stringify(values.runs)}: give a whole number of builds, at least 1, for example --runs 3\n\n${USAGE}`,
    );
  }
  const outDir = resolve(values.out);
  await mkdir(outDir, { recursive: true });
  const results = await runBenchmark({
    projectRoot: resolve("."),
    outDir,
    sizes,
    runs,
    chromePath: ENV.chromePath,
    hugo: hugoOnPath(),
    log: (line) => console.log(line),
  });
  const record = { date: new Date().toISOString(), node: process.version, results };
  await writeFile(join(outDir, "results.json"), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\n${formatResults(results)}\n\nFigures written to ${join(outDir, "results.json")}`);
});
