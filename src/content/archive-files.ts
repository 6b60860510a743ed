/**
 * The archive's files on disk: digests in, taxonomy in, paper files in and out. Every reader
 * collects problems instead of stopping at the first, so one run reports them all.
 */
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { inBatches, type Progress } from "../util/concurrently.ts";
import { type Digest, isDigestFileName, readDigest } from "./digest-file.ts";
import { parsePaperFile, type StoredPaper } from "./papers/paper-file.ts";
import { checkPaperFiles } from "./papers/paper-file-checks.ts";
import { InputError, type Problem } from "./problem.ts";
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
    async (path) => readDigest(await readFile(path), relative(paths.root, path)),
    { progress },
  );
  const items: Digest[] = [];
  const problems: Problem[] = [];
  for (const result of results) {
    warnings.push(...result.warnings);
    if (result.ok) items.push(result.digest);
    else problems.push(...result.problems);
  }
  return { items, problems, warnings };
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
      const text = await readFile(path, "utf8");
      return { result: parsePaperFile(text, file), slug: name.slice(0, -".md".length), file, text };
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
    const result = parseTopicFile(
      await readFile(path, "utf8"),
      name.slice(0, -".md".length),
      relative(paths.root, path),
    );
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

/** A paper file to write: its new content in full. */
export interface FileWrite {
  slug: string;
  content: string;
}

/** Writes each file through a temporary name, so an interrupted run leaves no half-written file. */
export async function writePaperFiles(
  paths: ArchivePaths,
  files: readonly FileWrite[],
): Promise<void> {
  await mkdir(paths.papers, { recursive: true });
  await inBatches(files, async ({ slug, content }) => {
    const target = join(paths.papers, `${slug}.md`);
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, target);
  });
}
