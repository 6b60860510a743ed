/**
 * The archive's files on disk: digests in, taxonomy in, paper files in and out. Every reader
 * collects problems instead of stopping at the first, so one run reports them all.
 */
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { inBatches, type Progress } from "../util/concurrently.ts";
import { withLock } from "./archive-lock.ts";
import { digestDateOutOfRange, latestDigestDate } from "./dates.ts";
import { decodeEditedFile } from "./decode.ts";
import { type Digest, type DigestResult, isDigestFileName, readDigest } from "./digest-file.ts";
import { type PaperFileWrite, parsePaperFile, type StoredPaper } from "./papers/paper-file.ts";
import { checkPaperFiles } from "./papers/paper-file-checks.ts";
import { InputError, type Problem } from "./problem.ts";
import { readErrorFix, readErrorReason } from "./read-errors.ts";
import { parseTopicFile } from "./topics/taxonomy.ts";
import type { Topic } from "./topics/topic-schema.ts";

/** Where an archive keeps its content. */
export interface ArchivePaths {
  /** Project root; paths in messages are relative to it. */
  root: string;
  digests: string;
  papers: string;
  topics: string;
}

export function archivePaths(root: string): ArchivePaths {
  return {
    root,
    digests: join(root, "content", "digests"),
    papers: join(root, "content", "papers"),
    topics: join(root, "content", "topics"),
  };
}

export interface Loaded<T> {
  items: T[];
  problems: Problem[];
  warnings: Problem[];
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names.filter((name) => name.endsWith(extension) && !name.startsWith(".")).sort();
}

export async function loadDigests(
  paths: ArchivePaths,
  progress?: Progress,
): Promise<Loaded<Digest>> {
  const names = await readdir(paths.digests).catch(() => [] as string[]);
  const warnings: Problem[] = names
    .filter((name) => !name.startsWith(".") && !isDigestFileName(name))
    .map((name) => ({
      file: relative(paths.root, join(paths.digests, name)),
      message: "skipped: digests are .txt and .json files",
      fix: "rename it to YYYY-MM-DD.txt (a pasted page) or YYYY-MM-DD.json (Daily Papers API records) if it is a digest",
    }));
  const files = names
    .filter(isDigestFileName)
    .sort()
    .map((name) => join(paths.digests, name));
  const results = await inBatches(
    files,
    async (path): Promise<DigestResult> => {
      const file = relative(paths.root, path);
      const read = await readArchiveFile(path, file);
      return read.ok
        ? readDigest(read.bytes, file)
        : { ok: false, problems: [read.problem], warnings: [] };
    },
    { progress },
  );
  const items: Digest[] = [];
  const problems: Problem[] = [];
  const latest = latestDigestDate();
  for (const result of results) {
    warnings.push(...result.warnings);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    items.push(result.digest);
    const outOfRange = digestDateOutOfRange(result.digest.date, latest);
    if (outOfRange) {
      warnings.push({
        file: result.digest.file,
        message: `its date ${outOfRange}: a typo in the file name or its date line?`,
        fix: "correct the date in the file name (and its date line), or take the file out of content/digests",
      });
    }
  }
  return { items, problems, warnings };
}

type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem };
type TextRead = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * A file of the archive's, read; one that cannot be (a folder, no permission) is a problem.
 * Synchronously: for 10,000 small files a fifth of the time of the promise API, which makes four
 * thread-pool round trips per file (measured).
 */
async function readArchiveFile(path: string, file: string): Promise<BytesRead> {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    return {
      ok: false,
      problem: {
        file,
        message: `cannot read it: ${readErrorReason(error)}`,
        fix: readErrorFix(error),
      },
    };
  }
}

/** A file people edit, read and decoded strictly; a file that cannot be is a problem. */
async function readEditedFile(path: string, file: string): Promise<TextRead> {
  const read = await readArchiveFile(path, file);
  return read.ok ? decodeEditedFile(read.bytes, file) : read;
}

export async function loadPapers(
  paths: ArchivePaths,
  progress?: Progress,
): Promise<Loaded<StoredPaper>> {
  const names = await listFiles(paths.papers, ".md");
  const results = await inBatches(
    names,
    async (name) => {
      const path = join(paths.papers, name);
      const file = relative(paths.root, path);
      const read = await readEditedFile(path, file);
      const text = read.ok ? read.text : "";
      const result = read.ok ? parsePaperFile(text, file) : read;
      return { result, slug: name.slice(0, -".md".length), file, text };
    },
    { progress },
  );
  const items: StoredPaper[] = [];
  const problems: Problem[] = [];
  for (const { result, slug, file, text } of results) {
    if (result.ok) items.push({ slug, file, text, data: result.data, body: result.body });
    else problems.push(result.problem);
  }
  return { items, problems, warnings: [] };
}

export async function loadTaxonomy(paths: ArchivePaths): Promise<Loaded<Topic>> {
  const names = await listFiles(paths.topics, ".md");
  const items: Topic[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const path = join(paths.topics, name);
    const file = relative(paths.root, path);
    const read = await readEditedFile(path, file);
    const result = read.ok ? parseTopicFile(read.text, name.slice(0, -".md".length), file) : read;
    if (result.ok) items.push(result.topic);
    else problems.push(result.problem);
  }
  if (items.length === 0 && problems.length === 0) {
    problems.push({
      file: relative(paths.root, paths.topics) || ".",
      message: "there are no topics",
      fix: "add at least one topic file, like content/topics/machine-learning.md with `name:` and `phrases:`",
    });
  }
  return { items, problems, warnings: [] };
}

export interface Content {
  digests: Digest[];
  topics: Topic[];
  papers: StoredPaper[];
  warnings: Problem[];
}

/**
 * Everything an archive holds, read and checked. Throws InputError listing every problem found
 * in any digest, topic or paper file, so that nothing is built or written from bad content.
 */
export async function loadContent(
  paths: ArchivePaths,
  options: { digests?: boolean; progress?: (phase: string) => Progress } = {},
): Promise<Content> {
  const { digests: withDigests = true, progress } = options;
  const [digests, taxonomy, papers] = await Promise.all([
    withDigests ? loadDigests(paths, progress?.("reading digests")) : undefined,
    loadTaxonomy(paths),
    loadPapers(paths, progress?.("reading paper files")),
  ]);
  const checked = checkPaperFiles(papers.items);
  const problems = [
    ...(digests?.problems ?? []),
    ...taxonomy.problems,
    ...papers.problems,
    ...checked.problems,
  ];
  if (problems.length > 0) throw new InputError(problems);
  return {
    digests: digests?.items ?? [],
    topics: taxonomy.items,
    papers: papers.items,
    warnings: [...(digests?.warnings ?? []), ...papers.warnings, ...checked.warnings],
  };
}

/** A paper file to write: its new content in full, and what it held when read. */
export type FileWrite = PaperFileWrite;

/** The lock held while paper files are checked and written; see archive-lock.ts. */
export const PAPERS_LOCK = ".lock";

/**
 * Temporary files are hidden files next to their target (so that the rename is atomic), named for
 * the file and the process that wrote them: `.<slug>.md.<pid>.tmp`. Earlier versions wrote
 * `<slug>.md.<pid>.tmp`; both are this program's own leftovers when no run holds the lock.
 */
const TEMPORARY_FILE = /^\.?[^/\\]+\.md\.\d+\.tmp$/u;

function temporaryName(slug: string): string {
  return `.${slug}.md.${process.pid}.tmp`;
}

/** What writing paper files did besides writing them. */
export interface WriteOutcome {
  /** Leftovers of interrupted runs that were removed, and a lock taken over: to mention. */
  warnings: Problem[];
}

/**
 * Writes paper files, all or nothing. Nothing is written when any file would not read back as
 * intended, or when a file changed since it was read (by a person or another run): each is a
 * problem. Each file goes through a temporary name and a rename, so an interrupted run leaves
 * no half-written file; its temporary files are removed by the next run.
 */
export async function writePaperFiles(
  paths: ArchivePaths,
  files: readonly FileWrite[],
): Promise<WriteOutcome> {
  const refused = files.flatMap((write) => (write.problem ? [write.problem] : []));
  if (refused.length > 0) throw new InputError(refused);
  await mkdir(paths.papers, { recursive: true });
  const lock = join(paths.papers, PAPERS_LOCK);
  const display = (path: string) => relative(paths.root, path);
  const { result: warnings, tookOver } = await withLock(
    lock,
    {
      display: display(lock),
      onWait: (pid) =>
        console.error(`Waiting for another run (process ${pid}) to finish writing paper files…`),
    },
    async () => {
      const leftovers = (await readdir(paths.papers)).filter((name) => TEMPORARY_FILE.test(name));
      await Promise.all(leftovers.map((name) => rm(join(paths.papers, name), { force: true })));
      const changed: Problem[] = [];
      const pending: FileWrite[] = [];
      await inBatches(files, async (write) => {
        const target = join(paths.papers, `${write.slug}.md`);
        const current = await readFile(target, "utf8").catch((error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return null;
          throw error;
        });
        if (current === write.content) return;
        if (current === write.replaces) {
          pending.push(write);
          return;
        }
        changed.push({
          file: display(target),
          message:
            write.replaces === null
              ? "this file appeared while the command was running"
              : "this file changed while the command was running",
          fix: "run the command again; it will take the file as it is now",
        });
      });
      if (changed.length > 0) throw new InputError(changed);
      await inBatches(pending, async ({ slug, content }) => {
        const temporary = join(paths.papers, temporaryName(slug));
        await writeFile(temporary, content);
        await rename(temporary, join(paths.papers, `${slug}.md`));
      });
      return leftovers.map(
        (name): Problem => ({
          file: display(join(paths.papers, name)),
          message: "removed: a temporary file left by a run that was interrupted",
          fix: "nothing to do: this run wrote every file that needed writing",
        }),
      );
    },
  );
  if (tookOver !== undefined) {
    warnings.unshift({
      file: display(lock),
      message: `taken over: it was left by a run that was stopped (process ${tookOver})`,
      fix: "nothing to do",
    });
  }
  return { warnings };
}
