/** `--root`: the project folder a command works on, which must already hold an archive. */
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type ArchivePaths, archivePaths } from "../content/archive-files.ts";
import { UsageError } from "./command.ts";

/**
 * The archive at `root`. A folder with no `content/` is refused rather than filled, so that a
 * mistyped --root does not start a new archive somewhere unexpected. `given` is how the person
 * named the folder, for messages: `--root <folder>` unless said otherwise.
 */
export async function archiveAt(root: string, given = `--root ${root}`): Promise<ArchivePaths> {
  const paths = archivePaths(resolve(root));
  const [folder, content] = await Promise.all(
    [paths.root, join(paths.root, "content")].map((path) => stat(path).catch(() => undefined)),
  );
  if (!folder?.isDirectory()) {
    throw new UsageError(
      `${given}: there is no such folder\n  → pass the project folder, the one that holds content/ (digests, topics, papers)`,
    );
  }
  if (!content?.isDirectory()) {
    throw new UsageError(
      `${given}: not an archive, it has no content/ folder\n  → pass the project folder, the one that holds content/; to start a new archive there, create its content/digests folder first`,
    );
  }
  return paths;
}
