/**
 * Stores one day of API records as content/digests/<date>.json, or decides not to. The API fills
 * a day up as it goes and recounts votes, so a day is fetched again and again; a new fetch
 * replaces the stored file only when no stored paper would be lost by it:
 *
 * - no papers from the API, nothing stored: nothing to write;
 * - the same records: nothing written (the file and its mtime stay);
 * - every stored paper still listed (more papers, new counts, edited text, another order): replaced;
 * - a stored paper no longer listed (fewer papers, or one swapped for another): the stored file
 *   is kept and a warning names the missing papers: deleting the file takes the API's list;
 * - a stored file that is not a list of records: kept, with a warning.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { ArchivePaths } from "../../content/archive-files.ts";
import type { IsoDate } from "../../content/dates.ts";
import type { Problem } from "../../content/problem.ts";
import { type ApiRecord, checkRecords, paperIds } from "./api-records.ts";

export type DayOutcome =
  | { kind: "no papers" }
  | { kind: "stored"; papers: number }
  | { kind: "unchanged"; papers: number }
  | {
      kind: "replaced";
      papers: number;
      /** Papers the stored file did not have. */
      added: string[];
      /** Papers whose record changed other than in its counts (upvotes, comments, stars). */
      changed: string[];
      /** Whether the papers come in another order. */
      reordered: boolean;
    }
  | { kind: "kept"; papers: number; stored: number; missing: string[] }
  | { kind: "kept unreadable"; papers: number; problem: string };

/** What to do with a day, given what is stored (undefined: no file) and what the API lists now. */
export function planDay(stored: ApiRecord[] | undefined, fetched: ApiRecord[]): DayOutcome {
  const papers = fetched.length;
  if (stored === undefined)
    return papers === 0 ? { kind: "no papers" } : { kind: "stored", papers };
  if (isDeepStrictEqual(stored, fetched)) return { kind: "unchanged", papers };

  const fetchedIds = new Set(paperIds(fetched));
  const missing = paperIds(stored).filter((id) => !fetchedIds.has(id));
  if (missing.length > 0) return { kind: "kept", papers, stored: stored.length, missing };

  const before = new Map(stored.map((record) => [record.paper.id, record]));
  const added = paperIds(fetched).filter((id) => !before.has(id));
  const changed = fetched
    .filter((record) => {
      const old = before.get(record.paper.id);
      return old !== undefined && !isDeepStrictEqual(withoutCounts(old), withoutCounts(record));
    })
    .map((record) => record.paper.id);
  const order = paperIds(fetched).filter((id) => before.has(id));
  const reordered = !isDeepStrictEqual(order, paperIds(stored));
  return { kind: "replaced", papers, added, changed, reordered };
}

/** A record without the numbers that change every hour; the split ignores them too. */
function withoutCounts(record: ApiRecord): unknown {
  const { numComments: _comments, ...rest } = record;
  const { upvotes: _upvotes, githubStars: _stars, ...paper } = record.paper;
  return { ...rest, paper };
}

/** The file's text: the records as one JSON array, two-space indented, so that diffs are readable. */
export function renderDigestJson(records: readonly ApiRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

export function digestJsonPath(paths: ArchivePaths, date: IsoDate): string {
  return join(paths.digests, `${date}.json`);
}

async function readStored(path: string): Promise<ApiRecord[] | { problem: string } | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `it is not valid JSON (${(error as Error).message})` };
  }
  const checked = checkRecords(value);
  return "problem" in checked ? checked : checked.records;
}

function plural(count: number, one: string): string {
  return `${count.toLocaleString("en")} ${one}${count === 1 ? "" : "s"}`;
}

const LISTED = 5;

function listIds(ids: readonly string[]): string {
  const more = ids.length > LISTED ? `, … ${ids.length - LISTED} more` : "";
  return `${ids.slice(0, LISTED).join(", ")}${more}`;
}

/** The warning for a day whose stored file was kept, if it was. */
export function keptWarning(file: string, date: IsoDate, outcome: DayOutcome): Problem | undefined {
  const refetch = `delete ${file} and run npm run fetch -- --date ${date}`;
  if (outcome.kind === "kept") {
    return {
      file,
      message: `the API now lists ${plural(outcome.papers, "paper")} for ${date} and not ${plural(outcome.missing.length, "paper")} of the ${outcome.stored.toLocaleString("en")} stored (${listIds(outcome.missing)}): kept the stored file`,
      fix: `if the API is right to drop them, ${refetch}`,
    };
  }
  if (outcome.kind === "kept unreadable") {
    return {
      file,
      message: `${outcome.problem}: kept it, and did not store the API's ${plural(outcome.papers, "paper")} for ${date}`,
      fix: `repair the file, or ${refetch}`,
    };
  }
  return undefined;
}

/** The end of a day's progress line: "64 papers, stored". */
export function describeOutcome(outcome: DayOutcome): string {
  switch (outcome.kind) {
    case "no papers":
      return "no papers";
    case "stored":
    case "unchanged":
      return `${plural(outcome.papers, "paper")}, ${outcome.kind}`;
    case "replaced": {
      const notes = [
        outcome.added.length > 0 ? `${plural(outcome.added.length, "new paper")}` : "",
        outcome.changed.length > 0
          ? `${plural(outcome.changed.length, "paper")} changed: ${listIds(outcome.changed)}`
          : "",
        outcome.reordered ? "new order" : "",
      ].filter((note) => note !== "");
      const why = notes.length > 0 ? notes.join("; ") : "only upvotes, comments or stars changed";
      return `${plural(outcome.papers, "paper")}, stored (${why})`;
    }
    case "kept":
      return `${outcome.papers === 0 ? "no papers" : plural(outcome.papers, "paper")}, kept the stored ${outcome.stored.toLocaleString("en")} (see the warning)`;
    case "kept unreadable":
      return `${plural(outcome.papers, "paper")}, not stored: the stored file is unreadable (see the warning)`;
  }
}

export interface StoredDay {
  date: IsoDate;
  /** The digest file, relative to the project. */
  file: string;
  outcome: DayOutcome;
  warning?: Problem;
}

/**
 * Stores a day's records unless the plan says otherwise; writes through a temporary file and a
 * rename, so an interrupted run leaves the old file or the new one, never half of one.
 */
export async function storeDay(
  paths: ArchivePaths,
  date: IsoDate,
  fetched: ApiRecord[],
): Promise<StoredDay> {
  const path = digestJsonPath(paths, date);
  const file = relative(paths.root, path);
  const stored = await readStored(path);
  const outcome: DayOutcome =
    stored !== undefined && "problem" in stored
      ? { kind: "kept unreadable", papers: fetched.length, problem: stored.problem }
      : planDay(stored, fetched);
  if (outcome.kind === "stored" || outcome.kind === "replaced") {
    await mkdir(paths.digests, { recursive: true });
    // A dot name: an interrupted run's leftover is not mistaken for a digest.
    const temporary = join(paths.digests, `.${date}.json.${process.pid}.tmp`);
    await writeFile(temporary, renderDigestJson(fetched));
    await rename(temporary, path);
  }
  const warning = keptWarning(file, date, outcome);
  return { date, file, outcome, ...(warning ? { warning } : {}) };
}
