/** Loads the archive for a site build; any broken content file fails the build with its path. */
import { type Archive, buildArchive } from "./archive.ts";
import { type ArchivePaths, loadDigests, loadPapers, loadTaxonomy } from "./archive-files.ts";
import { InputError } from "./problem.ts";

export async function loadSiteArchive(paths: ArchivePaths): Promise<Archive> {
  const [papers, digests, taxonomy] = await Promise.all([
    loadPapers(paths),
    loadDigests(paths),
    loadTaxonomy(paths),
  ]);
  const problems = [...papers.problems, ...digests.problems, ...taxonomy.problems];
  if (problems.length > 0) throw new InputError(problems);
  return buildArchive(papers.items, digests.items, taxonomy.items);
}
