/**
 * What the last successful `npm run build` was made from, so that a build with nothing changed
 * can stop at once. A build's output depends only on the archive's files, the project's code and
 * packages, and a few settings (the output is byte-identical on a rerun, in any time zone), so
 * the same hash of all of them, with the output folder still as that build left it, means the
 * same site.
 */
import { createHash } from "node:crypto";
import { type Dirent, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

export interface BuildInputs {
  /** The archive's project folder: everything under its content/ is read. */
  archiveRoot: string;
  /** This tool's folder: its code, public files, config and lockfile. */
  projectRoot: string;
  /** Every setting that changes the output (base path, site URL, index part size, Node). */
  settings: Readonly<Record<string, string>>;
}

/** Each input file's size, modification time and hash of its bytes, by path. */
export type FileHashes = Record<string, [size: number, modified: number, hash: string]>;

/** The inputs' hash, with what it was made from: the next hash reuses what did not change. */
export interface InputsHash {
  hash: string;
  files: FileHashes;
  /** When the files were looked at (ms since the epoch). */
  hashedAt: number;
}

export interface LastBuild {
  /** Hash of the inputs the build was made from (after its split). */
  inputs: string;
  /** Each input file's size, time and hash then. */
  files: FileHashes;
  /** When those files were looked at. */
  hashedAt: number;
  /** Hash of the output folder's file names and sizes once it was written ("" until then). */
  output: string;
  /** The split's warnings as it printed them: repeated when the build is skipped. */
  warnings: string[];
}

/** The project's files a site depends on (the rest are tests, docs and scripts). */
const PROJECT_FILES = ["astro.config.ts", "package.json", "package-lock.json", "tsconfig.json"];
const PROJECT_FOLDERS = ["src", "public"];

// The hashes read and stat files one after another, synchronously: for 10,000 small files that is
// ten times quicker than the promise API's four thread-pool round trips per file (measured).

/** Every file under a folder, as paths relative to it, sorted; hidden names are skipped. */
function filesUnder(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter((path) => !path.split(/[\\/]/u).some((part) => part.startsWith(".")))
    .sort();
}

/**
 * A file modified this close to the last look may have changed again within its file system's
 * time resolution (whole seconds on some): its bytes are read again, as git does.
 */
const SAME_TIME_MARGIN_MS = 2_000;

/**
 * A hash of every input file's path and bytes, and of the settings. A file whose size and
 * modification time are those `known` recorded (and not too close to when it was recorded) is not
 * read again: 10,000 stats take a fraction of reading 10,000 files.
 */
export function inputsHash(
  inputs: BuildInputs,
  known?: Pick<InputsHash, "files" | "hashedAt">,
): InputsHash {
  const hashedAt = Date.now();
  const content = join(inputs.archiveRoot, "content");
  const paths = [
    ...filesUnder(content).map((path) => join(content, path)),
    ...PROJECT_FILES.map((path) => join(inputs.projectRoot, path)),
    ...PROJECT_FOLDERS.flatMap((folder) =>
      filesUnder(join(inputs.projectRoot, folder)).map((path) =>
        join(inputs.projectRoot, folder, path),
      ),
    ),
  ];
  const files: FileHashes = {};
  const hash = createHash("sha256").update(JSON.stringify(inputs.settings));
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    let entry = known?.files[path];
    if (
      !stats ||
      !entry ||
      entry[0] !== stats.size ||
      entry[1] !== stats.mtimeMs ||
      stats.mtimeMs > (known?.hashedAt ?? 0) - SAME_TIME_MARGIN_MS
    ) {
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(path);
      } catch {
        bytes = undefined;
      }
      const digest = bytes ? createHash("sha256").update(bytes).digest("base64url") : "";
      entry = [bytes?.length ?? -1, stats?.mtimeMs ?? 0, digest];
    }
    files[path] = entry;
    hash.update(`\0${path}\0${entry[0]}\0${entry[2]}`);
  }
  return { hash: hash.digest("base64url"), files, hashedAt };
}

/** A hash of the output folder's file names and sizes; undefined when it does not exist. */
export function outputHash(dist: string): string | undefined {
  if (!statSync(dist, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  const hash = createHash("sha256");
  for (const path of filesUnder(dist)) hash.update(`${path}\0${statSync(join(dist, path)).size}\n`);
  return hash.digest("base64url");
}

export async function readLastBuild(file: string): Promise<LastBuild | undefined> {
  try {
    const record = JSON.parse(await readFile(file, "utf8")) as Partial<LastBuild>;
    const { inputs, files, hashedAt, output, warnings } = record;
    if (
      typeof inputs !== "string" ||
      typeof files !== "object" ||
      files === null ||
      typeof hashedAt !== "number" ||
      typeof output !== "string" ||
      !Array.isArray(warnings)
    ) {
      return undefined;
    }
    return { inputs, files, hashedAt, output, warnings };
  } catch {
    return undefined;
  }
}

export async function writeLastBuild(file: string, record: LastBuild): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(record)}\n`);
  await rename(temporary, file);
}

/**
 * Makes the pending record (the inputs of the build that just succeeded, written before it ran)
 * the last build's, with the output it left.
 */
export async function finishLastBuild(
  files: { pending: string; record: string },
  output: string,
): Promise<void> {
  const pending = await readLastBuild(files.pending);
  if (pending === undefined) return;
  await writeLastBuild(files.record, { ...pending, output });
  await rm(files.pending, { force: true });
}
