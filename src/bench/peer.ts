/**
 * The benchmark's peer: a minimal Hugo site of the same digests (src/bench/peer/), built with
 * `hugo --minify`, then indexed with `pagefind --site` at Pagefind's defaults. It runs only where
 * `hugo` is on the PATH (Debian's `hugo` package).
 */
import { accessSync, constants } from "node:fs";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { archivePaths, loadDigests, loadTaxonomy } from "../content/archive-files.ts";
import { topicMatcher } from "../split/topic-match.ts";
import { peerPaperFile, peerPapers } from "./peer-content.ts";
import { type Measured, measure } from "./process-tree.ts";
import type { SetAside } from "./set-aside.ts";

/** The `hugo` the PATH finds, or undefined. */
export function hugoOnPath(path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, "hugo");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/**
 * Writes the peer site into `dir`: the skeleton, and a content file per paper of the archive's
 * digests, with topics assigned by the archive's taxonomy as our split does. Returns the papers.
 */
export async function writePeerSite(
  dir: string,
  projectRoot: string,
  archiveRoot: string,
): Promise<number> {
  const paths = archivePaths(archiveRoot);
  const [digests, taxonomy] = await Promise.all([loadDigests(paths), loadTaxonomy(paths)]);
  const problems = [...digests.problems, ...taxonomy.problems];
  if (problems.length > 0) {
    throw new Error(`the peer cannot read the archive: ${JSON.stringify(problems[0])}`);
  }
  const papers = peerPapers(digests.items, topicMatcher(taxonomy.items));
  await rm(dir, { recursive: true, force: true });
  await cp(join(projectRoot, "src", "bench", "peer"), dir, { recursive: true });
  const content = join(dir, "content", "papers");
  await mkdir(content, { recursive: true });
  for (const paper of papers) {
    await writeFile(join(content, `${paper.name}.md`), peerPaperFile(paper));
  }
  return papers.length;
}

export interface PeerBuild {
  hugo: Measured;
  pagefind: Measured;
  seconds: number;
  peakBytes: number;
}

function check(step: string, result: Measured): Measured {
  if (result.status !== 0)
    throw new Error(`${step} failed (${result.status}):\n${result.stderr || result.stdout}`);
  return result;
}

/**
 * One clean build of the peer: no output, no cache; Hugo, then Pagefind over its output. The last
 * build's folders are deleted, or moved to `aside` when given.
 */
export async function buildPeer(
  dir: string,
  hugo: string,
  projectRoot: string,
  aside?: SetAside,
): Promise<PeerBuild> {
  const cacheDir = join(dir, "cache");
  await Promise.all(
    ["public", "resources", "cache"].map((name) =>
      aside ? aside.move(join(dir, name)) : rm(join(dir, name), { recursive: true, force: true }),
    ),
  );
  const hugoRun = check(
    "hugo",
    await measure(hugo, ["--minify", "--quiet", "--cacheDir", cacheDir], { cwd: dir }),
  );
  const pagefind = check(
    "pagefind",
    await measure(join(projectRoot, "node_modules", ".bin", "pagefind"), ["--site", "public"], {
      cwd: dir,
    }),
  );
  return {
    hugo: hugoRun,
    pagefind,
    seconds: hugoRun.seconds + pagefind.seconds,
    peakBytes: Math.max(hugoRun.peakBytes, pagefind.peakBytes),
  };
}
