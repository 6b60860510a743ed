/** Loads the archive for a site build; any broken content file fails the build with its path. */

import { type ArchivePaths, loadContent } from "../content/archive-files.ts";
import { type Archive, buildArchive } from "./archive.ts";

export async function loadSiteArchive(paths: ArchivePaths): Promise<Archive> {
  const content = await loadContent(paths);
  return buildArchive(content.papers, content.digests, content.topics);
}
