/**
 * Builds the fixture archive's site once, before any test file runs, at the domain root and under
 * a project base path; tests read the builds through inject("sites"). Builds run one at a time:
 * concurrent Astro builds of one project would share its caches.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, type SiteBuild } from "./build-site.ts";
import { makeArchive } from "./helpers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sites: { root: SiteBuild; project: SiteBuild };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), "paper-archive-sites-"));
  const root = buildSite(await makeArchive(), join(out, "root"), "/");
  const projectBase = buildSite(await makeArchive(), join(out, "project"), "/my-archive/");
  project.provide("sites", { root, project: projectBase });
}
