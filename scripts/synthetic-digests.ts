/** Writes deterministic synthetic digests: node scripts/synthetic-digests.ts --papers 100000 --out DIR */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseCommandArgs, runCommand, UsageError } from "../src/lib/cli.ts";
import { syntheticDigests } from "../src/lib/synthetic.ts";

const USAGE = "Usage: node scripts/synthetic-digests.ts --papers <count> --out <folder> [--seed 1]";

await runCommand(async () => {
  const { values } = parseCommandArgs(
    {
      options: {
        papers: { type: "string" },
        out: { type: "string" },
        seed: { type: "string", default: "1" },
      },
    },
    USAGE,
  );
  const papers = Number(values.papers);
  if (!Number.isInteger(papers) || papers < 1 || values.out === undefined)
    throw new UsageError(USAGE);
  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  let days = 0;
  for (const digest of syntheticDigests({ papers, seed: Number(values.seed) })) {
    await writeFile(join(out, digest.name), digest.text);
    days++;
  }
  console.log(`Wrote ${days} digests with ${papers} papers to ${out}`);
});
