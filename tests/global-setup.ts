/**
 * Builds the fixture archive's site once, before any test file runs, at the domain root and under
 * a project base path; tests read the builds through inject("sites"). Also builds an archive with a
 * hand-broken paper file, which must fail (inject("brokenBuild")). Builds run one at a time:
 * concurrent Astro builds of one project would share its caches.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroBuild, buildSite, type SiteBuild } from "./build-site.ts";
import { makeArchive } from "./helpers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sites: { root: SiteBuild; project: SiteBuild };
    /** The Astro build of an archive whose paper file yes.md has `dates: soon`. */
    brokenBuild: { status: number | null; output: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const out = await mkdtemp(join(tmpdir(), "paper-archive-sites-"));
  const root = buildSite(await makeArchive(), join(out, "root"), "/");
  const projectBase = buildSite(await makeArchive(), join(out, "project"), "/my-archive/");
  project.provide("sites", { root, project: projectBase });

  const broken = await makeArchive();
  buildSite(broken, join(out, "broken-first"), "/");
  const file = join(broken, "content", "papers", "yes.md");
  await writeFile(file, (await readFile(file, "utf8")).replace(/^dates: .*$/mu, "dates: soon"));
  project.provide("brokenBuild", astroBuild(broken, join(out, "broken")));

  return async () => {
    await Promise.all(
      [out, root.root, projectBase.root, broken].map((dir) =>
        rm(dir, { recursive: true, force: true }),
      ),
    );
  };
}
