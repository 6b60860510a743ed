/** Shared paths and small helpers for tests. */
import { cp, mkdir, mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

export const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..");
export const EXAMPLE_DIGEST = join(PROJECT_ROOT, "content", "digests", "2025-07-30.txt");
export const TOPICS_DIR = join(PROJECT_ROOT, "content", "topics");
export const FIXTURE_DIGESTS = join(PROJECT_ROOT, "tests", "fixtures", "archive", "digests");

/**
 * A throwaway project folder holding the real taxonomy and the given digests, laid out as
 * content/digests, content/topics and (after a split) content/papers.
 */
export async function makeArchive(digestSources: string[] = [FIXTURE_DIGESTS]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "paper-archive-"));
  await mkdir(join(root, "content", "digests"), { recursive: true });
  await cp(TOPICS_DIR, join(root, "content", "topics"), { recursive: true });
  for (const source of digestSources) {
    // A folder's digests go in as they are; a single digest file keeps its name.
    const into = (await stat(source)).isDirectory() ? "" : basename(source);
    await cp(source, join(root, "content", "digests", into), { recursive: true });
  }
  return root;
}
