/**
 * Builds the fixture archive's site once, before any test file runs, at the domain root and under
 * a project base path; tests read the builds through inject("sites"). Also builds an archive with a
 * hand-broken paper file, which must fail (inject("brokenBuild")). Builds run one at a time:
 * concurrent Astro builds of one project would share its caches.
 */

import { statSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { FIXTURE_DIGESTS, makeArchive } from "./archive.ts";
import { astroBuild, buildSite, type SiteBuild } from "./build-site.ts";
import { listFiles } from "./site-files.ts";

const mtimeOf = (dir: string, file: string) => statSync(join(dir, file)).mtimeMs;

declare module "vitest" {
  export interface ProvidedContext {
    /** The fixture archive at the domain root, and under a base path with its index in parts. */
    sites: { root: SiteBuild; project: SiteBuild };
    /**
     * The fixture archive built from its first two digests, then built again over that output
     * after its last two digests (the pasted 2025-01-03-hf.txt and the JSON 2025-01-04.json, which
     * enriches a paper of the first build) and a stray page (`papers/deleted-paper/`, as if its
     * paper file had been removed) were added: it must equal `sites.project`, built like it.
     */
    rebuilt: SiteBuild & {
      /** Pages under papers/ (relative to papers/) that the second build left as they were. */
      untouched: string[];
      /** Files under topics/ (relative to topics/) that the second build left as they were. */
      untouchedTopics: string[];
    };
    /** The Astro build of an archive whose paper file yes.md has `dates: soon`. */
    brokenBuild: { status: number | null; output: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Every temporary folder of this run (tests, the commands and browsers they start) goes in one
  // folder, removed at the end: tests need not clean up after themselves to leave nothing behind.
  const runFolder = await mkdtemp(join(tmpdir(), "paper-archive-tests-"));
  process.env["TMPDIR"] = runFolder;
  const out = await mkdtemp(join(tmpdir(), "paper-archive-sites-"));
  const root = buildSite(await makeArchive(), join(out, "root"), "/");
  // This one's search index is in parts, one per month, and its topics have numbered pages of
  // one paper, as a large archive's have of a hundred.
  const asProject = [
    "/my-archive/",
    "https://example.org",
    { SEARCH_PART_PAGES: "1", TOPIC_PAGE_PAPERS: "1" },
  ] as const;
  const projectBase = buildSite(await makeArchive(), join(out, "project"), ...asProject);
  project.provide("sites", { root, project: projectBase });

  const grown = await makeArchive([
    join(FIXTURE_DIGESTS, "2024-12-31.txt"),
    join(FIXTURE_DIGESTS, "2025-01-02.txt"),
  ]);
  const grownDist = join(out, "rebuilt");
  buildSite(grown, grownDist, ...asProject);
  for (const digest of ["2025-01-03-hf.txt", "2025-01-04.json"]) {
    await cp(join(FIXTURE_DIGESTS, digest), join(grown, "content", "digests", digest));
  }
  const stray = join(grownDist, "papers", "deleted-paper");
  await mkdir(stray);
  await writeFile(
    join(stray, "index.html"),
    "<!doctype html><title>Deleted</title><article data-pagefind-body><h1>Deleted paper</h1></article>",
  );
  await writeFile(`${stray}.bib`, "@misc{deleted-paper,}\n");
  const firstBuild = new Map(listFiles(grownDist).map((file) => [file, mtimeOf(grownDist, file)]));
  const rebuilt = buildSite(grown, grownDist, ...asProject);
  const untouchedUnder = (folder: string) =>
    listFiles(join(grownDist, folder)).filter(
      (file) => firstBuild.get(join(folder, file)) === mtimeOf(join(grownDist, folder), file),
    );
  project.provide("rebuilt", {
    ...rebuilt,
    untouched: untouchedUnder("papers"),
    untouchedTopics: untouchedUnder("topics"),
  });

  const broken = await makeArchive();
  buildSite(broken, join(out, "broken-first"), "/");
  const file = join(broken, "content", "papers", "yes.md");
  await writeFile(file, (await readFile(file, "utf8")).replace(/^dates: .*$/mu, "dates: soon"));
  project.provide("brokenBuild", astroBuild(broken, join(out, "broken")));

  return async () => {
    await rm(runFolder, { recursive: true, force: true });
  };
}
